package uk.councilprotocol.plans.evidence;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalytics;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsGroup;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsRequest;
import uk.councilprotocol.contracts.training.v1.ComplianceDimension;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.ComplianceGroup;
import uk.councilprotocol.contracts.training.v1.ComplianceSummary;
import uk.councilprotocol.contracts.training.v1.GetComplianceSummaryRequest;
import uk.councilprotocol.platform.resilience.ResilientCalls;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.ServiceToken;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tracing.GrpcTracing;
import uk.councilprotocol.plans.actions.EvidenceLink;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads the live figure behind an action — a course's completion by a group from training-service, or the
 * share of Councillor enquiries answered on time from enquiries-service — over gRPC with this service's own
 * token, through Resilience4j. When the other service cannot answer the figure is reported unavailable; the
 * page or report that asked still renders.
 */
@Singleton
public class EvidenceReader {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceReader.class);
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ResilientCalls calls;
    private final ServiceToken token;
    private final Councils councils;
    private final Clock clock;
    private final ManagedChannel training;
    private final ManagedChannel enquiries;

    public EvidenceReader(EvidenceSettings settings, ResilientCalls calls, ServiceToken token, Clock clock, Councils councils,
                          GrpcTracing.TracingClientInterceptor tracing) {
        this.calls = calls;
        this.token = token;
        this.councils = councils;
        this.clock = clock;
        this.training = channel(settings.getTrainingTarget(), settings.isTls(), tracing);
        this.enquiries = channel(settings.getEnquiriesTarget(), settings.isTls(), tracing);
    }

    /** Reads each distinct measure once, however many actions of a report link to it. */
    public EvidenceReading read(EvidenceLink link, Map<String, EvidenceReading> alreadyRead) {
        String key = link.measure() + "|" + link.courseCode() + "|" + link.groupBy() + "|" + link.groupValue();
        return alreadyRead.computeIfAbsent(key, k -> read(link));
    }

    public EvidenceReading read(EvidenceLink link) {
        String label = label(link);
        try {
            return switch (link.measure()) {
                case COURSE_COMPLETION -> courseCompletion(link, label);
                case ENQUIRIES_ON_TIME -> enquiriesOnTime(link, label);
            };
        } catch (Exception e) {
            LOG.warn("Could not read {}: {}", label, e.toString());
            return EvidenceReading.unavailable(label, link.measure() == EvidenceLink.Measure.COURSE_COMPLETION
                    ? "training-service did not answer" : "enquiries-service did not answer");
        }
    }

    private EvidenceReading courseCompletion(EvidenceLink link, String label) throws Exception {
        ComplianceSummary summary = calls.call("training", () -> withToken(ComplianceGrpc.newBlockingStub(training))
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .getComplianceSummary(GetComplianceSummaryRequest.newBuilder().setCourseCode(link.courseCode())
                        .setGroupBy(ComplianceDimension.valueOf(link.groupBy().toUpperCase(Locale.ROOT))).build()));
        Optional<ComplianceGroup> group = summary.getGroupsList().stream()
                .filter(g -> g.getGroup().equalsIgnoreCase(link.groupValue())).findFirst();
        if (group.isEmpty()) {
            return EvidenceReading.unavailable(label, "nobody in that group is required to do the course");
        }
        ComplianceGroup g = group.get();
        return reading(label, g.getPercentComplete(), String.format(Locale.UK, "%s: %.0f%% complete (%d of %d)",
                label, g.getPercentComplete(), g.getDone(), g.getRequired()));
    }

    private EvidenceReading enquiriesOnTime(EvidenceLink link, String label) throws Exception {
        boolean oneDepartment = link.groupValue() != null && !link.groupValue().isBlank();
        EnquiryAnalytics analytics = calls.call("enquiries", () -> withToken(EnquiriesGrpc.newBlockingStub(enquiries))
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .getEnquiryAnalytics(EnquiryAnalyticsRequest.newBuilder().setGroupBy("department").build()));
        int answered = 0;
        double onTime = 0;
        for (EnquiryAnalyticsGroup g : analytics.getGroupsList()) {
            if (!oneDepartment || g.getGroup().equalsIgnoreCase(link.groupValue())) {
                answered += g.getAnswered();
                onTime += g.getPercentAnsweredOnTime() * g.getAnswered() / 100.0;
            }
        }
        if (answered == 0) {
            return EvidenceReading.unavailable(label, "no enquiry has been answered yet");
        }
        double percent = 100.0 * onTime / answered;
        return reading(label, percent, String.format(Locale.UK, "%s: %.0f%% answered within 10 working days (%d answered)",
                label, percent, answered));
    }

    private EvidenceReading reading(String label, double value, String describedAs) {
        return new EvidenceReading(label, Math.round(value * 10) / 10.0, true, clock.instant(), describedAs);
    }

    private <S extends AbstractStub<S>> S withToken(S stub) throws Exception {
        Optional<String> bearer = token.current();
        if (bearer.isEmpty()) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + bearer.get());
        headers.put(GrpcAuthentication.COUNCIL, councils.current());   // the figures of the plan's own council
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    static String label(EvidenceLink link) {
        if (link.measure() == EvidenceLink.Measure.ENQUIRIES_ON_TIME) {
            return "Councillor enquiries" + (link.groupValue() == null || link.groupValue().isBlank() ? "" : ", " + link.groupValue());
        }
        return words(link.courseCode()) + ", " + words(link.groupValue());
    }

    /** "NOLAN_PRINCIPLES" → "Nolan Principles"; "group-leader" → "group leader". */
    private static String words(String code) {
        if (code == null) {
            return "";
        }
        if (code.equals(code.toUpperCase(Locale.ROOT))) {
            StringBuilder out = new StringBuilder();
            for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return out.toString();
        }
        return code.replace('-', ' ');
    }

    /** The report's reading is part of its trace: each call passes it on (traceparent). */
    private static ManagedChannel channel(String target, boolean tls, GrpcTracing.TracingClientInterceptor tracing) {
        ManagedChannelBuilder<?> builder = ManagedChannelBuilder.forTarget(target).intercept(tracing.delegate());
        return (tls ? builder.useTransportSecurity() : builder.usePlaintext()).build();
    }

    @PreDestroy
    void close() {
        training.shutdownNow();
        enquiries.shutdownNow();
    }
}
