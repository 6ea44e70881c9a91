package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.engine.orders.checks.Verdict;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown when an approval met soft limits only: lists them and asks for an explicit "Approve anyway". Inline rather
 * than a modal dialog, so the blotter keeps updating and the kill switch stays one click away.
 */
final class SoftBlockConfirm {
    private final VBox box = new VBox();
    private final Label heading = new Label();
    private final VBox blocks = new VBox();
    private final Consumer<String> approveAnyway;
    private String proposalId;

    SoftBlockConfirm(Consumer<String> approveAnyway) {
        this.approveAnyway = approveAnyway;
        heading.getStyleClass().add("hf-confirm-heading");
        blocks.getStyleClass().add("hf-confirm-blocks");
        Button confirm = new Button("Approve anyway");
        confirm.setId("approve-anyway");
        confirm.getStyleClass().add("hf-approve");
        confirm.setOnAction(e -> confirm());
        Button cancel = new Button("Cancel");
        cancel.setId("approve-cancel");
        cancel.setOnAction(e -> hide());
        HBox buttons = new HBox(confirm, cancel);
        buttons.getStyleClass().add("hf-row-actions");
        box.setId("soft-block-confirm");
        box.getStyleClass().add("hf-confirm");
        box.getChildren().addAll(heading, blocks, buttons);
        hide();
    }

    Node node() {
        return box;
    }

    void ask(IntentResult result) {
        proposalId = result.subject();
        heading.setText("Proposal " + proposalId + " breaks soft limits. Approve anyway?");
        List<CheckResult> soft = result.checks() == null ? List.of() : result.checks().results().stream()
                .filter(r -> r.verdict() == Verdict.SOFT_BLOCK).collect(Collectors.toList());
        blocks.getChildren().clear();
        if (soft.isEmpty()) {
            blocks.getChildren().add(new Label(result.message()));
        }
        for (CheckResult r : soft) {
            blocks.getChildren().add(new Label("\u26A0 " + r.id() + " " + r.name() + ": " + r.reason()));
        }
        box.setVisible(true);
        box.setManaged(true);
    }

    /** The proposal left the queue (sent, expired, rejected): the question no longer stands. */
    void dropIfGone(List<String> pendingIds) {
        if (proposalId != null && !pendingIds.contains(proposalId)) {
            hide();
        }
    }

    boolean showing() {
        return box.isVisible();
    }

    private void confirm() {
        String id = proposalId;
        hide();
        approveAnyway.accept(id);
    }

    void hide() {
        proposalId = null;
        box.setVisible(false);
        box.setManaged(false);
    }
}
