package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.app.CheckoutEnd;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.CheckoutStatus;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.app.SalesServices;
import dev.kaikei.receipt.ReceiptRequest;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.ServiceMode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei charge}: one QR checkout without the window. Prints the QR in the terminal with the amount, the URL and
 * a countdown from PayPay's expiry, waits for the outcome and exits with it. Ctrl-C withdraws the code safely.
 */
@Command(name = "charge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Charges an amount with a PayPay QR code shown in this terminal and waits for the customer.",
            "",
            "The sale is journaled with its lines and tax per rate before the code is created: each --item is a line,"
                    + " AMOUNT a line of the keypad's department. With printer.autoPrint=always the receipt prints"
                    + " once paid.",
            "",
            "The QR's URL is printed too. In SIMULATOR mode it is the embedded simulator's pay page: open it in a"
                    + " browser and press Pay. That simulator lives only as long as this command, so a later"
                    + " command cannot see its payments; for a persistent simulator run `kaikei simulator` and set"
                    + " paypay.env=STAGING and paypay.baseUrl=http://127.0.0.1:18080 (with its keys).",
            "",
            "Ctrl-C abandons the checkout safely: the code is withdrawn, then checked once more (if the customer"
                    + " paid in between, that is reported)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PAID (or AUTHORIZED with --pre-authorize; with --cash: the cash sale is journaled).", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:DECLINED by the customer (or PayPay failed the payment); nothing charged.",
            "4:EXPIRED unpaid; nothing charged.",
            "5:FAILED: PayPay refused to create the code; nothing charged.",
            "6:UNRESOLVED: PayPay has not confirmed the outcome; do not charge again, run `kaikei reconcile` later."
                    + " Also: not started because an earlier checkout is unresolved (nothing charged).",
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG,
            "130:Interrupted (Ctrl-C): the code was withdrawn."})
final class ChargeCommand implements Callable<Integer> {

