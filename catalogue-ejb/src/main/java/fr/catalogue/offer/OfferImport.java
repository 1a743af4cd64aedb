package fr.catalogue.offer;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a partner's offers from a CSV file (format: {@link OfferCsv}) as drafts, all or nothing:
 * every row is checked with the same rules as an offer typed in (through {@link OfferEditing#create}),
 * every error is reported with its line, and if there is a single one, nothing is imported.
 */
@Stateless
public class OfferImport {

    /** What an import created: the new drafts' ids, in the order of the file. */
    public record Imported(List<Long> offerIds) {

        public Imported {
            offerIds = List.copyOf(offerIds);
        }
    }

    @Inject
    private OfferEditing editing;

    @Inject
    @ConfigProperty(name = "catalogue.import.max-bytes", defaultValue = "2097152")
    private int maxBytes;

    @Inject
    @ConfigProperty(name = "catalogue.import.max-rows", defaultValue = "1000")
    private int maxRows;

    /**
     * Creates one draft per row of the file for the signed-in partner (R7: its own offers only),
     * in one transaction: all rows, or none if any row breaks a rule of {@link OfferRules} or the
     * file is not readable CSV in UTF-8.
     *
     * @throws OfferImportRefused listing every error with its line; nothing was imported
     * @throws OfferImportTooLarge beyond {@code catalogue.import.max-bytes} or {@code catalogue.import.max-rows}
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public Imported importCsv(InputStream body) {
        OfferCsv.Parsed parsed = new OfferCsv(maxRows).parse(decode(read(body)));
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<Long> ids = new ArrayList<>();
        for (OfferCsv.Row row : parsed.rows()) {
            try {
                ids.add(editing.create(null, row.input()).id());
            } catch (InvalidInputException e) {
                errors.add(new ImportError(row.line(), e.field(), e.getMessage()));
            } catch (BusinessException e) {
                errors.add(new ImportError(row.line(), null, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw new OfferImportRefused(errors); // rolls back the rows created before the error was known
        }
        return new Imported(ids);
    }

    private byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new OfferImportTooLarge("Le fichier dépasse " + (maxBytes / 1024)
                        + " Kio : découpez-le en plusieurs fichiers.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import file", e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new OfferImportRefused(List.of(new ImportError(null, null,
                    "Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 » depuis votre tableur.")));
        }
    }
}
