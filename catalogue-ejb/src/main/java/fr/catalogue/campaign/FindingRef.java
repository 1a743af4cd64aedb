package fr.catalogue.campaign;

import java.io.Serializable;

/** A finding as a reviewer saw it: its id and the version shown (optimistic locking). */
public record FindingRef(long id, long version) implements Serializable {
}
