package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.styles.Palette;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class ExpiryColoursTest {

    @Test
    void oneDistinctColourPerExpiryAlongACoolRamp() {
        List<Color> colours = ExpiryColours.ramp(6, Palette.DARK);
        assertEquals(6, colours.size());
        for (int i = 1; i < colours.size(); i++) {
            assertTrue(colours.get(i).getHue() > colours.get(i - 1).getHue(), "nearest first, hue rising");
            assertNotEquals(colours.get(i), colours.get(i - 1));
        }
        for (Color c : colours) {
            // Never mistaken for long/short/warning: green, red and amber stay out of the ramp.
            assertTrue(c.getHue() >= ExpiryColours.NEAR_HUE - 1e-9 && c.getHue() <= ExpiryColours.FAR_HUE + 1e-9);
            for (String reserved : List.of(Palette.DARK.up(), Palette.DARK.down(), Palette.DARK.warn())) {
                assertTrue(Math.abs(c.getHue() - Color.web(reserved).getHue()) > 20, c + " vs " + reserved);
            }
        }
    }

    @Test
    void brightOnDarkDeeperOnLight() {
        assertTrue(ExpiryColours.isDark(Palette.DARK));
        assertTrue(!ExpiryColours.isDark(Palette.LIGHT));
        assertTrue(ExpiryColours.ramp(1, Palette.DARK).get(0).getBrightness()
                > ExpiryColours.ramp(1, Palette.LIGHT).get(0).getBrightness());
        assertEquals(List.of(), ExpiryColours.ramp(0, Palette.DARK));
    }
}
