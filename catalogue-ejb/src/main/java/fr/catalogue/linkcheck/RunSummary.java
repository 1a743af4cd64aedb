package fr.catalogue.linkcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one run over many links did: how many addresses were checked, how many ended with each
 * verdict, and how long it took.
 */
public record RunSummary(CheckTrigger trigger, int checked, Map<LinkVerdict, Integer> verdicts, Instant startedAt,
        Instant endedAt) {

    public RunSummary {
        verdicts = Map.copyOf(verdicts);
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
