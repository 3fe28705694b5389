package uk.councilprotocol.plans.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's recommendations, run together into one paragraph by a converter, split back into items. */
class RunOnSentencesTest {

    @Test
    void aCapitalAfterALowerCaseWordStartsAnItemUnlessAnIntroducerPrecedesIt() {
        assertThat(RunOnSentences.split("Develop more opportunities for Councillors and officers to interact "
                + "Invite Councillors on 'tours' of services and/or projects"))
                .containsExactly("Develop more opportunities for Councillors and officers to interact",
                        "Invite Councillors on 'tours' of services and/or projects");
    }

    @Test
    void aFullStopEndsAnItemButNotAnAbbreviation() {
        assertThat(RunOnSentences.split("The buddying system to include political buddies eg. from councillors who have retired. "
                + "On-going review of Members Enquiries"))
                .containsExactly("The buddying system to include political buddies eg. from councillors who have retired.",
                        "On-going review of Members Enquiries");
    }

    @Test
    void aSentenceThatCanOnlyContinueTheOneBeforeStaysWithIt() {
        assertThat(RunOnSentences.split("Audit of skills and experience of councillors. Where there are problems it is "
                + "recommended that individual action plans are put in place to resolve issues."))
                .singleElement().asString().endsWith("put in place to resolve issues.");
    }

    @Test
    void aClosingBracketEndsAnItemAndBlankCellsGiveNone() {
        assertThat(RunOnSentences.split("Publish the protocol (intranet) Train all managers"))
                .containsExactly("Publish the protocol (intranet)", "Train all managers");
        assertThat(RunOnSentences.split("   ")).isEmpty();
    }
}
