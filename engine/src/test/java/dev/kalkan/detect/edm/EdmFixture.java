package dev.kalkan.detect.edm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds small indexes from records text for the tests of this package. */
final class EdmFixture {
  /** Customers with every field kind; record numbers follow the rows. */
  static final String CUSTOMERS =
      """
      AmazonOrderId,buyer-name,buyer-email,buyer-phone-number,ship-address-1,ship-city
      113-1234567-1234567,Ayşe Yılmaz,Ayse.Yilmaz@Example.com.tr,+90 532 123 45 67,Atatürk Caddesi No 12,İzmir
      205-7654321-7654321,John O'Brien,john.obrien@example.com,+1 (206) 555-0100,221B Baker Street,London
      402-1111111-2222222,İlker Işık,ilker@firma.com.tr,0212 555 12 34,Gül Sokak 5,İstanbul
      """;

  private EdmFixture() {}

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds an index of {@code records} (CSV) under {@code key} and returns its path. */
  static Path index(Path dir, EdmKey key, String records) throws EdmException {
    Path csv = write(dir, "records.csv", records);
    Path index = dir.resolve("records.edm");
    EdmIndexBuilder.create(key, FieldMapping.defaults(), "TR").build(csv, RecordFormat.CSV, index);
    return index;
  }

  /** Each match in {@code text} as "TYPE RECORD matched text", ordered by start. */
  static List<String> found(EdmMatcher matcher, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return matcher.find(utf8).stream()
        .map(
            m ->
                m.infoType().name()
                    + " "
                    + m.record()
                    + " "
                    + new String(utf8, m.start(), m.end() - m.start(), StandardCharsets.UTF_8))
        .toList();
  }

  /** Each record of {@code reader} as "header=value;" pairs, and closes it. */
  static List<String> records(RecordReader reader) throws IOException, EdmException {
    List<String> out = new ArrayList<>();
    try (reader) {
      StringBuilder record = new StringBuilder();
      while (reader.next((h, v) -> record.append(h).append('=').append(v).append(';'))) {
        out.add(record.toString());
        record.setLength(0);
      }
    }
    return out;
  }

  static EdmMatcher matcher(Path dir, String records) throws EdmException {
    EdmKey key = EdmKey.generate();
    return EdmMatcher.load(index(dir, key, records), key);
  }
}
