package uk.councilprotocol.plans.report;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committee report as a standalone HTML page, printable and readable without the platform. Its layout is the
 * template {@code templates/committee-report.html} (Thymeleaf), so its wording and look change without Java.
 */
public final class ReportHtml {
    private static final TemplateEngine TEMPLATES = engine();

    private ReportHtml() {
    }

    /** What the template shows of a theme and of each of its actions, already in the report's words. */
    public record SectionView(String heading, List<LineView> lines) {
    }

    public record LineView(String action, String details, List<String> further, String evidence, String status, String rag, String colour) {
    }

    static String render(CommitteeReport report) {
        List<SectionView> sections = report.sections().stream().map(section -> new SectionView(ReportText.heading(section),
                section.lines().stream().map(line -> new LineView(ReportText.action(line), ReportText.details(line), line.furtherDescription(), line.evidence(), line.status(), line.rag(),
                        ReportText.colour(line.rag()))).toList())).toList();
        Context context = new Context(Locale.UK, Map.of("title", ReportText.title(report), "subtitle", ReportText.subtitle(report),
                "sections", sections, "noProgress", ReportText.noProgress()));
        return TEMPLATES.process("committee-report", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportHtml.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
