package dev.kaikei.ui;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.ui.ShellModel.Section;
import dev.kaikei.ui.charge.ChargeView;
import dev.kaikei.ui.charge.CashViewModel;
import dev.kaikei.ui.charge.ChargeViewModel;
import dev.kaikei.ui.checkout.CashierStatusView;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.checkout.CustomerIdleView;
import dev.kaikei.ui.checkout.CustomerView;
import dev.kaikei.ui.checkout.ReceiptChoice;
import dev.kaikei.ui.checkout.SaleLinesText;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.DialogService;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.ManagerGate;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.QrRenderer;
import dev.kaikei.ui.common.QrSurface;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.Watermark;
import dev.kaikei.ui.customers.CustomersView;
import dev.kaikei.ui.customers.CustomersViewModel;
import dev.kaikei.ui.endofday.EndOfDayView;
import dev.kaikei.ui.endofday.EndOfDayViewModel;
import dev.kaikei.ui.endofday.PayPayFilePanel;
import dev.kaikei.ui.endofday.PayPayFileViewModel;
import dev.kaikei.ui.endofday.TakingsPanel;
import dev.kaikei.ui.endofday.TakingsViewModel;
import dev.kaikei.ui.endofday.TillClosesPanel;
import dev.kaikei.ui.endofday.TillClosesViewModel;
import dev.kaikei.ui.history.HistoryView;
import dev.kaikei.ui.history.HistoryViewModel;
import dev.kaikei.ui.history.ReceiptActionsModel;
import dev.kaikei.ui.settings.HqSyncViewModel;
import dev.kaikei.ui.settings.SettingsView;
import dev.kaikei.ui.settings.SettingsViewModel;
import dev.kaikei.ui.settings.SupportBundleView;
import dev.kaikei.ui.settings.SupportBundleViewModel;
import dev.kaikei.ui.till.CashRefundPanel;
import dev.kaikei.ui.till.CashRefundViewModel;
import dev.kaikei.ui.till.TillView;
import dev.kaikei.ui.till.TillViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;

/**
 * Builds every screen of the cashier window — view model and view — from the services the composition root handed
 * over: the one place a screen is wired. A new screen gets a {@link Section}, a case here, and its service in
 * {@link UiServices}.
 */
final class ScreenFactory {

    /** The screens of one running checkout: the cashier's, and the customer's when it has a screen of its own. */
    record CheckoutScreens(CheckoutViewModel viewModel, Node cashier, Optional<Parent> customer) {
    }

    private final UiServices services;
    private final ManagerPinGuard pins;
    private final Navigator navigator;
    private final Consumer<Locale> languageSwitch;
    private final Function<Messages, DialogService> dialogs;
    private final Watermark watermark;
    private final QrRenderer qrRenderer = new QrRenderer();
    // Every checkout's code is drawn into the same image of its place (see QrSurface): memory stays flat however
    // many checkouts the till makes.
    private final QrSurface windowQr = new QrSurface(qrRenderer);
    private final QrSurface customerDisplayQr = new QrSurface(qrRenderer);

    ScreenFactory(UiServices services, ManagerPinGuard pins, Navigator navigator, Consumer<Locale> languageSwitch,
                  Function<Messages, DialogService> dialogs) {
        this.services = services;
        this.pins = pins;
        this.navigator = navigator;
        this.languageSwitch = languageSwitch;
        this.dialogs = dialogs;
        this.watermark = Watermark.of(services.mode());
    }

    /**
     * The screen of {@code section} in {@code ui}'s language.
     *
     * @param afterLanguageSwitch true when rebuilt for a new language: Settings then says the switch went through
     */
    SectionScreen section(Section section, UiContext ui, boolean afterLanguageSwitch) {
        return switch (section) {
            case CHARGE -> charge(ui);
            case HISTORY -> history(ui, services.history().orElseThrow());
            case END_OF_DAY -> endOfDay(ui, services.history().orElseThrow());
            case TILL -> till(ui);
            case CUSTOMERS -> customers(ui);
            case SETTINGS -> settings(ui, afterLanguageSwitch);
        };
    }

    private SectionScreen charge(UiContext ui) {
        ChargeViewModel vm = new ChargeViewModel(services.checkouts(), dialogs.apply(ui.messages()),
                services.recentPayments(), ui.tasks(), navigator, ui.messages(), services.preAuthEnabled(),
                services.quickKeys(), services.taxPolicy());
        Optional<CashViewModel> cash = services.cash().map(sales -> new CashViewModel(sales, services.checkouts(),
                ui.tasks(), navigator, ui.messages(), vm::saleTaken, services.receipts()));
        ChargeView view = new ChargeView(vm, cash, ui.messages());
        return new SectionScreen(view, () -> {
            vm.refreshRecent();
            view.focusAmount();
        }, () -> { }, view::focusAmount, () -> { }, view::handleKey);
    }

    private SectionScreen history(UiContext ui, HistoryService history) {
        DialogService dialog = dialogs.apply(ui.messages());
        HistoryViewModel vm = new HistoryViewModel(history, services.operations(), pins, dialog, ui.tasks(),
                ui.messages(), ui.clock(), new ReceiptActionsModel(services.receipts(), ui.tasks(), ui.messages(),
                        dialog));
        return SectionScreen.following(new HistoryView(vm, ui.messages()), vm::shown, vm::hidden, vm::close);
    }

