package fr.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit list shows of an offer ({@link OfferHit}), written as one binary doc value of the
 * offer's document: a search reads its page of hits straight from the memory-mapped index, without
 * decompressing stored-field blocks. Lucene's own compact encodings (variable-length numbers,
 * UTF-8 strings); the order of the fields is the format.
 */
final class HitDisplay {

    private HitDisplay() {
    }

    static BytesRef write(OfferHit hit) {
        String[] texts = {hit.title(), hit.categoryCode(), hit.categoryName(), hit.family(), hit.partnerName(),
                hit.partnerTown(), hit.departmentCode(), hit.priceExclVat().toPlainString(), hit.excerpt()};
        int size = 3 * 10; // the three numbers, at most 10 bytes each
        for (String text : texts) {
            size += 5 + 3 * (text == null ? 0 : text.length()); // length, then at most 3 UTF-8 bytes a char
        }
        byte[] bytes = new byte[size];
        ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
        try {
            out.writeVLong(hit.id());
            out.writeVLong(hit.partnerId());
            out.writeZLong(hit.publishedAt().toEpochMilli());
            for (String text : texts) {
                out.writeString(text == null ? "" : text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return new BytesRef(bytes, 0, out.getPosition());
    }

    static OfferHit read(BytesRef bytes) {
        try {
            return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static OfferHit read(ByteArrayDataInput in) throws IOException {
        long id = in.readVLong();
        long partnerId = in.readVLong();
        Instant published = Instant.ofEpochMilli(in.readZLong());
        String title = in.readString();
        String categoryCode = in.readString();
        String categoryName = in.readString();
        String family = in.readString();
        String partnerName = in.readString();
        String town = in.readString();
        String department = in.readString();
        BigDecimal price = new BigDecimal(in.readString());
        String excerpt = in.readString();
        return new OfferHit(id, title, categoryCode, categoryName, family, partnerId, partnerName, town,
                department.isEmpty() ? null : department, price, published, excerpt);
    }
}
