/**
 * The JSON API under {@code /api/v1}: thin JAX-RS resources that delegate to the services of
 * catalogue-ejb and map their results to JSON records. Errors are {@code application/problem+json}.
 */
package fr.catalogue.api;
