package uk.councilprotocol.plans.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts as plans name them, against job titles as the roster holds them. */
class PostsTest {

    @ParameterizedTest(name = "\"{0}\" holds \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Director of Law and Governance|Director of Law and Governance|true",
            "Director of Law & Governance|director of law and governance|true",
            "Deputy Director of Law and Governance|Director of Law and Governance|false",
            "Executive Director (Strategy, Change and Governance)|All Directors|true",
            "Director of Finance|All Directors|true",
            "Directorate Support Officer|All Directors|false",
            "Head of Internal Audit|All Heads of Service|false",
            "Social Work Team Manager|All Team Managers|true",
            "-|All Directors|false",
            "Director of Finance|-|false",
    })
    void aJobTitleHoldsAPostOrAGroupOfPosts(String jobTitle, String post, boolean holds) {
        assertThat(Posts.holds(jobTitle, post)).isEqualTo(holds);
    }
}
