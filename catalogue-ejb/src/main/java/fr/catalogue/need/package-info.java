/**
 * "Services come to the project" (R28): a business states its need once, without an account, and
 * gets, through a link it keeps, the offers and nearby providers that fit it, updated as its
 * answers and the catalogue change.
 */
package fr.catalogue.need;
