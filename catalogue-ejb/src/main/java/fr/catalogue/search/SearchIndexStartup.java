package fr.catalogue.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Starts building the search index once the schema is migrated; the build runs in the background. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SearchIndexStartup {

    @Inject
    private SearchIndex index;

    @PostConstruct
    void start() {
        index.startBuilding();
    }
}
