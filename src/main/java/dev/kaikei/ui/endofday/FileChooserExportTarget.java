package dev.kaikei.ui.endofday;

import dev.kaikei.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ExportTarget} with the system's save dialog. */
public final class FileChooserExportTarget implements ExportTarget {

    private final Messages messages;
    private final Window owner;

    public FileChooserExportTarget(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseCsvFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("endOfDay.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
