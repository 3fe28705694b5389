package uk.councilprotocol.plans.actions;

/** Where an action stands, each with the progress it counts for when nobody gives a figure. */
public enum ActionStatus {
    NOT_STARTED(0),
    IN_PROGRESS(50),
    ONGOING(50),
    COMPLETE(100),
    BLOCKED(25),
    WITHDRAWN(0);

    private final int defaultProgress;

    ActionStatus(int defaultProgress) {
        this.defaultProgress = defaultProgress;
    }

    public int defaultProgress() {
        return defaultProgress;
    }

    /** Complete or withdrawn: no more reminders, never overdue. */
    public boolean closed() {
        return this == COMPLETE || this == WITHDRAWN;
    }

    public uk.councilprotocol.contracts.plans.v1.ActionStatus toProto() {
        return uk.councilprotocol.contracts.plans.v1.ActionStatus.valueOf(name());
    }
}
