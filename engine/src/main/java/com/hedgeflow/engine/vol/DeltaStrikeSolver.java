package com.hedgeflow.engine.vol;

import com.hedgeflow.engine.market.OptionType;
import java.util.function.DoubleUnaryOperator;

/**
 * Finds the strike on a smile where {@code delta(K, σ(K)) = ±target}, the vol moving with the strike.
 *
 * <p>The solve scans the smile's range from the out-of-the-money end inwards and refines the first bracket
 * with Brent's method. Starting from the far wing picks the most out-of-the-money strike with that delta,
 * which is the conventional answer where the delta is not monotone in strike (the premium-adjusted call, or a
 * steep smile), and it never needs a starting guess. Nothing outside the smile's range is used: when the
 * delta at the last quote is still above the target, the answer lies beyond the market and the solver says
 * so instead of extrapolating.
 */
public final class DeltaStrikeSolver {
    /** Scan steps across the smile: enough to separate the two premium-adjusted call roots on real smiles. */
    private static final int SCAN_STEPS = 256;
    private static final double K_TOLERANCE = 1e-12;

    private DeltaStrikeSolver() {
    }

    /**
     * @param absDelta the size of the delta, in (0, 0.5]; a call solves for {@code +absDelta}, a put for
     *                 {@code −absDelta}
     * @throws SmileRangeException when the smile's quoted range does not reach that delta
     */
    public static DeltaStrike solve(SmileCurve smile, OptionType type, double absDelta, DeltaConvention convention) {
        if (!(absDelta > 0 && absDelta <= 0.5)) {
            throw new IllegalArgumentException("delta size must be in (0, 0.5]: " + absDelta);
        }
        double forward = smile.forward();
        double years = smile.years();
        double sign = type == OptionType.CALL ? 1.0 : -1.0;
        // h > 0 where the option is "more in the money" than the target, h <= 0 further out.
        DoubleUnaryOperator h = k -> sign * convention.delta(type, forward, forward * Math.exp(k), smile.vol(k), years)
                - absDelta;

        double kMin = smile.minLogMoneyness();
        double kMax = smile.maxLogMoneyness();
        double outer = type == OptionType.CALL ? kMax : kMin;
        double step = (type == OptionType.CALL ? -1.0 : 1.0) * (kMax - kMin) / SCAN_STEPS;

        double hOuter = h.applyAsDouble(outer);
        if (hOuter > 0) {
            throw new SmileRangeException(String.format(
                    "%s %s delta at the %s quoted strike %.6g is %.4f, still above %.2f: the %.0f-delta strike"
                            + " lies beyond the quoted smile (T=%.4f y)",
                    convention, type, type == OptionType.CALL ? "highest" : "lowest", forward * Math.exp(outer),
                    sign * (hOuter + absDelta), absDelta, 100 * absDelta, years));
        }
        if (hOuter == 0) {
            return new DeltaStrike(type, sign * absDelta, forward * Math.exp(outer), outer, smile.vol(outer));
        }
        double kOut = outer;
        double hOut = hOuter;
        double best = hOuter;
        for (int i = 1; i <= SCAN_STEPS; i++) {
            double kIn = i == SCAN_STEPS ? (type == OptionType.CALL ? kMin : kMax) : outer + i * step;
            double hIn = h.applyAsDouble(kIn);
            if (hIn >= 0) {
                double k = RootFinder.brent(h, Math.min(kIn, kOut), Math.max(kIn, kOut), K_TOLERANCE);
                return new DeltaStrike(type, sign * absDelta, forward * Math.exp(k), k, smile.vol(k));
            }
            best = Math.max(best, hIn);
            kOut = kIn;
            hOut = hIn;
        }
        throw new SmileRangeException(String.format(
                "%s %s delta never reaches %.2f on the quoted smile (largest %.4f, T=%.4f y)",
                convention, type, absDelta, best + absDelta, years));
    }
}
