package com.hedgeflow.engine.backtest;

/**
 * What a backtest found, for the whole position ({@code quantity} options), in currency at today's value.
 *
 * @param paths             paths run
 * @param steps             monitoring steps per path
 * @param hedgeVol          the vol the hedge deltas were taken at (Leland's vol for leland; the plain vol else,
 *                          Zakamouline's modified vol varies along the path and is not reported)
 * @param bsPrice           Black-Scholes premium of the position at {@code vol} (always positive)
 * @param meanHedgeCost     mean of the hedge cost: the present value at the rate of all cash spent hedging
 *                          (trades, trading costs and, through discounting, financing) plus the payoff paid at
 *                          expiry by a written option (less the payoff received by a bought one)
 * @param stdHedgeCost      its standard deviation (sample, n−1)
 * @param performanceRatio  stdHedgeCost / bsPrice
 * @param meanPnl           mean P&L: premium received (written) or paid (bought) at bsPrice, less the hedge cost
 * @param stdPnl            its standard deviation (equal to stdHedgeCost: the premium is fixed)
 * @param meanTradingCost   mean present value of the proportional costs (included in the hedge cost)
 * @param meanTrades        mean number of hedge trades per path, the opening hedge included, the unwind at expiry not
 */
public record BacktestResult(int paths, int steps, double hedgeVol, double bsPrice, double meanHedgeCost,
                             double stdHedgeCost, double performanceRatio, double meanPnl, double stdPnl,
                             double meanTradingCost, double meanTrades) {
}
