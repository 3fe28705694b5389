package uk.councilprotocol.training.roster;

import java.time.LocalDate;
import java.util.List;

/** One valid line of a roster CSV, with the line number it came from. */
record RosterRow(int line,
                 String id,
                 String fullName,
                 String email,
                 PersonKind kind,
                 List<String> roles,
                 String department,
                 String politicalGroup,
                 String ward,
                 String jobTitle,
                 String lineManagerId,
                 LocalDate startDate,
                 boolean active) {
}
