package com.calltriage.replicas;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs a task on one replica at a time, by a named ShedLock lock in the shared database: a replica that finds
 * the lock taken skips the task rather than waiting, as ShedLock does for scheduled tasks.
 */
public final class OnceAcrossReplicas {
    private final LockingTaskExecutor locks;

    public OnceAcrossReplicas(LockingTaskExecutor locks) {
        this.locks = locks;
    }

    /**
     * @param atMost  how long the lock holds if this replica dies mid-task: far longer than the task takes
     * @param atLeast how long the lock holds after the task, so replicas starting together do not each run it
     * @param task    must not return null
     * @return the task's result; empty when another replica holds the lock
     */
    public <T> Optional<T> run(String lock, Duration atMost, Duration atLeast, Supplier<T> task) {
        LockConfiguration configuration = new LockConfiguration(ClockProvider.now(), lock, atMost, atLeast);
        LockingTaskExecutor.TaskResult<T> result;
        try {
            result = locks.executeWithLock(task::get, configuration);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // The task is a Supplier, so only ShedLock itself could throw this.
            throw new IllegalStateException("Running " + lock + " under its lock failed", e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
