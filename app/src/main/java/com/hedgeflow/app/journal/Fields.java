package com.hedgeflow.app.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact, exact text encoding for a row's fields: each field is written escaped and terminated by {@code ;}.
 *
 * <p>Why not JSON: we need no library for a handful of flat fields, and we need exactness JSON does not give by
 * default — doubles go through {@link Double#toString} (shortest form that reads back to the same bits, NaN and
 * -0.0 included), and strings survive with any characters. SQLite stores text as UTF-8, which cannot hold a lone
 * surrogate and where NUL is fragile, so {@link #escape} turns those (and the backslash and the terminator) into
 * backslash-u escapes with four hex digits; every other character is stored as itself, so the file stays readable.
 */
final class Fields {
    private static final char END = ';';
    private static final String NULL = "\\N";

    private Fields() {
    }

    /** Escapes a string so it round-trips exactly through SQLite text; {@code null} becomes {@code \N}. */
    static String escape(String s) {
        if (s == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i)); // a valid pair is fine in UTF-8
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == END || c == 0 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The inverse of {@link #escape}. */
    static String unescape(String s) {
        if (s == null || s.equals(NULL)) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                throw new IllegalArgumentException("bad escape at " + i + " in \"" + s + "\"");
            }
        }
        return out.toString();
    }

    /** Builds one encoded field list. */
    static final class Writer {
        private final StringBuilder out = new StringBuilder();

        Writer string(String s) {
            out.append(escape(s)).append(END);
            return this;
        }

        Writer number(double d) {
            return string(Double.toString(d));
        }

        Writer flag(boolean b) {
            return string(b ? "1" : "0");
        }

        Writer enumValue(Enum<?> e) {
            return string(e == null ? null : e.name());
        }

        Writer instant(Instant at) {
            return string(at == null ? null : at.getEpochSecond() + "." + at.getNano());
        }

        String encoded() {
            return out.toString();
        }
    }

    /** Reads a field list back in the order it was written; any mismatch throws IllegalArgumentException. */
    static final class Reader {
        private final List<String> fields;
        private int next;

        Reader(String encoded) {
            fields = split(encoded);
        }

        private static List<String> split(String encoded) {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < encoded.length(); i++) {
                if (encoded.charAt(i) == END) { // never escaped as itself, so a bare ';' always ends a field
                    out.add(unescape(encoded.substring(start, i)));
                    start = i + 1;
                }
            }
            if (start != encoded.length()) {
                throw new IllegalArgumentException("unterminated last field in \"" + encoded + "\"");
            }
            return out;
        }

        String string() {
            if (next >= fields.size()) {
                throw new IllegalArgumentException("expected more than " + fields.size() + " fields");
            }
            return fields.get(next++);
        }

        String requiredString() {
            String s = string();
            if (s == null) {
                throw new IllegalArgumentException("field " + next + " is missing");
            }
            return s;
        }

        double number() {
            return Double.parseDouble(requiredString());
        }

        boolean flag() {
            String s = requiredString();
            if (!s.equals("0") && !s.equals("1")) {
                throw new IllegalArgumentException("not a flag: " + s);
            }
            return s.equals("1");
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            String s = string();
            return s == null ? null : Enum.valueOf(type, s);
        }

        Instant instant() {
            String s = string();
            if (s == null) {
                return null;
            }
            int dot = s.indexOf('.');
            return Instant.ofEpochSecond(Long.parseLong(s.substring(0, dot)), Long.parseLong(s.substring(dot + 1)));
        }

        /** Call after the last read: leftover fields mean the row is not what its type says. */
        void end() {
            if (next != fields.size()) {
                throw new IllegalArgumentException(fields.size() + " fields, expected " + next);
            }
        }
    }
}
