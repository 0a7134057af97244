package com.calltriage.store;

import java.util.function.Consumer;

/**
 * Tells the other replicas' caches what a change made stale, and hears what theirs made stale. A replica never hears
 * its own drops: its cache has dropped the entries already.
 */
public interface CacheDrops extends AutoCloseable {

    /** One process, one cache: nothing to tell. The choice on H2, which only one process opens. */
    CacheDrops IN_PROCESS = new CacheDrops() {
        @Override
        public void publish(CacheDrop drop) {
        }

        @Override
        public void listen(Consumer<CacheDrop> drops) {
        }

        @Override
        public void close() {
        }
    };

    /** Sends the drop to every other replica; never throws, since the store change it follows has happened. */
    void publish(CacheDrop drop);

    /** Starts handing the other replicas' drops to {@code drops}, on a thread of the implementation's. */
    void listen(Consumer<CacheDrop> drops);

    /** Stops listening. */
    @Override
    void close();
}
