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
        subcommands = {GuiCommand.class, HeadlessCommand.class, SimulatorCommand.class})
public final class HedgeflowCommand implements Callable<Integer> {

    @Mixin
    SmokeOption smoke = new SmokeOption();

    /** The command line as the launcher runs it: bad input exits 2 with the reason on stderr. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HedgeflowCommand());
        cli.setExecutionExceptionHandler(new BadInputHandler());
        return cli;
    }

    @Override
    public Integer call() {
        return smoke.requested() ? smoke.run() : new GuiCommand().call();
    }
}
