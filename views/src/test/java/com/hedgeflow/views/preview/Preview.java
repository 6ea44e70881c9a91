package com.hedgeflow.views.preview;

import javafx.application.Application;

/**
 * Entry point for {@link PreviewApp}; a main class that extends {@code Application} refuses to start
 * with JavaFX on the class path (javafx.md §1.6).
 */
public final class Preview {

    private Preview() {
    }

    public static void main(String[] args) {
        Application.launch(PreviewApp.class, args);
    }
}
