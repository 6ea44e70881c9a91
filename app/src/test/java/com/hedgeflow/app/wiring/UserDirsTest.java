package com.hedgeflow.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.app.wiring.UserDirs.Os;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each platform's folders, worked out on whatever machine runs the test. */
class UserDirsTest {

    private static void assertDirs(UserDirs dirs, String config, String data, String logs) {
        assertEquals(Path.of(config), dirs.config(), "config");
        assertEquals(Path.of(data), dirs.data(), "data");
        assertEquals(Path.of(logs), dirs.logs(), "logs");
    }

    @Test
    void linuxDefaultsFollowXdgUnderTheHomeFolder() {
        assertDirs(UserDirs.resolve(Os.LINUX, Map.of(), "/home/ana"),
                "/home/ana/.config/hedgeflow", "/home/ana/.local/share/hedgeflow", "/home/ana/.local/state/hedgeflow");
    }

    @Test
    void linuxHonoursTheXdgVariables() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/srv/data/",
                "XDG_STATE_HOME", "/var/state/ana");
        assertDirs(UserDirs.resolve(Os.LINUX, env, "/home/ana"),
                "/cfg/hedgeflow", "/srv/data/hedgeflow", "/var/state/ana/hedgeflow");
    }

    @Test
    void linuxIgnoresEmptyAndRelativeXdgVariablesAsTheSpecificationSays() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "", "XDG_DATA_HOME", "relative/data",
                "XDG_STATE_HOME", "  ");
        assertDirs(UserDirs.resolve(Os.LINUX, env, "/home/ana"),
                "/home/ana/.config/hedgeflow", "/home/ana/.local/share/hedgeflow", "/home/ana/.local/state/hedgeflow");
    }

    @Test
    void macOsUsesApplicationSupportAndLibraryLogs() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/ignored/on/macos");
        assertDirs(UserDirs.resolve(Os.MACOS, env, "/Users/ana"),
                "/Users/ana/Library/Application Support/Hedgeflow",
                "/Users/ana/Library/Application Support/Hedgeflow",
                "/Users/ana/Library/Logs/Hedgeflow");
    }

    @Test
    void windowsKeepsSettingsInTheRoamingProfileAndTheJournalAndLogsLocal() {
        Map<String, String> env = Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming",
                "LOCALAPPDATA", "D:\\Profiles\\ana\\Local");
        assertDirs(UserDirs.resolve(Os.WINDOWS, env, "C:\\Users\\ana"),
                "C:\\Users\\ana\\AppData\\Roaming\\Hedgeflow",
                "D:\\Profiles\\ana\\Local\\Hedgeflow",
                "D:\\Profiles\\ana\\Local\\Hedgeflow\\Logs");
    }

    @Test
    void windowsFallsBackToTheUsualAppDataFoldersWhenTheVariablesAreMissing() {
        assertDirs(UserDirs.resolve(Os.WINDOWS, Map.of(), "C:\\Users\\ana"),
                "C:\\Users\\ana\\AppData\\Roaming\\Hedgeflow",
                "C:\\Users\\ana\\AppData\\Local\\Hedgeflow",
                "C:\\Users\\ana\\AppData\\Local\\Hedgeflow\\Logs");
    }

    @Test
    void hedgeflowHomePutsEverythingUnderOneFolderOnEveryPlatform() {
        Map<String, String> env = Map.of(UserDirs.HOME_VARIABLE, "/tmp/portable", "XDG_DATA_HOME", "/elsewhere");
        assertDirs(UserDirs.resolve(Os.LINUX, env, "/home/ana"),
                "/tmp/portable/config", "/tmp/portable/data", "/tmp/portable/logs");
        assertDirs(UserDirs.resolve(Os.MACOS, env, "/Users/ana"),
                "/tmp/portable/config", "/tmp/portable/data", "/tmp/portable/logs");
        assertDirs(UserDirs.resolve(Os.WINDOWS, Map.of(UserDirs.HOME_VARIABLE, "E:\\Hedgeflow"), "C:\\Users\\ana"),
                "E:\\Hedgeflow\\config", "E:\\Hedgeflow\\data", "E:\\Hedgeflow\\logs");
    }

    @Test
    void theOperatingSystemIsReadFromTheOsName() {
        assertEquals(Os.WINDOWS, Os.fromOsName("Windows 11"));
        assertEquals(Os.MACOS, Os.fromOsName("Mac OS X"));
        assertEquals(Os.LINUX, Os.fromOsName("Linux"));
        assertEquals(Os.LINUX, Os.fromOsName("FreeBSD"));
        assertEquals(Os.LINUX, Os.fromOsName(null));
    }

    @Test
    void theLogFileSitsInTheLogFolder() {
        UserDirs dirs = UserDirs.resolve(Os.LINUX, Map.of(), "/home/ana");
        assertEquals(Path.of("/home/ana/.local/state/hedgeflow/hedgeflow.log"), dirs.logFile());
    }

    @Test
    void aFirstRunCreatesTheFoldersAndALaterRunKeepsWhatIsInThem(@TempDir Path home) throws Exception {
        UserDirs dirs = UserDirs.resolve(Os.LINUX, Map.of(), home.toString());

        dirs.createMissing();
        assertTrue(Files.isDirectory(dirs.config()) && Files.isDirectory(dirs.data()) && Files.isDirectory(dirs.logs()));

        Path journal = Files.writeString(dirs.data().resolve("journal.sqlite"), "kept");
        dirs.createMissing();
        assertEquals("kept", Files.readString(journal));
    }
}
