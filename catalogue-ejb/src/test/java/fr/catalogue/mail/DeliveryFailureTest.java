package fr.catalogue.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

    @Test
    void aRecipientRefusedForGoodIsPermanent() throws Exception {
        // what Jakarta Mail throws when the server answers 550 to RCPT TO
        Address refused = new InternetAddress("inconnu@exemple.fr");
        SendFailedException e = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <inconnu@exemple.fr>: Recipient address rejected"),
                new Address[0], new Address[0], new Address[] {refused});
        DeliveryFailure failure = DeliveryFailure.of(e);
        assertTrue(failure.permanent());
        assertTrue(failure.description().contains("550 5.1.1"), failure.description());
    }

    @Test
    void anAddressThatCannotBeParsedIsPermanent() {
        assertTrue(DeliveryFailure.of(new AddressException("Missing final '@domain'", "personne")).permanent());
    }

    @Test
    void aRecipientDeferredWith4xxIsRetried() throws Exception {
        Address deferred = new InternetAddress("occupe@exemple.fr");
        SendFailedException e = new SendFailedException("Invalid Addresses",
                new MessagingException("451 4.3.0 Try again later"),
                new Address[0], new Address[] {deferred}, new Address[0]);
        assertFalse(DeliveryFailure.of(e).permanent());
    }

    @Test
    void aServerThatIsDownIsRetriedAndTheCauseIsKept() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
                new ConnectException("Connection refused"));
        DeliveryFailure failure = DeliveryFailure.of(e);
        assertFalse(failure.permanent());
        assertTrue(failure.description().contains("Couldn't connect"), failure.description());
        assertTrue(failure.description().contains("ConnectException: Connection refused"), failure.description());
    }

    @Test
    void aMessageRefusedAfterDataOrAnAuthenticationProblemIsRetried() {
        assertFalse(DeliveryFailure.of(new SendFailedException("554 Message rejected")).permanent());
        assertFalse(DeliveryFailure.of(new MessagingException("535 Authentication failed")).permanent());
        assertFalse(DeliveryFailure.of(new IllegalStateException("unexpected")).permanent());
    }
}
