package com.hedgeflow.engine.hedging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a policy decides on, for one underlying, at one instant.
 *
 * @param spot            the index, USD
 * @param netDeltaCoin    the book's net delta in coin (premium-adjusted for inverse options)
 * @param gammaCoinPerUsd the book's gamma to the index: change of coin delta per USD of index move (signed)
 * @param lastHedgeAt     when this underlying was last hedged (or its schedule last ran); {@code null} if never
 * @param optionLegs      the option positions, for policies that re-price them; may be empty
 */
public record HedgeInputs(String underlying, Instant now, double spot, double netDeltaCoin, double gammaCoinPerUsd,
                          Instant lastHedgeAt, List<OptionLeg> optionLegs) {

    public HedgeInputs {
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(now, "now");
        if (!(spot > 0) || !Double.isFinite(netDeltaCoin) || !Double.isFinite(gammaCoinPerUsd)) {
            throw new IllegalArgumentException(underlying + ": hedge inputs need a positive index and finite delta"
                    + " and gamma, got S=" + spot + " delta=" + netDeltaCoin + " gamma=" + gammaCoinPerUsd);
        }
        optionLegs = List.copyOf(optionLegs);
    }

    /** The risk snapshot reports gamma as USD of delta per 1% move: Γ·S²·0.01. This undoes it. */
    public static double gammaFromUsdPer1Pct(double gammaUsdPer1Pct, double spot) {
        return gammaUsdPer1Pct / (0.01 * spot * spot);
    }
}
