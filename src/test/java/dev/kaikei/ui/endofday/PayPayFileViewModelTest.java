package dev.kaikei.ui.endofday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.Journal;
import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.ui.common.FileDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End of day's PayPay file panel over a real journal and a golden PayPay file, without the toolkit. */
@DisplayName("PayPayFileViewModel (real journal, golden file, same-thread tasks)")
class PayPayFileViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private Journal journal;
    private Path chosen;
    private PayPayFileViewModel vm;

    @BeforeEach
    void open() throws Exception {
        journal = Journal.open(dir.resolve("journal.sqlite"));
        FileDialog dialog = new FileDialog() {
            @Override
            public Optional<Path> saveFile(String title, String suggestedName, FileType type) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> openFile(String title, FileType type) {
                return Optional.ofNullable(chosen);
            }
        };
        vm = new PayPayFileViewModel(new TransactionFiles(journal, Set.of("T1")), dialog, TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH));
        vm.dayProperty().set(DAY);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Path golden(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/dev/kaikei/paypayfile/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    @Test
    @DisplayName("nothing matched yet; a file the empty journal lacks lists PayPay's lines; it stays after a reload")
    void matchAndReload() throws Exception {
        vm.load();
        assertThat(vm.summaryProperty().get().text()).isEqualTo("No PayPay file matched for this day yet.");

        chosen = golden("amount-differs.csv");
        vm.matchFile();

        assertThat(vm.differsProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get().text()).startsWith("amount-differs.csv (matched ")
                .contains("5 lines, 5 differences.").contains("PayPay ¥4,230, journal ¥0.");
        assertThat(vm.rows()).contains("line 4 · in PayPay, not in the journal · T1-0301-A003 · PayPay ¥3,030");
        String shown = vm.summaryProperty().get().text();
        vm.load();
        assertThat(vm.summaryProperty().get().text()).isEqualTo(shown);
    }

    @Test
    @DisplayName("a broken file is said plainly and nothing is kept; cancelling the dialog does nothing")
    void brokenFile() throws Exception {
        vm.matchFile();
        assertThat(vm.summaryProperty().get().text()).isEmpty();
        chosen = golden("broken-utf8.csv");
        vm.matchFile();
        assertThat(vm.summaryProperty().get().text()).startsWith("Not matched, nothing kept: line 1: the file is UTF-8");
        vm.load();
        assertThat(vm.summaryProperty().get().text()).isEqualTo("No PayPay file matched for this day yet.");
    }
}
