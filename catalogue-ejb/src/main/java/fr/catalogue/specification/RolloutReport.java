package fr.catalogue.specification;

/** What bringing a version into force did: the offers judged again, those that no longer conform. */
public record RolloutReport(String categoryCode, int version, int evaluated, int nonConforming, int partnersTold) {
}
