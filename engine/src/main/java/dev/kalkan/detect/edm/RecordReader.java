package dev.kalkan.detect.edm;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;

/** Reads the records of a records file one at a time. Not thread-safe. */
interface RecordReader extends Closeable {

  /** Receives the fields of one record. */
  @FunctionalInterface
  interface FieldSink {
    void field(String header, String value);
  }

  /**
   * Passes the fields of the next record to {@code sink}.
   *
   * @return false at the end of the file
   * @throws EdmException when the record is malformed; the message names the line
   */
  boolean next(FieldSink sink) throws IOException, EdmException;

  /** A reader of {@code format} over {@code in}; {@code source} names the file in messages. */
  static RecordReader of(RecordFormat format, BufferedReader in, String source)
      throws IOException, EdmException {
    return switch (format) {
      case CSV -> new CsvRecordReader(in, source);
      case JSONL -> new JsonlRecordReader(in, source);
    };
  }
}
