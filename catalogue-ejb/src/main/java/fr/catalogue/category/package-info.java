/**
 * The categories of offers (rules R1 to R4): four families and their leaf categories, as
 * reference data loaded by a migration. Each category later carries its own specification (R5).
 */
package fr.catalogue.category;
