package com.hedgeflow.engine.pricing;

/**
 * The price cannot come from any volatility (or the inputs are unusable). Carries the reason as a value so that
 * callers can show a dash for the line and say why, rather than parse the message.
 */
public final class NoImpliedVolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Below the discounted intrinsic value: worth less than exercising, whatever the vol. */
        BELOW_INTRINSIC,
        /** At or above df·F for a call or df·K for a put, which only an infinite vol reaches. */
        AT_OR_ABOVE_MAXIMUM,
        /** Expiry at or before now: the price is intrinsic and carries no vol. */
        NON_POSITIVE_TIME,
        /** A forward, strike, discount factor or price of zero or less. */
        NON_POSITIVE_INPUT,
        /** An input is NaN or infinite. */
        NOT_A_NUMBER
    }

    private final Reason reason;

    public NoImpliedVolException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
