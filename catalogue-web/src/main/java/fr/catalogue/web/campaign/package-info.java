/**
 * The reviewers' pages of the bi-monthly review (R17): the campaigns and a campaign's worklist.
 * Thin: the rules are in {@code fr.catalogue.campaign.Campaigns}.
 */
package fr.catalogue.web.campaign;
