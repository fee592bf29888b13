package dev.kalkan.detect.edm;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180) under a header line. Strict, so that a damaged file is noticed
 * rather than indexed wrongly: a quote inside an unquoted field, text after a closing quote, a
 * quoted field left open at the end of the file and a record with more or fewer fields than the
 * header are errors naming the line. Empty lines are skipped; a byte order mark before the header
 * is ignored.
 */
final class CsvRecordReader implements RecordReader {
  private final BufferedReader in;
  private final String source;
  private final List<String> header;
  private final char delimiter;
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder quoted = new StringBuilder();
  private long lineNumber;

  CsvRecordReader(BufferedReader in, String source) throws IOException, EdmException {
    this.in = in;
    this.source = source;
    String first = nextNonEmptyLine();
    if (first == null) {
      throw new EdmException(source + " is empty (expected a header line)");
    }
    if (first.charAt(0) == '\uFEFF') {
      first = first.substring(1);
    }
    this.delimiter = delimiterOf(first);
    this.header = List.copyOf(parse(first));
  }

  private static char delimiterOf(String headerLine) {
    long commas = headerLine.chars().filter(c -> c == ',').count();
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    long tabs = headerLine.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private String nextNonEmptyLine() throws IOException {
    String line;
    do {
      line = in.readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
    } while (line.isEmpty());
    return line;
  }

  @Override
  public boolean next(FieldSink sink) throws IOException, EdmException {
    String line = nextNonEmptyLine();
    if (line == null) {
      return false;
    }
    long start = lineNumber;
    List<String> values = parse(line);
    if (values.size() != header.size()) {
      throw error(
          start, values.size() + " fields where the header has " + header.size() + " fields");
    }
    for (int i = 0; i < values.size(); i++) {
      sink.field(header.get(i), values.get(i));
    }
    return true;
  }

  private List<String> parse(String line) throws IOException, EdmException {
    fields.clear();
    long start = lineNumber;
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        quoted.setLength(0);
        i++;
        while (true) {
          if (i >= line.length()) {
            String more = in.readLine();
            if (more == null) {
              throw error(start, "a quoted field is not closed before the end of the file");
            }
            lineNumber++;
            quoted.append('\n');
            line = more;
            i = 0;
            continue;
          }
          char c = line.charAt(i++);
          if (c != '"') {
            quoted.append(c);
          } else if (i < line.length() && line.charAt(i) == '"') {
            quoted.append('"');
            i++;
          } else {
            break;
          }
        }
        fields.add(quoted.toString());
        if (i == line.length()) {
          return fields;
        }
        if (line.charAt(i) != delimiter) {
          throw error(lineNumber, "text after a closing quote at column " + (i + 1));
        }
        i++;
      } else {
        int end = line.indexOf(delimiter, i);
        if (end < 0) {
          end = line.length();
        }
        int quote = line.indexOf('"', i);
        if (quote >= 0 && quote < end) {
          throw error(
              lineNumber,
              "a quote inside an unquoted field at column "
                  + (quote + 1)
                  + " (quote the whole field and double the quote)");
        }
        fields.add(line.substring(i, end));
        if (end == line.length()) {
          return fields;
        }
        i = end + 1;
      }
    }
  }

  private EdmException error(long line, String what) {
    return new EdmException(source + " line " + line + ": " + what);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
