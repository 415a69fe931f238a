package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.receipt.ReceiptException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei printer-test}: prints a test page on the receipt printer the settings name. */
@Command(name = "printer-test", mixinStandardHelpOptions = true,
        description = {"Prints a test page on the receipt printer (printer.type, printer.address): the store's name,"
                + " Japanese text with ※ and ¥, a ruler of the paper's columns (printer.paperWidth), a QR code and"
                + " the cut; the cash drawer opens if printer.drawerPulse=true. Nothing is journaled."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Printed.", ExitCodes.L_ERROR, "5:The printer did not take it; the reason is printed.",
            "78:No receipt printer is set up (printer.type=none), or the settings are invalid."})
final class PrinterTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Override
    public Integer call() throws InterruptedException {
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            String where = context.sales().printQueue().map(q -> q.printerDescription()).orElse("");
            context.sales().receipts().printTestPage(context.settings().locale()).get(60, TimeUnit.SECONDS);
            spec.commandLine().getOut().println("Test page printed on " + where);
            return ExitCodes.OK;
        } catch (ExecutionException e) {
            boolean noPrinter = e.getCause() instanceof ReceiptException;
            spec.commandLine().getErr().println((noPrinter ? "" : "Not printed: ") + e.getCause().getMessage());
            return noPrinter ? ExitCodes.CONFIG : ExitCodes.FAILED;
        } catch (ReceiptException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.CONFIG;
        } catch (TimeoutException e) {
            spec.commandLine().getErr().println("Not printed: the printer has not finished within 60 s");
            return ExitCodes.FAILED;
        }
    }
}
