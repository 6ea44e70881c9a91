package com.hedgeflow.views.hedging;

import com.hedgeflow.views.format.TraderFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The latest audit lines with a search field. The log lives in a database, so queries run on a worker thread and at
 * most one is in flight; a search typed meanwhile runs right after, so fast typing never queues a backlog.
 */
final class AuditPanel {
    static final int LIMIT = 200;
    /** The log grows with every order event; once a second is fresh enough for reading it. */
    static final Duration REFRESH = Duration.ofSeconds(1);

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hedgeflow-audit-query");
        t.setDaemon(true);
        return t;
    });

    private final HedgerDesk desk;
    private final TextField search = new TextField();
    private final ObservableList<AuditEntry> lines = FXCollections.observableArrayList();
    private final TableView<AuditEntry> table = new TableView<>(lines);
    private final VBox box;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile boolean again;
    private Instant lastQuery = Instant.EPOCH;

    AuditPanel(HedgerDesk desk) {
        this.desk = desk;
        search.setId("audit-search");
        search.setPromptText("Search kind, id, actor, message");
        search.textProperty().addListener((obs, was, is) -> refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label title = new Label("AUDIT LOG");
        title.getStyleClass().add("hf-section-title");
        HBox head = new HBox(title, search);
        head.getStyleClass().add("hf-audit-head");

        table.setId("audit-table");
        table.getStyleClass().add("hf-blotter-table");
        table.setPlaceholder(new Label("No audit lines"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("TIME", 130, e -> TraderFormat.utcTime(e.time())),
                column("KIND", 190, AuditEntry::kind),
                column("SUBJECT", 200, AuditEntry::subject),
                column("ACTOR", 100, AuditEntry::actor),
                column("MESSAGE", 500, AuditEntry::message)));
        VBox.setVgrow(table, Priority.ALWAYS);
        box = new VBox(head, table);
        box.getStyleClass().add("hf-audit");
    }

    Node node() {
        return box;
    }

    /** From the screen's render: re-reads the log when the last read is older than {@link #REFRESH}. */
    void render(Instant now) {
        if (Duration.between(lastQuery, now).compareTo(REFRESH) >= 0) {
            lastQuery = now;
            refresh();
        }
    }

    /** FX thread. */
    void refresh() {
        again = true;
        if (inFlight.compareAndSet(false, true)) {
            query(search.getText());
        }
    }

    private void query(String text) {
        again = false;
        WORKER.execute(() -> {
            List<AuditEntry> found;
            try {
                found = desk.audit(text == null ? "" : text.trim(), LIMIT);
            } catch (RuntimeException e) {
                found = List.of(new AuditEntry(Instant.now(), "ERROR", "", "", "audit log unreadable: " + e));
            }
            List<AuditEntry> result = found;
            Platform.runLater(() -> {
                if (!result.equals(lines)) {
                    lines.setAll(result);
                }
                if (again) {
                    query(search.getText());
                } else {
                    inFlight.set(false);
                }
            });
        });
    }

    private static TableColumn<AuditEntry, String> column(String header, double width,
                                                         Function<AuditEntry, String> text) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(header);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
