/**
 * The pages of reaching a provider (R24): the public contact form, the rating page of the
 * acknowledgement's link, the public partner page, the offer page's contact block, the partner's
 * requests and statistics, and the reviewers' moderation of comments. Thin beans over
 * {@code fr.catalogue.contact}.
 */
package fr.catalogue.web.contact;
