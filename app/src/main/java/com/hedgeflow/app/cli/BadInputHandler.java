package com.hedgeflow.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Input the options could not catch (a bad URL in the environment, an unsupported venue) is still bad input:
 * one clear line on stderr and exit code 2. Anything else is a failure of ours: exit 1 with the trace.
 */
final class BadInputHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            cli.getErr().println("hedgeflow: " + e.getMessage());
            return 2;
        }
        cli.getErr().println("hedgeflow: " + e);
        e.printStackTrace(cli.getErr());
        return 1;
    }
}
