package com.calltriage.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Questions sent without pause to replicas in turn, as a load balancer spreads them, until stopped. A question the
 * chosen replica fails (connection refused or cut, or an error status) is sent to the next one, as the load balancer
 * or Teams would retry it; a question no replica answers is lost.
 */
final class QuestionLoad implements AutoCloseable {
    private static final List<String> QUESTIONS = List.of("show last calls for bob", "help",
            "show last calls for alice last 7 days", "details 2");

    private final List<BotTraffic> replicas;
    private final ExecutorService threads;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private volatile boolean stopped;

    QuestionLoad(List<BotTraffic> replicas, int askers) {
        this.replicas = replicas;
        this.threads = Executors.newFixedThreadPool(askers);
        for (int i = 0; i < askers; i++) {
            threads.submit(this::ask);
        }
    }

    private void ask() {
        int n = 0;
        while (!stopped) {
            String question = QUESTIONS.get(n++ % QUESTIONS.size());
            int first = Math.floorMod(turn.getAndIncrement(), replicas.size());
            asked.incrementAndGet();
            boolean done = false;
            for (int attempt = 0; attempt < replicas.size() && !done; attempt++) {
                try {
                    replicas.get((first + attempt) % replicas.size()).answer(question);
                    done = true;
                    if (attempt > 0) {
                        retried.incrementAndGet();
                    }
                } catch (IOException | IllegalStateException failedHere) {
                    // the next replica gets it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            (done ? answered : lost).incrementAndGet();
        }
    }

    /** Lets the questions in flight finish, then stops asking. */
    void stop() throws InterruptedException {
        stopped = true;
        threads.shutdown();
        threads.awaitTermination(2, TimeUnit.MINUTES);
    }

    long asked() {
        return asked.get();
    }

    long answered() {
        return answered.get();
    }

    long retried() {
        return retried.get();
    }

    long lost() {
        return lost.get();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
