package fr.catalogue.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root: every resource lives under {@code /api}; the document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "Catalogue API",
        version = "1",
        description = "Catalogue des offres labellisées pour les TPE : catégories, offres publiées, authentification."))
@SecurityScheme(securitySchemeName = CatalogueApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Jeton obtenu par POST /api/v1/auth/token")
public class CatalogueApi extends Application {

    public static final String BEARER = "bearer";
}
