package com.hedgeflow.views.shell;

import com.hedgeflow.views.fx.SnapshotView;
import javafx.scene.Node;

/**
 * One of the workstation's screens, reached from the screen bar or with Ctrl+its number. Only the screen on
 * view is rendered, so a hidden chart costs nothing while the market runs.
 */
public interface Screen extends SnapshotView {

    /** The short name on the screen bar, e.g. "Gamma". */
    String title();

    Node node();
}
