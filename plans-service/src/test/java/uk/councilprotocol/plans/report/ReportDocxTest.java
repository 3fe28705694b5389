package uk.councilprotocol.plans.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Word file read back with Apache POI: what a committee clerk opening it sees. */
class ReportDocxTest {
    static final CommitteeReport REPORT = new CommitteeReport("Protocol action plan", "Borough of Eastmoor",
            LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2021, 12, 31), 40, List.of(
            new CommitteeReport.Section("Skills & training", "Director of HR", 50, List.of(
                    new CommitteeReport.Line("1", "Nolan Principles training <for all>", "Director of HR", "March 2022", "In progress",
                            "Amber", List.of("Facilitator booked.", "Group Leaders trained in May."), "4 of 6 group leaders"),
                    new CommitteeReport.Line("", "Buddy scheme", "", "", "Not started", "Red", List.of(), ""))),
            new CommitteeReport.Section("Member enquiries", "", 30, List.of())));

    @Test
    void theReportIsALandscapeTableOfThemesAndActionsWithTheirProgress() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(ReportDocx.render(REPORT)))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Protocol action plan: progress update");
            assertThat(document.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);

            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Action", "Further description", "Status", "RAG");
            assertThat(table.getRow(1).getTableCells()).singleElement().satisfies(theme -> {
                assertThat(theme.getText()).isEqualTo("Skills & training (lead: Director of HR) \u2014 50% complete");
                assertThat(theme.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(4);
            });
            assertThat(table.getRow(2).getCell(0).getText()).contains("\u2022 1. Nolan Principles training <for all>")
                    .contains("Owner: Director of HR. Due: March 2022");
            assertThat(table.getRow(2).getCell(1).getParagraphs()).extracting(p -> p.getText())
                    .containsExactly("Facilitator booked.", "Group Leaders trained in May.", "Evidence: 4 of 6 group leaders");
            assertThat(table.getRow(2).getCell(3).getColor()).isEqualTo("F47738");
            assertThat(table.getRow(3).getCell(1).getText()).isEqualTo("No progress recorded in this period.");
            assertThat(table.getRow(4).getCell(0).getText()).isEqualTo("Member enquiries \u2014 30% complete");
        }
    }
}
