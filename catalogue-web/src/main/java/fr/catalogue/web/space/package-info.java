/** The landing pages of the signed-in users: a partner's space, the reviewers' and the administrators' desks. */
package fr.catalogue.web.space;
