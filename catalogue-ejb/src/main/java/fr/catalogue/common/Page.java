package fr.catalogue.common;

import java.util.List;

/** One page of a longer list, with the total number of items in the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
