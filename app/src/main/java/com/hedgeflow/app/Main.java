package com.hedgeflow.app;

import com.hedgeflow.app.cli.HedgeflowCommand;

/**
 * Entry point of {@code ./hedgeflow}. It does not extend {@code Application}, so JavaFX is loaded only by
 * the commands that open a window, and headless runs never touch it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(HedgeflowCommand.commandLine().execute(args));
    }
}
