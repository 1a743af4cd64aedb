/**
 * E-mail that is never lost: messages are written to the outbox in the transaction of the action
 * that causes them (credentials of R7, rejections, password resets, partner notices), then
 * delivered over SMTP and retried until the server accepts them.
 */
package fr.catalogue.mail;
