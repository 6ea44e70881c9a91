package com.hedgeflow.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "hedgeflow",
        description = "Risk workstation for crypto options books. With no command, opens the workstation on the "
                + "embedded simulator.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {GuiCommand.class, HeadlessCommand.class, SimulatorCommand.class, PriceCommand.class,
                ImpliedVolCommand.class, BacktestCommand.class})
public final class HedgeflowCommand implements Callable<Integer> {

    @Mixin
    SmokeOption smoke = new SmokeOption();

    /** The command line as the launcher runs it: bad input exits 2 with the reason on stderr. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HedgeflowCommand());
        cli.setExecutionExceptionHandler(new BadInputHandler());
        return cli;
    }

    /** No command means the window, with every default applied as if {@code gui} had been typed. */
    @Override
    public Integer call() {
        if (smoke.requested()) {
            return smoke.run();
        }
        CommandLine gui = new CommandLine(new GuiCommand());
        gui.setExecutionExceptionHandler(new BadInputHandler());
        return gui.execute();
    }
}
