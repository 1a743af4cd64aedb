/**
 * The audit trail: who changed what and when, before and after, for every state change a
 * reviewer may need to audit (offers, partners, accounts, applications; R7 "traced").
 */
package fr.catalogue.audit;
