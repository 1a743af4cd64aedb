/**
 * The reviewers' dashboard and a partner's whole history (R17, R18): pages over
 * {@link fr.catalogue.insight.ReviewerInsight}, with Chart.js models for PrimeFaces' {@code p:chart}
 * and a table equivalent under each chart.
 */
package fr.catalogue.web.insight;
