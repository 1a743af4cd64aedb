/**
 * The two-click checker: every page of a partner's site an offer links to must let a visitor come
 * back to the catalogue in two clicks at most (R15), proved by a polite and safe crawler with its
 * evidence kept, and the advisory search for each offer on its partner's own site (R16).
 */
package fr.catalogue.linkcheck;
