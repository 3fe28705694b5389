package uk.councilprotocol.training.compliance;

/** Where a person stands on one required course today. */
public enum ComplianceState {
    DONE,
    DUE,
    OVERDUE
}
