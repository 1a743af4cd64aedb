/**
 * {@code mvn -Prun}: starts the embedded MariaDB (or uses the configured one), applies the
 * migrations, loads the demo data into an empty database, and runs Payara Micro with the WAR.
 */
package fr.catalogue.db.launch;
