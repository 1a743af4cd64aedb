package fr.catalogue.search;

/** The index is still being built after the server started (or its build failed): try again shortly. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message) {
        super(message);
    }
}
