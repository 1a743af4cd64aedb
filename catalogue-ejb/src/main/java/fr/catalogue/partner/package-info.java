/**
 * Partners: the companies whose offers carry the label (R6 to R10). A company applies
 * ({@link fr.catalogue.partner.PartnerApplications}, R6), the Ministry validates it — creating the
 * partner and its account, credentials e-mailed (R7) — or rejects it with a reason; the partner
 * keeps its profile current, a competence centre its Annex 3 profile and services
 * ({@link fr.catalogue.partner.PartnerProfiles}, R8, R9).
 */
package fr.catalogue.partner;