    /** How long a checkout may stay unresolved after its code's expiry before the command stops waiting. */
    static final Duration RESOLVE_PATIENCE = Duration.ofSeconds(90);
    private static final Duration ABANDON_WAIT = Duration.ofSeconds(20);
    private static final int WAITING = 0;
    private static final int FINISHING = 1;
    private static final int ABANDONING = 2;

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "AMOUNT", converter = YenConverter.class,
            description = "Amount in yen for the keypad's department (see quick-keys.txt): digits only,"
                    + " 1 to 99999999999. Optional with --item.")
    Long amount;

    @Option(names = "--item", paramLabel = "NAME=YEN@RATE",
            description = "A line of the sale, repeatable: its name, price in yen as the store prices (tax.pricing)"
                    + " and tax rate: 10, 8 (food and drink; 10%% unless --take-out) or 0 (non-taxable).")
    List<String> items = new ArrayList<>();

    @Option(names = "--take-out", description = "The customer takes the food away: food lines are taxed at 8%%.")
    boolean takeOut;

    @Option(names = "--description", paramLabel = "TEXT",
            description = "Order description shown in the customer's PayPay app (at most 255 characters).")
    String description;

    @Option(names = "--pre-authorize", description = "Only authorize; capture or revert later.")
    boolean preAuthorize;

    @Option(names = "--despite-unresolved",
            description = "Start even while an earlier checkout of this terminal is unresolved (its customer may have"
                    + " paid). Without it you are asked; with no terminal to ask, nothing is charged (exit 6).")
    boolean despiteUnresolved;

    @Option(names = "--cash", paramLabel = "TENDERED", converter = YenConverter.class,
            description = "The customer pays in cash, handing over TENDERED yen: the sale is journaled, the change"
                    + " printed and the cash drawer opened (printer.drawerPulse). No QR code.")
    Long cash;

    /** Whether stdout is a terminal: then one status line is rewritten in place every second. */
    boolean interactive = System.console() != null;

    private final AtomicInteger state = new AtomicInteger(WAITING);

    @Override
    public Integer call() throws InterruptedException {
        List<QuickKey> lines = parseItems();
        if (amount == null && lines.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give an AMOUNT, or the sale's lines with"
                    + " --item NAME=YEN@RATE");
        }
        if (preAuthorize && !lines.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pre-authorize takes an AMOUNT only: a"
                    + " capture may take less, so a sale's lines cannot be pre-authorized");
        }
        if (description != null && description.strip().length() > ChargeRequest.MAX_DESCRIPTION) {
            throw new CommandLine.ParameterException(spec.commandLine(), "description must be at most "
                    + ChargeRequest.MAX_DESCRIPTION + " characters");
        }
        if (cash != null && preAuthorize) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cash and --pre-authorize exclude each"
                    + " other: cash is taken at once");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (cash != null) {
            try (AppContext context = root.openContext(AppOptions.Role.OWNER, false)) {
                return CashCharge.take(context, sale(context.sales(), lines), cash, out, spec.commandLine().getErr());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        AppContext context = root.openContext(AppOptions.Role.OWNER, true);
        Checkout checkout;
        ChargeRequest request;
        try {
            request = request(context.sales(), lines);
            if (!despiteUnresolved && !startDespite(context.engine().unresolvedCheckouts(), out)) {
                context.close();
                return fail(ExitCodes.UNRESOLVED, "Not started: an earlier checkout is unresolved; nothing was charged."
                        + " Run `kaikei reconcile` first, or charge with --despite-unresolved once you are sure the"
                        + " customer did not pay it.");
            }
            checkout = context.engine().start(request);
        } catch (IllegalArgumentException e) {
            context.close();
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        Thread hook = new Thread(() -> abandon(context, checkout, out), "kaikei-charge-abandon");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Charge " + Money.yen(request.amountYen()) + (preAuthorize ? " (pre-authorization)" : "")
                + " at " + context.settings().storeName() + (context.settings().isSimulator()
                ? "  [TRAINING: simulator]" : ""));
        request.saleLines().ifPresent(sale -> SaleSummary.print(sale, out));
        out.println("Payment id: " + checkout.merchantPaymentId());
        out.flush();
        CheckoutStatus end = follow(checkout, context.options().clock(), out);
        if (!state.compareAndSet(WAITING, FINISHING)) {
            return ExitCodes.INTERRUPTED; // the shutdown hook owns the ending now
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting
        }
        int code = report(end, out);
        if (end.phase() == CheckoutPhase.PAID && AutoPrint.enabled(context)) {
            AutoPrint.print(context, ReceiptRequest.sale(end.merchantPaymentId(), context.settings().locale()), out,
                    spec.commandLine().getErr());
        }
        context.close();
        return code;
    }

    /**
     * An earlier checkout of this terminal is still open (handed to the reconciler, or left by a crash): its customer
     * may have paid, so a new charge for the same purchase could take the money twice. The cashier is asked.
     */
    private boolean startDespite(List<PaymentSummary> unresolved, PrintWriter out) {
        if (unresolved.isEmpty()) {
            return true;
        }
        ChargeCustomerCommand.printRows(out, "An earlier checkout is not resolved yet (its customer may have paid):",
                unresolved);
        if (!interactive) {
            return false;
        }
        out.print("Start a new charge anyway? [y/N] ");
        out.flush();
        String answer = System.console().readLine();
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }

    private List<QuickKey> parseItems() {
        List<QuickKey> lines = new ArrayList<>();
        for (String item : items) {
            try {
                lines.add(QuickKeys.parseItem(item, false));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--item " + e.getMessage());
            }
        }
        return lines;
    }

    /**
     * A bare pre-authorization, or a sale: the items, then the AMOUNT as a line of the keypad's department, priced
     * under the store's tax policy; PayPay is asked for the sale's total.
     */
    private ChargeRequest request(SalesServices sales, List<QuickKey> lines) {
        if (preAuthorize) {
            return new ChargeRequest(amount, description, true);
        }
        Sale sale = sale(sales, lines);
        ChargeRequest forSale = ChargeRequest.forSale(sale, List.of());
        return description == null ? forSale : new ChargeRequest(forSale.amountYen(), description, false, sale,
                List.of());
    }

    /** The items, then the AMOUNT as a line of the keypad's department, priced under the store's tax policy. */
    private Sale sale(SalesServices sales, List<QuickKey> lines) {
        Sale sale = sales.newSale(takeOut ? ServiceMode.TAKE_OUT : ServiceMode.EAT_IN);
        for (QuickKey line : lines) {
            sale = sale.add(line.line());
        }
        if (amount != null) {
            sale = sale.add(sales.quickKeys().keypad().line(amount));
        }
        return sale;
    }

    /** Shows the checkout until it finishes, is interrupted, or stays unresolved too long; returns the last status. */
    private CheckoutStatus follow(Checkout checkout, Clock clock, PrintWriter out) throws InterruptedException {
        BlockingQueue<CheckoutStatus> changes = new LinkedBlockingQueue<>();
        Duration tick = interactive ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        Instant giveUpWithoutExpiry = clock.instant().plus(Duration.ofMinutes(2)).plus(RESOLVE_PATIENCE);
        boolean qrShown = false;
        CheckoutStatus s = checkout.status();
        try (AutoCloseable ignored = checkout.subscribe(changes::add)) {
            while (!s.phase().isFinished() && state.get() == WAITING) {
                CheckoutStatus next = changes.poll(tick.toMillis(), TimeUnit.MILLISECONDS);
                boolean changed = next != null && !next.equals(s);
                if (next != null) {
                    s = next;
                }
                if (!qrShown && s.qrUrl().isPresent()) {
                    qrShown = true;
                    endStatusLine(out);
                    out.print(TerminalQr.render(s.qrUrl().get()));
                    out.println(Money.yen(s.amountYen()) + "  Scan with PayPay, or open: " + s.qrUrl().get());
                }
                if (s.phase().isFinished()) {
                    break;
                }
                if (changed || next == null) {
                    statusLine(out, describe(s, clock));
                }
                Instant giveUp = s.expiresAt().map(e -> e.plus(RESOLVE_PATIENCE)).orElse(giveUpWithoutExpiry);
                if (clock.instant().isAfter(giveUp)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("checkout updates failed", e);
        }
        endStatusLine(out);
        return s;
    }

    private String describe(CheckoutStatus s, Clock clock) {
        String offline = s.offline() ? " (PayPay unreachable; still checking)" : "";
        return switch (s.phase()) {
            case CREATING -> "Creating the QR code..." + offline;
            case AWAITING_PAYMENT -> "Waiting for payment of " + Money.yen(s.amountYen()) + ": "
                    + s.expiresAt().map(e -> countdown(Duration.between(clock.instant(), e)) + " left")
                    .orElse("") + offline;
            case RESOLVING -> "Checking the outcome with PayPay: " + s.detail();
            default -> s.phase().name();
        };
    }

    static String countdown(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private void statusLine(PrintWriter out, String text) {
        if (interactive) {
            out.print("\r" + text + "\u001b[K");
        } else {
            out.println(text);
        }
        out.flush();
    }

    private void endStatusLine(PrintWriter out) {
        if (interactive) {
            out.print("\r\u001b[K");
        }
    }

    /** Prints the outcome and maps it to the exit code. */
    private int report(CheckoutStatus end, PrintWriter out) {
        String id = end.merchantPaymentId();
        String detail = end.detail().isBlank() ? "" : ": " + end.detail();
        return switch (end.phase()) {
            case PAID -> ok(out, "PAID " + Money.yen(end.amountYen()) + " (payment " + id + ")");
            case AUTHORIZED -> ok(out, "AUTHORIZED " + Money.yen(end.amountYen()) + " (payment " + id
                    + "): capture with `kaikei capture " + id + "` or release with `kaikei revert " + id + "`");
            case DECLINED -> fail(ExitCodes.REFUSED, "DECLINED" + detail);
            case EXPIRED -> fail(ExitCodes.EXPIRED, "EXPIRED: the code expired unpaid; nothing was charged");
            case FAILED -> fail(ExitCodes.FAILED, "FAILED" + detail);
            case ABANDONED -> fail(ExitCodes.INTERRUPTED, "ABANDONED: the code was withdrawn; nothing was charged");
            case CREATING, AWAITING_PAYMENT, RESOLVING -> fail(ExitCodes.UNRESOLVED, "UNRESOLVED: PayPay has not"
                    + " confirmed the outcome of " + id + detail + ". Do not charge again; run `kaikei reconcile`"
                    + " later and check `kaikei payments --search " + id + "`");
        };
    }

    private static int ok(PrintWriter out, String line) {
        out.println(line);
        out.flush();
        return ExitCodes.OK;
    }

    private int fail(int code, String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
        return code;
    }

    /** Ctrl-C / SIGTERM: withdraw the code, look once more, report, close (bounded, the JVM is exiting). */
    private void abandon(AppContext context, Checkout checkout, PrintWriter out) {
        if (!state.compareAndSet(WAITING, ABANDONING)) {
            return;
        }
        endStatusLine(out);
        out.println("Interrupted: withdrawing the QR code...");
        out.flush();
        checkout.abandon();
        CheckoutStatus end;
        try {
            end = CheckoutEnd.await(checkout, ABANDON_WAIT);
        } catch (InterruptedException e) {
            end = checkout.status();
        }
        if (end.phase() == CheckoutPhase.PAID || end.phase() == CheckoutPhase.AUTHORIZED) {
            out.println("The customer paid before the code was withdrawn:");
        }
        report(end, out);
        out.flush();
        context.close();
    }
}
