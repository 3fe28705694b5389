package uk.councilprotocol.notifications.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTest {
    static final String ID = "<reminder-2eb432ad-72f3-46af-8fae-d5cbdfba347d@council-protocol>";

    @Test
    void theReturnPathCarriesTheMessageIdAndGivesItBack() {
        String tagged = ReturnPath.of("bounces@bounces.example.gov.uk", ID);
        assertThat(tagged).isEqualTo("bounces+reminder-2eb432ad-72f3-46af-8fae-d5cbdfba347d=council-protocol@bounces.example.gov.uk");
        assertThat(ReturnPath.messageIdIn(tagged)).contains(ID);
        assertThat(ReturnPath.messageIdIn("Bounces <" + tagged + ">")).as("as a header writes it").contains(ID);
    }

    @Test
    void anUntaggedAddressNamesNoEmail() {
        assertThat(ReturnPath.messageIdIn("bounces@bounces.example.gov.uk")).isEmpty();
        assertThat(ReturnPath.messageIdIn("someone+news@example.gov.uk")).as("a plus address without a tag").isEmpty();
    }
}
