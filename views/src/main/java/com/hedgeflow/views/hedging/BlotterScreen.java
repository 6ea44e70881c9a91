package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.hedging.PendingProposal;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.fx.Tones;
import com.hedgeflow.views.shell.Screen;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The hedger's blotter: proposals waiting for approval, working orders, and the audit log. It reads the hedger's
 * status once per render (an atomic read) and sends intents as futures, so the FX thread never waits on the engine.
 */
public final class BlotterScreen implements Screen {
    private final HedgerDesk desk;
    private final Label message = new Label();
    private final SoftBlockConfirm confirm = new SoftBlockConfirm(id -> approve(id, true));
    private final ProposalsTable proposals = new ProposalsTable(id -> approve(id, false), this::reject);
    private final OrdersTable orders = new OrdersTable();
    private final AuditPanel audit;
    private final VBox root = new VBox();

    public BlotterScreen(HedgerDesk desk) {
        this.desk = desk;
        this.audit = new AuditPanel(desk);
        message.setId("blotter-message");
        message.getStyleClass().add("hf-blotter-message");
        message.setWrapText(true);
        showMessage("", Tone.NEUTRAL);

        proposals.node().setPrefHeight(180);
        orders.node().setPrefHeight(130);
        VBox.setVgrow(audit.node(), Priority.ALWAYS);
        root.getStyleClass().addAll("hf-body", "hf-blotter");
        root.getChildren().addAll(
                section("PROPOSALS WAITING  \u00B7  Enter/A approve  \u00B7  Delete/R reject"),
                proposals.node(), confirm.node(), message,
                section("WORKING ORDERS"), orders.node(),
                audit.node());
    }

    @Override
    public String title() {
        return "Blotter";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        HedgerStatus status = desk.status();
        if (status != null) {
            proposals.render(status.pending(), now);
            orders.render(status.openOrders());
            confirm.dropIfGone(ids(status.pending()));
        }
        audit.render(now);
    }

    void approve(String proposalId, boolean confirmSoftBlocks) {
        showMessage((confirmSoftBlocks ? "Approving anyway " : "Approving ") + proposalId + "\u2026", Tone.MUTED);
        Replies.onFx(desk.approve(proposalId, confirmSoftBlocks), this::onApproval);
    }

    void reject(String proposalId) {
        confirm.hide();
        showMessage("Rejecting " + proposalId + "\u2026", Tone.MUTED);
        Replies.onFx(desk.reject(proposalId), r -> showResult("Rejected", r));
    }

    private void onApproval(IntentResult result) {
        if (result.outcome() == IntentResult.Outcome.NEEDS_CONFIRMATION) {
            confirm.ask(result);
            showMessage("Soft limits: confirm or cancel above", Tone.DOWN);
        } else {
            confirm.hide();
            showResult("Approved", result);
        }
        audit.refresh(); // the approval is in the log now: show it without waiting for the next second
    }

    private void showResult(String doneVerb, IntentResult r) {
        String subject = r.subject().isEmpty() ? "" : " " + r.subject();
        if (r.done()) {
            showMessage(doneVerb + subject + ": " + r.message(), Tone.UP);
        } else {
            showMessage(r.outcome() + subject + ": " + r.message(), Tone.DOWN);
        }
    }

    private void showMessage(String text, Tone tone) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setManaged(!text.isEmpty());
        Tones.apply(message, tone);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hf-section-title");
        return l;
    }

    /** For tests: the proposal ids on screen, queue order. */
    List<String> proposalIds() {
        return proposals.node().getItems().stream().map(FigureRow::key).collect(Collectors.toList());
    }

    static List<String> ids(List<PendingProposal> pending) {
        return pending.stream().map(p -> p.proposal().id()).collect(Collectors.toList());
    }
}
