package com.hedgeflow.views.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.styles.Palette;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class DivergingScaleTest {

    private final DivergingScale dark = new DivergingScale(Palette.DARK);

    @Test
    void zeroIsNeutralAndTheSignPicksTheColour() {
        assertEquals(Color.web(Palette.DARK.surfaceAlt()), dark.fill(0));
        Color gain = dark.fill(1);
        Color loss = dark.fill(-1);
        Color up = Color.web(Palette.DARK.up());
        Color down = Color.web(Palette.DARK.down());
        assertEquals(up.getHue(), gain.getHue(), 6);
        assertEquals(down.getHue(), loss.getHue(), 6);
        // Even the largest amount stops short of the full colour, so its text stays readable.
        assertEquals(Color.web(Palette.DARK.surfaceAlt()).interpolate(up, DivergingScale.MAX_TINT), gain);
    }

    @Test
    void biggerAmountsGetMoreColourAndSmallOnesStillShowTheirSign() {
        assertEquals(0, DivergingScale.tint(0));
        assertEquals(DivergingScale.MIN_TINT, DivergingScale.tint(1e-12), 1e-6);
        assertEquals(DivergingScale.MAX_TINT, DivergingScale.tint(-1), 1e-12);
        double previous = 0;
        for (double f = 0.1; f <= 1.0001; f += 0.1) {
            double t = DivergingScale.tint(f);
            assertTrue(t > previous);
            assertEquals(t, DivergingScale.tint(-f), 1e-12, "symmetric around zero");
            previous = t;
        }
    }

    @Test
    void fractionsAreClampedAndAnEmptyScaleIsNeutral() {
        assertEquals(0.5, DivergingScale.fraction(50, 100), 1e-12);
        assertEquals(-1, DivergingScale.fraction(-250, 100), 1e-12);
        assertEquals(0, DivergingScale.fraction(50, 0), 1e-12);
        assertEquals(0, DivergingScale.fraction(Double.NaN, 100), 1e-12);
    }

    @Test
    void textKeepsTheThemeColourUnlessItIsHardToRead() {
        Color fg = Color.web(Palette.DARK.fg());
        Color bg = Color.web(Palette.DARK.bg());
        assertEquals(fg, dark.textOn(dark.fill(0)), "light text on the dark neutral cell");
        assertEquals(fg, dark.textOn(dark.fill(-0.3)));
        assertEquals(fg, dark.textOn(dark.fill(-1)), "the strongest loss still reads in the normal colour");
        assertTrue(DivergingScale.contrast(fg, dark.fill(-1)) >= DivergingScale.MIN_CONTRAST);
        // The strongest gain is too bright for light text: it flips to the background colour.
        assertTrue(DivergingScale.contrast(fg, dark.fill(1)) < DivergingScale.MIN_CONTRAST);
        assertEquals(bg, dark.textOn(dark.fill(1)));
        DivergingScale light = new DivergingScale(Palette.LIGHT);
        assertEquals(Color.web(Palette.LIGHT.fg()), light.textOn(light.fill(0)), "dark text on the light neutral");
        assertEquals(21.0, DivergingScale.contrast(Color.BLACK, Color.WHITE), 1e-9);
    }
}