    private SectionScreen endOfDay(UiContext ui, HistoryService history) {
        EndOfDayViewModel vm = new EndOfDayViewModel(history, dialogs.apply(ui.messages()), ui.tasks(),
                ui.messages(), ui.clock());
        EndOfDayView view = new EndOfDayView(vm, ui.messages());
        List<Runnable> loads = new ArrayList<>(List.of(vm::load));
        services.takings().ifPresent(source -> {
            TakingsViewModel takings = new TakingsViewModel(source, ui.tasks(), ui.messages());
            takings.dayProperty().bind(vm.dayProperty());
            takings.dayProperty().addListener((obs, was, now) -> takings.load());
            view.addPanel(new TakingsPanel(takings, ui.messages()));
            loads.add(takings::load);
        });
        services.till().ifPresent(till -> {
            TillClosesViewModel closes = new TillClosesViewModel(till, ui.tasks(), ui.messages());
            closes.dayProperty().bind(vm.dayProperty());
            closes.dayProperty().addListener((obs, was, now) -> closes.load());
            view.addPanel(new TillClosesPanel(closes, ui.messages()));
            loads.add(closes::load);
        });
        services.paypayFiles().ifPresent(files -> {
            PayPayFileViewModel file = new PayPayFileViewModel(files, dialogs.apply(ui.messages()), ui.tasks(),
                    ui.messages());
            file.dayProperty().bind(vm.dayProperty());
            file.dayProperty().addListener((obs, was, now) -> file.load());
            view.addPanel(new PayPayFilePanel(file, ui.messages()));
            loads.add(file::load);
        });
        return SectionScreen.of(scrolling(view), () -> loads.forEach(Runnable::run));
    }

    private SectionScreen till(UiContext ui) {
        TillViewModel vm = new TillViewModel(services.till().orElseThrow(), new ManagerGate(pins,
                dialogs.apply(ui.messages()), ui.tasks(), ui.messages()), ui.tasks(), ui.messages());
        TillView view = new TillView(vm, ui.messages());
        services.cash().ifPresent(cash -> view.addPanel(new CashRefundPanel(new CashRefundViewModel(cash,
                new ManagerGate(pins, dialogs.apply(ui.messages()), ui.tasks(), ui.messages()), ui.tasks(),
                ui.messages(), vm::refresh, services.receipts()), ui.messages())));
        return SectionScreen.of(scrolling(view), vm::refresh);
    }

    /**
     * A screen that fills the window where it fits and scrolls where it does not (a small tablet, a large scaling,
     * End of day with its till and PayPay file panels): nothing is ever cut off.
     */
    private static Node scrolling(Region view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private SectionScreen customers(UiContext ui) {
        CustomersView view = new CustomersView(new CustomersViewModel(services.customers().orElseThrow(),
                ui.tasks(), ui.messages(), dialogs.apply(ui.messages())), ui.messages(), qrRenderer);
        return SectionScreen.of(view, view::refresh);
    }

    private SectionScreen settings(UiContext ui, boolean afterLanguageSwitch) {
        SettingsViewModel vm = new SettingsViewModel(services.settingsStore().orElseThrow(),
                services.connectionCheck(), pins, ui.tasks(), ui.messages(), languageSwitch);
        SettingsView view = new SettingsView(vm, ui.messages(), Screen.getScreens().size());
        services.supportBundle().ifPresent(writer -> view.addAction(new SupportBundleView(
                new SupportBundleViewModel(writer, ui.tasks(), ui.messages(), ui.clock()), ui.messages(),
                dialogs.apply(ui.messages()))));
        if (afterLanguageSwitch) {
            vm.languageSwitched();
        }
        if (services.hqSync().isPresent()) {
            HqSyncViewModel hq = new HqSyncViewModel(services.hqSync().get(), ui.tasks(), ui.messages(), ui.clock());
            view.addAction(new StatusLabel("settings-hq-status", "settings-hq-status", hq.statusProperty()));
            return SectionScreen.following(view, () -> {
                vm.load();
                hq.start();
            }, hq::stop, hq::stop);
        }
        return SectionScreen.of(view, vm::load);
    }

    /** The screens of a checkout that has just started; {@link CheckoutViewModel#start()} is the caller's. */
    CheckoutScreens checkout(UiContext ui, Checkout running, ChargeRequest request, boolean customerHasOwnScreen) {
        CheckoutViewModel vm = new CheckoutViewModel(running, request, services.checkouts(), ui, navigator,
                services.storeName(), watermark, services.autoReturnAfter());
        ReceiptChoice receipts = services.receipts().map(r -> new ReceiptChoice(r, ui.tasks(), ui.messages(),
                dialogs.apply(ui.messages()), ui.messages().locale())).orElse(ReceiptChoice.NONE);
        vm.offerReceipts(receipts);
        String lines = SaleLinesText.of(request, ui.messages());
        if (customerHasOwnScreen) {
            return new CheckoutScreens(vm, new CashierStatusView(vm, ui.messages(), receipts),
                    Optional.of(new CustomerView(vm, ui.messages(), customerDisplayQr, false,
                            ReceiptChoice.NONE, lines)));
        }
        // One screen: the customer view (with its own training band) takes the whole window, plus cashier buttons.
        return new CheckoutScreens(vm, new CustomerView(vm, ui.messages(), windowQr, true, receipts,
                lines), Optional.empty());
    }

    /** What the customer display shows between sales. */
    Parent customerIdle(Messages messages) {
        return new CustomerIdleView(services.storeName(), watermark, messages);
    }

    /** The TRAINING / SANDBOX band over the cashier's screens; empty in production. */
    Optional<Node> trainingBand(Messages messages) {
        return watermark.band(messages).map(Node.class::cast);
    }
}
