package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.IntentResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Delivers an intent's answer on the FX thread, failures included, so the screen always says what happened. */
final class Replies {
    private Replies() {
    }

    static void onFx(CompletableFuture<IntentResult> future, Consumer<IntentResult> show) {
        if (future == null) {
            show.accept(failed("no answer from the hedger"));
            return;
        }
        future.whenComplete((result, error) -> {
            IntentResult shown = error != null ? failed(cause(error)) : result;
            if (Platform.isFxApplicationThread()) {
                show.accept(shown); // an already completed future runs here; no need for another hop
            } else {
                Platform.runLater(() -> show.accept(shown));
            }
        });
    }

    private static String cause(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static IntentResult failed(String message) {
        return new IntentResult(IntentResult.Outcome.REFUSED, "", "failed: " + message, null);
    }
}
