package uk.councilprotocol.plans.duedates;

import jakarta.inject.Singleton;

import uk.councilprotocol.plans.text.HtmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the milestones written inside an action's text: each sentence (or bullet) that names a period after
 * "by", "from", "in", "until" or "before" ("By March 2023 ... by June 2023 ... By November 2023") becomes a
 * milestone with that period's deadline.
 */
@Singleton
public class MilestoneFinder {
    /** A sentence runs to a full stop or semicolon (kept), or up to a bullet or a line break. */
    private static final Pattern SENTENCES = Pattern.compile("[^.•;\\n]+[.;]?");
    private static final Pattern CUE = Pattern.compile("\\b(by|from|in|until|before|during|end of)\\s*$", Pattern.CASE_INSENSITIVE);

    private final DueDateParser parser;

    public MilestoneFinder(DueDateParser parser) {
        this.parser = parser;
    }

    public List<Milestone> find(String actionText) {
        List<Milestone> milestones = new ArrayList<>();
        if (actionText == null) {
            return milestones;
        }
        // Converter HTML becomes bullets and text; plain text keeps its line breaks, which also end a sentence.
        Matcher sentence = SENTENCES.matcher(actionText.indexOf('<') >= 0 ? HtmlText.plain(actionText) : actionText);
        while (sentence.find()) {
            String text = sentence.group().strip();
            Matcher period = DueDateParser.PERIOD.matcher(text);
            while (period.find()) {
                boolean cued = CUE.matcher(text.substring(0, period.start())).find();
                if (!cued || period.group("ongoing") != null) {
                    continue;
                }
                parser.read(period.group(), period).map(d -> new DueDate(period.group(), d.precision(), d.periodStart(), d.deadline()))
                        .ifPresent(due -> milestones.add(new Milestone(text.replaceAll("\\s+", " "), due)));
                break; // one milestone per sentence: the first cued period
            }
        }
        return milestones;
    }
}
