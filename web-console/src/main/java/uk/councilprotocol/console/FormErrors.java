package uk.councilprotocol.console;

import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

import java.util.ArrayList;
import java.util.List;

/** A service's INVALID_ARGUMENT, turned into the GOV.UK error summary's list: each field with its message. */
public final class FormErrors {
    private FormErrors() {
    }

    public record FieldError(String field, String message) {
    }

    /** @return the field errors, or rethrows anything that is not a validation failure */
    public static List<FieldError> of(StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.INVALID_ARGUMENT) {
            throw e;
        }
        List<FieldError> errors = new ArrayList<>();
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status != null) {
            for (var detail : status.getDetailsList()) {
                if (detail.is(BadRequest.class)) {
                    try {
                        detail.unpack(BadRequest.class).getFieldViolationsList()
                                .forEach(v -> errors.add(new FieldError(v.getField(), v.getDescription())));
                    } catch (com.google.protobuf.InvalidProtocolBufferException ignored) {
                        // fall through to the plain description
                    }
                }
            }
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("", e.getStatus().getDescription()));
        }
        return errors;
    }
}
