package com.hedgeflow.views.shell;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.fx.SnapshotView;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The title strip: the product's name, and the index price of every underlying in the book. */
final class HeaderBar implements SnapshotView {

    static final int INDEX_DECIMALS = 2;

    private final HBox bar = new HBox();
    private final HBox indices = new HBox();
    private final Map<String, IndexPrice> prices = new HashMap<>();

    HeaderBar() {
        Region mark = new Region();
        mark.getStyleClass().add("hf-brand-mark");
        Label name = new Label("Hedgeflow");
        name.setId("app-name");
        name.getStyleClass().add("hf-app-name");
        Label tagline = new Label("Risk workstation");
        tagline.getStyleClass().add("hf-app-tagline");
        HBox brand = new HBox(mark, name, tagline);
        brand.getStyleClass().add("hf-brand");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        indices.getStyleClass().add("hf-indices");

        bar.getStyleClass().add("hf-header");
        bar.getChildren().addAll(brand, spacer, indices);
    }

    Node node() {
        return bar;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        for (UnderlyingRisk u : snapshot.underlyings()) {
            prices.computeIfAbsent(u.underlying(), this::addIndex).show(u.indexPrice());
        }
    }

    private IndexPrice addIndex(String underlying) {
        IndexPrice price = new IndexPrice(underlying);
        indices.getChildren().add(price.box);
        return price;
    }

    /** One "BTC INDEX / 64,210.50" pair; an underlying that leaves the book keeps its last price. */
    private static final class IndexPrice {
        private final VBox box = new VBox();
        private final Label value = new Label(TraderFormat.EM_DASH);
        private double shown = Double.NaN;

        IndexPrice(String underlying) {
            Label name = new Label(underlying + " INDEX");
            name.getStyleClass().add("hf-index-name");
            value.getStyleClass().addAll("hf-index-price", "hf-num");
            value.setId("index-" + underlying);
            box.getStyleClass().add("hf-index");
            box.getChildren().addAll(name, value);
        }

        void show(double price) {
            if (Double.compare(price, shown) != 0) {
                value.setText(TraderFormat.fixed(price, INDEX_DECIMALS));
                shown = price;
            }
        }
    }
}
