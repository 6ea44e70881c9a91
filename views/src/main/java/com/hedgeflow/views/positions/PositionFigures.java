package com.hedgeflow.views.positions;

import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.TraderFormat;

/**
 * The units a trader expects per kind of instrument, in one place.
 *
 * <p>Deribit options are sized and marked in coin; inverse perpetuals and futures are sized in USD
 * contracts and marked in USD. Linear products are sized in coin: the engine reports their unit delta
 * as exactly 1 coin per unit of size, which is how they are told apart here (the snapshot carries no
 * settlement field).
 */
final class PositionFigures {

    static final int DELTA_DECIMALS = 4;
    static final int COIN_PRICE_DECIMALS = 4;
    static final int USD_PRICE_DECIMALS = 2;

    private PositionFigures() {
    }

    static Figure size(PositionRisk p) {
        if ("USD".equals(p.sizeUnit())) {
            return Figure.neutral(TraderFormat.quantity(p.size(), 0, 0) + " USD");
        }
        return Figure.neutral((TraderFormat.quantity(p.size(), 1, 4) + " " + p.sizeUnit()).trim());
    }

    static Figure mark(PositionRisk p) {
        if (!Double.isFinite(p.markPrice())) {
            return Figure.MISSING;
        }
        if (p.kind() == InstrumentKind.OPTION) {
            return Figure.neutral(TraderFormat.fixed(p.markPrice(), COIN_PRICE_DECIMALS));
        }
        return Figure.neutral(TraderFormat.usd(p.markPrice(), USD_PRICE_DECIMALS));
    }

    /** Vol points for options; blank for the rest, where IV does not apply (not the same as missing). */
    static Figure iv(PositionRisk p) {
        if (p.kind() != InstrumentKind.OPTION) {
            return Figure.BLANK;
        }
        return Double.isFinite(p.markIv()) ? Figure.neutral(TraderFormat.volPoints(p.markIv())) : Figure.MISSING;
    }

    static Figure deltaCoin(PositionRisk p) {
        return Figure.signed(p.deltaCoin(), TraderFormat.signed(p.deltaCoin(), DELTA_DECIMALS));
    }

    static Figure deltaUsd(PositionRisk p) {
        return Figure.signed(p.deltaUsd(), TraderFormat.signedUsd(p.deltaUsd()));
    }
}
