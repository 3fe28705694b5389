package uk.councilprotocol.plans.tree;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.plans.v1.Evidence;
import uk.councilprotocol.contracts.plans.v1.PlanSummary;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.ActionProtos;
import uk.councilprotocol.plans.actions.EvidenceLink;
import uk.councilprotocol.plans.evidence.EvidenceReader;
import uk.councilprotocol.plans.evidence.EvidenceReading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.Theme;
import uk.councilprotocol.plans.plan.Outcome;
import uk.councilprotocol.plans.plan.Recommendation;

/** A plan and its actions as the API shows them, with RAG as of today and live evidence read once per measure. */
@Singleton
public class PlanProtos {
    private final EvidenceReader evidence;
    private final Clock clock;

    public PlanProtos(EvidenceReader evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    public uk.councilprotocol.contracts.plans.v1.Plan plan(PlanTree tree) {
        Map<String, EvidenceReading> read = new HashMap<>();
        Plan plan = tree.plan();
        var proto = uk.councilprotocol.contracts.plans.v1.Plan.newBuilder()
                .setId(plan.id().toString()).setTitle(plan.title()).setCouncil(Protos.orEmpty(plan.councilName()))
                .setAdoptedOn(Protos.orEmpty(plan.adoptedOn())).setSourceBody(Protos.orEmpty(plan.sourceBody()))
                .setProgressPercent(tree.planProgress());
        for (Theme theme : tree.themes()) {
            var themeProto = uk.councilprotocol.contracts.plans.v1.Theme.newBuilder()
                    .setId(theme.id().toString()).setName(theme.name()).setDescription(Protos.orEmpty(theme.description()))
                    .setLeadName(Protos.orEmpty(theme.leadName())).setLeadPersonId(Protos.orEmpty(theme.leadPersonId()))
                    .setProgressPercent(tree.themeProgress(theme));
            tree.actionsOf(theme).forEach(a -> themeProto.addActions(action(tree, a, read)));
            proto.addThemes(themeProto);
        }
        return proto.build();
    }

    public uk.councilprotocol.contracts.plans.v1.Action action(PlanTree tree, Action action) {
        return action(tree, action, new HashMap<>());
    }

    public PlanSummary summary(PlanTree tree) {
        Plan plan = tree.plan();
        return PlanSummary.newBuilder().setId(plan.id().toString()).setTitle(plan.title())
                .setCouncil(Protos.orEmpty(plan.councilName())).setAdoptedOn(Protos.orEmpty(plan.adoptedOn()))
                .setActions(tree.actions().size()).setProgressPercent(tree.planProgress()).build();
    }

    private uk.councilprotocol.contracts.plans.v1.Action action(PlanTree tree, Action a, Map<String, EvidenceReading> read) {
        LocalDate today = LocalDate.now(clock);
        Theme theme = tree.themes().stream().filter(t -> t.id().equals(a.themeId())).findFirst().orElseThrow();
        Recommendation recommendation = tree.recommendationOf(a);
        Outcome outcome = tree.outcomeOf(a);
        var proto = uk.councilprotocol.contracts.plans.v1.Action.newBuilder()
                .setId(a.id().toString()).setPlanId(a.planId().toString()).setTheme(theme.name())
                .setOutcome(outcome == null ? "" : outcome.text())
                .setRecommendation(recommendation == null ? "" : recommendation.text())
                .setRecommendationSource(recommendation == null ? "" : recommendation.source().name())
                .setReference(Protos.orEmpty(a.reference())).setText(a.text()).setOwner(ActionProtos.owner(a))
                .setCabinetLead(Protos.orEmpty(a.cabinetLead())).setSponsor(Protos.orEmpty(a.sponsor()))
                .setDue(ActionProtos.due(a.due())).setStatus(a.status().toProto()).setProgressPercent(a.progressPercent())
                .setRag(a.rag(today).toProto()).setRagOverridden(a.ragOverride() != null)
                .setRagReason(Protos.orEmpty(a.ragReason()));
        tree.milestonesOf(a).forEach(m -> proto.addMilestones(ActionProtos.milestone(m)));
        tree.updatesOf(a).forEach(p -> proto.addProgress(ActionProtos.progress(p, tree.revisionsOf(p))));
        EvidenceLink link = tree.evidence().get(a.id());
        if (link != null) {
            EvidenceReading reading = evidence.read(link, read);
            proto.setEvidence(Evidence.newBuilder().setMeasure(link.measure().name())
                    .setCourseCode(Protos.orEmpty(link.courseCode())).setGroupBy(Protos.orEmpty(link.groupBy()))
                    .setGroup(Protos.orEmpty(link.groupValue())).setLabel(reading.describedAs()).setValue(reading.value())
                    .setAvailable(reading.available()).setReadAt(Protos.orEmpty(reading.readAt())));
        }
        return proto.build();
    }
}
