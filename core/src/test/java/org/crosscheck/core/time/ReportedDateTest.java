package org.crosscheck.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportedDateTest {

    @Test
    void aDayInsideAMonthAgreesWithThatMonth() {
        assertThat(ReportedDate.day(LocalDate.of(2020, 1, 5)).agreesWith(ReportedDate.month(YearMonth.of(2020, 1)))).isTrue();
    }

    @Test
    void differentYearsDisagree() {
        assertThat(ReportedDate.year(2013).agreesWith(ReportedDate.year(2014))).isFalse();
    }

    @Test
    void isoFollowsThePrecisionStated() {
        assertThat(ReportedDate.day(LocalDate.of(2021, 5, 5)).iso()).isEqualTo("2021-05-05");
        assertThat(ReportedDate.month(YearMonth.of(2020, 1)).iso()).isEqualTo("2020-01");
        assertThat(ReportedDate.year(2014).iso()).isEqualTo("2014");
    }

    @Test
    void anIntervalCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ReportedDate(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1), ReportedDate.Precision.DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
