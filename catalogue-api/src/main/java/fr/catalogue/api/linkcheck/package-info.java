/**
 * The two-click checker over HTTP (R15): a check on demand by a partner (pages of its own site) or
 * a reviewer (any page), and the history of an address, with the evidence of each check.
 */
package fr.catalogue.api.linkcheck;
