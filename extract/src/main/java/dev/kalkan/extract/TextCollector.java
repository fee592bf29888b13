package dev.kalkan.extract;

import dev.kalkan.extract.ScanGap.Reason;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of one parsed member as UTF-8, from the XHTML events a Tika parser emits: the
 * characters, a line break after each block element, a tab after each table cell, and the values of
 * attributes that carry text ({@code href}, {@code alt}, {@code title}, {@code value}). Stops the
 * parse when the member's text reaches its limit or the budget trips.
 */
final class TextCollector extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "tr",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "pre",
          "table",
          "title",
          "blockquote",
          "dd",
          "dt",
          "section",
          "body");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final Set<String> TEXT_ATTRIBUTES = Set.of("href", "alt", "title", "value");

  private final ExtractionBudget budget;
  private final int limit;
  private byte[] buf = new byte[4096];
  private int length;
  private char pendingHigh;
  private boolean full;

  TextCollector(ExtractionBudget budget, int limit) {
    this.budget = budget;
    this.limit = limit;
  }

  byte[] buffer() {
    return buf;
  }

  int length() {
    return length;
  }

  /** True when text was dropped because the member's text limit was reached. */
  boolean full() {
    return full;
  }

  @Override
  public void characters(char[] ch, int start, int len) throws SAXException {
    guard();
    append(ch, start, len);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int len) throws SAXException {
    guard();
    for (int i = start; i < start + len; i++) {
      separate(ch[i] == '\n' || ch[i] == '\r' ? '\n' : ' ');
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    guard();
    for (int i = 0; i < atts.getLength(); i++) {
      String name = atts.getLocalName(i);
      if (name.isEmpty()) {
        name = atts.getQName(i);
      }
      if (TEXT_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT))) {
        String v = atts.getValue(i);
        if (!v.isEmpty()) {
          separate(' ');
          appendString(v);
          separate(' ');
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if (CELLS.contains(name)) {
      separate('\t');
    } else if (BLOCKS.contains(name)) {
      separate('\n');
    }
  }

  /** Appends a line {@code name: value} (metadata such as a mail's sender or a title). */
  void appendLine(String name, String value) throws SAXException {
    separate('\n');
    appendString(name);
    appendString(": ");
    appendString(value);
    separate('\n');
  }

  private void guard() throws SAXException {
    try {
      budget.check();
    } catch (LimitExceededException e) {
      throw new SAXException(e);
    }
  }

  private void separate(char c) throws SAXException {
    if (length > 0) {
      byte last = buf[length - 1];
      if (last == '\n' || last == c) {
        return;
      }
    }
    if (length > 0) {
      putByte((byte) c);
    }
  }

  private void appendString(String s) throws SAXException {
    append(s.toCharArray(), 0, s.length());
  }

  private void append(char[] ch, int start, int len) throws SAXException {
    int end = start + len;
    for (int i = start; i < end; i++) {
      char c = ch[i];
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          putCodePoint(Character.toCodePoint(high, c));
          continue;
        }
        putCodePoint(0xFFFD);
      }
      if (c < 0x80) {
        putByte((byte) c);
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else if (Character.isLowSurrogate(c)) {
        putCodePoint(0xFFFD);
      } else {
        putCodePoint(c);
      }
    }
  }

  private void putByte(byte b) throws SAXException {
    ensure(1);
    buf[length++] = b;
  }

  private void putCodePoint(int cp) throws SAXException {
    if (cp < 0x800) {
      ensure(2);
      buf[length++] = (byte) (0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
      ensure(3);
      buf[length++] = (byte) (0xE0 | (cp >> 12));
      buf[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    } else {
      ensure(4);
      buf[length++] = (byte) (0xF0 | (cp >> 18));
      buf[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    }
    buf[length++] = (byte) (0x80 | (cp & 0x3F));
  }

  /** Makes room for {@code n} more bytes, or stops the parse at the member's text limit. */
  private void ensure(int n) throws SAXException {
    if (length + n <= buf.length) {
      return;
    }
    if (length + n > limit) {
      full = true;
      throw new SAXException(
          new LimitExceededException(
              Reason.SIZE_LIMIT,
              "more than " + ExtractionBudget.mib(limit) + " of text; the rest was not scanned"));
    }
    buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(length + n, (long) buf.length * 2)));
  }
}
