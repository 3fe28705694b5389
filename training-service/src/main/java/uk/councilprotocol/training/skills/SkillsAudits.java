package uk.councilprotocol.training.skills;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswered;
import uk.councilprotocol.contracts.training.v1.SkillsAuditPublished;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.training.assignments.AssignmentPlanner;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.assignments.AssignmentStatus;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseRepository;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonKind;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The skills audit of councillors (the council's plan asks for one regularly, to use their skills and to train where
 * they lack them): HR publishes the skills and the level the council needs in each; each councillor rates themselves
 * from 1 to 4 while it is open; a rating below the level needed is a gap, which assigns the skill's course (due
 * {@code gapDueDays} after the answer, and reminded as any assignment) or suggests it. HR sees the matrix.
 */
@Singleton
public class SkillsAudits {
    static final String AGGREGATE = "skills-audit";
    static final int DEFAULT_GAP_DUE_DAYS = 60;
    static final int MAX_SKILLS = 30;

    private final SkillsAuditRepositories.Audits audits;
    private final SkillsAuditRepositories.Skills skills;
    private final SkillsAuditRepositories.Ratings ratings;
    private final PersonRepository people;
    private final CourseRepository courses;
    private final AssignmentRepository assignments;
    private final AssignmentPlanner planner;
    private final Outbox outbox;
    private final Clock clock;

