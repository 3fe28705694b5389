package uk.councilprotocol.enquiries.hub;

import uk.councilprotocol.platform.audit.AuditLog;
import uk.councilprotocol.platform.paging.Paged;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.enquiries.councillors.Councillor;
import uk.councilprotocol.enquiries.councillors.CouncillorRepository;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enquiries a caller may see, a page at a time in deadline order: the Hub's board and a department's queue.
 * Filters, search and counting happen in the database ({@link BoardRepository}); only the page's enquiries are
 * then read with their assignments, deadline changes and councillor.
 */
@Singleton
public class EnquiryBoard {
    public static final int DEFAULT_PAGE = 100;
    public static final int LARGEST_PAGE = 500;
    /** An open enquiry due within this many days is "due soon" (the board's amber tag). */
    public static final int DUE_SOON_DAYS = 3;
    static final Set<String> STATES = Set.of("open", "due-soon", "overdue", "answered", "complaint");

    private final BoardRepository board;
    private final EnquiryAssignmentRepository assignments;
    private final DeadlineChangeRepository changes;
    private final CouncillorRepository councillors;
    private final EnquiryViews views;
    private final AuditLog audit;
    private final Clock clock;

    public EnquiryBoard(BoardRepository board, EnquiryAssignmentRepository assignments, DeadlineChangeRepository changes,
                        CouncillorRepository councillors, EnquiryViews views, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.board = board;
        this.assignments = assignments;
        this.changes = changes;
        this.councillors = councillors;
        this.views = views;
        this.clock = clock;
    }

    /** What to show: each value exact as the board's choices give it, blank for any; {@code text} is a search. */
    public record Filter(boolean overdueOnly, boolean includeResponded, @Nullable String department, @Nullable String ward,
                         @Nullable String councillor, @Nullable String category, @Nullable String state, @Nullable String text) {
    }

    /** The board's choices for each filter, from everything the caller may see. */
    public record Choices(List<String> departments, List<String> wards, List<String> councillors, List<String> categories) {
    }

    /**
     * One page of the board; a page that shows confidential enquiries is audited as a single read is, in one entry
     * naming them all ({@code from}: the caller's address).
     */
    @Transactional
    public Paged<EnquiryView> page(Filter filter, PageRequest page, Caller caller, String from) {
        String state = blank(filter.state());
        if (!state.isEmpty() && !STATES.contains(state)) {
            throw InvalidInputException.of("state",
                    "'" + state + "' is not one of open, due-soon, overdue, answered, complaint");
        }
        Instant now = clock.instant();
        LocalDate dueSoon = LocalDate.now(clock).plusDays(DUE_SOON_DAYS);
        Scope scope = Scope.of(caller);
        String pattern = PageRequest.containing(filter.text()).toLowerCase(Locale.ROOT);
        int total = board.count(scope.hub(), scope.personId(), scope.departments(), filter.includeResponded(), filter.overdueOnly(),
                now, dueSoon, blank(filter.department()), blank(filter.ward()), blank(filter.councillor()), blank(filter.category()),
                state, pattern);
        List<Enquiry> found = board.page(scope.hub(), scope.personId(), scope.departments(), filter.includeResponded(),
                filter.overdueOnly(), now, dueSoon, blank(filter.department()), blank(filter.ward()), blank(filter.councillor()),
                blank(filter.category()), state, pattern, page.size(), page.offset());
        List<String> confidential = found.stream().filter(Enquiry::confidential).map(Enquiry::reference).toList();
        if (!confidential.isEmpty()) {
            audit.record(caller, "listed confidential enquiries", String.join(" ", confidential), "200", from);
        }
        return page.answer(viewsOf(found, caller), total);
    }

    @Transactional
    public Choices choices(Caller caller) {
        Scope scope = Scope.of(caller);
        return new Choices(board.departments(scope.hub(), scope.personId(), scope.departments()),
                board.wards(scope.hub(), scope.personId(), scope.departments()),
                board.councillors(scope.hub(), scope.personId(), scope.departments()),
                board.categories(scope.hub(), scope.personId(), scope.departments()));
    }

    private List<EnquiryView> viewsOf(List<Enquiry> found, Caller caller) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(Enquiry::id).toList();
        Map<UUID, List<EnquiryAssignment>> assigned = assignments.findByEnquiryIdInOrderByAssignedAt(ids).stream()
                .collect(Collectors.groupingBy(EnquiryAssignment::enquiryId));
        Map<UUID, List<DeadlineChange>> moved = changes.findByEnquiryIdInOrderByRecordedAt(ids).stream()
                .collect(Collectors.groupingBy(DeadlineChange::enquiryId));
        Map<String, Councillor> raisedBy = councillors.findByPersonIdIn(found.stream().map(Enquiry::councillorId).distinct().toList())
                .stream().collect(Collectors.toMap(Councillor::personId, Function.identity()));
        return found.stream().map(e -> views.view(e, assigned.getOrDefault(e.id(), List.of()), moved.getOrDefault(e.id(), List.of()),
                raisedBy.get(e.councillorId()), caller)).toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    /** {@link EnquiryAccess}'s rule as the query's parameters. */
    private record Scope(boolean hub, String personId, List<String> departments) {
        static Scope of(Caller caller) {
            return new Scope(EnquiryAccess.isHub(caller), caller.personId() == null ? "" : caller.personId(),
                    caller.departments().isEmpty() ? List.of("") : List.copyOf(caller.departments()));
        }
    }
}
