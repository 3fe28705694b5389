package uk.councilprotocol.enquiries.absence;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/** Who handles an officer's enquiries today: the officer, or their cover while they are away. */
@Singleton
public class AbsenceCalendar {
    private final AbsenceRepository absences;
    private final Clock clock;

    public AbsenceCalendar(AbsenceRepository absences, Clock clock) {
        this.absences = absences;
        this.clock = clock;
    }

    public String handlerToday(String officerId) {
        if (officerId == null) {
            return null;
        }
        return absences.onDay(officerId, LocalDate.now(clock)).stream().findFirst()
                .map(Absence::coverOfficerId).orElse(officerId);
    }
}
