package dev.kaikei.ui.endofday;

import dev.kaikei.paypayfile.FileCheck;
import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.ui.common.FileDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * End of day's "PayPay file" panel: the latest match of the day's PayPay transaction file (which file, when, both
 * totals, what differed) and "Match PayPay file…", which reads a file, matches it and keeps the outcome.
 */
public final class PayPayFileViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final TransactionFiles files;
    private final FileDialog dialog;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DayPanel panel;
    private final ObjectProperty<LocalDate> day;
    private final ReadOnlyObjectWrapper<StatusMessage> summary;
    private final ReadOnlyBooleanWrapper differs = new ReadOnlyBooleanWrapper(this, "differs");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> rows = FXCollections.observableArrayList();

    public PayPayFileViewModel(TransactionFiles files, FileDialog dialog, TaskRunner tasks, Messages messages) {
        this.files = files;
        this.dialog = dialog;
        this.tasks = tasks;
        this.messages = messages;
        this.panel = new DayPanel(this, tasks, messages);
        this.day = panel.day();
        this.summary = panel.summary();
    }

    /** Shows the latest match kept for the day. */
    public void load() {
        panel.load(files::latestCheck, this::show, "paypayFile.error");
    }

    /** Asks for PayPay's file, matches it against the day and keeps the outcome. */
    public void matchFile() {
        LocalDate d = day.get();
        if (d == null || busy.get()) {
            return;
        }
        Optional<Path> file = dialog.openFile(messages.get("paypayFile.open.title"), FileDialog.FileType.CSV);
        if (file.isEmpty()) {
            return;
        }
        busy.set(true);
        summary.set(StatusMessage.neutral(messages.get("paypayFile.working")));
        tasks.task(() -> files.check(file.get(), d)).onSuccess(check -> show(Optional.of(check)))
                .onError(Exception.class, e -> {
                    differs.set(true);
                    rows.clear();
                    summary.set(StatusMessage.danger(messages.format("paypayFile.bad", e.getMessage())));
                }).andFinally(() -> busy.set(false)).start();
    }

    private void show(Optional<FileCheck> latest) {
        if (latest.isEmpty()) {
            summary.set(StatusMessage.neutral(messages.get("paypayFile.none")));
            differs.set(false);
            rows.clear();
            return;
        }
        FileCheck c = latest.get();
        String totals = messages.format("paypayFile.totals", Yen.format(c.paypayTotal()), Yen.format(c.journalTotal()));
        String text = messages.format(c.allMatch() ? "paypayFile.allMatch" : "paypayFile.differences", c.fileName(),
                TIME.format(c.matchedAt()), c.lines(), c.differences().size()) + " " + totals
                + (c.otherTerminalLines() > 0 ? " " + messages.format("paypayFile.otherTills", c.otherTerminalLines())
                : "");
        summary.set(c.allMatch() ? StatusMessage.success(text) : StatusMessage.warning(text));
        differs.set(!c.allMatch());
        rows.setAll(c.differences().stream().map(this::row).toList());
    }

    private String row(FileCheck.Line d) {
        String where = d.lineNumber() != null ? messages.format("paypayFile.line", d.lineNumber()) + " · " : "";
        String kind = messages.get("paypayFile.kind." + d.kind().name());
        String amounts = (d.paypayAmount() != null ? " · PayPay " + Yen.format(d.paypayAmount()) : "")
                + (d.journalAmount() != null ? " · " + messages.get("paypayFile.journal") + " "
                + Yen.format(d.journalAmount()) : "");
        return where + kind + " · " + d.merchantId() + amounts;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<StatusMessage> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty differsProperty() {
        return differs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<String> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}
