package fr.catalogue.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends plain-text UTF-8 messages over SMTP through a Jakarta Mail {@link Session} built from the
 * {@link MailSettings} (no JNDI mail resource: the settings come from the configuration).
 */
public final class SmtpMailSender implements MailSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final InternetAddress from;

    /**
     * @throws IllegalArgumentException when the sender address is not valid
     */
    public SmtpMailSender(MailSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("No SMTP host configured");
        }
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(MailSettings.FROM + " is not a valid address: " + settings.from(), e);
        }
        Authenticator authenticator = settings.username().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username().get(), settings.password());
            }
        };
        this.session = Session.getInstance(settings.sessionProperties(), authenticator);
    }

    @Override
    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, UTF_8);
        message.setText(body, UTF_8);
        message.setSentDate(new Date());
        // RFC 3834: an automatic message; well-behaved servers send no vacation reply to it
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
