package dev.kalkan.detect.edm;

import java.io.BufferedReader;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON lines: each non-empty line one flat JSON object whose keys are the headers. Strings
 * and numbers are values; {@code null} and booleans are skipped; a nested object or array, or
 * anything but one object on a line, is an error naming the line. Parser messages are not passed
 * on, as they may quote the record.
 */
final class JsonlRecordReader implements RecordReader {
  private static final JsonFactory JSON = new JsonFactory();

  private final BufferedReader in;
  private final String source;
  private long lineNumber;

  JsonlRecordReader(BufferedReader in, String source) {
    this.in = in;
    this.source = source;
  }

  @Override
  public boolean next(FieldSink sink) throws IOException, EdmException {
    String line;
    do {
      line = in.readLine();
      if (line == null) {
        return false;
      }
      lineNumber++;
    } while (line.isBlank());
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw error("expected a JSON object");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (value) {
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sink.field(name, p.getText());
          case VALUE_NULL, VALUE_TRUE, VALUE_FALSE -> {}
          default ->
              throw error(
                  "the value of \"" + name + "\" is an object or array (records must be flat)");
        }
      }
      if (p.nextToken() != null) {
        throw error("more than one JSON value");
      }
    } catch (JacksonException e) {
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw error("malformed JSON" + (column > 0 ? " at column " + column : ""));
    }
    return true;
  }

  private EdmException error(String what) {
    return new EdmException(source + " line " + lineNumber + ": " + what);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
