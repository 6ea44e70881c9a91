package com.hedgeflow.installer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Guards the class path the launcher and the installers ship (reference/javafx.md §1.3) against two traps that
 * compile and often even run, by luck:
 *
 * <ol>
 *   <li>a jar that is not JavaFX but carries JavaFX classes — {@code eu.hansolo.fx:countries:17.0.29} held a
 *       whole stray JavaFX 11, and the JVM loaded {@code Button} from it instead of from JavaFX 21;</li>
 *   <li>a class above Java 17's class-file level (major 61) — TilesFX 21 and Monocle 21 are major 65 and fail
 *       with {@code UnsupportedClassVersionError} only when the class is first used.</li>
 * </ol>
 *
 * <p>Multi-release jars are read as Java 17 reads them: classes under {@code META-INF/versions/N/} with
 * N above 17 are never loaded and so are not held to the limit. Only a class file's 8-byte header is read.
 *
 * <p>Run by the installer module in every build, on the jars staged for packaging:
 * {@code ClassPathCheck <folder of the JavaFX jars> <folder of every other jar>}.
 */
public final class ClassPathCheck {

    /** Java 17. */
    public static final int MAX_MAJOR = 61;
    private static final int JAVA_RELEASE = MAX_MAJOR - 44;
    private static final String VERSIONS = "META-INF/versions/";
    private static final int EXAMPLES = 3;

    /** The packages of the JavaFX modules (base, graphics, controls, swing, web, media, fxml), as jar paths. */
    private static final List<String> JAVAFX_PACKAGES = List.of(
            "javafx/", "com/sun/javafx/", "com/sun/glass/", "com/sun/prism/", "com/sun/scenario/",
            "com/sun/marlin/", "com/sun/openpisces/", "com/sun/pisces/", "com/sun/webkit/", "com/sun/media/jfxmedia",
            "netscape/javascript/");

    private final List<String> problems = new ArrayList<>();
    private int jars;
    private int classes;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClassPathCheck <javafx-jar-folder> <other-jar-folder>");
        }
        ClassPathCheck check = new ClassPathCheck();
        check.scanFolder(Path.of(args[0]), true);
        check.scanFolder(Path.of(args[1]), false);
        if (!check.problems().isEmpty()) {
            throw new IllegalStateException("class path check failed:\n  " + String.join("\n  ", check.problems()));
        }
        System.out.println("class path check: " + check.summary());
    }

    /** Every {@code .jar} directly in the folder. */
    public ClassPathCheck scanFolder(Path folder, boolean javafxAllowed) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no such folder: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : (Iterable<Path>) files.filter(ClassPathCheck::isJar).sorted()::iterator) {
                scanJar(jar, javafxAllowed);
            }
        }
        return this;
    }

    /** @param javafxAllowed true for the {@code org.openjfx} jars themselves */
    public ClassPathCheck scanJar(Path jar, boolean javafxAllowed) throws IOException {
        jars++;
        List<String> javafx = new ArrayList<>();
        List<String> tooNew = new ArrayList<>();
        int newestMajor = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".class")) {
                    continue;
                }
                String path = name;
                if (name.startsWith(VERSIONS)) {
                    int release = releaseOf(name);
                    if (release < 0 || release > JAVA_RELEASE) {
                        continue; // Java 17 never loads it
                    }
                    path = name.substring(name.indexOf('/', VERSIONS.length()) + 1);
                }
                classes++;
                if (!javafxAllowed && isJavafx(path)) {
                    javafx.add(name);
                }
                int major = majorVersion(zip, entry);
                if (major > MAX_MAJOR) {
                    tooNew.add(name);
                    newestMajor = Math.max(newestMajor, major);
                }
            }
        }
        String file = jar.getFileName().toString();
        if (!javafx.isEmpty()) {
            problems.add(String.format(Locale.ROOT, "%s is not JavaFX but carries %d JavaFX classes, e.g. %s",
                    file, javafx.size(), examples(javafx)));
        }
        if (!tooNew.isEmpty()) {
            problems.add(String.format(Locale.ROOT,
                    "%s has %d classes above Java %d (class-file major up to %d > %d), e.g. %s",
                    file, tooNew.size(), JAVA_RELEASE, newestMajor, MAX_MAJOR, examples(tooNew)));
        }
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d jars, %d classes: none above Java %d, JavaFX only in JavaFX's own jars",
                jars, classes, JAVA_RELEASE);
    }

    static boolean isJavafx(String classPath) {
        for (String pkg : JAVAFX_PACKAGES) {
            if (classPath.startsWith(pkg)) {
                return true;
            }
        }
        return false;
    }

    /** {@code META-INF/versions/21/a/B.class} → 21; -1 when the folder is not a number. */
    private static int releaseOf(String name) {
        int end = name.indexOf('/', VERSIONS.length());
        try {
            return end < 0 ? -1 : Integer.parseInt(name.substring(VERSIONS.length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int majorVersion(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry); DataInputStream header = new DataInputStream(in)) {
            int magic = header.readInt();
            if (magic != 0xCAFEBABE) {
                throw new UncheckedIOException(new IOException(zip.getName() + "!" + entry.getName()
                        + " is not a class file"));
            }
            header.readUnsignedShort(); // minor
            return header.readUnsignedShort();
        }
    }

    private static String examples(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(EXAMPLES, names.size())));
        return names.size() > EXAMPLES ? shown + ", …" : shown;
    }

    private static boolean isJar(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".jar");
    }
}
