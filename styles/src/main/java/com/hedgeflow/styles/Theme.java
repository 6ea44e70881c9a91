package com.hedgeflow.styles;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * A colour theme: one token file (colours only) under the shared structure file.
 *
 * <p>The token file comes first so that {@code base.css} can refer to its looked-up colours; swapping
 * themes swaps one file and never touches structure.
 */
public enum Theme {
    DARK("dark.css", Palette.DARK),
    LIGHT("light.css", Palette.LIGHT);

    private static final String BASE = "base.css";
    /** Structure of individual screens, kept apart so that screens can be styled without touching base.css. */
    private static final List<String> SCREENS = List.of("exposure.css", "volatility.css");

    private final String tokens;
    private final Palette palette;

    Theme(String tokens, Palette palette) {
        this.tokens = tokens;
        this.palette = palette;
    }

    /** What a screen starts with when nobody chose. */
    public static Theme defaultTheme() {
        return DARK;
    }

    /** External-form URLs, in the order they must be added to a {@code Scene}. */
    public List<String> stylesheets() {
        List<String> urls = new ArrayList<>();
        urls.add(url(tokens));
        urls.add(url(BASE));
        SCREENS.forEach(file -> urls.add(url(file)));
        return List.copyOf(urls);
    }

    /** The same colours as the token file, for code that does not read scene CSS (tiles, canvases). */
    public Palette palette() {
        return palette;
    }

    private static String url(String file) {
        URL url = Theme.class.getResource(file);
        if (url == null) {
            // A missing stylesheet would silently give an unstyled window; fail loudly instead.
            throw new IllegalStateException("stylesheet missing from the classpath: com/hedgeflow/styles/" + file);
        }
        return url.toExternalForm();
    }
}
