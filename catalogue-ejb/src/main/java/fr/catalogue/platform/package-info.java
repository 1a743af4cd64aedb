/**
 * What the application needs from its platform: its data source (configured through
 * MicroProfile Config), the schema migration run at start-up, and the readiness probe.
 */
package fr.catalogue.platform;
