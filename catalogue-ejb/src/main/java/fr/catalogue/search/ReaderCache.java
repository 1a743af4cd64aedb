package fr.catalogue.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * What recent searches computed on one state of the index — their counts and facets, their pages of
 * hits — kept for the searches that repeat them (popular words, the next page, another sort), the
 * least recently used dropped beyond a capacity. Valid for one {@link IndexReader} only: a search
 * on a newer reader (the index changed) empties it, so a result never outlives the offers it
 * describes. Thread-safe.
 */
final class ReaderCache<V> {

    private final Map<String, V> entries;
    private IndexReader reader;

    ReaderCache(int capacity) {
        entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What was kept under this key for this reader, or null. */
    synchronized V get(IndexReader current, String key) {
        return current == reader ? entries.get(key) : null;
    }

    /** Keeps a value computed on this reader (forgetting everything computed on another). */
    synchronized void put(IndexReader current, String key, V value) {
        if (current != reader) {
            entries.clear();
            reader = current;
        }
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
