package fr.catalogue.offer;

/** How many published offers a category holds. */
public record CategoryCount(String code, String name, long offers) {
}
