package uk.councilprotocol.notifications.preferences;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesTest {
    @Test
    void onlyAdvanceRemindersOfMoreThanAWeekMayWaitForTheSummary() {
        assertThat(Preferences.isAdvanceOfMoreThanAWeek("DUE_IN_30_DAYS")).isTrue();
        assertThat(Preferences.isAdvanceOfMoreThanAWeek("DUE_IN_8_DAYS")).isTrue();
        assertThat(Preferences.isAdvanceOfMoreThanAWeek("DUE_IN_7_DAYS")).isFalse();
        assertThat(Preferences.isAdvanceOfMoreThanAWeek("DUE_IN_1_DAY")).isFalse();
        for (String atOnce : new String[] {"DUE_TODAY", "DUE_SOON", "ASSIGNED", "ACKNOWLEDGEMENT", "OVERDUE", "ESCALATED",
                "HOLDING_REPLY", "RESPONDED", "DEADLINE_AGREED"}) {
            assertThat(Preferences.isAdvanceOfMoreThanAWeek(atOnce)).as(atOnce).isFalse();
        }
    }
}
