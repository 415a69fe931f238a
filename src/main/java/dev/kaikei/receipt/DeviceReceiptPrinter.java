package dev.kaikei.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An ESC/POS printer behind a device file: USB ({@code /dev/usb/lp0}) or a serial port set up beforehand
 * ({@code stty}). A write to a printer that is off can block forever, so it runs on its own thread and is given up
 * after a timeout.
 */
public final class DeviceReceiptPrinter implements ReceiptPrinter {

    private final Path device;
    private final Duration timeout;

    public DeviceReceiptPrinter(Path device, Duration timeout) {
        this.device = device;
        this.timeout = timeout;
    }

    @Override
    public void send(byte[] escPos) throws PrinterException {
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kaikei-printer-device");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> write = writer.submit(() -> {
                try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
                    out.write(escPos);
                    out.flush();
                }
                return null;
            });
            write.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "The receipt printer " + device
                    + " does not take data: is it switched on, with paper and the cover closed?", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "Printing was interrupted", e);
        } finally {
            writer.shutdownNow();
        }
    }

    private PrinterException failure(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return new PrinterException(PrinterProblem.UNREACHABLE, "The receipt printer " + device
                    + " is not there: is it plugged in and switched on?", cause);
        }
        if (cause instanceof AccessDeniedException) {
            return new PrinterException(PrinterProblem.NO_PERMISSION, "Kaikei may not write to " + device
                    + ": add this user to the printer's group (e.g. lp) and log in again", cause);
        }
        String message = cause instanceof IOException io ? io.getMessage() : String.valueOf(cause);
        return new PrinterException(PrinterProblem.NOT_RESPONDING, "The receipt printer " + device
                + " failed: " + message, cause);
    }

    @Override
    public String description() {
        return device.toString();
    }
}
