package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.HedgeProposal;
import com.hedgeflow.engine.hedging.PendingProposal;
import com.hedgeflow.engine.orders.Order;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The blotter's cells, formatted once per change: proposal and working-order lines. */
final class BlotterFormat {
    static final String ARROW = " \u2192 ";

    private BlotterFormat() {
    }

    /** Whole seconds: a countdown in tenths would redraw the column ten times a second for no decision. */
    static Figure timeLeft(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return Figure.MISSING;
        }
        long s = Duration.between(now, expiresAt).getSeconds();
        if (s <= 0) {
            return new Figure("expired", Tone.MUTED);
        }
        String text = s < 60 ? s + " s" : String.format("%d:%02d", s / 60, s % 60);
        return new Figure(text, s <= 5 ? Tone.DOWN : Tone.NEUTRAL);
    }

    static Figure side(Side side) {
        return new Figure(side.name(), side == Side.BUY ? Tone.UP : Tone.DOWN);
    }

    /** Sizes keep the lot's precision (0.001 BTC) and drop trailing zeros; USD contracts are whole. */
    static String size(double size, String unit) {
        return TraderFormat.quantity(size, 0, 4) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Limits: perpetual prices in USD to the half-dollar tick, option prices in coin. */
    static String price(double price) {
        return price >= 100 ? TraderFormat.fixed(price, 2) : TraderFormat.fixed(price, 4);
    }

    static Figure checks(CheckReport checks) {
        if (checks == null) {
            return Figure.MISSING;
        }
        if (checks.hasHardBlock()) {
            return new Figure("BLOCKED: " + checks.summary(), Tone.DOWN);
        }
        if (checks.hasSoftBlock()) {
            return new Figure("confirm: " + checks.summary(), Tone.DOWN);
        }
        return new Figure("\u2713 " + checks.summary(), Tone.MUTED);
    }

    /** One pending proposal's cells, in {@link ProposalsTable}'s column order. */
    static List<Figure> proposal(PendingProposal pending, Instant now) {
        HedgeProposal p = pending.proposal();
        return List.of(
                timeLeft(p.expiresAt(), now),
                Figure.neutral(p.underlying()),
                side(p.side()),
                Figure.neutral(size(p.size(), p.sizeUnit())),
                Figure.neutral(p.instrument().name()),
                new Figure(p.instrument().venue(), Tone.MUTED),
                Figure.neutral(price(p.limitPrice())),
                Figure.neutral(TraderFormat.usd(p.notionalUsd(), 0)),
                Figure.neutral(TraderFormat.usd(p.expectedCostUsd(), 2)),
                Figure.neutral(TraderFormat.signed(p.deltaBeforeCoin(), 3) + ARROW
                        + TraderFormat.signed(p.expectedDeltaAfterCoin(), 3)),
                new Figure(p.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), Tone.MUTED),
                checks(pending.checks()));
    }

    /** One working order's cells, in {@link OrdersTable}'s column order. */
    static List<Figure> order(Order o) {
        return List.of(
                Figure.neutral(o.clientOrderId()),
                Figure.neutral(o.intent().instrument().name()),
                new Figure(o.intent().instrument().venue(), Tone.MUTED),
                side(o.intent().side()),
                Figure.neutral(TraderFormat.quantity(o.intent().size(), 0, 4)),
                Figure.neutral(TraderFormat.quantity(o.filledSize(), 0, 4)),
                Figure.neutral(price(o.intent().limitPrice())),
                new Figure(o.state().name(), o.state() == OrderState.IN_DOUBT ? Tone.DOWN : Tone.NEUTRAL),
                new Figure(o.note(), Tone.MUTED));
    }
}
