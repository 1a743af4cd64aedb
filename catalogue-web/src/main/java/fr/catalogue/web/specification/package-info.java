/** The public pages of the specifications (R5, R13): every category's criteria explained, with their history. */
package fr.catalogue.web.specification;
