package fr.catalogue.web;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table that reads only the page shown, with its total, from a service method
 * taking a {@link PageRequest}: every paged screen's table is one of these. The page's own filters
 * live in its backing bean and are read by the loader at each load.
 *
 * @param <T> the row type
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of rows (serializable: view-scoped beans are kept in the session). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest request);
    }

    /** The key of a row, unique among the rows of the table. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final Loader<T> loader;
    private final RowKey<T> key;
    private transient Page<T> last;

    public PagedRows(Loader<T> loader, RowKey<T> key) {
        this.loader = Objects.requireNonNull(loader);
        this.key = Objects.requireNonNull(key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? 0 : Math.toIntExact(last.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        last = loader.load(new PageRequest(first / size, size));
        setRowCount(Math.toIntExact(last.total()));
        return last.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null
                : last.items().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
