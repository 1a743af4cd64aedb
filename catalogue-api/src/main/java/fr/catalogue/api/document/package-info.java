/** The charter documents through the API (R21, R23): the list the caller may download, and each file's content. */
package fr.catalogue.api.document;
