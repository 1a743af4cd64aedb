/**
 * Open data (issue 7): the whole public catalogue as CSV and JSON files, written a batch at a time,
 * and an Atom feed of the offers added, changed and withdrawn, derived from the published versions
 * (R14) and the changes of the partners' right (R18, R22). Licence Ouverte / Open Licence 2.0.
 */
package fr.catalogue.opendata;
