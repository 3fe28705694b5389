package uk.councilprotocol.training.completions;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.roster.Person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A person's training record as a printable page: built with jsoup's elements, so every name and title is escaped. */
final class TranscriptPage {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String STYLE = "@page { size: A4; margin: 20mm } body { font-family: sans-serif; font-size: 10pt } "
            + "h1 { font-size: 18pt; margin-bottom: 2pt } table { width: 100%; border-collapse: collapse; margin-top: 6pt } "
            + "th, td { text-align: left; border-bottom: 1px solid #b1b4b6; padding: 4pt } .small { color: #505a5f }";

    private TranscriptPage() {
    }

    static String html(Person person, List<Completion> done, List<Assignment> due, Map<String, Course> courses, LocalDate today) {
        Document page = Document.createShell("");
        page.head().appendElement("title").text("Training record: " + person.fullName());
        page.head().appendElement("style").appendText(STYLE);
        Element body = page.body();
        body.appendElement("h1").text("Training record");
        body.appendElement("p").text(person.fullName() + " (" + person.id() + ")"
                + (person.department() == null ? "" : ", " + person.department())
                + (person.politicalGroup() == null ? "" : ", " + person.politicalGroup()));
        body.appendElement("p").addClass("small").text("As recorded by the council on " + LONG.format(today) + ".");

        body.appendElement("h2").text("Completed");
        Element completed = table(body, "Course", "Completed", "Provider", "Valid until");
        for (Completion c : done) {
            row(completed, title(courses, c.courseCode()), LONG.format(c.completedOn()), c.provider(),
                    c.expiresOn() == null ? "Does not expire"
                            : LONG.format(c.expiresOn()) + (c.expiresOn().isBefore(today) ? " (expired)" : ""));
        }
        if (done.isEmpty()) {
            row(completed, "None recorded", "", "", "");
        }

        body.appendElement("h2").text("Due");
        Element open = table(body, "Course", "Due by", "", "");
        for (Assignment a : due) {
            row(open, title(courses, a.courseCode()), LONG.format(a.dueDate()) + (a.dueDate().isBefore(today) ? " (overdue)" : ""), "", "");
        }
        if (due.isEmpty()) {
            row(open, "Nothing due", "", "", "");
        }
        return page.outerHtml();
    }

    private static String title(Map<String, Course> courses, String code) {
        Course course = courses.get(code);
        return course == null ? code : course.title();
    }

    private static Element table(Element body, String... headers) {
        Element row = body.appendElement("table").appendElement("tr");
        for (String header : headers) {
            row.appendElement("th").text(header);
        }
        return row.parent();
    }

    private static void row(Element table, String... cells) {
        Element row = table.appendElement("tr");
        for (String cell : cells) {
            row.appendElement("td").text(cell);
        }
    }
}
