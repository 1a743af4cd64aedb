/**
 * Small building blocks shared by every business component: paging, the business exceptions
 * that roll back a transaction and map to clear errors, and the injectable clock.
 */
package fr.catalogue.common;
