package fr.catalogue.mail;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * How outgoing e-mail is delivered, read from the configuration (see docs/operations.md, "E-mail
 * (outbox)"). Without an SMTP host nothing is sent: messages wait in the outbox.
 *
 * @param host the SMTP server, empty when delivery is off
 * @param port its port
 * @param username the account to authenticate with, empty for none
 * @param password its password (never shown by {@link #toString()})
 * @param startTls whether STARTTLS is required
 * @param from the sender, as {@code Name <address>}
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for each reply (and each write)
 * @param pollInterval how often the outbox is read for due messages
 * @param batchSize at most this many messages per round
 * @param retry when to try again a message that failed
 */
public record MailSettings(Optional<String> host, int port, Optional<String> username, String password,
        boolean startTls, String from, Duration connectTimeout, Duration readTimeout, Duration pollInterval,
        int batchSize, RetrySchedule retry) {

    public static final String HOST = "catalogue.smtp.host";
    public static final String PORT = "catalogue.smtp.port";
    public static final String USERNAME = "catalogue.smtp.username";
    public static final String PASSWORD = "catalogue.smtp.password";
    public static final String STARTTLS = "catalogue.smtp.starttls";
    public static final String CONNECT_TIMEOUT = "catalogue.smtp.connect-timeout";
    public static final String READ_TIMEOUT = "catalogue.smtp.read-timeout";
    public static final String FROM = "catalogue.mail.from";
    public static final String POLL_INTERVAL = "catalogue.mail.poll-interval";
    public static final String BATCH_SIZE = "catalogue.mail.batch-size";
    public static final String RETRY_FIRST = "catalogue.mail.retry.first";
    public static final String RETRY_MAX = "catalogue.mail.retry.max";

    public static final String DEFAULT_FROM = "Label Catalogue <ne-pas-repondre@catalogue.invalid>";

    /**
     * Reads the settings from a source of configuration values (MicroProfile Config in the server).
     *
     * @throws IllegalArgumentException naming the setting whose value is not valid
     */
    public static MailSettings read(Function<String, Optional<String>> source) {
        Function<String, Optional<String>> values = key -> source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new MailSettings(
                values.apply(HOST),
                integer(values, PORT, 25, 1, 65_535),
                values.apply(USERNAME),
                values.apply(PASSWORD).orElse(""),
                values.apply(STARTTLS).map(Boolean::parseBoolean).orElse(false),
                values.apply(FROM).orElse(DEFAULT_FROM),
                duration(values, CONNECT_TIMEOUT, Duration.ofSeconds(10)),
                duration(values, READ_TIMEOUT, Duration.ofSeconds(30)),
                duration(values, POLL_INTERVAL, Duration.ofSeconds(30)),
                integer(values, BATCH_SIZE, 20, 1, 1_000),
                new RetrySchedule(duration(values, RETRY_FIRST, RetrySchedule.DEFAULT.first()),
                        duration(values, RETRY_MAX, RetrySchedule.DEFAULT.max())));
    }

    /** Whether messages are delivered at all (an SMTP host is configured). */
    public boolean enabled() {
        return host.isPresent();
    }

    /** The properties of a Jakarta Mail {@code Session} for the SMTP server (without the password). */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        host.ifPresent(h -> properties.setProperty("mail.smtp.host", h));
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(readTimeout.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(readTimeout.toMillis()));
        // text without an explicit charset is UTF-8 too (French accents)
        properties.setProperty("mail.mime.charset", "UTF-8");
        if (username.isPresent()) {
            properties.setProperty("mail.smtp.auth", "true");
            properties.setProperty("mail.smtp.user", username.get());
        }
        if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "smtp://" + username.map(u -> u + "@").orElse("") + host.orElse("(none)") + ":" + port
                + (startTls ? " STARTTLS" : "") + ", from " + from + ", every " + pollInterval
                + ", retry " + retry.first() + "…" + retry.max();
    }

    private static int integer(Function<String, Optional<String>> values, String key, int defaultValue, int min, int max) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ": " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + raw.get(), e);
        }
    }

    private static Duration duration(Function<String, Optional<String>> values, String key, Duration defaultValue) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            Duration value = Duration.parse(raw.get());
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(key + " must be a positive duration: " + raw.get());
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration such as PT30S: " + raw.get(), e);
        }
    }
}
