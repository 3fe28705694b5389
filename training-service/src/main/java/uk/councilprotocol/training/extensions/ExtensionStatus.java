package uk.councilprotocol.training.extensions;

public enum ExtensionStatus {
    PENDING,
    APPROVED,
    DECLINED
}
