package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    @DisplayName("work runs in the background; its result, its failure and the finally step arrive on the UI thread")
    void resultsAndFailuresArriveThroughTheUiExecutor() {
        List<String> log = new CopyOnWriteArrayList<>();
        ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
        try (AppExecutors background = new AppExecutors(1)) {
            TaskRunner runner = new TaskRunner(background, uiThread::execute);
            runner.task(() -> Thread.currentThread().getName())
                    .onSuccess(worker -> log.add(worker + " -> " + Thread.currentThread().getName()))
                    .onError(Exception.class, e -> log.add("error"))
                    .andFinally(() -> log.add("finally 1 on " + Thread.currentThread().getName()))
                    .start();
            runner.task(() -> {
                throw new IllegalStateException("boom");
            }).onSuccess(ok -> log.add("ok"))
                    .onError(Exception.class, e -> log.add(e.getMessage() + " on " + Thread.currentThread().getName()))
                    .andFinally(() -> log.add("finally 2 on " + Thread.currentThread().getName()))
                    .start();
            await().until(() -> log.size() == 4);
        } finally {
            uiThread.shutdown();
        }
        assertThat(log).containsExactlyInAnyOrder("kaikei-ui-bg-1 -> fake-ui", "finally 1 on fake-ui",
                "boom on fake-ui", "finally 2 on fake-ui");
        assertThat(log.indexOf("finally 1 on fake-ui")).isGreaterThan(log.indexOf("kaikei-ui-bg-1 -> fake-ui"));
        assertThat(log.indexOf("finally 2 on fake-ui")).isGreaterThan(log.indexOf("boom on fake-ui"));
    }

    @Test
    @DisplayName("the first error handler whose type matches takes the failure; the finally step runs once either way")
    void typedErrorHandlers() {
        List<String> log = new CopyOnWriteArrayList<>();
        TaskRunner tasks = TaskRunner.sameThread();
        tasks.task(() -> {
            throw new UncheckedIOException(new NoSuchFileException("x.zip"));
        }).onError(IllegalStateException.class, e -> log.add("state"))
                .onError(UncheckedIOException.class, e -> log.add("io " + e.getCause().getMessage()))
                .onError(Exception.class, e -> log.add("any"))
                .andFinally(() -> log.add("finally"))
                .start();
        tasks.task(() -> {
            throw new IllegalArgumentException("bad");
        }).onError(UncheckedIOException.class, e -> log.add("io")).andFinally(() -> log.add("finally")).start();
        assertThat(log).containsExactly("io x.zip", "finally", "finally");
    }

    @Test
    @DisplayName("the finally step runs even when the success handler throws")
    void finallyAfterAThrowingHandler() {
        List<String> log = new CopyOnWriteArrayList<>();
        try {
            TaskRunner.sameThread().task(() -> "done").onSuccess(r -> {
                throw new IllegalStateException("handler");
            }).andFinally(() -> log.add("finally")).start();
        } catch (IllegalStateException expected) {
            log.add(expected.getMessage());
        }
        assertThat(log).containsExactly("finally", "handler");
    }

    @Test
    void sameThreadRunsInline() {
        List<String> log = new CopyOnWriteArrayList<>();
        TaskRunner.sameThread().task(() -> "done").onSuccess(log::add).onError(Exception.class, e -> log.add("error"))
                .start();
        assertThat(log).containsExactly("done");
    }
}
