package fr.catalogue.specification;

/** A category in the administrators' list: the number of its version in force and of its draft (null: none). */
public record SpecificationOverview(String categoryCode, String categoryName, Integer inForce, Integer draft) {
}
