package org.gatehouse.warehouse;

import java.util.List;

/** A page of episodes read for a load, and the last case id read (where the next page starts). */
public record EpisodePage(List<EpisodeRow> episodes, long lastParticipantId) {

    public EpisodePage {
        episodes = List.copyOf(episodes);
    }

    public boolean isEmpty() {
        return episodes.isEmpty();
    }
}
