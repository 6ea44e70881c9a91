package com.hedgeflow.styles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A theme's colours as hex strings ({@code #rrggbb}) for code that scene CSS does not reach: TilesFX
 * tiles and Canvas-drawn charts. The values mirror the looked-up colours of the theme's token file
 * ({@code -hf-bg}, {@code -hf-up}, ...); a test keeps the two in step.
 */
public final class Palette {

    /** Calm trading-desk dark: near-black blue-grey, light grey text, green/red, one blue accent. */
    public static final Palette DARK = new Palette(
            "#0e1217", "#141a21", "#1b232c", "#263140",
            "#d3d9e0", "#8592a3",
            "#2fbf7f", "#ef5350", "#4d9cf8", "#e9b23d", "#1d3a5c");

    public static final Palette LIGHT = new Palette(
            "#f3f5f8", "#ffffff", "#eaeef3", "#d3dae3",
            "#1b2430", "#5b6878",
            "#13845a", "#c62f36", "#1f6feb", "#a86b00", "#cfe2fc");

    private final String bg;
    private final String surface;
    private final String surfaceAlt;
    private final String border;
    private final String fg;
    private final String fgMuted;
    private final String up;
    private final String down;
    private final String accent;
    private final String warn;
    private final String selection;

    private Palette(String bg, String surface, String surfaceAlt, String border, String fg, String fgMuted,
                    String up, String down, String accent, String warn, String selection) {
        this.bg = bg;
        this.surface = surface;
        this.surfaceAlt = surfaceAlt;
        this.border = border;
        this.fg = fg;
        this.fgMuted = fgMuted;
        this.up = up;
        this.down = down;
        this.accent = accent;
        this.warn = warn;
        this.selection = selection;
    }

    /** Window background. */
    public String bg() {
        return bg;
    }

    /** Panels, tables and tiles sitting on the background. */
    public String surface() {
        return surface;
    }

    /** Headers and raised strips. */
    public String surfaceAlt() {
        return surfaceAlt;
    }

    public String border() {
        return border;
    }

    /** Primary text. */
    public String fg() {
        return fg;
    }

    /** Labels, units, secondary text. */
    public String fgMuted() {
        return fgMuted;
    }

    /** Long, up, healthy. */
    public String up() {
        return up;
    }

    /** Short, down, failed. */
    public String down() {
        return down;
    }

    /** The one highlight colour: focus, selection, titles. */
    public String accent() {
        return accent;
    }

    /** Stale data, reconnecting feeds. */
    public String warn() {
        return warn;
    }

    /** Selected rows: a muted accent that keeps primary text readable. */
    public String selection() {
        return selection;
    }

    /** Token name to hex, as the theme's CSS file declares them. */
    public Map<String, String> tokens() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("-hf-bg", bg);
        t.put("-hf-surface", surface);
        t.put("-hf-surface-alt", surfaceAlt);
        t.put("-hf-border", border);
        t.put("-hf-fg", fg);
        t.put("-hf-fg-muted", fgMuted);
        t.put("-hf-up", up);
        t.put("-hf-down", down);
        t.put("-hf-accent", accent);
        t.put("-hf-warn", warn);
        t.put("-hf-selection", selection);
        return Collections.unmodifiableMap(t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Palette p && tokens().equals(p.tokens());
    }

    @Override
    public int hashCode() {
        return tokens().hashCode();
    }

    @Override
    public String toString() {
        return "Palette" + tokens();
    }
}
