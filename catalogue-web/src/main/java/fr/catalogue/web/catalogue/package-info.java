/**
 * The public catalogue's pages for small businesses (issue 7, R12, R13, R18): the search page on
 * keepable GET addresses, the offer page, the glossary and the comparison of up to four offers.
 */
package fr.catalogue.web.catalogue;
