package com.hedgeflow.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The icon files are well-formed containers (the pictures themselves are looked at, not tested). */
class IconMakerTest {

    @Test
    void theWindowsIconHoldsSevenSizesEachWhereItsDirectorySaysItIs() {
        ByteBuffer ico = ByteBuffer.wrap(IconMaker.ico()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        int count = ico.getShort(4);
        assertEquals(7, count);
        int end = 6 + 16 * count;
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int size = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertEquals(end, offset, "image " + i + " follows the previous one");
            end += size;
        }
        assertEquals(ico.capacity(), end);
    }

    @Test
    void theMacIconFamilyLengthsAddUp() {
        ByteBuffer icns = ByteBuffer.wrap(IconMaker.icns());
        assertEquals("icns", new String(icns.array(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.capacity(), icns.getInt(4));
        int at = 8;
        int entries = 0;
        while (at < icns.capacity()) {
            at += icns.getInt(at + 4);
            entries++;
        }
        assertEquals(icns.capacity(), at);
        assertEquals(10, entries);
    }

    @Test
    void theCommittedIconsAreInTheirFormats() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/jpackage/linux/Hedgeflow.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        byte[] ico = Files.readAllBytes(Path.of("src/jpackage/windows/Hedgeflow.ico"));
        assertArrayEquals(new byte[] {0, 0, 1, 0}, java.util.Arrays.copyOf(ico, 4));
        byte[] icns = Files.readAllBytes(Path.of("src/jpackage/macos/Hedgeflow.icns"));
        assertArrayEquals("icns".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(icns, 4));
    }
}
