package fr.catalogue.linkcheck;

/**
 * One HTTP request a check made, as evidence: the address asked, the status answered (0 when
 * there was no answer) and how long it took, or why it failed.
 *
 * @param url the address requested (each redirect hop is a fetch of its own)
 * @param status the HTTP status, 0 when no response was received
 * @param millis from the request to the end of reading the answer
 * @param failure why the fetch failed, null when a response was read
 */
public record Fetch(String url, int status, long millis, CheckReason failure) {
}
