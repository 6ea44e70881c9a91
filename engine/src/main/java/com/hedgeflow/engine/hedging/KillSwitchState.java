package com.hedgeflow.engine.hedging;

import java.time.Instant;

/** Whether the kill switch is on, since when, who pulled it and why. */
public record KillSwitchState(boolean engaged, Instant since, String by, String reason) {
    public static final KillSwitchState OFF = new KillSwitchState(false, null, "", "");
}
