package fr.catalogue.contact;

import java.time.YearMonth;

/** One month of a partner's statistics (R24): views of its offers, of its page, and contact requests. */
public record MonthStatistics(YearMonth month, String label, long offerViews, long pageViews, long contacts) {
}
