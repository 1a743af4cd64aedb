package fr.catalogue.mail;

import jakarta.mail.MessagingException;

/** Hands one plain-text message to a mail server; returns only once the server accepted it. */
@FunctionalInterface
public interface MailSender {

    void send(String recipient, String subject, String body) throws MessagingException;
}
