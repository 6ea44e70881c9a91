package com.hedgeflow.installer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files of src/jpackage/linux that replace jpackage's templates for the .deb (jpackage fills in the tokens). */
class LinuxPackageResourcesTest {
    private static final Path LINUX = Path.of("src/jpackage/linux");

    private static String read(String file) throws Exception {
        return Files.readString(LINUX.resolve(file));
    }

    private static String desktopValue(String key) throws Exception {
        List<String> lines = Files.readAllLines(LINUX.resolve("Hedgeflow.desktop"));
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in the desktop entry"));
    }

    @Test
    void startupWmClassNamesTheApplicationClassThatOpensTheWindow() throws Exception {
        // JavaFX on GTK sets WM_CLASS to the Application subclass: rename it and docks stop grouping the window.
        String windowClass = desktopValue("StartupWMClass");
        assertDoesNotThrow(() -> Class.forName(windowClass, false, getClass().getClassLoader()),
                "StartupWMClass names a class that no longer exists: " + windowClass);
    }

    @Test
    void theDesktopEntryKeepsJpackagesTokensForLauncherIconAndMenuGroup() throws Exception {
        assertEquals("APPLICATION_LAUNCHER", desktopValue("Exec"));
        assertEquals("APPLICATION_ICON", desktopValue("Icon"));
        assertEquals("DEPLOY_BUNDLE_CATEGORY;", desktopValue("Categories"));
    }

    @Test
    void theMenuEntryCommandsCannotFailTheInstallOrTheUninstall() throws Exception {
        String postinst = read("postinst");
        assertTrue(postinst.contains("add_menu_entry() {\nDESKTOP_COMMANDS_INSTALL\n}"), postinst);
        assertTrue(postinst.contains("add_menu_entry || "), postinst);
        String prerm = read("prerm");
        assertTrue(prerm.contains("remove_menu_entry() {\nDESKTOP_COMMANDS_UNINSTALL\n}"), prerm);
        assertTrue(prerm.contains("remove_menu_entry || "), prerm);
    }
}
