package uk.councilprotocol.plans.report;

/** The committee report as a standalone HTML page, printable and readable without the platform. */
final class ReportHtml {
    private ReportHtml() {
    }

    static String render(CommitteeReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(ReportText.title(report))).append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#0b0c0c;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #505a5f;padding:.5em;vertical-align:top;text-align:left}")
                .append("th{background:#f3f2f1}tr.theme th{background:#dbe5f1;font-size:1.1em}")
                .append(".rag{color:#fff;font-weight:bold;text-align:center}.details{color:#505a5f;font-size:.9em;display:block;margin-top:.3em}")
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(ReportText.title(report))).append("</h1>\n<p>")
                .append(escape(ReportText.subtitle(report))).append("</p>\n<table>\n<thead><tr><th scope=\"col\">Action</th>")
                .append("<th scope=\"col\">Further description</th><th scope=\"col\">Status</th><th scope=\"col\">RAG</th></tr></thead>\n<tbody>\n");
        for (CommitteeReport.Section section : report.sections()) {
            html.append("<tr class=\"theme\"><th colspan=\"4\" scope=\"rowgroup\">").append(escape(section.theme()));
            if (!section.lead().isBlank()) {
                html.append(" (lead: ").append(escape(section.lead())).append(')');
            }
            html.append(" &mdash; ").append(section.progress()).append("% complete</th></tr>\n");
            for (CommitteeReport.Line line : section.lines()) {
                html.append("<tr><td>&bull; ").append(line.reference().isBlank() ? "" : escape(line.reference()) + ". ")
                        .append(escape(line.action()));
                String details = ReportText.details(line);
                if (!details.isBlank()) {
                    html.append("<span class=\"details\">").append(escape(details)).append("</span>");
                }
                html.append("</td><td>");
                if (line.furtherDescription().isEmpty()) {
                    html.append("<em>").append(ReportText.noProgress()).append("</em>");
                }
                line.furtherDescription().forEach(d -> html.append("<p>").append(escape(d)).append("</p>"));
                if (!line.evidence().isBlank()) {
                    html.append("<p><strong>Evidence:</strong> ").append(escape(line.evidence())).append("</p>");
                }
                html.append("</td><td>").append(escape(line.status())).append("</td><td class=\"rag\" style=\"background:#")
                        .append(ReportText.colour(line.rag())).append("\">").append(escape(line.rag())).append("</td></tr>\n");
            }
        }
        return html.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
