/**
 * Pages of the partners' component: the public application wizard (R6), the administrators'
 * queue and decision (R7), and the profile a partner keeps current, or an administrator for it (R8).
 */
package fr.catalogue.web.partner;
