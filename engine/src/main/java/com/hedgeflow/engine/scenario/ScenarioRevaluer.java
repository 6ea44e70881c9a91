package com.hedgeflow.engine.scenario;

import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.OptionValuation;

/**
 * Revalues the own book in full at every cell of a {@link ScenarioGrid}: each option re-priced at the moved
 * index (its forward moves in proportion), its moved vol and its rolled expiry; no greek expansion, so large
 * moves keep their convexity. Delta-one hedges are revalued as well.
 *
 * <p>A vol shift never takes a vol below one vol point (or below the option's own vol if that is lower):
 * zero vol would price at intrinsic and overstate what a vol crush can do. Options rolled past expiry are
 * worth their intrinsic value. Forward ratios are held through the roll and perpetual funding is not
 * charged: the matrix isolates the options' time decay.
 */
public final class ScenarioRevaluer {
    private static final double VOL_FLOOR = 0.01;
    private static final double DAYS_PER_YEAR = 365.0;

    private ScenarioRevaluer() {
    }

    public static ScenarioMatrix revalue(OptionChain chain, ScenarioGrid grid) {
        int[] legs = ownLegs(chain);
        double spot = chain.spotUsd();
        double baseUsd = 0;
        double baseCoin = 0;
        for (int i : legs) {
            double v = chain.ownSizeCoin(i) * OptionValuation.valueUsd(chain.type(i), chain.isInverse(i), spot,
                    chain.forwardRatio(i), chain.strikeUsd(i), chain.vol(i), chain.years(i));
            baseUsd += v;
            baseCoin += v / spot;
        }
        ExpirySmiles smiles = grid.dynamics() == VolDynamics.STICKY_MONEYNESS ? new ExpirySmiles(chain) : null;
        double roll = grid.rollDays() / DAYS_PER_YEAR;
        int volCount = grid.volCount();
        double[] pnlUsd = new double[grid.spotCount() * volCount];
        double[] pnlCoin = new double[pnlUsd.length];
        double[] movedVol = new double[legs.length];
        for (int j = 0; j < grid.spotCount(); j++) {
            double move = 1 + grid.spotShift(j);
            double moved = spot * move;
            for (int l = 0; l < legs.length; l++) {
                movedVol[l] = volAfterMove(chain, legs[l], move, smiles);
            }
            double deltaOneUsd = chain.linearDeltaOneCoin() * (moved - spot)
                    + chain.inverseDeltaOneUsd() * (move - 1);
            for (int k = 0; k < volCount; k++) {
                double shift = grid.volShiftPoints(k) * 0.01;
                double valueUsd = 0;
                for (int l = 0; l < legs.length; l++) {
                    int i = legs[l];
                    double vol = Math.max(movedVol[l] + shift, Math.min(chain.vol(i), VOL_FLOOR));
                    valueUsd += chain.ownSizeCoin(i) * OptionValuation.valueUsd(chain.type(i), chain.isInverse(i),
                            moved, chain.forwardRatio(i), chain.strikeUsd(i), vol, chain.years(i) - roll);
                }
                pnlUsd[j * volCount + k] = valueUsd - baseUsd + deltaOneUsd;
                // Delta-one hedges are marked at today's index, so their value today is zero in both numeraires.
                pnlCoin[j * volCount + k] = valueUsd / moved - baseCoin + deltaOneUsd / moved;
            }
        }
        return new ScenarioMatrix(grid, spot, pnlUsd, pnlCoin);
    }

    private static double volAfterMove(OptionChain chain, int i, double move, ExpirySmiles smiles) {
        double vol = chain.vol(i);
        if (smiles == null || move == 1) {
            return vol;
        }
        // Carry the smile's move over to this option's own quote, so a call and a put at one strike with
        // slightly different vols both keep their difference and both reprice to zero P&L with no move.
        int expiry = chain.expirySlot(i);
        double strike = chain.strikeUsd(i);
        return vol + smiles.volAt(expiry, strike / move) - smiles.volAt(expiry, strike);
    }

    private static int[] ownLegs(OptionChain chain) {
        int count = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.ownSizeCoin(i) != 0) {
                count++;
            }
        }
        int[] legs = new int[count];
        int m = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.ownSizeCoin(i) != 0) {
                legs[m++] = i;
            }
        }
        return legs;
    }
}
