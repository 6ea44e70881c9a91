package com.hedgeflow.views.shell;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** The row of screen names under the header; the number before each name is its Ctrl shortcut. */
final class ScreenBar {
    private final HBox bar = new HBox();
    private final ToggleGroup group = new ToggleGroup();

    ScreenBar(List<Screen> screens, IntConsumer select) {
        bar.getStyleClass().add("hf-screen-bar");
        bar.setId("screen-bar");
        for (int i = 0; i < screens.size(); i++) {
            int index = i;
            ToggleButton button = new ToggleButton((i + 1) + "  " + screens.get(i).title());
            button.setToggleGroup(group);
            button.getStyleClass().add("hf-screen-tab");
            button.setId("screen-tab-" + (i + 1));
            button.setFocusTraversable(false);
            // A toggle group lets the user deselect; a screen bar always has one screen on view.
            button.setOnAction(e -> select.accept(index));
            bar.getChildren().add(button);
        }
    }

    HBox node() {
        return bar;
    }

    void show(int index) {
        group.selectToggle((ToggleButton) bar.getChildren().get(index));
    }
}
