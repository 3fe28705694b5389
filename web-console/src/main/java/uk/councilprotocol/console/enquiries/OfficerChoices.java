package uk.councilprotocol.console.enquiries;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.contracts.enquiries.v1.ListOfficersRequest;
import uk.councilprotocol.contracts.enquiries.v1.OfficerEntry;

import java.util.List;

/**
 * The officers a form's roster-id boxes offer by name (the page's {@code officers} datalist): every department's for
 * the Hub, a department's own for its officers. Anyone else gets none, and types the id as before.
 */
final class OfficerChoices {
    private OfficerChoices() {
    }

    static List<OfficerEntry> of(Backends backends, Session session) {
        try {
            return backends.enquiries(session).listOfficers(ListOfficersRequest.getDefaultInstance()).getOfficersList();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.PERMISSION_DENIED) {
                throw e;
            }
            return List.of();
        }
    }
}
