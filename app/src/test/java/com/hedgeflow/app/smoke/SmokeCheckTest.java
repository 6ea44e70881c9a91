package com.hedgeflow.app.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.app.smoke.SmokeCheck.Mode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeCheckTest {

    @Test
    void linuxWithoutADisplayRunsHeadless() {
        assertEquals(Mode.HEADLESS, SmokeCheck.mode("Linux", Map.of(), null));
        assertEquals(Mode.HEADLESS, SmokeCheck.mode("Linux", Map.of("DISPLAY", ""), null));
    }

    @Test
    void linuxWithAnX11OrWaylandDisplayOpensTheWindow() {
        assertEquals(Mode.WINDOW, SmokeCheck.mode("Linux", Map.of("DISPLAY", ":0"), null));
        assertEquals(Mode.WINDOW, SmokeCheck.mode("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), "false"));
    }

    @Test
    void windowsAndMacOsHaveADesktopUnlessToldToRunHeadless() {
        assertEquals(Mode.WINDOW, SmokeCheck.mode("Windows 11", Map.of(), null));
        assertEquals(Mode.WINDOW, SmokeCheck.mode("Mac OS X", Map.of(), null));
        assertEquals(Mode.HEADLESS, SmokeCheck.mode("Windows 11", Map.of(), "true"));
        assertEquals(Mode.HEADLESS, SmokeCheck.mode("Linux", Map.of("DISPLAY", ":0"), "TRUE"));
    }

    @Test
    void javafxOnTheTestClassPathIsReportedAsSuch() {
        assertEquals("class path", SmokeCheck.javafxLocation(SmokeCheckTest.class.getClassLoader()));
    }
}
