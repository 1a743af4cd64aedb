/**
 * The label's right of use and its lifecycle (R18, R21, R22): the state machine of a partner's
 * right, the notices that warn it, and the daily timer that presumes receipts, withdraws and expires.
 */
package fr.catalogue.label;
