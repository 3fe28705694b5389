package uk.councilprotocol.notifications.mail;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import uk.councilprotocol.notifications.voice.Voice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One email written the same way everywhere: a greeting, the paragraphs that matter (the first in bold), the
 * council's sign-off, a footer saying it is automatic (and where replies go, if the council takes them). Its plain text and HTML come from the templates {@code templates/letter.txt} and
 * {@code templates/letter.html} (Thymeleaf, which escapes what it puts into the HTML), so the wording can change
 * without Java.
 */
public final class Letter {
    private static final TemplateEngine TEXT = engine(TemplateMode.TEXT, ".txt");
    private static final TemplateEngine HTML = engine(TemplateMode.HTML, ".html");

    /** The Content-ID the HTML's logo refers to (the SMTP channel attaches the image under it). */
    public static final String LOGO_CID = "council-logo";

    private Letter() {
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** A date as letters write it: "Monday 7 December 2026". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** The letter in the council's voice: its name and sign-off in the footer, its sender name and Reply-To. */
    public static OutgoingMail compose(String to, List<String> cc, String subject, String recipientName,
                                       List<String> paragraphs, String messageId, Voice voice) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", recipientName);
        values.put("paragraphs", paragraphs);
        values.put("councilName", voice.councilName());
        values.put("signOff", voice.signOff());
        values.put("replyTo", voice.replyTo());
        values.put("logo", voice.logo() == null ? null : LOGO_CID);
        Context letter = new Context(Locale.UK, values);
        return new OutgoingMail(to, cc, subject, String.join("\n\n", paragraphs), TEXT.process("letter", letter),
                HTML.process("letter", letter), messageId, voice.senderName(), voice.replyTo(), null, voice.logo());
    }

    /** The HTML with the logo in it as a data URI rather than a reference to an attachment: for a preview in a page. */
    public static String withLogoInline(OutgoingMail mail) {
        if (mail.logo() == null) {
            return mail.html();
        }
        return mail.html().replace("cid:" + LOGO_CID, "data:" + mail.logo().contentType() + ";base64,"
                + java.util.Base64.getEncoder().encodeToString(mail.logo().content()));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Letter.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
