package com.hedgeflow.views.chart;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;

/**
 * Which underlying an analytics screen shows (BTC, ETH, …): the ones the snapshot carries analytics for, in the
 * snapshot's order. The choice survives snapshots; when its underlying leaves, the first one is shown.
 */
public final class UnderlyingChoice {

    private final ComboBox<String> box = new ComboBox<>();
    private List<String> offered = List.of();
    private boolean updating;

    /** @param onChange run when the user picks another underlying (not when a snapshot changes the list) */
    public UnderlyingChoice(String id, Runnable onChange) {
        box.setId(id);
        box.getStyleClass().add("hf-underlying-choice");
        box.setFocusTraversable(false);
        box.setPromptText("\u2014");
        box.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (!updating && is != null) {
                onChange.run();
            }
        });
    }

    public ComboBox<String> node() {
        return box;
    }

    /** Follows the underlyings of a snapshot; touches the control only when they changed. */
    public void offer(RiskSnapshot snapshot) {
        List<String> names = new ArrayList<>(snapshot.analytics().size());
        for (MarketAnalytics a : snapshot.analytics()) {
            names.add(a.underlying());
        }
        if (names.equals(offered)) {
            return;
        }
        String keep = selected();
        updating = true;
        try {
            box.getItems().setAll(names);
            if (keep != null && names.contains(keep)) {
                box.getSelectionModel().select(keep);
            } else if (!names.isEmpty()) {
                box.getSelectionModel().select(0);
            }
        } finally {
            updating = false;
        }
        offered = List.copyOf(names);
    }

    /** The underlying on view, or {@code null} before any analytics arrived. */
    public String selected() {
        return box.getSelectionModel().getSelectedItem();
    }

    public void select(String underlying) {
        box.getSelectionModel().select(underlying);
    }
}
