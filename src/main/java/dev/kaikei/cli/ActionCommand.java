package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.receipt.ReceiptRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The shape of refund, cancel, capture and revert: open the app as the journal's owner, run one engine action on a
 * payment, and report done / refused / pending. A pending answer is followed for {@code --wait} seconds, since PayPay
 * often finishes a refund a moment later; what is still open then is left to the reconciler.
 */
abstract class ActionCommand implements Callable<Integer> {

    static final String HELP_SIMULATOR = "Needs the PayPay that took the payment: in SIMULATOR mode every command has"
            + " its own new embedded simulator, so use the cashier app's History instead, or run `kaikei simulator`"
            + " and point paypay.env=STAGING and paypay.baseUrl at it.";

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Parameters(index = "0", paramLabel = "PAYMENT_ID", description = "The merchant payment id (see `kaikei payments`).")
    String merchantPaymentId;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to follow a pending answer until PayPay confirms it (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    /** The operation this command journals. */
    abstract OperationKind kind();

    /** The action as the messages name it, e.g. "refund". */
    final String name() {
        return kind().name().toLowerCase(Locale.ROOT);
    }

    /** Runs the action; {@code detail} is the payment as journaled. */
    abstract ActionResult act(PaymentEngine engine, PaymentDetail detail);

    /** Checks the options before anything is opened; throw a ParameterException for a bad one. */
    void validate() {
    }

    /** PayPay takes reasons of at most 255 characters. */
    final void checkReason(String reason) {
        if (reason != null && reason.length() > 255) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--reason must be at most 255 characters (got " + reason.length() + ")");
        }
    }

    @Override
    public final Integer call() throws InterruptedException {
        if (waitSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 or more seconds");
        }
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (root.loadSettings().isSimulator()) {
            err.println("Cannot " + name() + " in SIMULATOR mode. " + HELP_SIMULATOR);
            return ExitCodes.USAGE;
        }
        try (AppContext context = root.openContext(AppOptions.Role.OWNER, false)) {
            Optional<PaymentDetail> detail = context.history().detail(merchantPaymentId);
            if (detail.isEmpty()) {
                err.println("No payment " + merchantPaymentId + " in the journal " + context.settings().journalPath());
                return ExitCodes.NOT_FOUND;
            }
            Optional<String> noPin = managerPin(context.managerPin());
            if (noPin.isPresent()) {
                err.println("Refused: " + noPin.get() + " Nothing was sent.");
                return ExitCodes.REFUSED;
            }
            ActionResult result = act(context.engine(), detail.get());
            if (result instanceof ActionResult.Pending) {
                result = follow(context, result);
            }
            if (result instanceof ActionResult.Done d) {
                out.println("Done: " + d.message() + operationId(d.merchantOperationId()));
                if (returnsMoney() && AutoPrint.enabled(context)) {
                    AutoPrint.print(context, ReceiptRequest.returnOf(merchantPaymentId, d.merchantOperationId() == null
                            ? ReceiptRequest.CANCEL : d.merchantOperationId(), context.settings().locale()), out, err);
                }
                return ExitCodes.OK;
            }
            if (result instanceof ActionResult.Refused r) {
                err.println("Refused: " + r.message());
                return ExitCodes.REFUSED;
            }
            ActionResult.Pending p = (ActionResult.Pending) result;
            out.println("Pending: " + p.message() + operationId(p.merchantOperationId())
                    + ". Not confirmed yet; do not repeat it. `kaikei reconcile` follows it up.");
            return ExitCodes.UNRESOLVED;
        }
    }

    /** A refund or cancel: with printer.autoPrint=always its return receipt prints. */
    private boolean returnsMoney() {
        return kind() == OperationKind.REFUND || kind() == OperationKind.CANCEL;
    }

    /**
     * When a manager PIN is set, the action needs it, exactly as on the screens (the same lockout, kept in a file):
     * empty when it may go ahead, else why not.
     */
    private Optional<String> managerPin(ManagerPinGuard guard) {
        if (!guard.isSet()) {
            return Optional.empty();
        }
        Optional<char[]> pin = root.pins().read("Manager PIN for the " + name() + ": ");
        if (pin.isEmpty()) {
            return Optional.of("The " + name() + " needs the manager PIN: run it in a terminal to type it, or set "
                    + PinSource.ENVIRONMENT_VARIABLE + " for a script.");
        }
        return switch (guard.check(pin.get())) {
            case ACCEPTED, NOT_SET -> Optional.empty();
            case WRONG -> Optional.of("Wrong manager PIN.");
            case LOCKED -> Optional.of("Too many wrong manager PINs: try again in " + guard.lockedSeconds() + " s.");
        };
    }

    private static String operationId(String id) {
        return id == null ? "" : " (" + id + ")";
    }

    /** Waits, woken by journal changes of this payment, until the action's operation ends or the wait is over. */
    private ActionResult follow(AppContext context, ActionResult pending) throws InterruptedException {
        Semaphore changed = new Semaphore(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        try (AutoCloseable ignored = context.history().onChange(id -> {
            if (id.equals(merchantPaymentId)) {
                changed.release();
            }
        })) {
            while (true) {
                Optional<PaymentDetail.Operation> op = latestOperation(context, pending);
                if (op.isPresent() && op.get().state() == OperationState.SUCCEEDED) {
                    return new ActionResult.Done(op.get().merchantOperationId().orElse(null), "PayPay confirmed the "
                            + name());
                }
                if (op.isPresent() && op.get().state() == OperationState.REJECTED) {
                    return new ActionResult.Refused("PayPay refused the " + name()
                            + op.get().resultCode().map(c -> " (" + c + ")").orElse(""));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return pending;
                }
                changed.tryAcquire(left, TimeUnit.NANOSECONDS);
                changed.drainPermits();
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot follow the " + name(), e);
        }
    }

    private Optional<PaymentDetail.Operation> latestOperation(AppContext context, ActionResult pending) {
        String opId = ((ActionResult.Pending) pending).merchantOperationId();
        return context.history().detail(merchantPaymentId).flatMap(d -> d.operations().stream()
                .filter(o -> opId == null ? o.kind() == kind()
                        : opId.equals(o.merchantOperationId().orElse(null)))
                .reduce((first, second) -> second));
    }
}
