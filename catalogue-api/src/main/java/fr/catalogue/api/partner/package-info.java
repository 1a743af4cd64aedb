/**
 * The partner API (R7, R11 to R15): a partner's own identity and offers, with a bearer token of a
 * partner account only. Resources parse, call the offer services, and map; the services check
 * ownership (another partner's offer is a 404, as if it did not exist) and every rule.
 */
package fr.catalogue.api.partner;
