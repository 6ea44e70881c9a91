package com.hedgeflow.views.delta;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.fx.SnapshotView;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The column of net-delta tiles, one per underlying in the book. Tiles appear when an underlying first
 * shows up and go when it leaves; in between they are only updated.
 */
public final class NetDeltaRail implements SnapshotView {

    private final Palette palette;
    private final VBox box = new VBox();
    private final Map<String, NetDeltaTile> tiles = new LinkedHashMap<>();

    public NetDeltaRail(Palette palette) {
        this.palette = palette;
        Label title = new Label("NET DELTA");
        title.getStyleClass().add("hf-section-title");
        box.getChildren().add(title);
        box.getStyleClass().add("hf-rail");
        box.setId("net-delta-rail");
    }

    public VBox node() {
        return box;
    }

    /** The tile of one underlying, or {@code null}; for tests and for screens that link to it. */
    public NetDeltaTile tile(String underlying) {
        return tiles.get(underlying);
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        boolean added = false;
        for (UnderlyingRisk u : snapshot.underlyings()) {
            NetDeltaTile tile = tiles.get(u.underlying());
            if (tile == null) {
                tile = new NetDeltaTile(u.underlying(), palette);
                tiles.put(u.underlying(), tile);
                box.getChildren().add(tile.node());
                added = true;
            }
            tile.update(u);
        }
        if (added || tiles.size() != snapshot.underlyings().size()) {
            Set<String> present = new HashSet<>();
            snapshot.underlyings().forEach(u -> present.add(u.underlying()));
            dropMissing(present);
        }
    }

    private void dropMissing(Set<String> present) {
        tiles.entrySet().removeIf(e -> {
            if (present.contains(e.getKey())) {
                return false;
            }
            box.getChildren().remove(e.getValue().node());
            return true;
        });
    }
}
