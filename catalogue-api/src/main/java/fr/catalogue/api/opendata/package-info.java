/** Open data over HTTP: the public catalogue as CSV and JSON files, streamed, and its Atom change feed. */
package fr.catalogue.api.opendata;
