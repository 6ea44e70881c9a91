package com.hedgeflow.engine.backtest;

import com.hedgeflow.engine.hedging.LelandVolatility;
import com.hedgeflow.engine.hedging.WhalleyWilmottBand;
import com.hedgeflow.engine.hedging.ZakamoulineBand;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.BlackScholes;
import com.hedgeflow.engine.pricing.Normal;
import java.util.stream.IntStream;

/**
 * Monte Carlo backtest of a hedged option position (the engine of {@code hedgeflow backtest}).
 *
 * <p>Paths are exact geometric Brownian motion at the realised vol σ_R and drift μ, sampled at the monitoring step
 * dt = T/n: ln S(t+dt) = ln S(t) + (μ − σ_R²/2)·dt + σ_R·√dt·Z. At each step t_i (i = 0 … n−1) the policy looks at
 * S(t_i) and may trade the underlying; the trade's cash (and the proportional cost k·|ν|·S) is discounted to today
 * at e^(−r·t_i), which is the same as financing the hedge at the rate. At expiry the hedge is unwound at S(T) (its
 * cost counted, the trade not) and a written option pays its payoff (a bought one receives it). Deltas and gammas
 * are Black-Scholes on spot with the rate ({@link BlackScholes}'s convention) at the hedging vol.
 *
 * <p>Paths are split into chunks run in parallel; every path's numbers depend only on the seed and its index
 * ({@link PathRandom}), and the statistics are summed in path order afterwards, so the result does not depend on
 * the number of chunks. Nothing is allocated per step.
 */
public final class Backtest {
    private Backtest() {
    }

    public static BacktestResult run(BacktestSpec spec) {
        return run(spec, Runtime.getRuntime().availableProcessors());
    }

    /** The backtest on {@code chunks} parallel chunks of paths (same numbers for any count). */
    public static BacktestResult run(BacktestSpec spec, int chunks) {
        Plan plan = new Plan(spec);
        int paths = spec.paths();
        double[] hedgeCost = new double[paths];
        double[] tradingCost = new double[paths];
        int[] trades = new int[paths];
        int parts = Math.max(1, Math.min(chunks, paths));
        IntStream.range(0, parts).parallel().forEach(c -> {
            int from = (int) ((long) paths * c / parts);
            int to = (int) ((long) paths * (c + 1) / parts);
            plan.simulate(from, to, hedgeCost, tradingCost, trades);
        });

        double sumCost = 0;
        double sumTrading = 0;
        long sumTrades = 0;
        for (int p = 0; p < paths; p++) {
            sumCost += hedgeCost[p];
            sumTrading += tradingCost[p];
            sumTrades += trades[p];
        }
        double mean = sumCost / paths;
        double squares = 0;
        for (int p = 0; p < paths; p++) {
            double d = hedgeCost[p] - mean;
            squares += d * d;
        }
        double std = paths > 1 ? Math.sqrt(squares / (paths - 1)) : 0;
        double premium = plan.premium;
        double meanPnl = (spec.written() ? premium : -premium) - mean;
        return new BacktestResult(paths, plan.steps, plan.hedgeVol, premium, mean, std, std / premium, meanPnl, std,
                sumTrading / paths, (double) sumTrades / paths);
    }

    /** Everything that is the same for every path, worked out once. */
    private static final class Plan {
        final BacktestSpec spec;
        final HedgingRule.Kind kind;
        final int steps;
        final double dt;
        final boolean call;
        /** Signed option quantity: negative when written. */
        final double q;
        final double quantity;
        final double hedgeVol;
        final double premium;
        final double lnStrike;
        final double costRate;
        final double parameter;
        /** Rebalance every {@code every} steps (time and leland); 1 otherwise. */
        final int every;
        /** Per step: e^(−r·t_i), time left, e^(−r·τ_i) and the d1 terms at the hedging vol. */
        final double[] discount;
        final double[] tau;
        final double[] discountToExpiry;
        final double[] sdev;
        final double[] carry;
        final double discountT;
        final double logDrift;
        final double logVol;

