package com.hedgeflow.engine.backtest;

import com.hedgeflow.engine.market.OptionType;

/**
 * One backtest: a European option position on a non-dividend asset, hedged in the asset by a {@link HedgingRule}
 * along exact geometric Brownian paths.
 *
 * @param type          call or put
 * @param written       true for a written (short) position, false for a bought (long) one
 * @param quantity      number of options (units of the underlying per option: one)
 * @param spot          today's price
 * @param strike        strike
 * @param vol           the vol the option is priced and hedged at (implied)
 * @param realisedVol   the vol the paths are drawn with
 * @param drift         the paths' real-world drift μ (continuous, per year)
 * @param rate          continuous rate: discounts, finances the hedge, and sets the Black-Scholes forward
 * @param years         time to expiry
 * @param rule          the hedging policy
 * @param monitorYears  the path step at which the policy looks; the expiry is cut into round(years/monitor)
 *                      equal steps
 * @param costRate      one-way proportional cost (5 bps = 0.0005): trading ν units at S costs k·|ν|·S
 * @param paths         number of paths
 * @param seed          the generator's seed; path p's numbers depend only on (seed, p)
 */
public record BacktestSpec(OptionType type, boolean written, double quantity, double spot, double strike, double vol,
                           double realisedVol, double drift, double rate, double years, HedgingRule rule,
                           double monitorYears, double costRate, int paths, long seed) {

    /** Above this many path steps in one run the request is refused rather than left to run for hours. */
    public static final long MAX_PATH_STEPS = 20_000_000_000L;

    public BacktestSpec {
        if (type == null || rule == null) {
            throw new IllegalArgumentException("backtest needs an option type and a policy");
        }
        positive("--quantity", quantity);
        positive("--spot", spot);
        positive("--strike", strike);
        positive("--vol", vol);
        positive("--realised-vol", realisedVol);
        positive("--expiry", years);
        positive("--monitor", monitorYears);
        finite("--drift", drift);
        finite("--rate", rate);
        if (!(costRate >= 0) || !Double.isFinite(costRate) || costRate >= 1) {
            throw new IllegalArgumentException("--cost-bps must be >= 0 and below 10000, got " + costRate * 1e4);
        }
        if (paths <= 0) {
            throw new IllegalArgumentException("--paths must be at least 1, got " + paths);
        }
        if (monitorYears > years * (1 + 1e-9)) {
            throw new IllegalArgumentException("--monitor must not be longer than the expiry");
        }
        if ((rule.kind() == HedgingRule.Kind.TIME || rule.kind() == HedgingRule.Kind.LELAND)
                && rule.parameter() < monitorYears * (1 - 1e-9)) {
            throw new IllegalArgumentException("--policy interval must not be shorter than --monitor");
        }
        if ((double) steps(years, monitorYears) * paths > MAX_PATH_STEPS) {
            throw new IllegalArgumentException("--paths × steps (expiry/monitor) must stay below " + MAX_PATH_STEPS);
        }
    }

    /** Monitoring steps: the expiry over the monitor, rounded, at least one. */
    public int steps() {
        return steps(years, monitorYears);
    }

    private static int steps(double years, double monitor) {
        double n = Math.max(1, Math.rint(years / monitor));
        if (n > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("--expiry/--monitor gives too many steps");
        }
        return (int) n;
    }

    private static void positive(String option, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(option + " must be a positive number, got " + value);
        }
    }

    private static void finite(String option, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(option + " must be a number, got " + value);
        }
    }
}
