package uk.councilprotocol.training.assignments;

public enum AssignmentStatus {
    OPEN,
    COMPLETED,
    CANCELLED
}
