package com.calltriage.summary;

import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Where the summary's totals are read and the managers' morning cards are kept track of. Totals are kept per UTC
 * hour, so a window is read from its first hour up to (not including) the hour of its end.
 */
public interface SummaryStore {

    /** The whole tenant's totals of every dimension value over the hours in [from, to). */
    Map<CallQualityFacts.Key, QualityCounts> totals(Instant from, Instant to);

    /**
     * The totals of one dimension value (of the tenant, or within a building: the key's scope) per hour in [from, to),
     * by the hour's start; hours without calls left out.
     */
    NavigableMap<Instant, QualityCounts> hourly(CallQualityFacts.Key key, Instant from, Instant to);

    /** The totals of the calls that had someone in the building over the hours in [from, to), broken down within it. */
    Map<CallQualityFacts.Key, QualityCounts> totalsInBuilding(String building, Instant from, Instant to);

    /** The buildings calls were ever placed in, as the totals name them. */
    List<String> buildingsSeen();

    /** Whether the person turned their morning card off. */
    boolean paused(String tenantId, String userObjectId);

    /** Turns the person's morning card off or on again. */
    void setPaused(String tenantId, String userObjectId, boolean paused);

    /**
     * Claims the person's card of one local day, for one replica once: true only for the first claim of that day
     * (by a conditional update), and never for a person who turned it off.
     */
    boolean claimDay(String tenantId, String userObjectId, LocalDate day);

    /**
     * Claims the person's card of one local day as {@link #claimDay} does and, only when the claim is won, queues the
     * card it then makes. A store that can, claims and queues in one transaction, so a replica that dies in between
     * leaves the day unclaimed for another, rather than claimed with no card: the outbox must then be one on the
     * same database.
     *
     * @return true when this call claimed the day and queued the card
     */
    default boolean claimDayAndQueue(String tenantId, String userObjectId, LocalDate day, Outbox outbox,
                                     Supplier<OutgoingMessage> card, Instant now) {
        if (!claimDay(tenantId, userObjectId, day)) {
            return false;
        }
        outbox.enqueue(card.get(), now);
        return true;
    }

    /** Deletes the totals of hours before the cutoff; returns how many rows went. */
    int deleteTotalsBefore(Instant cutoff);

    /** A store with no calls at all, for cores built without one. */
    SummaryStore NONE = new SummaryStore() {
        @Override
        public Map<CallQualityFacts.Key, QualityCounts> totals(Instant from, Instant to) {
            return Map.of();
        }

        @Override
        public NavigableMap<Instant, QualityCounts> hourly(CallQualityFacts.Key key, Instant from, Instant to) {
            return new TreeMap<>();
        }

        @Override
        public Map<CallQualityFacts.Key, QualityCounts> totalsInBuilding(String building, Instant from, Instant to) {
            return Map.of();
        }

        @Override
        public List<String> buildingsSeen() {
            return List.of();
        }

        @Override
        public boolean paused(String tenantId, String userObjectId) {
            return false;
        }

        @Override
        public void setPaused(String tenantId, String userObjectId, boolean paused) {
            throw new IllegalStateException("No summary store");
        }

        @Override
        public boolean claimDay(String tenantId, String userObjectId, LocalDate day) {
            return false;
        }

        @Override
        public int deleteTotalsBefore(Instant cutoff) {
            return 0;
        }
    };
}
