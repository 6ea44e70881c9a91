package com.hedgeflow.views.fx;

import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Instant;

/**
 * A piece of screen that draws itself from one risk snapshot. Called on the FX thread only, at most a
 * few times a second, with the same snapshot again when nothing new arrived (so ages keep moving):
 * implementations compare with what they show and touch only what changed.
 */
@FunctionalInterface
public interface SnapshotView {

    void render(RiskSnapshot snapshot, Instant now);
}
