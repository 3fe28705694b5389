package uk.councilprotocol.console.backend;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.contracts.enquiries.v1.AbsencesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemitsGrpc;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRulesGrpc;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceGrpc;
import uk.councilprotocol.contracts.notifications.v1.FollowsGrpc;
import uk.councilprotocol.contracts.notifications.v1.NoticeTemplatesGrpc;
import uk.councilprotocol.contracts.notifications.v1.PreferencesGrpc;
import uk.councilprotocol.contracts.notifications.v1.RemindersGrpc;
import uk.councilprotocol.contracts.plans.v1.PlansGrpc;
import uk.councilprotocol.contracts.platform.v1.AuditGrpc;
import uk.councilprotocol.contracts.platform.v1.CouncilAdministrationGrpc;
import uk.councilprotocol.contracts.training.v1.BuddiesGrpc;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.CoursesGrpc;
import uk.councilprotocol.contracts.training.v1.ExtensionsGrpc;
import uk.councilprotocol.contracts.training.v1.RosterGrpc;
import uk.councilprotocol.contracts.training.v1.RulesGrpc;
import uk.councilprotocol.contracts.training.v1.SkillsAuditsGrpc;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The four services over gRPC, always as the signed-in person: their own token goes with every call, so each
 * service applies its own access rules and the console can never show more than the person may see.
 */
@Singleton
public class Backends {
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final long DEADLINE_SECONDS = 10;
    /** Every service the console calls, for the retry of their reads ({@link ReadRetries}). */
    private static final Map<String, ?> SERVICE_CONFIG = ReadRetries.serviceConfig(List.of(
            ComplianceGrpc.getServiceDescriptor(), CompletionsGrpc.getServiceDescriptor(), BuddiesGrpc.getServiceDescriptor(),
            SkillsAuditsGrpc.getServiceDescriptor(), ExtensionsGrpc.getServiceDescriptor(), RulesGrpc.getServiceDescriptor(),
            RosterGrpc.getServiceDescriptor(), CoursesGrpc.getServiceDescriptor(), EnquiriesGrpc.getServiceDescriptor(),
            RoutingRulesGrpc.getServiceDescriptor(), PlansGrpc.getServiceDescriptor(), PreferencesGrpc.getServiceDescriptor(),
            FollowsGrpc.getServiceDescriptor(), RemindersGrpc.getServiceDescriptor(), AbsencesGrpc.getServiceDescriptor(),
            BodyRemitsGrpc.getServiceDescriptor(), CouncilCalendarGrpc.getServiceDescriptor(), CouncilVoiceGrpc.getServiceDescriptor(),
            NoticeTemplatesGrpc.getServiceDescriptor(), AuditGrpc.getServiceDescriptor(), CouncilAdministrationGrpc.getServiceDescriptor()));

    private final ManagedChannel training;
    private final ManagedChannel notifications;
    private final ManagedChannel enquiries;
    private final ManagedChannel plans;

    public Backends(BackendSettings settings) {
        this.training = channel(settings.getTraining(), settings.isTls());
        this.notifications = channel(settings.getNotifications(), settings.isTls());
        this.enquiries = channel(settings.getEnquiries(), settings.isTls());
        this.plans = channel(settings.getPlans(), settings.isTls());
    }

    public ComplianceGrpc.ComplianceBlockingStub compliance(Session session) {
        return as(session, ComplianceGrpc.newBlockingStub(training));
    }

    public CompletionsGrpc.CompletionsBlockingStub completions(Session session) {
        return as(session, CompletionsGrpc.newBlockingStub(training));
    }

    public BuddiesGrpc.BuddiesBlockingStub buddies(Session session) {
        return as(session, BuddiesGrpc.newBlockingStub(training));
    }

    public SkillsAuditsGrpc.SkillsAuditsBlockingStub skillsAudits(Session session) {
        return as(session, SkillsAuditsGrpc.newBlockingStub(training));
    }

    public ExtensionsGrpc.ExtensionsBlockingStub extensions(Session session) {
        return as(session, ExtensionsGrpc.newBlockingStub(training));
    }

    public RulesGrpc.RulesBlockingStub rules(Session session) {
        return as(session, RulesGrpc.newBlockingStub(training));
    }

