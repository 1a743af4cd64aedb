package fr.catalogue.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, which the Payara Micro under test delivers the
 * outbox to.
 *
 * <p><b>How its address reaches Payara.</b> Arquillian reads the system property
 * {@code payara.cmdOptions} once per run, when the first integration test class sets up the
 * container; the Payara Micro of every later class starts with the same options. So the SMTP
 * address must be known before the first class starts, whichever it is: this class reserves a
 * free port for the whole run when it is loaded, and {@link TestDatabase} (registered first on
 * every Arquillian test class, it writes {@code payara.cmdOptions}) appends {@link #payaraOptions()}:
 * {@code -Dcatalogue.smtp.host=127.0.0.1 -Dcatalogue.smtp.port=<port>}, a poll of one second and
 * retries one to two seconds apart. Other test services that need JVM options of the server
 * contribute them the same way, in {@code TestDatabase#payaraOptions}.
 *
 * <p><b>When it listens.</b> GreenMail starts with the first test class that registers this
 * extension, after the database and before the deployment:
 * {@code @ExtendWith({TestDatabase.class, TestMailServer.class, ArquillianExtension.class})}, and
 * runs until the end of the run. Before that, nothing listens on the port: the servers of other
 * classes keep their messages PENDING and retry them, which is what production does with an
 * SMTP server down. Tests find their messages by a unique recipient address, since every server
 * of the run delivers whatever the shared outbox holds.
 */
public final class TestMailServer implements BeforeAllCallback {

    private static final int PORT = freePort();
    private static volatile GreenMail server;

    /** The JVM options that point the server under test at this SMTP server. */
    public static List<String> payaraOptions() {
        return List.of("-Dcatalogue.smtp.host=127.0.0.1", "-Dcatalogue.smtp.port=" + PORT,
                "-Dcatalogue.mail.poll-interval=PT1S", "-Dcatalogue.mail.retry.first=PT1S",
                "-Dcatalogue.mail.retry.max=PT2S");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("catalogue.db.url") != null) {
            return; // inside the server (in-container tests): the mail server is in the test JVM
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestMailServer.class, key -> {
                    start();
                    return (ExtensionContext.Store.CloseableResource) TestMailServer::stop;
                });
    }

    /** Starts listening (again, after {@link #stop()}), with no message received yet. */
    public static synchronized void start() {
        if (server == null) {
            GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            server = greenMail;
        }
    }

    /** Stops listening, as an SMTP server that is down: deliveries fail until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Replaces GreenMail, until {@code close()}, by a bare SMTP server on the same port that refuses
     * for good (550 to {@code RCPT TO}) the addresses starting with {@code refusedPrefix}, and defers
     * (451) every other, so that messages of other tests only wait.
     */
    public static synchronized AutoCloseable refusing(String refusedPrefix) {
        stop();
        RefusingSmtpServer refusing = new RefusingSmtpServer(PORT, refusedPrefix);
        return () -> {
            refusing.close();
            start();
        };
    }

    /** The message received for {@code recipient}, waiting for it up to {@code timeout}. */
    public static MimeMessage awaitMessageTo(String recipient, Duration timeout) {
        return await(() -> messagesTo(recipient).stream().findFirst(), timeout,
                () -> "No e-mail to " + recipient + " within " + timeout);
    }

    /** The messages received so far for {@code recipient}. */
    public static List<MimeMessage> messagesTo(String recipient) {
        GreenMail current = server;
        if (current == null) {
            return List.of();
        }
        return Arrays.stream(current.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
    }

    /**
     * Polls {@code probe} until it has a value or {@code timeout} passes (for asynchronous work of
     * the server: the outbox is delivered by a timer). Parks a few milliseconds between tries.
     */
    public static <T> T await(Supplier<Optional<T>> probe, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(failure.get());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
