package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.orders.LotSize;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns a policy's delta change into a concrete order on one instrument: size rounded down to the lot, a
 * marketable limit on the tick around a fresh mark, expected fill and cost from the top of book.
 *
 * <p>Expected fills look at the touch only: what the touch does not cover is assumed to fill at the limit, the
 * worst the IOC accepts. Walking the depth is for later, when connectors feed books.
 */
public final class ProposalBuilder {
    private final double aggressionBps;
    private final Duration lifetime;

    /**
     * @param aggressionBps how far past the mark the limit sits, so that the IOC crosses the spread
     * @param lifetime      how long a proposal stays valid for approval
     */
    public ProposalBuilder(double aggressionBps, Duration lifetime) {
        if (!(aggressionBps >= 0) || aggressionBps > 500) {
            throw new IllegalArgumentException("aggression must be within [0, 500] bps, got " + aggressionBps);
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("proposal lifetime must be positive, got " + lifetime);
        }
        this.aggressionBps = aggressionBps;
        this.lifetime = lifetime;
    }

    /** A candidate instrument with the market data to price a hedge on it. */
    public record Quoted(Instrument instrument, TopOfBook book, double takerFeeRate) {
    }

    /** A proposal, or why none could be made on this instrument. */
    public record Outcome(HedgeProposal proposal, String whyNot) {
        public boolean proposed() {
            return proposal != null;
        }

        static Outcome no(Quoted q, String why) {
            return new Outcome(null, q.instrument().key() + ": " + why);
        }
    }

    public Outcome build(String id, String underlying, HedgeDecision.Trade trade, double deltaBeforeCoin,
                         double spot, Quoted q, Instant now) {
        Instrument inst = q.instrument();
        if (!LotSize.canHedge(inst)) {
            return Outcome.no(q, "a " + inst.kind() + " does not hedge delta");
        }
        Side side = Side.of(trade.deltaChangeCoin());
        double size = LotSize.sizeFor(inst, trade.deltaChangeCoin(), spot);
        if (size == 0) {
            return Outcome.no(q, String.format("a delta change of %.6f %s is less than one lot (%s %s)",
                    trade.deltaChangeCoin(), underlying, LotSize.minimum(inst), LotSize.unit(inst)));
        }
        TopOfBook book = q.book();
        if (book == null || !(book.mark() > 0)) {
            return Outcome.no(q, "no mark price");
        }
        double limit = limitAround(book.mark(), side, inst.tickSize());
        return priced(id, underlying, trade.reason(), trade.why(), trade.targetDeltaCoin(), deltaBeforeCoin, spot,
                q, side, size, limit, now);
    }

    /**
     * The same hedge with a size and limit a person typed: rejected, not rounded, when off the lot or the tick
     * (risk-controls.md PT-08 — a typed number that needs rounding is a typo until shown otherwise).
     */
    public Outcome modified(String id, HedgeProposal original, double size, double limitPrice,
                            double deltaBeforeCoin, double spot, Quoted q, Instant now) {
        Instrument inst = q.instrument();
        if (!(size >= LotSize.minimum(inst)) || !LotSize.onStep(size, LotSize.step(inst))) {
            return Outcome.no(q, String.format("size %s is not a multiple of the lot %s %s (minimum %s)", size,
                    LotSize.step(inst), LotSize.unit(inst), LotSize.minimum(inst)));
        }
        if (!(limitPrice > 0) || (inst.tickSize() > 0 && !LotSize.onStep(limitPrice, inst.tickSize()))) {
            return Outcome.no(q, "limit " + limitPrice + " is not on the tick " + inst.tickSize());
        }
        TopOfBook book = q.book();
        if (book == null || !(book.mark() > 0)) {
            return Outcome.no(q, "no mark price");
        }
        return priced(id, original.underlying(), original.reason(), "modified: " + original.why(),
                original.targetDeltaCoin(), deltaBeforeCoin, spot, q, original.side(), size, limitPrice, now);
    }

    double limitAround(double mark, Side side, double tick) {
        double raw = mark * (1 + side.sign() * aggressionBps / 1e4);
        if (!(tick > 0)) {
            return raw;
        }
        // Round toward the mark: the limit never goes past the aggression the desk configured.
        return side == Side.BUY ? LotSize.roundDown(raw, tick) : LotSize.roundUp(raw, tick);
    }

    private Outcome priced(String id, String underlying, ReasonCode reason, String why, double target,
                           double deltaBefore, double spot, Quoted q, Side side, double size, double limit,
                           Instant now) {
        Instrument inst = q.instrument();
        TopOfBook book = q.book();
        double touch = book.touch(side);
        if (!(touch > 0)) {
            return Outcome.no(q, "no " + (side == Side.BUY ? "ask" : "bid") + " to take");
        }
        if (side == Side.BUY ? touch > limit : touch < limit) {
            return Outcome.no(q, String.format("best %s %s is past the limit %s (mark %s): the book is away from"
                    + " the mark", side == Side.BUY ? "ask" : "bid", touch, limit, book.mark()));
        }
        double atTouch = book.touchSize(side);
        double average = Double.isNaN(atTouch) || atTouch >= size ? touch
                : (atTouch * touch + (size - atTouch) * limit) / size;
        double notional = LotSize.notionalUsd(inst, size, average);
        double cost = notional * (side.sign() * (average - book.mark()) / book.mark() + q.takerFeeRate());
        double change = side.sign() * LotSize.deltaCoin(inst, size, spot);
        return new Outcome(new HedgeProposal(id, underlying, inst.key(), side, size, LotSize.unit(inst), limit,
                TimeInForce.IMMEDIATE_OR_CANCEL, book.mark(), book.at(), average, notional, cost, deltaBefore,
                change, deltaBefore + change, target, reason, why, now, now.plus(lifetime)), null);
    }
}
