package com.hedgeflow.simulator.book;

import com.hedgeflow.simulator.market.InstrumentQuote;
import com.hedgeflow.simulator.market.MarketSnapshot;
import com.hedgeflow.simulator.market.OptionQuote;
import com.hedgeflow.simulator.market.PerpetualQuote;
import com.hedgeflow.simulator.market.Rounding;

/**
 * Marks demo positions to a snapshot. Margins follow the shape of Deribit's standard margin (short options
 * carry premium plus a share of the underlying, long options none, the perpetual a small share of notional)
 * without claiming its exact tables.
 */
public final class PositionValuation {
    /** Maximum leverage the perpetual is listed with; its initial margin is notional over this. */
    public static final double PERP_MAX_LEVERAGE = 50;
    /**
     * Equity assumed behind the perpetual, as a share of its BTC notional, when estimating where it would be
     * liquidated. The demo account has no balance model; this keeps the estimate plausible for any book size.
     */
    static final double EQUITY_SHARE_OF_NOTIONAL = 0.3;

    private PositionValuation() {
    }

    public static ValuedPosition value(DemoPosition p, MarketSnapshot market) {
        InstrumentQuote quote = market.quote(p.instrument().name()).orElseThrow(
                () -> new IllegalStateException("no quote for " + p.instrument().name()));
        if (quote instanceof OptionQuote q) {
            return option(p, q, market.index());
        }
        return perpetual(p, (PerpetualQuote) quote);
    }

    private static ValuedPosition option(DemoPosition p, OptionQuote q, double index) {
        double size = p.size();
        double mark = q.markPrice();
        double floating = (mark - p.averagePrice()) * size;
        double initial = 0;
        double maintenance = 0;
        if (size < 0) {
            double strike = p.instrument().strike();
            double otm = switch (p.instrument().optionType()) {
                case CALL -> Math.max(strike - index, 0);
                case PUT -> Math.max(index - strike, 0);
            };
            initial = -size * (Math.max(0.15 - otm / index, 0.1) + mark);
            maintenance = -size * (0.075 + mark);
        }
        return new ValuedPosition(p, direction(size), Double.NaN, mark, index, q.settlementPrice(),
                btc(size * q.greeks().delta()), Rounding.decimals(size * q.greeks().gamma(), 9),
                Rounding.decimals(size * q.greeks().vega(), 5), Rounding.decimals(size * q.greeks().theta(), 5),
                btc(floating), Rounding.decimals(floating * index, 2), btc(floating + p.realizedPnl()), btc(initial),
                btc(maintenance), Double.NaN, Double.NaN, Double.NaN);
    }

    private static ValuedPosition perpetual(DemoPosition p, PerpetualQuote q) {
        double size = p.size();
        double mark = q.markPrice();
        double sizeCurrency = size / mark;
        // Inverse contract: USD size fixed, so PnL in BTC is size * (1/entry - 1/mark).
        double floating = size * (1 / p.averagePrice() - 1 / mark);
        // Price at which the inverse PnL eats the equity: size * (1/entry - 1/P) = -equity.
        double equity = EQUITY_SHARE_OF_NOTIONAL * Math.abs(size) / p.averagePrice();
        double inverseLiquidation = 1 / p.averagePrice() + equity / size;
        double liquidation = inverseLiquidation > 0 ? Rounding.decimals(1 / inverseLiquidation, 2) : Double.NaN;
        return new ValuedPosition(p, direction(size), btc(sizeCurrency), mark, q.indexPrice(), q.settlementPrice(),
                btc(sizeCurrency), Double.NaN, Double.NaN, Double.NaN, btc(floating), Rounding.decimals(floating * mark, 2),
                btc(floating + p.realizedPnl()), btc(Math.abs(sizeCurrency) / PERP_MAX_LEVERAGE),
                btc(Math.abs(sizeCurrency) / (2 * PERP_MAX_LEVERAGE)), PERP_MAX_LEVERAGE, liquidation,
                q.interestValue());
    }

    private static String direction(double size) {
        return size > 0 ? "buy" : size < 0 ? "sell" : "zero";
    }

    private static double btc(double v) {
        return Rounding.decimals(v, 8);
    }
}
