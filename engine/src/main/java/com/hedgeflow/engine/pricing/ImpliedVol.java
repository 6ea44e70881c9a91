package com.hedgeflow.engine.pricing;

import com.hedgeflow.engine.market.OptionType;
import java.util.Objects;

/**
 * Black-76 implied volatility: the σ with {@code Black76.price(type, forward, strike, σ, years, df) == price}.
 *
 * <p>Normalises the price by df·√(FK), turns it into an out-of-the-money call by put-call parity, and inverts
 * the normalised Black function with {@link NormalisedImpliedVol} (Jäckel's "Let's be rational" scheme): at most
 * ten evaluations of the formula, typically three or four, with an error near machine precision in σ wherever
 * the price determines σ to that precision. Where it does not (deep in the money, where the time value is a few
 * ulps of the price), the answer is the vol of the time value the price actually carries.
 *
 * <p>A price no vol produces is refused with a {@link NoImpliedVolException} naming the reason and the numbers; a
 * price exactly at the discounted intrinsic value (in the money) gives 0, the vol that reproduces it.
 */
public final class ImpliedVol {
    private ImpliedVol() {
    }

    /**
     * @param years  time to expiry, ACT/365 (see {@link YearFraction})
     * @param df     discount factor to the payment date
     * @param price  option value in the units of forward and strike (USD for a Deribit coin option's
     *               {@code priceCoin · forward})
     * @return volatility as a decimal (0.62 for 62 vol points)
     * @throws NoImpliedVolException if no vol produces the price, or the inputs are unusable
     */
    public static double of(OptionType type, double forward, double strike, double years, double df, double price) {
        return of(type, forward, strike, years, df, price, EvaluationCounter.NONE);
    }

    static double of(OptionType type, double forward, double strike, double years, double df, double price,
                     EvaluationCounter counter) {
        Objects.requireNonNull(type, "type");
        boolean call = type == OptionType.CALL;
        checkInputs(call, forward, strike, years, df, price);
        double maximum = df * (call ? forward : strike);
        if (price >= maximum) {
            throw refusal(NoImpliedVolException.Reason.AT_OR_ABOVE_MAXIMUM, call, forward, strike, years, df, price,
                    "is at or above " + maximum + ", the value at infinite vol (df × " + (call ? "forward" : "strike")
                            + ")");
        }
        boolean inTheMoney = call ? forward > strike : forward < strike;
        double intrinsic = inTheMoney ? df * Math.abs(forward - strike) : 0.0;
        if (price < intrinsic) {
            throw refusal(NoImpliedVolException.Reason.BELOW_INTRINSIC, call, forward, strike, years, df, price,
                    "is below the discounted intrinsic value " + intrinsic);
        }
        if (price == intrinsic) {
            return 0.0;
        }
        double x = -Math.abs(Math.log(forward / strike));
        double product = forward * strike;
        double sqrtFk = product > 0 && product < Double.POSITIVE_INFINITY
                ? Math.sqrt(product) : Math.sqrt(forward) * Math.sqrt(strike);
        double scale = df * sqrtFk;
        double beta = (price - intrinsic) / scale;
        // b_max − β directly from the price: for a call df·F − price whether in or out of the money (the parity
        // terms cancel), likewise df·K − price for a put.
        double complement = (maximum - price) / scale;
        return NormalisedImpliedVol.totalVol(x, beta, complement, counter) / Math.sqrt(years);
    }

    private static void checkInputs(boolean call, double forward, double strike, double years, double df,
                                    double price) {
        if (!Double.isFinite(forward) || !Double.isFinite(strike) || !Double.isFinite(years)
                || !Double.isFinite(df) || !Double.isFinite(price)) {
            throw refusal(NoImpliedVolException.Reason.NOT_A_NUMBER, call, forward, strike, years, df, price,
                    "has an input that is NaN or infinite");
        }
        if (forward <= 0 || strike <= 0 || df <= 0 || price <= 0) {
            throw refusal(NoImpliedVolException.Reason.NON_POSITIVE_INPUT, call, forward, strike, years, df, price,
                    "needs a positive forward, strike, discount factor and price");
        }
        if (years <= 0) {
            throw refusal(NoImpliedVolException.Reason.NON_POSITIVE_TIME, call, forward, strike, years, df, price,
                    "has no time to expiry left");
        }
    }

    private static NoImpliedVolException refusal(NoImpliedVolException.Reason reason, boolean call, double forward,
                                                 double strike, double years, double df, double price, String why) {
        return new NoImpliedVolException(reason, "no implied vol: " + (call ? "call" : "put") + " price " + price
                + " " + why + " (forward " + forward + ", strike " + strike + ", years " + years
                + ", discount factor " + df + ")");
    }
}
