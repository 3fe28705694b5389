package uk.councilprotocol.plans.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page from the template, read back as a browser would (jsoup). */
class ReportHtmlTest {

    @Test
    void thePageListsEachThemeAndActionWithWhatWasSaidEscaped() {
        String html = ReportHtml.render(ReportDocxTest.REPORT);
        assertThat(html).contains("<th scope=\"col\">Action</th><th scope=\"col\">Further description</th>")
                .contains("Nolan Principles training &lt;for all&gt;").doesNotContain("<for all>");
        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("Protocol action plan: progress update");
        assertThat(page.select("tr.theme th").eachText())
                .containsExactly("Skills & training (lead: Director of HR) \u2014 50% complete", "Member enquiries \u2014 30% complete");
        List<Element> rows = page.select("tbody tr:not(.theme)");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).child(0).select("span").eachText())
                .containsExactly("\u2022 1. Nolan Principles training <for all>", "Owner: Director of HR. Due: March 2022");
        assertThat(rows.get(0).child(1).select("p").eachText())
                .containsExactly("Facilitator booked.", "Group Leaders trained in May.", "Evidence: 4 of 6 group leaders");
        assertThat(rows.get(0).child(3).attr("style")).isEqualTo("background:#F47738");
        assertThat(rows.get(1).child(1).text()).isEqualTo("No progress recorded in this period.");
        assertThat(rows.get(1).select(".details")).isEmpty();
    }
}
