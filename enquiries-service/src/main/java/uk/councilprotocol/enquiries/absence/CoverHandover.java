package uk.councilprotocol.enquiries.absence;

import uk.councilprotocol.platform.security.Caller;

/**
 * Protocol 9.1.6: when an absence starts, the absent officer's open enquiries go to their cover. Absence decides when;
 * whoever keeps the enquiries ({@code hub}) moves them, so absence never depends on how enquiries are kept.
 */
public interface CoverHandover {

    /** Moves the absent officer's part of every open enquiry to the cover; returns how many moved. */
    int coverFor(String absentOfficer, String coverOfficer, Caller caller);
}
