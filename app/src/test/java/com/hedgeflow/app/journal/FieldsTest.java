package com.hedgeflow.app.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Property
    void anyStringRoundTrips(@ForAll String s) {
        assertEquals(s, Fields.unescape(Fields.escape(s)));
    }

    @Property
    void anyDoubleRoundTripsToTheSameBits(@ForAll double d) {
        double back = new Fields.Reader(new Fields.Writer().number(d).encoded()).number();
        assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits(back));
    }

    @Test
    void escapedTextHasNoTerminatorNulOrLoneSurrogate() {
        String e = Fields.escape(SampleEvents.AWKWARD);
        assertTrue(e.indexOf(';') < 0 && e.indexOf('\0') < 0);
        assertEquals(SampleEvents.AWKWARD, Fields.unescape(e));
        assertTrue(e.contains("\uD83D\uDE80"), "a valid pair is kept readable");
    }

    @Test
    void nullAndEmptyAreDistinct() {
        Fields.Reader r = new Fields.Reader(new Fields.Writer().string(null).string("").string("\\N").encoded());
        assertNull(r.string());
        assertEquals("", r.string());
        assertEquals("\\N", r.string());
        r.end();
    }

    @Test
    void malformedInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Fields.Reader("abc"));
        assertThrows(IllegalArgumentException.class, () -> Fields.unescape("\\x"));
        Fields.Reader r = new Fields.Reader("a;b;");
        r.string();
        assertThrows(IllegalArgumentException.class, r::end);
    }
}