        Plan(BacktestSpec s) {
            spec = s;
            kind = s.rule().kind();
            steps = s.steps();
            dt = s.years() / steps;
            call = s.type() == OptionType.CALL;
            quantity = s.quantity();
            q = s.written() ? -quantity : quantity;
            costRate = s.costRate();
            parameter = s.rule().parameter();
            boolean timeBased = kind == HedgingRule.Kind.TIME || kind == HedgingRule.Kind.LELAND;
            every = timeBased ? (int) Math.max(1, Math.min(steps, Math.rint(parameter / dt))) : 1;
            if (kind == HedgingRule.Kind.LELAND) {
                // A written option is short gamma: the writer hedges at the higher vol.
                hedgeVol = LelandVolatility.adjustedVol(s.vol(), costRate, every * dt, s.written());
                if (Double.isNaN(hedgeVol)) {
                    throw new IllegalArgumentException("--policy leland: the Leland number reaches 1 for a bought "
                            + "option at this cost and interval; no vol makes the hedge pay");
                }
            } else {
                hedgeVol = s.vol();
            }
            premium = quantity * BlackScholes.price(s.type(), s.spot(), s.strike(), s.vol(), s.years(), s.rate());
            lnStrike = Math.log(s.strike());
            discount = new double[steps];
            tau = new double[steps];
            discountToExpiry = new double[steps];
            sdev = new double[steps];
            carry = new double[steps];
            double volForTerms = hedgeVol;
            for (int i = 0; i < steps; i++) {
                double t = i * dt;
                tau[i] = s.years() - t;
                discount[i] = Math.exp(-s.rate() * t);
                discountToExpiry[i] = Math.exp(-s.rate() * tau[i]);
                sdev[i] = volForTerms * Math.sqrt(tau[i]);
                carry[i] = (s.rate() + 0.5 * volForTerms * volForTerms) * tau[i];
            }
            discountT = Math.exp(-s.rate() * s.years());
            logDrift = (s.drift() - 0.5 * s.realisedVol() * s.realisedVol()) * dt;
            logVol = s.realisedVol() * Math.sqrt(dt);
        }

        /** Black-Scholes delta of one option from d1. */
        private double delta(double d1) {
            double n = Normal.cdf(d1);
            return call ? n : n - 1;
        }

        void simulate(int from, int to, double[] hedgeCost, double[] tradingCost, int[] trades) {
            PathRandom random = new PathRandom();
            double lnSpot = Math.log(spec.spot());
            double strike = spec.strike();
            double vol = spec.vol();
            double rate = spec.rate();
            boolean written = spec.written();
            for (int p = from; p < to; p++) {
                random.startPath(spec.seed(), p);
                double x = lnSpot;
                double h = 0;
                double cash = 0;
                double costs = 0;
                int count = 0;
                int untilLook = 0;
                for (int i = 0; i < steps; i++) {
                    if (untilLook == 0) {
                        untilLook = every;
                        double spot = Math.exp(x);
                        double d1 = (x - lnStrike + carry[i]) / sdev[i];
                        double target;
                        switch (kind) {
                            case TIME, LELAND -> target = -q * delta(d1);
                            case BAND -> target = clamp(h, -q * delta(d1), parameter * quantity);
                            case WHALLEY_WILMOTT -> {
                                double gamma = quantity * Normal.pdf(d1) / (spot * sdev[i]);
                                double half = WhalleyWilmottBand.halfWidthCoin(costRate * discountToExpiry[i], spot,
                                        gamma, parameter);
                                target = clamp(h, -q * delta(d1), half);
                            }
                            default -> {
                                // Zakamouline, with the e^(−rτ) of (e^(−rτ)/σ)^0.25 that the engine's zero-rate
                                // formulas leave out.
                                double years = tau[i];
                                double rateTerm = Math.exp(-0.25 * rate * years);
                                double gamma = quantity * Normal.pdf(d1) / (spot * sdev[i]);
                                double k = ZakamoulineBand.k(costRate, years, vol, parameter, spot, gamma) * rateTerm;
                                double modified = ZakamoulineBand.modifiedVol(vol, k, written);
                                double sd = modified * Math.sqrt(years);
                                double d1m = (x - lnStrike + (rate + 0.5 * modified * modified) * years) / sd;
                                double half = ZakamoulineBand.h0(costRate, parameter, spot, vol, years)
                                        + ZakamoulineBand.h1(costRate, years, vol, gamma, parameter) * rateTerm;
                                target = clamp(h, -q * delta(d1m), half);
                            }
                        }
                        double trade = target - h;
                        if (trade != 0) {
                            double df = discount[i];
                            cash += df * trade * spot;
                            costs += df * costRate * Math.abs(trade) * spot;
                            count++;
                            h = target;
                        }
                    }
                    untilLook--;
                    x += logDrift + logVol * random.normal();
                }
                double spotT = Math.exp(x);
                double payoff = call ? Math.max(spotT - strike, 0) : Math.max(strike - spotT, 0);
                cash -= discountT * h * spotT;
                costs += discountT * costRate * Math.abs(h) * spotT;
                hedgeCost[p] = cash + costs - q * discountT * payoff;
                tradingCost[p] = costs;
                trades[p] = count;
            }
        }

        /** The hedge after a band rule: unchanged inside centre ± half, else the nearest edge. */
        private static double clamp(double h, double centre, double half) {
            if (h > centre + half) {
                return centre + half;
            }
            if (h < centre - half) {
                return centre - half;
            }
            return h;
        }
    }
}
