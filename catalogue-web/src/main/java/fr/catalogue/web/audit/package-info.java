/** The audit trail as reviewers and administrators read it: who changed what, when, before and after. */
package fr.catalogue.web.audit;
