package fr.catalogue.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" for every rule and service, so tests can move time by supplying
 * another {@link Clock} (a CDI alternative) instead of waiting.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
