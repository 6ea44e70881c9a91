package com.hedgeflow.app.cli;

import com.hedgeflow.app.gui.WorkstationApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the workstation window (the default command).")
final class GuiCommand implements Callable<Integer> {

    @Mixin
    VenueOptions venue;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "dark", description = "dark (default) or light.")
    String theme;

    @Override
    public Integer call() {
        return WorkstationApp.run(venue.toOptions(), theme);
    }
}
