package dev.kaikei.ui.till;

import dev.kaikei.till.CloseOutcome;
import dev.kaikei.till.CountOutcome;
import dev.kaikei.till.Till;
import dev.kaikei.till.TillOverview;
import dev.kaikei.ui.common.ManagerGate;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The till screen: open with a float, paid-in / paid-out with a reason, no-sale behind the manager PIN, the drawer
 * counted by denomination for a 点検 or the 精算, and the X or Z report as it would print. Every till action runs in
 * the background; the screen shows the outcome, or the reason it was refused.
 */
public final class TillViewModel {

    private final Till till;
    private final ManagerGate manager;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper expected = new ReadOnlyStringWrapper(this, "expected", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<StatusMessage> message = new ReadOnlyObjectWrapper<>(this, "message",
            StatusMessage.NONE);
    private final ReadOnlyStringWrapper reportTitle = new ReadOnlyStringWrapper(this, "reportTitle", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final StringProperty floatText = new SimpleStringProperty(this, "float", "");
    private final StringProperty amountText = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty nextFloatText = new SimpleStringProperty(this, "nextFloat", "");
    private final Map<Integer, IntegerProperty> pieces = new LinkedHashMap<>();
    private final LongBinding counted;
    private final ReadOnlyStringWrapper countedText = new ReadOnlyStringWrapper(this, "counted", "");

    public TillViewModel(Till till, ManagerGate manager, TaskRunner tasks, Messages messages) {
        this.till = till;
        this.manager = manager;
        this.tasks = tasks;
        this.messages = messages;
        for (int yen : Till.denominations()) {
            pieces.put(yen, new SimpleIntegerProperty(this, "y" + yen, 0));
        }
        counted = Bindings.createLongBinding(() -> pieces.entrySet().stream()
                .mapToLong(e -> (long) e.getKey() * e.getValue().get()).sum(), pieces.values().toArray(
                        IntegerProperty[]::new));
        countedText.bind(Bindings.createStringBinding(() -> Yen.format(counted.get()), counted));
    }

    /** Reads the till again (when the screen is shown, and after every action). */
    public void refresh() {
        run(() -> till.overview(messages.locale()), o -> show(o, true));
    }

    /** Shows the till; with {@code withReport} also its X report (not after a close: the Z report stays). */
    private void show(TillOverview o, boolean withReport) {
        open.set(o.open());
        status.set(o.open()
                ? messages.format("till.status.open", o.salesDay().toString(), Yen.format(o.openingFloat()))
                : messages.get("till.status.closed"));
        expected.set(Yen.format(o.expectedCash()));
        notice.set(o.dayClosed().map(d -> messages.format("till.dayClosed", d.closedDay().toString(),
                d.salesDay().toString())).orElse(""));
        if (withReport && o.open()) {
            showReport(messages.get("till.report.x"), o.reportLines());
        }
    }

    /** Opens the till with the float typed. */
    public void openTill() {
        OptionalLong yen = amount(floatText.get(), true);
        if (yen.isPresent()) {
            act(() -> till.open(yen.getAsLong()), r -> {
                floatText.set("");
                message.set(StatusMessage.success(messages.format("till.opened", Yen.format(yen.getAsLong()))));
            });
        }
    }

    /** Cash put into the drawer with the reason typed. */
    public void paidIn() {
        movement(true);
    }

    /** Cash taken out of the drawer with the reason typed. */
    public void paidOut() {
        movement(false);
    }

    private void movement(boolean in) {
        OptionalLong yen = amount(amountText.get(), false);
        if (yen.isEmpty()) {
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            message.set(StatusMessage.danger(messages.get("till.error.reason")));
            return;
        }
        String why = reason.get().strip();
        act(() -> in ? till.paidIn(yen.getAsLong(), why) : till.paidOut(yen.getAsLong(), why), r -> {
            amountText.set("");
            reason.set("");
            message.set(StatusMessage.success(messages.format(in ? "till.paidIn.done" : "till.paidOut.done",
                    Yen.format(yen.getAsLong()), why)));
        });
    }

    /** Opens the drawer without a sale, after the manager PIN; journaled. */
    public void noSale() {
        manager.unlock(messages.get("till.noSale.title"), messages.get("till.noSale.prompt"),
                () -> act(() -> till.noSale(messages.get("till.noSale.reason")),
                        r -> message.set(StatusMessage.success(messages.get("till.noSale.done")))));
    }

    /** 点検 with the drawer as counted. */
    public void check() {
        Map<Integer, Integer> count = counts();
        run(() -> till.checkCounted(count, messages.locale()), (CountOutcome c) -> {
            showReport(messages.get("till.report.x"), c.reportLines());
            message.set(tone(c.overShort(), overShort(c.overShort(), "till.check.done")));
            refreshQuietly();
        });
    }

    /** 精算: closes the business day with the drawer as counted and the next float typed (or the default). */
    public void close() {
        String typed = nextFloatText.get() == null ? "" : nextFloatText.get().strip();
        OptionalLong next = typed.isEmpty() ? OptionalLong.empty() : amount(typed, true);
        if (!typed.isEmpty() && next.isEmpty()) {
            return;
        }
        Map<Integer, Integer> count = counts();
        run(() -> till.closeDay(count, next, false, messages.locale()), (CloseOutcome z) -> {
            showReport(messages.format("till.report.z", z.zNumber()), z.reportLines());
            message.set(tone(z.overShort(), overShort(z.overShort(), "till.close.done") + " "
                    + messages.format("till.close.takings", Yen.format(z.takings()), Yen.format(z.nextFloat()))));
            pieces.values().forEach(p -> p.set(0));
            nextFloatText.set("");
            refreshQuietly();
        });
    }

    /** A drawer that is right is a success; over or short is worth a look. */
    private static StatusMessage tone(long overShort, String text) {
        return overShort == 0 ? StatusMessage.success(text) : StatusMessage.warning(text);
    }

    private String overShort(long overShort, String key) {
        String diff = overShort == 0 ? messages.get("till.even")
                : messages.format(overShort > 0 ? "till.over" : "till.short", Yen.format(Math.abs(overShort)));
        return messages.format(key, diff);
    }

    private Map<Integer, Integer> counts() {
        Map<Integer, Integer> count = new LinkedHashMap<>();
        pieces.forEach((yen, n) -> count.put(yen, n.get()));
        return count;
    }

    private void showReport(String title, List<String> lines) {
        reportTitle.set(title);
        report.setAll(lines);
    }

    /** An amount typed by a person; a message and empty when it is not one. */
    private OptionalLong amount(String text, boolean zeroAllowed) {
        OptionalLong yen = text == null || text.isBlank() ? OptionalLong.empty() : Yen.parse(text);
        if (yen.isEmpty() && zeroAllowed && text != null && text.strip().equals("0")) {
            yen = OptionalLong.of(0);
        }
        if (yen.isEmpty() || (!zeroAllowed && yen.getAsLong() == 0)) {
            message.set(StatusMessage.danger(messages.format("till.error.amount", text == null ? "" : text)));
            return OptionalLong.empty();
        }
        return yen;
    }

    private <T> void act(Callable<T> action, Consumer<T> done) {
        run(action, r -> {
            done.accept(r);
            refreshQuietly();
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        tasks.task(work).onSuccess(done)
                .onError(Exception.class, e -> message.set(StatusMessage.danger(messages.format("till.error", e.getMessage()))))
                .andFinally(() -> busy.set(false)).start();
    }

    /** Reads the till again without touching the report shown (a Z report stays on screen after the close). */
    private void refreshQuietly() {
        tasks.task(() -> till.overview(messages.locale())).onSuccess(o -> show(o, false))
                .onError(Exception.class, e -> message.set(StatusMessage.danger(messages.format("till.error", e.getMessage())))).start();
    }

    /** How many of the note or coin worth {@code yen} were counted. */
    public IntegerProperty pieces(int yen) {
        return pieces.get(yen);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expectedProperty() {
        return expected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportTitleProperty() {
        return reportTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countedProperty() {
        return countedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<String> report() {
        return FXCollections.unmodifiableObservableList(report);
    }

    public StringProperty floatProperty() {
        return floatText;
    }

    public StringProperty amountProperty() {
        return amountText;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty nextFloatProperty() {
        return nextFloatText;
    }
}
