package fr.catalogue.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: DOWN while the search index is first built after a start, or if that failed. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    private SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        SearchIndex.State state = index.state();
        var response = HealthCheckResponse.named("search-index")
                .status(state == SearchIndex.State.READY)
                .withData("state", state.name())
                .withData("offers", index.offers());
        if (index.buildTime() != null) {
            response.withData("buildMillis", index.buildTime().toMillis());
        }
        return response.build();
    }
}
