/**
 * Errors of the API as RFC 9457 {@code application/problem+json}: a business refusal, a bad
 * parameter (naming the field), an unknown resource, or an unexpected failure, never a stack trace.
 */
package fr.catalogue.api.problem;
