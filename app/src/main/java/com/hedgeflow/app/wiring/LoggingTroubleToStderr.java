package com.hedgeflow.app.wiring;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own warnings and errors (say, a log folder it cannot write) as one line each on stderr.
 *
 * <p>Without a listener Logback prints them to stdout, which belongs to headless mode's JSON; Logback's stock
 * console listeners print every status, including a dozen INFO lines at each start.
 */
public final class LoggingTroubleToStderr implements StatusListener {
    @Override
    public void addStatusEvent(Status status) {
        if (status.getLevel() < Status.WARN) {
            return;
        }
        Throwable cause = status.getThrowable();
        System.err.println("hedgeflow: logging: " + status.getMessage() + (cause == null ? "" : " (" + cause + ")"));
    }
}
