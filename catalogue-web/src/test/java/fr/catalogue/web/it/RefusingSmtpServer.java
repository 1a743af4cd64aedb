package fr.catalogue.web.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Just enough SMTP to refuse recipients, which GreenMail never does: 550 to {@code RCPT TO} for
 * addresses starting with a prefix (a permanent refusal), 451 for the others (try later). It
 * accepts no message. One thread per connection; {@link #close()} stops it.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String refusedPrefix;

    RefusingSmtpServer(int port, String refusedPrefix) {
        this.refusedPrefix = refusedPrefix.toLowerCase(Locale.ROOT);
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread session = new Thread(() -> converse(connection), "refusing-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void converse(Socket connection) {
        try (connection;
             BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = connection.getOutputStream()) {
            reply(out, "220 refusing.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 refusing.test");
                } else if (command.startsWith("MAIL FROM")) {
                    reply(out, "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1).toLowerCase(Locale.ROOT);
                    reply(out, address.startsWith(refusedPrefix)
                            ? "550 5.1.1 Adresse inconnue" : "451 4.3.0 Try again later");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    reply(out, "250 2.0.0 OK");
                } else {
                    reply(out, "503 5.5.1 No message accepted here");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
