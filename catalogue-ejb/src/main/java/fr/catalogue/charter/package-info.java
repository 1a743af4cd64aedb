/**
 * The label's charter documents (R19, R21, R23): versioned uploads checked by content, the public
 * terms of use, the downloads reserved to partners holding the right, and the log of every
 * download.
 */
package fr.catalogue.charter;
