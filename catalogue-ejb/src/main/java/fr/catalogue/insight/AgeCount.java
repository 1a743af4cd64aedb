package fr.catalogue.insight;

/** How many open notices are in one age bucket. */
public record AgeCount(NoticeAge age, long count) {
}
