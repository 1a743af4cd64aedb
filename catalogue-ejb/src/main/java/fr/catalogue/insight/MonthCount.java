package fr.catalogue.insight;

import java.time.YearMonth;

/** A count for one calendar month (e.g. the rights withdrawn in it). */
public record MonthCount(YearMonth month, long count) {
}
