/** The public conformance check (R11): a partner learns exactly why an offer would be refused, before entering it. */
package fr.catalogue.api.conformance;
