package com.hedgeflow.views.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.scenario.VolDynamics;
import org.junit.jupiter.api.Test;

class ScenarioTextTest {

    @Test
    void theVolDynamicsAreSpelledOut() {
        assertTrue(ScenarioText.dynamics(VolDynamics.STICKY_STRIKE).startsWith("Vol dynamics: sticky strike"));
        assertTrue(ScenarioText.dynamics(VolDynamics.STICKY_MONEYNESS).startsWith("Vol dynamics: sticky moneyness"));
    }

    @Test
    void theRollIsCountedInDays() {
        assertEquals("Rolled +1 day", ScenarioText.rolled(1));
        assertEquals("Rolled +7 days", ScenarioText.rolled(7));
        assertEquals("Rolled +0.5 day", ScenarioText.rolled(0.5));
        assertTrue(ScenarioText.rollNote(1).startsWith("Every expiry 1 day closer"));
    }
}
