package uk.councilprotocol.plans.actions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Red / amber / green as the committee reads it, derived from the deadline and the status: past the deadline or
 * blocked is red; close to it without having started is red, close to it in progress amber; complete is blue.
 */
public enum Rag {
    RED,
    AMBER,
    GREEN,
    BLUE,
    NOT_RATED;

    static final int CLOSE_DAYS = 30;
    static final int NOT_STARTED_WARNING_DAYS = 90;

    public static Rag derive(ActionStatus status, LocalDate deadline, LocalDate today) {
        switch (status) {
            case COMPLETE:
                return BLUE;
            case WITHDRAWN:
                return NOT_RATED;
            case BLOCKED:
                return RED;
            default:
                break;
        }
        if (deadline == null) {
            return status == ActionStatus.NOT_STARTED ? AMBER : GREEN;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0) {
            return RED;
        }
        if (status == ActionStatus.NOT_STARTED) {
            return daysLeft <= CLOSE_DAYS ? RED : daysLeft <= NOT_STARTED_WARNING_DAYS ? AMBER : GREEN;
        }
        return daysLeft <= CLOSE_DAYS && status != ActionStatus.ONGOING ? AMBER : GREEN;
    }

    public uk.councilprotocol.contracts.plans.v1.Rag toProto() {
        return uk.councilprotocol.contracts.plans.v1.Rag.valueOf(name());
    }
}
