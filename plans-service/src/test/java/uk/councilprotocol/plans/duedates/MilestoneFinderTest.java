package uk.councilprotocol.plans.duedates;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneFinderTest {
    final MilestoneFinder finder = new MilestoneFinder(new DueDateParser());

    @Test
    void theMilestonesInsideSeed003sFirstAction() throws IOException {
        String action;
        try (InputStream in = MilestoneFinderTest.class.getResourceAsStream("/seeds/lga-peer-challenge-003.txt")) {
            action = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("1\tConstitutional Review")).findFirst().orElseThrow().split("\t")[2];
        }
        List<Milestone> milestones = finder.find(action);
        assertThat(milestones).extracting(m -> m.due().deadline().toString()).containsExactly("2023-03-31", "2023-08-31", "2023-06-30");
        assertThat(milestones.get(0).text()).startsWith("By March 2023, the first phase");
        assertThat(milestones.get(2).text()).contains("programme plan");
    }

    @Test
    void listItemsAndLinesAreSentencesAndAPeriodNeedsItsCue() {
        assertThat(finder.find("<ul><li>Draft the protocol by March 2024</li><li>Adopt it by June 2024</li></ul>"))
                .extracting(m -> m.due().deadline().toString()).containsExactly("2024-03-31", "2024-06-30");
        assertThat(finder.find("Review the training offer by May 2025\nReport to committee in July 2025"))
                .extracting(m -> m.due().deadline().toString()).containsExactly("2025-05-31", "2025-07-31");
        assertThat(finder.find("The March 2023 report said so.")).as("no cue word before the period").isEmpty();
        assertThat(finder.find(null)).isEmpty();
    }
}
