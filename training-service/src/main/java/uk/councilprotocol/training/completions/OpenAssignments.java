package uk.councilprotocol.training.completions;

import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.assignments.AssignmentStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open assignments by person and course: asked of the database each time for a single call; for a batch read at
 * its start for all its people and then kept here as the batch changes them, since the batch writes its changes
 * only at its end ({@link CompletionWrites}).
 */
final class OpenAssignments {
    private final AssignmentRepository assignments;
    private final Map<String, Assignment> byPersonAndCourse;   // null: ask the database

    private OpenAssignments(AssignmentRepository assignments, Map<String, Assignment> byPersonAndCourse) {
        this.assignments = assignments;
        this.byPersonAndCourse = byPersonAndCourse;
    }

    static OpenAssignments direct(AssignmentRepository assignments) {
        return new OpenAssignments(assignments, null);
    }

    static OpenAssignments ofBatch(List<String> personIds, AssignmentRepository assignments) {
        OpenAssignments open = new OpenAssignments(assignments, new HashMap<>());
        if (!personIds.isEmpty()) {
            assignments.findByPersonIdInAndStatus(personIds, AssignmentStatus.OPEN).forEach(open::opened);
        }
        return open;
    }

    Optional<Assignment> of(String personId, String courseCode) {
        return byPersonAndCourse == null
                ? assignments.findByPersonIdAndCourseCodeAndStatus(personId, courseCode, AssignmentStatus.OPEN)
                : Optional.ofNullable(byPersonAndCourse.get(key(personId, courseCode)));
    }

    void closed(Assignment assignment) {
        if (byPersonAndCourse != null) {
            byPersonAndCourse.remove(key(assignment.personId(), assignment.courseCode()));
        }
    }

    void opened(Assignment assignment) {
        if (byPersonAndCourse != null) {
            byPersonAndCourse.put(key(assignment.personId(), assignment.courseCode()), assignment);
        }
    }

    void reread(String personId) {
        if (byPersonAndCourse != null) {
            byPersonAndCourse.values().removeIf(assignment -> assignment.personId().equals(personId));
            assignments.findByPersonIdInAndStatus(List.of(personId), AssignmentStatus.OPEN).forEach(this::opened);
        }
    }

    private static String key(String personId, String courseCode) {
        return personId + "/" + courseCode;
    }
}
