package dev.kaikei.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every dialog the screens show, in one place (as JabRef's {@code DialogService}). View models take only the narrow
 * interface they use ({@link PinPrompt}, {@link ConfirmDialog}, {@link FileDialog}), so tests script just that.
 */
public interface DialogService extends PinPrompt, ConfirmDialog, FileDialog {

    /** A dialog service made of separate parts, e.g. the real PIN dialog with a scripted file choice in a test. */
    static DialogService of(PinPrompt pins, ConfirmDialog confirms, FileDialog files) {
        return new DialogService() {
            @Override
            public Optional<char[]> ask(String title, String message) {
                return pins.ask(title, message);
            }

            @Override
            public void refused(String title, String reason) {
                pins.refused(title, reason);
            }

            @Override
            public void confirm(String title, String question, String confirmText, Consumer<Boolean> answer) {
                confirms.confirm(title, question, confirmText, answer);
            }

            @Override
            public Optional<Path> saveFile(String title, String suggestedName, FileType type) {
                return files.saveFile(title, suggestedName, type);
            }

            @Override
            public Optional<Path> openFile(String title, FileType type) {
                return files.openFile(title, type);
            }
        };
    }
}
