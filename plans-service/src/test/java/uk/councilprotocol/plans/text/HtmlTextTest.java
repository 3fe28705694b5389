package uk.councilprotocol.plans.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Publish the   revised protocol|Publish the revised protocol",
            "Director of Law &amp; Governance|Director of Law & Governance",
            "R&D budget < £5k|R&D budget < £5k",
            "<p>Training for <b>all</b> members</p>|Training for all members",
            "<ul><li>Review the protocol</li><li>Consult Group Leaders</li></ul>|• Review the protocol • Consult Group Leaders",
            "Skills&nbsp;audit&#8217;s results|Skills audit’s results",
            "<td>Action<br>1</td>|Action 1",
    })
    void converterHtmlBecomesTheTextAPersonReads(String cell, String text) {
        assertThat(HtmlText.plain(cell)).isEqualTo(text);
    }
}
