package com.hedgeflow.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTest {

    private static final Pattern TOKEN_DECL = Pattern.compile("(-hf-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Pattern TOKEN_USE = Pattern.compile(":[^;{}]*?(-hf-[a-z-]+)");
    private static final Pattern SELECTOR = Pattern.compile("([^{}]+)\\{");

    @Test
    void darkIsTheDefault() {
        assertEquals(Theme.DARK, Theme.defaultTheme());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void stylesheetsAreLoadableTokensFirstThenBase(Theme theme) throws IOException {
        var sheets = theme.stylesheets();
        assertEquals(4, sheets.size(), "tokens, base, then the screens' own sheets");
        assertTrue(sheets.get(0).endsWith(theme.name().toLowerCase() + ".css"), sheets.get(0));
        assertTrue(sheets.get(1).endsWith("base.css"), sheets.get(1));
        for (String s : sheets) {
            try (InputStream in = new URL(s).openStream()) {
                assertTrue(in.readAllBytes().length > 0, s);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void paletteMirrorsTheTokenFile(Theme theme) throws IOException {
        String css = read(theme.stylesheets().get(0));
        Map<String, String> declared = new LinkedHashMap<>();
        Matcher m = TOKEN_DECL.matcher(css);
        while (m.find()) {
            declared.put(m.group(1), m.group(2).toLowerCase());
        }
        assertEquals(theme.palette().tokens(), declared);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void tokenFileHoldsOnlyTheRootRule(Theme theme) throws IOException {
        String css = stripComments(read(theme.stylesheets().get(0)));
        Matcher m = SELECTOR.matcher(css);
        Set<String> selectors = new TreeSet<>();
        while (m.find()) {
            selectors.add(m.group(1).trim());
        }
        assertEquals(Set.of(".root"), selectors);
    }

    @Test
    void baseUsesOnlyDeclaredTokens() throws IOException {
        String base = stripComments(read(Theme.DARK.stylesheets().get(1)));
        Matcher m = TOKEN_USE.matcher(base);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(!used.isEmpty());
        for (Theme theme : Theme.values()) {
            assertTrue(theme.palette().tokens().keySet().containsAll(used),
                    theme + " lacks " + used + " vs " + theme.palette().tokens().keySet());
        }
    }

    @Test
    void paletteHexIsLowercaseSixDigits() {
        for (Theme theme : Theme.values()) {
            theme.palette().tokens().forEach((k, v) -> assertTrue(v.matches("#[0-9a-f]{6}"), k + "=" + v));
        }
        assertEquals(Palette.DARK, Theme.DARK.palette());
    }

    private static String read(String url) throws IOException {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String stripComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
