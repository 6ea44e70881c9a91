package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.hedging.KillSwitchState;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.fx.Tones;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * Always on screen, whatever screen is on view: the hedging mode switch and the kill switch. Both show the hedger's
 * state as published, never the click: a toggle only moves when the hedger says the mode changed, so what the
 * trader reads is what the engine does.
 */
public final class HedgingStrip {
    /** What the kill switch button writes into the audit log as the reason. */
    public static final String KILL_REASON = "kill switch pressed on the workstation";

    private static final PseudoClass KILLED = PseudoClass.getPseudoClass("killed");
    private static final Map<HedgeMode, String> LABELS = Map.of(
            HedgeMode.OFF, "Off", HedgeMode.MANUAL, "Manual", HedgeMode.SEMI_AUTO, "Semi-auto");

    private final HedgerDesk desk;
    private final HBox bar = new HBox();
    private final Map<HedgeMode, ToggleButton> modes = new EnumMap<>(HedgeMode.class);
    private final Label autoOff = new Label();
    private final Label queue = new Label();
    private final Label reply = new Label();
    private final Button kill = new Button("KILL SWITCH  (Ctrl+K)");
    private final Label killed = new Label();
    private final Button resume = new Button("Resume\u2026");
    private final Button resumeConfirm = new Button("Confirm resume");
    private final Button resumeCancel = new Button("Cancel");
    private HedgeMode shownMode;

    public HedgingStrip(HedgerDesk desk) {
        this.desk = desk;
        Label title = new Label("HEDGER");
        title.getStyleClass().add("hf-strip-title");

        SegmentedButton switcher = new SegmentedButton();
        switcher.setId("hedge-mode");
        switcher.getStyleClass().add("hf-mode-switch");
        for (HedgeMode mode : HedgeMode.values()) {
            ToggleButton b = new ToggleButton(LABELS.get(mode));
            b.setId("mode-" + mode.name().toLowerCase().replace('_', '-'));
            b.setFocusTraversable(false);
            b.setOnAction(e -> requestMode(mode));
            modes.put(mode, b);
            switcher.getButtons().add(b);
        }
        autoOff.setId("auto-off-reason");
        autoOff.getStyleClass().add("hf-auto-off");
        queue.setId("hedge-queue");
        queue.getStyleClass().add("hf-strip-note");
        reply.setId("hedge-reply");
        reply.getStyleClass().add("hf-strip-note");

        kill.setId("kill-switch");
        kill.getStyleClass().add("hf-kill");
        kill.setFocusTraversable(false);
        kill.setOnAction(e -> engageKill());
        killed.setId("kill-state");
        killed.getStyleClass().add("hf-killed");
        resume.setId("kill-resume");
        resume.setOnAction(e -> askResume(true));
        resumeConfirm.setId("kill-resume-confirm");
        resumeConfirm.getStyleClass().add("hf-resume-confirm");
        resumeConfirm.setOnAction(e -> {
            askResume(false);
            Replies.onFx(desk.resume(), this::showReply);
        });
        resumeCancel.setId("kill-resume-cancel");
        resumeCancel.setOnAction(e -> askResume(false));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.setId("hedging-strip");
        bar.getStyleClass().add("hf-hedge-strip");
        bar.getChildren().addAll(title, switcher, autoOff, queue, reply, spacer, killed, resume, resumeConfirm,
                resumeCancel, kill);
        askResume(false);
        render(null);
    }

    public Node node() {
        return bar;
    }

    /** The Ctrl+K shortcut and the button: no confirmation, a kill switch that asks is a slow kill switch. */
    public void engageKill() {
        reply.setText("Engaging the kill switch\u2026");
        Replies.onFx(desk.engageKillSwitch(KILL_REASON), this::showReply);
    }

    /** FX thread, once per pulse. */
    public void render(HedgerStatus status) {
        HedgeMode mode = status == null ? null : status.mode();
        if (mode != shownMode) {
            shownMode = mode;
            modes.forEach((m, b) -> b.setSelected(m == mode));
        }
        syncSelection();
        String off = status == null ? "" : status.autoOffReason();
        show(autoOff, off == null || off.isEmpty() ? "" : "Semi-auto off: " + off);
        show(queue, status == null ? "hedger starting\u2026" : queueText(status));

        KillSwitchState k = status == null ? KillSwitchState.OFF : status.killSwitch();
        bar.pseudoClassStateChanged(KILLED, k.engaged());
        kill.setVisible(!k.engaged());
        kill.setManaged(!k.engaged());
        show(killed, k.engaged() ? killedText(k) : "");
        boolean asking = resumeConfirm.isVisible();
        resume.setVisible(k.engaged() && !asking);
        resume.setManaged(k.engaged() && !asking);
        if (!k.engaged() && asking) {
            askResume(false);
        }
    }

    static String killedText(KillSwitchState k) {
        String since = k.since() == null ? "" : " (" + TraderFormat.utcTime(k.since()) + ")";
        return "KILLED by " + k.by() + ": " + k.reason() + since;
    }

    private static String queueText(HedgerStatus s) {
        int p = s.pending().size();
        int o = s.openOrders().size();
        return p + (p == 1 ? " proposal" : " proposals") + " waiting \u00B7 " + o + " working";
    }

    private void requestMode(HedgeMode mode) {
        syncSelection(); // the click does not move the toggle; the hedger's answer does
        reply.setText("Mode \u2192 " + LABELS.get(mode) + "\u2026");
        Tones.apply(reply, Tone.MUTED);
        Replies.onFx(desk.setMode(mode), this::showReply);
    }

    /** A toggle button selects itself on click; put the selection back to the hedger's mode. */
    private void syncSelection() {
        modes.forEach((m, b) -> {
            if (b.isSelected() != (m == shownMode)) {
                b.setSelected(m == shownMode);
            }
        });
    }

    private void askResume(boolean asking) {
        resumeConfirm.setVisible(asking);
        resumeConfirm.setManaged(asking);
        resumeCancel.setVisible(asking);
        resumeCancel.setManaged(asking);
        resume.setVisible(!asking && killed.isVisible());
        resume.setManaged(!asking && killed.isVisible());
    }

    private void showReply(IntentResult r) {
        reply.setText(r.done() ? r.message() : r.outcome() + ": " + r.message());
        Tones.apply(reply, r.done() ? Tone.MUTED : Tone.DOWN);
        render(desk.status()); // the intent changed the state: show it now, not on the next pulse
    }

    private static void show(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
