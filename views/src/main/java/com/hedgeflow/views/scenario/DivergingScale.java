package com.hedgeflow.views.scenario;

import com.hedgeflow.styles.Palette;
import javafx.scene.paint.Color;

/**
 * P&L to colour: the palette's "up" for gains and "down" for losses, blended into a neutral cell colour by the size
 * of the amount against the largest one shown, so that zero is neutral and the sign reads before the number.
 * A small amount still gets a faint tint (its sign is information), and the strongest stops short of the full
 * colour so that the cell's text stays readable.
 */
final class DivergingScale {

    /** Tint of the smallest non-zero amount. */
    static final double MIN_TINT = 0.12;
    /** Tint of the largest amount. */
    static final double MAX_TINT = 0.82;
    /** Below 1, mid-sized amounts get more colour than a straight line would give: most cells are not extremes. */
    static final double GAMMA = 0.7;
    /** WCAG contrast for large or bold text; the cells' amounts are bold. */
    static final double MIN_CONTRAST = 3.0;

    private final Color neutral;
    private final Color up;
    private final Color down;
    private final Color text;
    private final Color inverseText;

    DivergingScale(Palette palette) {
        this.neutral = Color.web(palette.surfaceAlt());
        this.up = Color.web(palette.up());
        this.down = Color.web(palette.down());
        this.text = Color.web(palette.fg());
        this.inverseText = Color.web(palette.bg());
    }

    /** {@code value} against the scale's largest absolute value, in [−1, 1]; 0 when the scale is empty. */
    static double fraction(double value, double maxAbs) {
        if (!(maxAbs > 0) || !Double.isFinite(value)) {
            return 0;
        }
        return Math.max(-1, Math.min(1, value / maxAbs));
    }

    /** How far towards the up or down colour a cell of this fraction goes. */
    static double tint(double fraction) {
        double a = Math.abs(fraction);
        return a == 0 ? 0 : MIN_TINT + (MAX_TINT - MIN_TINT) * Math.pow(a, GAMMA);
    }

    Color fill(double fraction) {
        if (fraction == 0 || Double.isNaN(fraction)) {
            return neutral;
        }
        return neutral.interpolate(fraction > 0 ? up : down, tint(fraction));
    }

    /**
     * The theme's text colour, unless it is hard to read on this fill (below WCAG's 3:1 for bold text): then the
     * background colour, as on the strongest gains. Preferring the normal text colour keeps the map calm: text
     * flips only on the few cells that need it, not back and forth between near-equal contrasts.
     */
    Color textOn(Color fill) {
        if (contrast(text, fill) >= MIN_CONTRAST) {
            return text;
        }
        return contrast(inverseText, fill) > contrast(text, fill) ? inverseText : text;
    }

    Color neutral() {
        return neutral;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
