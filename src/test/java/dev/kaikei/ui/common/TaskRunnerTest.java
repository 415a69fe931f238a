package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    void resultsAndFailuresArriveThroughTheUiExecutor() {
        List<String> log = new CopyOnWriteArrayList<>();
        ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
        try (AppExecutors background = new AppExecutors(1)) {
            TaskRunner runner = new TaskRunner(background, uiThread::execute);
            runner.run(() -> Thread.currentThread().getName(),
                    worker -> log.add(worker + " -> " + Thread.currentThread().getName()), e -> log.add("error"));
            runner.run(() -> {
                throw new IllegalStateException("boom");
            }, ok -> log.add("ok"), e -> log.add(e.getMessage() + " on " + Thread.currentThread().getName()));
            await().until(() -> log.size() == 2);
        } finally {
            uiThread.shutdown();
        }
        assertThat(log).containsExactlyInAnyOrder("kaikei-ui-bg-1 -> fake-ui", "boom on fake-ui");
    }

    @Test
    void sameThreadRunsInline() {
        List<String> log = new CopyOnWriteArrayList<>();
        TaskRunner.sameThread().run(() -> "done", log::add, e -> log.add("error"));
        assertThat(log).containsExactly("done");
    }
}
