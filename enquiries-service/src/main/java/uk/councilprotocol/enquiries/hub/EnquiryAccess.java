package uk.councilprotocol.enquiries.hub;

import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.Arrays;
import java.util.List;

/**
 * Who sees what of an enquiry. The Hub and the assigned department(s) see all of it, constituent details
 * included; the councillor who raised it and those on its circulation list (9.1.14) see it without the
 * constituent's personal data; nobody else sees it.
 */
final class EnquiryAccess {
    private EnquiryAccess() {
    }

    static boolean isHub(Caller caller) {
        return caller.hasAny(Roles.HUB, Roles.ADMIN);
    }

    static boolean isAssignedDepartment(Caller caller, List<EnquiryAssignment> assignments) {
        return assignments.stream().anyMatch(a -> caller.actsFor(a.department()));
    }

    static boolean seesPersonalData(Caller caller, List<EnquiryAssignment> assignments) {
        return isHub(caller) || isAssignedDepartment(caller, assignments);
    }

    static boolean seesEnquiry(Caller caller, Enquiry enquiry, List<EnquiryAssignment> assignments) {
        return seesPersonalData(caller, assignments) || caller.is(enquiry.councillorId())
                || Arrays.asList(enquiry.circulation()).contains(caller.personId());
    }
}
