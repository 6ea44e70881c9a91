package com.hedgeflow.app.cli;

import com.hedgeflow.app.smoke.SmokeCheck;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --smoke} on the top command; the work is done by {@link SmokeCheck}. */
public final class SmokeOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--smoke",
            description = "Check that this copy starts: open the workstation on the embedded simulator (headless "
                    + "when there is no display), wait for the first risk snapshot, print one JSON line and exit "
                    + "(0 = it works).")
    boolean requested;

    boolean requested() {
        return requested;
    }

    int run() {
        return new SmokeCheck(System.getenv()).run(command.commandLine().getOut(), command.commandLine().getErr());
    }
}
