/**
 * Reaching a provider (R24): contact requests from the public form, forwarded to the partner and
 * acknowledged to the sender through the outbox; ratings of 1 to 5 stars through the personal link
 * of the acknowledgement, shown only from five ratings, comments published after moderation; and the
 * monthly statistics of views and contact requests partners read in their space.
 */
package fr.catalogue.contact;
