/**
 * The pages of R25 and R28: providers nearby ({@code /pres-de-chez-vous.xhtml}), the guided need
 * form ({@code /mon-besoin.xhtml}) and the selection a business keeps ({@code /ma-selection.xhtml}).
 */
package fr.catalogue.web.need;
