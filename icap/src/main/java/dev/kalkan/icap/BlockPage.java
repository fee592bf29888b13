package dev.kalkan.icap;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTML page a user sees instead of a blocked upload: what kind of data, to which destination,
 * and the incident reference to quote. It never contains the data itself.
 */
final class BlockPage {
  private BlockPage() {}

  static byte[] render(String host, UploadVerdict verdict) {
    return render(host, verdict.reason(), verdict.dataTypes(), verdict.reference());
  }

  static byte[] render(String host, String reason, List<String> dataTypes, String reference) {
    StringBuilder html = new StringBuilder(1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Upload blocked</title></head>\n<body>\n")
        .append("<h1>Upload blocked</h1>\n")
        .append("<p>Kalkan data loss prevention stopped this upload")
        .append(host.isEmpty() ? "" : " to <strong>" + escape(host) + "</strong>")
        .append(".</p>\n");
    if (!reason.isEmpty()) {
      html.append("<p>Reason: ").append(escape(reason)).append("</p>\n");
    }
    if (!dataTypes.isEmpty()) {
      html.append("<p>Data found:</p>\n<ul>\n");
      for (String type : dataTypes) {
        html.append("<li>").append(escape(type)).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("<p>Incident reference: <code>")
        .append(escape(reference))
        .append("</code></p>\n")
        .append("<p>If you need to send this data, contact your security team and quote the")
        .append(" reference.</p>\n</body></html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
