package uk.councilprotocol.notifications.enquiries;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineAgreed;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReclassified;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReopened;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryResponded;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRecorded;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.util.List;

@Singleton
public class EnquiryEventsSubscription implements EventSubscription {
    private final EventRoutes routes;

    public EnquiryEventsSubscription(EnquiryNotices notices) {
        this.routes = new EventRoutes()
                .on(EnquiryLogged.getDefaultInstance(), notices::onLogged)
                .on(uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned.getDefaultInstance(), notices::onAssigned)
                .on(HoldingReplyRecorded.getDefaultInstance(), notices::onHoldingReply)
                .on(AlternativeDeadlineAgreed.getDefaultInstance(), notices::onAlternativeAgreed)
                .on(EnquiryReopened.getDefaultInstance(), notices::onReopened)
                .on(EnquiryResponded.getDefaultInstance(), notices::onResponded)
                .on(EnquiryReclassified.getDefaultInstance(), notices::onReclassified)
                .on(uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated.getDefaultInstance(), notices::onEscalated);
    }

    @Override
    public String name() {
        return "notifications-service.enquiries";
    }

    @Override
    public List<String> topics() {
        return List.of("enquiries.events.v1");
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
