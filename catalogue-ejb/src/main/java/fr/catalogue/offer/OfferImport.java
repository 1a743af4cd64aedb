package fr.catalogue.offer;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a partner's offers from a CSV file (format: {@link OfferCsv}) as drafts, all or nothing:
 * every row is checked with the same rules as an offer typed in (by {@link OfferEditing#create}
 * itself, in a trial transaction rolled back), every error is reported with its line, and if there
 * is a single one, nothing is imported; else every row is created in the import's transaction.
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

    @Resource
    private SessionContext context;

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
        OfferImport self = context.getBusinessObject(OfferImport.class);
        for (OfferCsv.Row row : parsed.rows()) {
            self.trial(row.input()).ifPresent(e -> errors.add(e.at(row.line())));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(e -> e.line() == null ? 0 : e.line()));
            throw new OfferImportRefused(errors);
        }
        List<Long> ids = new ArrayList<>();
        for (OfferCsv.Row row : parsed.rows()) {
            try {
                ids.add(editing.create(null, row.input()).id());
            } catch (BusinessException e) {
                // checked a moment ago: only a change made meanwhile (a specification in force) lands here
                throw new OfferImportRefused(List.of(errorOf(e).at(row.line())));
            }
        }
        return new Imported(ids);
    }

    /**
     * For {@link #importCsv} only: creates the draft in a transaction of its own, always rolled
     * back, to learn whether the service accepts it. A refusal marks the transaction it happens
     * in for rollback, and a transaction so marked takes no more work: checking the rows one by one
     * in the import's own transaction would stop at the first error instead of reporting them all.
     *
     * @return the refusal, with no line yet; empty when the row would be created
     */
    @RolesAllowed(Role.PARTNER_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ImportError> trial(OfferInput input) {
        try {
            editing.create(null, input);
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(errorOf(e));
        } finally {
            context.setRollbackOnly();
        }
    }

    private static ImportError errorOf(BusinessException e) {
        return new ImportError(null, e instanceof InvalidInputException invalid ? invalid.field() : null,
                e.getMessage());
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
