package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrispTest {

    @Test
    void aOnePixelLineSitsOnAPixelCentreAtScaleOne() {
        assertEquals(10.5, Crisp.line(10.3, 1, 1), 1e-12);
        assertEquals(10.5, Crisp.line(10.9, 1, 1), 1e-12);
    }

    @Test
    void atScaleTwoAOneLogicalPixelLineCoversTwoWholeDevicePixels() {
        // 2 device pixels wide: centred on a device boundary, so it covers device pixels 20 and 21 exactly.
        assertEquals(10.5, Crisp.line(10.3, 1, 2), 1e-12);
        // a hairline is one device pixel: centred on that pixel's middle.
        assertEquals(0.5, Crisp.hairline(2), 1e-12);
        assertEquals(10.25, Crisp.line(10.3, Crisp.hairline(2), 2), 1e-12);
    }

    @Test
    void atFractionalScalesEdgesStillLandOnDevicePixels() {
        assertEquals(10.0, Crisp.edge(10.3, 1.5), 1e-12);
        double x = Crisp.line(33.3, 1, 1.25);
        assertEquals(0.5, x * 1.25 - Math.floor(x * 1.25), 1e-12);
        assertEquals(1.0, Crisp.hairline(1.25), 1e-12);
    }
}
