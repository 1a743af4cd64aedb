/**
 * The pages of the two-click checker (R15) and of the presence search (R16): an offer's links with
 * their evidence, for its partner and the reviewers; every published link, for the review.
 */
package fr.catalogue.web.linkcheck;
