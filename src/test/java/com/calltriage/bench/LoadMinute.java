package com.calltriage.bench;

import com.calltriage.demo.DemoPerson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/**
 * Many people asking at once for a while: each client, in a chat of its own, asks in turn for a person's list, the
 * first call's details and {@code help}, walking through the people, as fast as the answers come; meanwhile the
 * server's used heap is read every second. Fills in the load figures.
 */
final class LoadMinute {
    private final int port;
    private final String askerId;
    private final String tenantId;

    LoadMinute(int port, String askerId, String tenantId) {
        this.port = port;
        this.askerId = askerId;
        this.tenantId = tenantId;
    }

    void run(int clients, Duration length, List<DemoPerson> people, DoubleSupplier heapMegabytes, Figures figures)
            throws Exception {
        long end = System.nanoTime() + length.toNanos();
        AtomicInteger failures = new AtomicInteger();
        Samples answers = new Samples("answer under load");
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int first = client;
                running.add(threads.submit(() -> {
                    BotTraffic bot = new BotTraffic(port, askerId, tenantId, "a:load-" + first);
                    for (int i = first; System.nanoTime() < end; i += clients) {
                        DemoPerson person = people.get(i % people.size());
                        for (String question : List.of("show last calls for " + person.upn(), "details 1", "help")) {
                            try {
                                long took = bot.ask(question);
                                synchronized (answers) {
                                    answers.add(took);
                                }
                            } catch (Exception e) {
                                failures.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            double heapMax = 0;
            while (System.nanoTime() < end) {
                heapMax = Math.max(heapMax, heapMegabytes.getAsDouble());
                Thread.sleep(1000);
            }
            for (Future<?> client : running) {
                client.get();
            }
            figures.loadHeapMaxMegabytes = Math.max(heapMax, heapMegabytes.getAsDouble());
        } finally {
            threads.shutdownNow();
        }
        figures.loadClients = clients;
        figures.loadSeconds = length.toSeconds();
        figures.loadAnswers = answers;
        figures.loadFailures = failures.get();
    }
}
