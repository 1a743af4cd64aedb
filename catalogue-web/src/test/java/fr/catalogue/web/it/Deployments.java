package fr.catalogue.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test: the WAR this module packaged, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("catalogue.war", "target/catalogue.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after `package`");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The WAR plus {@link SearchIndexProbe}, for client-side tests that write offers straight into
     * the database and then read them through the search.
     */
    public static WebArchive warWithSearchProbe() {
        return war().addClass(SearchIndexProbe.class);
    }
}
