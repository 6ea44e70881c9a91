package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Which underlying's analytics a screen shows: one toggle per underlying that has analytics, the first by default.
 * A screen always shows one, so the selected toggle cannot be clicked off. Shared with the scenario screen.
 */
public final class UnderlyingPicker {

    private final String idPrefix;
    private final Runnable changed;
    private final HBox box = new HBox();
    private final ToggleGroup group = new ToggleGroup();
    private List<String> shown = List.of();
    private String selected;
    private boolean updating;

    /** @param changed called on the FX thread when the user picks another underlying */
    public UnderlyingPicker(String idPrefix, Runnable changed) {
        this.idPrefix = idPrefix;
        this.changed = changed;
        box.getStyleClass().add("hf-segmented");
        group.selectedToggleProperty().addListener((o, was, is) -> onToggle(was, is));
    }

    public Node node() {
        return box;
    }

    public String selected() {
        return selected;
    }

    /** Follows the underlyings of this snapshot and returns the chosen one's analytics, or {@code null}. */
    public MarketAnalytics pick(RiskSnapshot snapshot) {
        List<String> names = new ArrayList<>();
        for (MarketAnalytics a : snapshot.analytics()) {
            names.add(a.underlying());
        }
        if (!names.equals(shown)) {
            rebuild(names);
        }
        return selected == null ? null : snapshot.analytics(selected);
    }

    /**
     * Whether two analytics are the same computation (same underlying, same time): screens redraw only when
     * this is false, since renders come four times a second and analytics once.
     */
    public static boolean sameComputation(MarketAnalytics a, MarketAnalytics b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.underlying().equals(b.underlying()) && a.asOf().equals(b.asOf());
    }

    private void rebuild(List<String> names) {
        updating = true;
        try {
            shown = List.copyOf(names);
            if (selected == null || !names.contains(selected)) {
                selected = names.isEmpty() ? null : names.get(0);
            }
            group.getToggles().clear();
            List<Node> buttons = new ArrayList<>();
            for (String name : names) {
                ToggleButton button = new ToggleButton(name);
                button.setId(idPrefix + "-" + name);
                button.getStyleClass().add("hf-segment");
                button.setFocusTraversable(false);
                button.setUserData(name);
                button.setToggleGroup(group);
                button.setSelected(name.equals(selected));
                buttons.add(button);
            }
            box.getChildren().setAll(buttons);
        } finally {
            updating = false;
        }
    }

    private void onToggle(Toggle was, Toggle is) {
        if (updating) {
            return;
        }
        if (is == null) {
            // Clicking the selected button would leave nothing on view: keep it selected.
            if (was != null) {
                was.setSelected(true);
            }
            return;
        }
        String name = (String) is.getUserData();
        if (!Objects.equals(name, selected)) {
            selected = name;
            changed.run();
        }
    }
}