    public SkillsAudits(SkillsAuditRepositories.Audits audits, SkillsAuditRepositories.Skills skills,
                        SkillsAuditRepositories.Ratings ratings, PersonRepository people, CourseRepository courses,
                        AssignmentRepository assignments, AssignmentPlanner planner, Outbox outbox, Clock clock) {
        this.audits = audits;
        this.skills = skills;
        this.ratings = ratings;
        this.people = people;
        this.courses = courses;
        this.assignments = assignments;
        this.planner = planner;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AuditView publish(PublishAsk ask, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN);
        Validation check = Validation.start();
        String title = Validation.optional(ask.title());
        if (title == null) {
            check.reject("title", "is required, such as \"Councillors' skills and experience 2027\"");
        } else if (title.length() > 200) {
            check.reject("title", "is longer than 200 characters");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate closesOn = check.date("closes_on", ask.closesOn(), true);
        if (closesOn != null && closesOn.isBefore(today)) {
            check.reject("closes_on", closesOn + " has passed: councillors need time to answer");
        }
        int gapDueDays = ask.gapDueDays() == null || ask.gapDueDays() == 0 ? DEFAULT_GAP_DUE_DAYS : ask.gapDueDays();
        if (gapDueDays < 1 || gapDueDays > 365) {
            check.reject("gap_due_days", "must be from 1 to 365 days");
        }
        UUID id = UUID.randomUUID();
        List<AuditSkill> asked = skillsOf(id, ask.skills(), check);
        check.throwIfInvalid();
        SkillsAudit audit = audits.save(new SkillsAudit(id, title, closesOn, gapDueDays, caller.subject(), clock.instant()));
        skills.saveAll(asked);
        AuditView view = new AuditView(audit, asked, true);
        outbox.append(AGGREGATE, id.toString(), SkillsAuditPublished.newBuilder().setAudit(view.toProto()).build());
        return view;
    }

    private List<AuditSkill> skillsOf(UUID auditId, List<PublishAsk.SkillAsk> asked, Validation check) {
        if (asked == null || asked.isEmpty()) {
            check.reject("skills", "are required: at least one skill to rate");
            return List.of();
        }
        if (asked.size() > MAX_SKILLS) {
            check.reject("skills", "are more than " + MAX_SKILLS + ": split them into two audits");
            return List.of();
        }
        Map<String, Course> known = courses.findAll().stream().collect(Collectors.toMap(Course::code, c -> c));
        Set<String> names = new HashSet<>();
        List<AuditSkill> found = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            PublishAsk.SkillAsk skill = asked.get(i) == null ? new PublishAsk.SkillAsk(null, null, null, null, null) : asked.get(i);
            String field = "skills[" + i + "].";
            String name = Validation.optional(skill.name());
            if (name == null) {
                check.reject(field + "name", "is required");
            } else if (name.length() > 200) {
                check.reject(field + "name", "is longer than 200 characters");
            } else if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                check.reject(field + "name", "'" + name + "' is asked twice");
            }
            Integer level = skill.neededLevel();
            if (level == null || level < 1 || level > 4) {
                check.reject(field + "needed_level", "must be from 1 (new to this) to 4 (could help others)");
            }
            String courseCode = Validation.optional(skill.courseCode());
            boolean requires = Boolean.TRUE.equals(skill.gapRequiresCourse());
            if (courseCode != null && (!known.containsKey(courseCode) || !known.get(courseCode).active())) {
                check.reject(field + "course_code", "no course in the catalogue has the code " + courseCode);
            } else if (courseCode == null && requires) {
                check.reject(field + "course_code", "is required when a gap requires the course");
            }
            String description = Objects.toString(Validation.optional(skill.description()), "");
            found.add(new AuditSkill(UUID.randomUUID(), auditId, i, name, description, level == null ? 0 : level, courseCode, requires));
        }
        return found;
    }

    /** Every audit, newest first: anyone of the council may read the questions. */
    @Transactional(readOnly = true)
    public List<AuditView> list(Caller caller) {
        List<SkillsAudit> all = audits.newestFirst();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AuditSkill>> asked = skills.of(all.stream().map(SkillsAudit::id).toList()).stream()
                .collect(Collectors.groupingBy(AuditSkill::auditId));
        LocalDate today = LocalDate.now(clock);
        return all.stream().map(a -> new AuditView(a, asked.getOrDefault(a.id(), List.of()), a.openOn(today))).toList();
    }

    /**
     * A councillor's answers, replacing any they gave before. A gap whose course is required is assigned, unless
     * the councillor already has it open (answering twice assigns nothing twice).
     */
    @Transactional
    public AnswersView answer(String auditId, AnswerAsk ask, Caller caller) {
        Person councillor = people.findById(Objects.toString(caller.personId(), ""))
                .filter(p -> p.kind() == PersonKind.COUNCILLOR && p.active())
                .orElseThrow(() -> new ForbiddenException("only a serving councillor answers a skills audit"));
        AuditView audit = view(auditId);
        Validation check = Validation.start();
        Map<Integer, Integer> levels = levelsOf(ask, audit.skills(), check);
        check.throwIfInvalid();
        if (!audit.open()) {
            throw new ConflictException("the audit closed on " + audit.audit().closesOn());
        }
        Instant now = clock.instant();
        ratings.forget(audit.audit().id(), councillor.id());
        List<SkillRating> saved = new ArrayList<>();
        levels.forEach((position, level) -> saved.add(new SkillRating(UUID.randomUUID(), audit.audit().id(), councillor.id(),
                position, level, now)));
        ratings.saveAll(saved);
        AnswersView answers = new AnswersView(audit.audit().id(), councillor.id(), councillor.fullName(), saved,
                gaps(audit, councillor, saved, true), now);
        outbox.append(AssignmentPlanner.AGGREGATE, councillor.id(), SkillsAuditAnswered.newBuilder()
                .setAuditTitle(audit.audit().title()).setAnswers(answers.toProto()).build());
        return answers;
    }

    private static Map<Integer, Integer> levelsOf(AnswerAsk ask, List<AuditSkill> asked, Validation check) {
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        List<AnswerAsk.Rating> given = ask.ratings() == null ? List.of() : ask.ratings();
        for (int i = 0; i < given.size(); i++) {
            AnswerAsk.Rating rating = given.get(i);
            String field = "ratings[" + i + "].";
            Integer position = rating == null ? null : rating.position();
            Integer level = rating == null ? null : rating.level();
            if (position == null || position < 0 || position >= asked.size()) {
                check.reject(field + "position", "is not one of the audit's skills (0 to " + (asked.size() - 1) + ")");
            } else if (levels.containsKey(position)) {
                check.reject(field + "position", "rates '" + asked.get(position).name() + "' twice");
            } else if (level == null || level < 1 || level > 4) {
                check.reject(field + "level", "must be from 1 (new to this) to 4 (could help others) for '"
                        + asked.get(position).name() + "'");
            } else {
                levels.put(position, level);
            }
        }
        List<String> missing = asked.stream().filter(s -> !levels.containsKey(s.position())).map(AuditSkill::name).toList();
        if (check.ok() && !missing.isEmpty()) {
            check.reject("ratings", "rate every skill: " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not rated");
        }
        return levels;
    }

    /** The caller's own answers, with their gaps. */
    @Transactional(readOnly = true)
    public AnswersView mine(String auditId, Caller caller) {
        AuditView audit = view(auditId);
        List<SkillRating> own = ratings.of(audit.audit().id(), Objects.toString(caller.personId(), ""));
        Person person = own.isEmpty() ? null : people.findById(caller.personId()).orElse(null);
        if (person == null) {
            throw new NotFoundException("Your answers to the skills audit", auditId);
        }
        return new AnswersView(audit.audit().id(), person.id(), person.fullName(), own, gaps(audit, person, own, false),
                own.get(0).answeredAt());
    }

    /** HR, the administrator and the Monitoring Officer's team: every councillor's answers and who has not answered. */
    @Transactional(readOnly = true)
    public MatrixView matrix(String auditId, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN, Roles.STANDARDS);
        AuditView audit = view(auditId);
        Map<String, List<SkillRating>> byPerson = ratings.of(audit.audit().id()).stream()
                .collect(Collectors.groupingBy(SkillRating::personId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Person> answered = byPerson.isEmpty() ? Map.of() : people.findByIdIn(List.copyOf(byPerson.keySet())).stream()
                .collect(Collectors.toMap(Person::id, p -> p));
        List<AnswersView> answers = byPerson.entrySet().stream()
                .map(e -> new AnswersView(audit.audit().id(), e.getKey(), answered.get(e.getKey()).fullName(), e.getValue(),
                        gaps(audit, answered.get(e.getKey()), e.getValue(), false), e.getValue().get(0).answeredAt()))
                .sorted(java.util.Comparator.comparing(AnswersView::personName))
                .toList();
        List<String> notAnswered = people.findCouncillorsJoinedBy(LocalDate.now(clock)).stream()
                .filter(p -> !byPerson.containsKey(p.id())).map(Person::fullName).toList();
        return new MatrixView(audit, answers, notAnswered);
    }

    /**
     * The skills rated below the level needed. Answering ({@code assign}) assigns a required course the councillor
     * does not already have open; reading reports the open assignment's due date.
     */
    private List<SkillGap> gaps(AuditView audit, Person person, List<SkillRating> given, boolean assign) {
        Map<Integer, Integer> levels = given.stream().collect(Collectors.toMap(SkillRating::position, SkillRating::level));
        List<SkillGap> gaps = new ArrayList<>();
        for (AuditSkill skill : audit.skills()) {
            int level = levels.getOrDefault(skill.position(), skill.neededLevel());
            if (level >= skill.neededLevel()) {
                continue;
            }
            String outcome = skill.courseCode() == null ? SkillGap.NO_COURSE
                    : skill.gapRequiresCourse() ? SkillGap.REQUIRED : SkillGap.SUGGESTED;
            LocalDate due = null;
            if (outcome.equals(SkillGap.REQUIRED)) {
                due = assignments.findByPersonIdAndCourseCodeAndStatus(person.id(), skill.courseCode(), AssignmentStatus.OPEN)
                        .map(a -> a.dueDate())
                        .orElseGet(() -> assign ? planner.create(person, courses.findById(skill.courseCode()).orElseThrow(),
                                LocalDate.now(clock).plusDays(audit.audit().gapDueDays()),
                                "skills audit: " + audit.audit().title()).dueDate() : null);
            }
            gaps.add(new SkillGap(skill.position(), skill.name(), level, skill.neededLevel(), skill.courseCode(), outcome, due));
        }
        return gaps;
    }

    private AuditView view(String auditId) {
        SkillsAudit audit = audits.findById(Validation.id("audit_id", auditId))
                .orElseThrow(() -> new NotFoundException("Skills audit", auditId));
        return new AuditView(audit, skills.of(List.of(audit.id())), audit.openOn(LocalDate.now(clock)));
    }
}
