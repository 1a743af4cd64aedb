package fr.catalogue.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an attempt to send failed, and whether trying again can help. Only a refusal of the
 * recipient's address itself is permanent: a 5xx reply to {@code RCPT TO} (Jakarta Mail reports the
 * address as invalid), or an address that cannot be parsed. Everything else — server down or
 * unreachable, timeouts, 4xx replies, authentication or TLS trouble, a refused message — is
 * transient, and the message is retried until the server accepts it.
 *
 * @param permanent whether retrying is pointless
 * @param description the errors as the server and the library reported them (never the message body)
 */
public record DeliveryFailure(boolean permanent, String description) {

    /** Classifies a failure of Jakarta Mail. */
    public static DeliveryFailure of(Exception e) {
        boolean permanent = e instanceof AddressException
                || e instanceof SendFailedException refused && hasAny(refused.getInvalidAddresses());
        return new DeliveryFailure(permanent, describe(e));
    }

    private static boolean hasAny(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }

    /** The chain of causes, one per line, each as "Type: message", without repeating itself. */
    static String describe(Throwable e) {
        List<String> lines = new ArrayList<>();
        Throwable current = e;
        for (int depth = 0; current != null && depth < 6; depth++) {
            String message = current.getMessage() == null ? "" : current.getMessage().strip();
            String line = current.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
            if (!lines.contains(line)) {
                lines.add(line);
            }
            Throwable next = current instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : current.getCause();
            current = next == current ? null : next;
        }
        return String.join("\n", lines);
    }
}
