/**
 * What reviewers read across campaigns (R17, R18): the dashboard's figures (conformity per
 * category per campaign, open notices by age, withdrawals per month) and a partner's whole history,
 * computed in SQL with the rules as plain classes.
 */
package fr.catalogue.insight;
