package uk.councilprotocol.platform.security;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {
    static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = START;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Authentication expiringAt(Instant exp) {
        return Authentication.build("lms", List.of("hr"), Map.of("exp", Date.from(exp), "council", "eastmoor"));
    }

    @Test
    void aVerifiedTokenIsRememberedWithItsCallerUntilItExpires() {
        Hands clock = new Hands();
        VerifiedTokens tokens = new VerifiedTokens(clock);
        assertThat(tokens.find("t1")).isNull();
        tokens.remember("t1", expiringAt(START.plusSeconds(30)));
        assertThat(tokens.find("t1").subject()).isEqualTo("lms");
        assertThat(tokens.find("t1").council()).isEqualTo("eastmoor");
        clock.now = START.plusSeconds(29);
        assertThat(tokens.find("t1")).isNotNull();
        clock.now = START.plusSeconds(30);
        assertThat(tokens.find("t1")).as("expired").isNull();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterAMinute() {
        Hands clock = new Hands();
        VerifiedTokens tokens = new VerifiedTokens(clock);
        tokens.remember("t2", expiringAt(START.plus(Duration.ofHours(1))));
        clock.now = START.plus(VerifiedTokens.HELD).minusMillis(1);
        assertThat(tokens.find("t2")).isNotNull();
        clock.now = START.plus(VerifiedTokens.HELD);
        assertThat(tokens.find("t2")).isNull();
    }

    @Test
    void expiryIsReadAsADateOrEpochSecondsAndATokenWithoutOneIsHeldAMinute() {
        assertThat(VerifiedTokens.expiryOf(1_800_000_000L)).isEqualTo(Instant.ofEpochSecond(1_800_000_000L));
        assertThat(VerifiedTokens.expiryOf(Date.from(START))).isEqualTo(START);
        assertThat(VerifiedTokens.expiryOf(null)).isNull();
        Hands clock = new Hands();
        VerifiedTokens tokens = new VerifiedTokens(clock);
        tokens.remember("t3", Authentication.build("lms", List.of("hr"), Map.of()));
        clock.now = START.plus(VerifiedTokens.HELD);
        assertThat(tokens.find("t3")).isNull();
    }

    @Test
    void manyLiveTokensDoNotGrowItPastItsBound() {
        Hands clock = new Hands();
        VerifiedTokens tokens = new VerifiedTokens(clock);
        for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.remember("t" + i, expiringAt(START.plusSeconds(30)));
        }
        assertThat(tokens.find("t" + VerifiedTokens.MAX_ENTRIES)).as("the newest is kept").isNotNull();
        assertThat(tokens.find("t0")).as("the rest were let go").isNull();
    }
}
