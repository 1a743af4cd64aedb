package fr.catalogue.insight;

import java.util.EnumMap;
import java.util.Map;

/**
 * How long an open notice has been waiting since it was sent, in the buckets the reviewers'
 * dashboard counts (R18). The bounds follow the notice's life: a week covers the presumed receipt
 * (4 days by default); receipt + 15 days falls in the third bucket; a notice still open after 30
 * days is overdue whatever its receipt.
 */
public enum NoticeAge {
    /** 0 to 6 days: the partner may not have read it yet. */
    UNDER_A_WEEK(0),
    /** 7 to 14 days: within the fifteen days. */
    ONE_TO_TWO_WEEKS(7),
    /** 15 to 29 days: the deadline (receipt + 15 days) falls here. */
    FIFTEEN_TO_TWENTY_NINE_DAYS(15),
    /** 30 days and more. */
    THIRTY_DAYS_AND_MORE(30);

    private final int fromDay;

    NoticeAge(int fromDay) {
        this.fromDay = fromDay;
    }

    /** The first day (since sending) of the bucket. */
    public int fromDay() {
        return fromDay;
    }

    /**
     * The bucket of a notice sent {@code days} whole days ago. A negative age (a clock set back, a
     * notice dated in the future) counts as sent today rather than being lost.
     */
    public static NoticeAge of(long days) {
        NoticeAge bucket = UNDER_A_WEEK;
        for (NoticeAge age : values()) {
            if (days >= age.fromDay) {
                bucket = age;
            }
        }
        return bucket;
    }

    /**
     * Counts per bucket, every bucket present (zero when empty), in order, from counts per age in
     * whole days.
     */
    public static Map<NoticeAge, Long> count(Map<Long, Long> noticesByAgeInDays) {
        Map<NoticeAge, Long> counts = new EnumMap<>(NoticeAge.class);
        for (NoticeAge age : values()) {
            counts.put(age, 0L);
        }
        noticesByAgeInDays.forEach((days, notices) -> counts.merge(of(days), notices, Long::sum));
        return counts;
    }
}
