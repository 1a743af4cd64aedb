/**
 * The public catalogue's search (issue 7): French full text, facets with counts, sorting. The
 * types here are the contract the pages, the API and the guided need form (R28) build on.
 */
package fr.catalogue.search;
