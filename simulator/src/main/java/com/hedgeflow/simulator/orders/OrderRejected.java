package com.hedgeflow.simulator.orders;

/** The venue refuses an order request with one of Deribit's error codes (venues.md §1.8). */
public final class OrderRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int QTY_TOO_LOW = 10002;
    public static final int ORDER_NOT_FOUND = 10004;
    public static final int INVALID_OR_UNSUPPORTED_INSTRUMENT = 10020;
    public static final int INVALID_AMOUNT = 10021;
    public static final int NON_INTEGER_CONTRACT_AMOUNT = 10027;
    public static final int PRICE_WRONG_TICK = 10043;
    public static final int INVALID_ARGUMENTS = 11029;
    public static final int NOT_OPEN_ORDER = 11044;

    private final int code;
    private final String reason;

    /** @param message Deribit's error message ({@code qty_too_low}); @param reason a sentence for {@code data} */
    public OrderRejected(int code, String message, String reason) {
        super(message, null, false, false);
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