    public RosterGrpc.RosterBlockingStub roster(Session session) {
        return as(session, RosterGrpc.newBlockingStub(training));
    }

    public CoursesGrpc.CoursesBlockingStub courses(Session session) {
        return as(session, CoursesGrpc.newBlockingStub(training));
    }

    public EnquiriesGrpc.EnquiriesBlockingStub enquiries(Session session) {
        return as(session, EnquiriesGrpc.newBlockingStub(enquiries));
    }

    /** The Hub's routing rules (enquiries-service). */
    public RoutingRulesGrpc.RoutingRulesBlockingStub routingRules(Session session) {
        return as(session, RoutingRulesGrpc.newBlockingStub(enquiries));
    }

    public PlansGrpc.PlansBlockingStub plans(Session session) {
        return as(session, PlansGrpc.newBlockingStub(plans));
    }

    public PreferencesGrpc.PreferencesBlockingStub preferences(Session session) {
        return as(session, PreferencesGrpc.newBlockingStub(notifications));
    }

    public FollowsGrpc.FollowsBlockingStub follows(Session session) {
        return as(session, FollowsGrpc.newBlockingStub(notifications));
    }

    public RemindersGrpc.RemindersBlockingStub reminders(Session session) {
        return as(session, RemindersGrpc.newBlockingStub(notifications));
    }

    /** Officers' absences and who covers them (enquiries-service). */
    public AbsencesGrpc.AbsencesBlockingStub absences(Session session) {
        return as(session, AbsencesGrpc.newBlockingStub(enquiries));
    }

    /** Each body's remit, for co-opted members' enquiries (enquiries-service). */
    public BodyRemitsGrpc.BodyRemitsBlockingStub bodyRemits(Session session) {
        return as(session, BodyRemitsGrpc.newBlockingStub(enquiries));
    }

    /** The council's own working calendar (enquiries-service). */
    public CouncilCalendarGrpc.CouncilCalendarBlockingStub councilCalendar(Session session) {
        return as(session, CouncilCalendarGrpc.newBlockingStub(enquiries));
    }

    /** How the council's emails speak (notifications-service). */
    public CouncilVoiceGrpc.CouncilVoiceBlockingStub councilVoice(Session session) {
        return as(session, CouncilVoiceGrpc.newBlockingStub(notifications));
    }

    public NoticeTemplatesGrpc.NoticeTemplatesBlockingStub noticeTemplates(Session session) {
        return as(session, NoticeTemplatesGrpc.newBlockingStub(notifications));
    }

    /** Each service's audit log, by service name: every service keeps its own. */
    public Map<String, AuditGrpc.AuditBlockingStub> audit(Session session) {
        return everyService(session, AuditGrpc::newBlockingStub);
    }

    /** Each service's part in a council's data and life on the deployment, by service name. */
    public Map<String, CouncilAdministrationGrpc.CouncilAdministrationBlockingStub> councils(Session session) {
        return everyService(session, CouncilAdministrationGrpc::newBlockingStub);
    }

    private <S extends AbstractStub<S>> Map<String, S> everyService(Session session, Function<Channel, S> stub) {
        Map<String, S> stubs = new LinkedHashMap<>();
        stubs.put("training", as(session, stub.apply(training)));
        stubs.put("notifications", as(session, stub.apply(notifications)));
        stubs.put("enquiries", as(session, stub.apply(enquiries)));
        stubs.put("plans", as(session, stub.apply(plans)));
        return stubs;
    }

    private static <S extends AbstractStub<S>> S as(Session session, S stub) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + session.accessToken());
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    private static ManagedChannel channel(String target, boolean tls) {
        ManagedChannelBuilder<?> builder = ManagedChannelBuilder.forTarget(target)
                .defaultServiceConfig(SERVICE_CONFIG).enableRetry().maxRetryAttempts(ReadRetries.MAX_ATTEMPTS);
        return (tls ? builder.useTransportSecurity() : builder.usePlaintext()).build();
    }

    @PreDestroy
    void close() {
        List.of(training, notifications, enquiries, plans).forEach(ManagedChannel::shutdownNow);
    }
}
