/**
 * The demo data of {@code mvn -Prun}: French partners, their offers in every category and the four
 * demo accounts, generated deterministically and loaded once into an empty database.
 */
package fr.catalogue.db.demo;
