/**
 * Offers: equipment and services published in the catalogue (R11 to R15). The public catalogue
 * reads published offers ({@code OfferCatalogue}); partners draft, publish, change and withdraw
 * their own ({@code OfferEditing}, ownership checked there, R7), only conforming offers are
 * published (R11), and every published version is kept with its dates ({@code OfferVersion}, R14).
 */
package fr.catalogue.offer;
