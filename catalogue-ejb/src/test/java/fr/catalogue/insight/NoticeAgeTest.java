package fr.catalogue.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeAgeTest {

    @Test
    void bucketsFollowTheNoticesLife() {
        assertEquals(NoticeAge.UNDER_A_WEEK, NoticeAge.of(0));
        assertEquals(NoticeAge.UNDER_A_WEEK, NoticeAge.of(6));
        assertEquals(NoticeAge.ONE_TO_TWO_WEEKS, NoticeAge.of(7));
        assertEquals(NoticeAge.ONE_TO_TWO_WEEKS, NoticeAge.of(14));
        assertEquals(NoticeAge.FIFTEEN_TO_TWENTY_NINE_DAYS, NoticeAge.of(15));
        assertEquals(NoticeAge.FIFTEEN_TO_TWENTY_NINE_DAYS, NoticeAge.of(29));
        assertEquals(NoticeAge.THIRTY_DAYS_AND_MORE, NoticeAge.of(30));
        assertEquals(NoticeAge.THIRTY_DAYS_AND_MORE, NoticeAge.of(400));
    }

    @Test
    void aNoticeDatedInTheFutureCountsAsSentToday() {
        assertEquals(NoticeAge.UNDER_A_WEEK, NoticeAge.of(-3));
    }

    @Test
    void countsEveryBucketInOrderWithZeros() {
        Map<NoticeAge, Long> counts = NoticeAge.count(Map.of(0L, 2L, 6L, 1L, 20L, 4L));
        assertEquals(List.of(NoticeAge.values()), List.copyOf(counts.keySet()));
        assertEquals(3L, counts.get(NoticeAge.UNDER_A_WEEK));
        assertEquals(0L, counts.get(NoticeAge.ONE_TO_TWO_WEEKS));
        assertEquals(4L, counts.get(NoticeAge.FIFTEEN_TO_TWENTY_NINE_DAYS));
        assertEquals(0L, counts.get(NoticeAge.THIRTY_DAYS_AND_MORE));
    }

    @Test
    void nothingOpenCountsZeroEverywhere() {
        assertEquals(0L, NoticeAge.count(Map.of()).values().stream().mapToLong(Long::longValue).sum());
        assertEquals(4, NoticeAge.count(Map.of()).size());
    }
}
