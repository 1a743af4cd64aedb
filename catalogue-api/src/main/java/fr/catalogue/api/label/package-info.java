/** The public verification of a partner's right to use the label (R21): read-only, no sign-in. */
package fr.catalogue.api.label;
