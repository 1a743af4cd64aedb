/**
 * Referrals (R20): any visitor or partner reports a failing partner (price, logo misuse,
 * non-conformity); reviewers triage each report into a finding of the open review campaign or
 * dismiss it with a reason. Every step is in the audit trail.
 */
package fr.catalogue.referral;
