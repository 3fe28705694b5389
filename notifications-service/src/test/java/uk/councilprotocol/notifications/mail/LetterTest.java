package uk.councilprotocol.notifications.mail;

import uk.councilprotocol.notifications.voice.SendingHoursSettings;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.notifications.voice.Voice;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LetterTest {
    static final OutgoingMail MAIL = Letter.compose("pat@example.gov.uk", List.of("mo@example.gov.uk"), "Reminder",
            "Pat O'Person", List.of("Nolan Principles is due in 30 days.", "Book a place: <a href=\"x\">here</a> & soon."), "id-1",
            Voice.deployment(List.of(30, 7, 1), List.of(30, 7), new SendingHoursSettings(null, null)));

    @Test
    void thePlainTextIsAGreetingTheParagraphsAndTheFooter() {
        assertThat(MAIL.text()).isEqualTo("Dear Pat O'Person,\n\nNolan Principles is due in 30 days.\n\n"
                + "Book a place: <a href=\"x\">here</a> & soon.\n\nThis is an automatic message from the council's "
                + "Councillor/Officer Relations platform. Please do not reply to it.\n");
        assertThat(MAIL.body()).isEqualTo("Nolan Principles is due in 30 days.\n\nBook a place: <a href=\"x\">here</a> & soon.");
    }

    @Test
    void theHtmlEscapesWhatItIsGivenAndBoldsTheFirstParagraph() {
        assertThat(MAIL.html()).startsWith("<!DOCTYPE html>").contains("<p>Dear Pat O&#39;Person,</p>")
                .contains("<p><strong>Nolan Principles is due in 30 days.</strong></p>")
                .contains("<p>Book a place: &lt;a href=&quot;x&quot;&gt;here&lt;/a&gt; &amp; soon.</p>")
                .doesNotContain("<a href").contains("Please do not reply to it.");
        assertThat(MAIL.to()).isEqualTo("pat@example.gov.uk");
        assertThat(MAIL.cc()).containsExactly("mo@example.gov.uk");
    }

    @Test
    void aCouncilsVoiceSignsOffNamesTheCouncilAndSaysWhereRepliesGo() {
        OutgoingMail mail = Letter.compose("pat@example.gov.uk", List.of(), "Reminder", "Pat", List.of("Due soon."), "id-2",
                new Voice("Glenmoor Council", "Glenmoor Members Support", "hub@glenmoor.example.gov.uk", "The Hub <Glenmoor>",
                        List.of(14), List.of(7), LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(mail.text()).isEqualTo("Dear Pat,\n\nDue soon.\n\nThe Hub <Glenmoor>\n\nThis is an automatic message from "
                + "Glenmoor Council's Councillor/Officer Relations platform. Replies go to hub@glenmoor.example.gov.uk.\n");
        assertThat(mail.html()).contains("<p>The Hub &lt;Glenmoor&gt;</p>", "from Glenmoor Council's Councillor", "Replies go to hub@glenmoor.example.gov.uk.")
                .doesNotContain("Please do not reply");
        assertThat(mail.senderName()).isEqualTo("Glenmoor Members Support");
        assertThat(mail.replyTo()).isEqualTo("hub@glenmoor.example.gov.uk");
    }

    @Test
    void aCouncilsLogoHeadsTheHtmlAsAnInlineImageAndAPreviewCarriesItWithin() {
        Voice voice = new Voice("Glenmoor Council", null, null, null, List.of(14), List.of(7), LocalTime.of(9, 0), LocalTime.of(17, 0),
                new Voice.Logo(new byte[]{1, 2, 3}, "image/png"));
        OutgoingMail mail = Letter.compose("pat@example.gov.uk", List.of(), "Reminder", "Pat", List.of("Due soon."), "id-3", voice);
        assertThat(mail.html()).contains("<img src=\"cid:council-logo\" alt=\"Glenmoor Council\"");
        assertThat(mail.logo().content()).containsExactly(1, 2, 3);
        assertThat(mail.text()).doesNotContain("logo");
        assertThat(Letter.withLogoInline(mail)).contains("<img src=\"data:image/png;base64,AQID\"");
        assertThat(MAIL.html()).as("no logo, no image").doesNotContain("<img");
        assertThat(Letter.withLogoInline(MAIL)).isEqualTo(MAIL.html());
    }
}
