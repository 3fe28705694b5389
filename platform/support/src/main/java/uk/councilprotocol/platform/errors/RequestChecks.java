package uk.councilprotocol.platform.errors;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;

/**
 * Starts the checks of a request: first what its record declares with Bean Validation (required fields, lengths,
 * formats), then — on the {@link Validation} this returns — what the domain checks against data. Both end up in one
 * 400 / INVALID_ARGUMENT naming every field at fault, whichever adapter (HTTP or gRPC) the request came through.
 */
@Singleton
public class RequestChecks {
    private final Validator validator;

    public RequestChecks(Validator validator) {
        this.validator = validator;
    }

    public Validation start(Object request) {
        return Validation.start().including(ConstraintViolations.of(validator.validate(request)));
    }
}
