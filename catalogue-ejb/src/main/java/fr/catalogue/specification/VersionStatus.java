package fr.catalogue.specification;

/**
 * Where a version of a specification stands (R5): a {@code DRAFT} is edited by administrators;
 * once {@code PUBLISHED} it never changes and comes into force on its effective date; it is
 * {@code SUPERSEDED} when a newer version comes into force, and stays readable forever.
 */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
