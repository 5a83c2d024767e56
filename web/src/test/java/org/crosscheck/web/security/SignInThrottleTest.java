package org.crosscheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand: no test waits for real time to pass. */
    static final class StudioClock extends Clock {
        Instant now = Instant.parse("2024-05-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final StudioClock clock = new StudioClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresForOneUsernameHoldItOffUntilTheOldestAgesOut() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore("ed", "10.0.0.1")).isEmpty();
            throttle.failed("ed", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.waitBefore("ed", "10.0.0.1")).contains(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("ED ", "10.0.0.2")).as("the same name typed otherwise, from elsewhere").isPresent();
        assertThat(throttle.waitBefore("maria", "10.0.0.1")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("ed", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverHoldOff() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("ed", "10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
            assertThat(throttle.waitBefore("ed", "10.0.0.1")).isEmpty();
        }
    }

    @Test
    void oneClientTryingManyUsernamesIsHeldOff() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.waitBefore("someone-new", "203.0.113.9")).isPresent();
        assertThat(throttle.waitBefore("someone-new", "203.0.113.10")).isEmpty();
    }

    @Test
    void aCorrectPasswordClearsTheUsernamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ed", "10.0.0.1");
        }
        throttle.succeeded("ed");
        throttle.failed("ed", "10.0.0.1");
        assertThat(throttle.waitBefore("ed", "10.0.0.1")).isEmpty();
    }

    @Test
    void aFloodOfInventedNamesNeitherGrowsMemoryWithoutBoundNorFreesANameHeldOff() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "198.51.100.7");
        }
        for (int i = 0; i < SignInThrottle.MAX_TRACKED * 3; i++) {
            throttle.failed("invented-" + i, "10.0." + (i / 250 % 250) + "." + (i % 250));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(SignInThrottle.MAX_TRACKED);
        assertThat(throttle.waitBefore("admin", "192.0.2.1")).isPresent();
    }
}
