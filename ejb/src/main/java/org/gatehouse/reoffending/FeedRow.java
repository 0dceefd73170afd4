package org.gatehouse.reoffending;

/** A feed row after reading and checking: an event to keep, or the reason it is rejected whole. */
public record FeedRow(long line, String eventId, ReoffendingEventDetails event, String rejection) {

    public static FeedRow accepted(long line, ReoffendingEventDetails event) {
        return new FeedRow(line, event.eventId(), event, null);
    }

    public static FeedRow rejected(long line, String eventId, String reason) {
        return new FeedRow(line, eventId, null, reason);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
