package fr.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Results kept for one state of the index only, the least recently used dropped first. */
class ReaderCacheTest {

    private IndexWriter writer;
    private IndexReader before;
    private IndexReader after;

    @BeforeEach
    void twoStatesOfAnIndex() throws IOException {
        writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig());
        writer.addDocument(new Document());
        before = DirectoryReader.open(writer);
        writer.addDocument(new Document());
        after = DirectoryReader.open(writer);
    }

    @AfterEach
    void close() throws IOException {
        before.close();
        after.close();
        writer.close();
    }

    @Test
    void givesBackWhatWasKeptForTheSameReaderOnly() {
        ReaderCache<String> cache = new ReaderCache<>(10);
        cache.put(before, "imprimante", "3 offres");
        assertEquals("3 offres", cache.get(before, "imprimante"));
        assertNull(cache.get(after, "imprimante"), "the index changed since");
        assertNull(cache.get(before, "écran"));
    }

    @Test
    void aNewerReaderForgetsEverythingKeptForTheOlder() {
        ReaderCache<String> cache = new ReaderCache<>(10);
        cache.put(before, "imprimante", "3 offres");
        cache.put(before, "fibre", "1 offre");
        cache.put(after, "imprimante", "4 offres");
        assertEquals(1, cache.size());
        assertEquals("4 offres", cache.get(after, "imprimante"));
        assertNull(cache.get(after, "fibre"));
        assertNull(cache.get(before, "imprimante"), "never a value of another state of the index");
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        ReaderCache<String> cache = new ReaderCache<>(2);
        cache.put(before, "a", "A");
        cache.put(before, "b", "B");
        cache.get(before, "a"); // a used after b
        cache.put(before, "c", "C");
        assertEquals(2, cache.size());
        assertEquals("A", cache.get(before, "a"));
        assertNull(cache.get(before, "b"));
        assertEquals("C", cache.get(before, "c"));
    }
}
