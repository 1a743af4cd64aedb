/**
 * The bi-monthly review (R17): campaigns opened once per period, the automatic checks run in SQL
 * over every published offer ({@link fr.catalogue.campaign.CampaignChecks}), the reviewers'
 * findings and decisions, the closing that sends the notices (R18, in {@code fr.catalogue.label}),
 * and the campaign's report.
 */
package fr.catalogue.campaign;
