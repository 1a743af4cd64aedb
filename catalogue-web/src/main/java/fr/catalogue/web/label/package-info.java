/**
 * The label's pages (R18, R21): a partner's notices, the reviewers' notices, the public
 * verification of a company's right, and the administrator's reinstatement.
 */
package fr.catalogue.web.label;
