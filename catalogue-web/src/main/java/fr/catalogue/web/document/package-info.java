/**
 * Pages and the download servlet of the charter documents (R21, R23) and the referrals (R20):
 * thin translations of {@code fr.catalogue.charter.CharterDocuments} and {@code fr.catalogue.referral.Referrals}.
 */
package fr.catalogue.web.document;
