/**
 * Partners: the companies whose offers carry the label (R6 to R10). The walking skeleton holds
 * their identity; application, validation and profile upkeep come with the partners issue.
 */
package fr.catalogue.partner;
