/**
 * Offers: equipment and services published in the catalogue (R11 to R14). The walking skeleton
 * reads published offers for the public catalogue; editing and conformance come later.
 */
package fr.catalogue.offer;
