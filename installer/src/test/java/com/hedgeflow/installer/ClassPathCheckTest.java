package com.hedgeflow.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathCheckTest {
    @TempDir
    Path dir;

    /** A jar of class files that are headers only: magic, minor 0, the given major. */
    private Path jar(String name, Map<String, Integer> classes) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes());
            for (Map.Entry<String, Integer> c : classes.entrySet()) {
                zip.putNextEntry(new ZipEntry(c.getKey()));
                int major = c.getValue();
                zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0,
                        (byte) (major >> 8), (byte) major});
            }
        }
        return jar;
    }

    private static Map<String, Integer> classes(Object... nameAndMajor) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndMajor.length; i += 2) {
            map.put((String) nameAndMajor[i], (Integer) nameAndMajor[i + 1]);
        }
        return map;
    }

    @Test
    void aCleanJava17ClassPathPasses() throws Exception {
        ClassPathCheck check = new ClassPathCheck()
                .scanJar(jar("engine.jar", classes("com/hedgeflow/A.class", 61, "com/hedgeflow/B.class", 52)), false)
                .scanJar(jar("javafx-controls-21-linux.jar", classes("javafx/scene/control/Button.class", 61)), true);

        assertEquals(List.of(), check.problems());
        assertTrue(check.summary().startsWith("2 jars, 3 classes"), check.summary());
    }

    @Test
    void javafxClassesInAJarThatIsNotJavafxFail() throws Exception {
        ClassPathCheck check = new ClassPathCheck().scanJar(jar("countries-17.0.29.jar", classes(
                "eu/hansolo/fx/countries/Country.class", 55,
                "javafx/scene/control/Button.class", 55,
                "com/sun/glass/ui/mac/MacApplication.class", 55,
                "com/sun/javafx/tk/Toolkit.class", 55)), false);

        assertEquals(1, check.problems().size(), check.problems().toString());
        String problem = check.problems().get(0);
        assertTrue(problem.startsWith("countries-17.0.29.jar is not JavaFX but carries 3 JavaFX classes"), problem);
        assertTrue(problem.contains("javafx/scene/control/Button.class"), problem);
    }

    @Test
    void aClassAboveJava17Fails() throws Exception {
        ClassPathCheck check = new ClassPathCheck().scanJar(jar("tilesfx-21.0.9.jar", classes(
                "eu/hansolo/tilesfx/Tile.class", 65, "eu/hansolo/tilesfx/Old.class", 61)), false);

        assertEquals(List.of("tilesfx-21.0.9.jar has 1 classes above Java 17 (class-file major up to 65 > 61), "
                + "e.g. eu/hansolo/tilesfx/Tile.class"), check.problems());
    }

    @Test
    void theJavafxJarsThemselvesAreAlsoHeldToJava17() throws Exception {
        ClassPathCheck check = new ClassPathCheck().scanJar(jar("javafx-base-23-linux.jar", classes(
                "javafx/beans/Observable.class", 65)), true);

        assertEquals(1, check.problems().size());
    }

    @Test
    void multiReleaseClassesForNewerJavaAreIgnoredAsJava17IgnoresThem() throws Exception {
        ClassPathCheck check = new ClassPathCheck().scanJar(jar("jackson-core.jar", classes(
                "com/fasterxml/jackson/core/JsonParser.class", 52,
                "META-INF/versions/21/com/fasterxml/jackson/core/io/FastDouble.class", 65,
                "META-INF/versions/11/com/fasterxml/jackson/core/io/Other.class", 55)), false);

        assertEquals(List.of(), check.problems());
        assertTrue(check.summary().startsWith("1 jars, 2 classes"), check.summary());
    }

    @Test
    void multiReleaseClassesJava17LoadsAreChecked() throws Exception {
        ClassPathCheck check = new ClassPathCheck().scanJar(jar("sneaky.jar", classes(
                "META-INF/versions/17/javafx/scene/Node.class", 61,
                "META-INF/versions/9/a/B.class", 65)), false);

        assertEquals(2, check.problems().size(), check.problems().toString());
    }

    @Test
    void aFolderIsScannedJarByJar() throws Exception {
        jar("a.jar", classes("a/A.class", 61));
        jar("b.jar", classes("javafx/Stray.class", 55));
        Files.writeString(dir.resolve("notes.txt"), "not a jar");

        ClassPathCheck check = new ClassPathCheck().scanFolder(dir, false);

        assertEquals(1, check.problems().size());
        assertTrue(check.problems().get(0).startsWith("b.jar"));
    }

    @Test
    void javafxPackagesAreRecognised() {
        assertTrue(ClassPathCheck.isJavafx("javafx/scene/Node.class"));
        assertTrue(ClassPathCheck.isJavafx("com/sun/prism/sw/SWPipeline.class"));
        assertFalse(ClassPathCheck.isJavafx("com/sun/jna/Native.class"));
        assertFalse(ClassPathCheck.isJavafx("eu/hansolo/javafx/Helper.class"));
    }
}
