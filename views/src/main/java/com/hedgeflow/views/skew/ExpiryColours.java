package com.hedgeflow.views.skew;

import com.hedgeflow.styles.Palette;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * One colour per expiry, from the nearest to the farthest along a cool ramp (cyan through blue to violet), so that
 * the order of the smiles reads from the colours as it does in a vol surface. The ramp avoids the palette's green,
 * red and amber: those mean long, short and warning everywhere else on the desk.
 */
final class ExpiryColours {

    static final double NEAR_HUE = 180;
    static final double FAR_HUE = 300;

    private ExpiryColours() {
    }

    /** {@code count} colours, nearest expiry first, bright on a dark background and deeper on a light one. */
    static List<Color> ramp(int count, Palette palette) {
        boolean dark = isDark(palette);
        List<Color> colours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double u = count == 1 ? 0.3 : (double) i / (count - 1);
            double hue = NEAR_HUE + u * (FAR_HUE - NEAR_HUE);
            colours.add(dark ? Color.hsb(hue, 0.55, 0.97) : Color.hsb(hue, 0.85, 0.72));
        }
        return colours;
    }

    static boolean isDark(Palette palette) {
        return Color.web(palette.bg()).getBrightness() < 0.5;
    }
}
