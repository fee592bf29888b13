package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

class JsonFieldTrackerTest {

  static Stream<Arguments> jsonDocuments() {
    return Stream.of(
        Arguments.of(
            "{\"payload\":{\"BuyerInfo\":{\"BuyerName\":\"John Smith\"}}}",
            List.of("/payload/BuyerInfo/BuyerName=John Smith")),
        Arguments.of(
            "{\"a/b\":\"slash\",\"m~n\":\"tilde\",\"~/\":\"both\"}",
            List.of("/a~1b=slash", "/m~0n=tilde", "/~0~1=both")),
        Arguments.of(
            "{\"k\\u00e9y\":1,\"\\ud83d\\ude00\":2,\"q\\\"uote\\\\\":3,\"tab\\t\":4}",
            List.of("/kéy=1", "/\ud83d\ude00=2", "/q\"uote\\=3", "/tab\t=4")),
        Arguments.of(
            "{\"bad\\ud800\":1,\"lone\\udc00x\":2}", List.of("/bad\ufffd=1", "/lone\ufffdx=2")),
        Arguments.of(
            "[[1,[2,\"x\"]],{\"a\":[[],{}],\"b\":[true,false,null]}]",
            List.of(
                "/0/0=1", "/0/1/0=2", "/0/1/1=x", "/1/b/0=true", "/1/b/1=false", "/1/b/2=null")),
        Arguments.of(
            "{ \"s\" : \"with \\\"escaped\\\" quotes and \\\\\" , \"n\" : -1.5e3 }",
            List.of("/s=with \\\"escaped\\\" quotes and \\\\", "/n=-1.5e3")),
        Arguments.of("{\"empty\":\"\",\"x\":\"y\"}", List.of("/x=y")),
        Arguments.of("\"top\" 42 {\"a\":1} {\"a\":2}", List.of("/a=1", "/a=2")),
        Arguments.of(
            "{\n  // a comment\n  \"a\": 1, /* another */ \"b\": [2,],\n}",
            List.of("/a=1", "/b/0=2")),
        Arguments.of("{\"a\":\"x\",\"b\":oops,\"c\":\"z\"}", List.of("/a=x", "/b=oops", "/c=z")),
        Arguments.of("{\"a\":\"x\",\"b\":}, \"c\":\"z\"}", List.of("/a=x")),
        Arguments.of("{\"a\":\"x\", \"b\":\"cut\nhere\", \"c\":\"z\"}", List.of("/a=x", "/b=cut")),
        Arguments.of("{\"a\" \"x\", \"c\":\"z\"}", List.of()),
        Arguments.of("{\"a\":[1,2}, \"c\":\"z\"}", List.of("/a/0=1", "/a/1=2")),
        Arguments.of("{\"a\":\"unterminated", List.of("/a=unterminated")));
  }

  @ParameterizedTest
  @MethodSource("jsonDocuments")
  void fieldsWhenJsonThenPointerOfEveryValue(String json, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.JSON, json)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> ndjsonDocuments() {
    return Stream.of(
        Arguments.of(
            "{\"BuyerName\":\"A\"}\n{\"BuyerName\":\"B\",\"n\":[1,{\"x\":\"y\"}]}\n",
            List.of("/BuyerName=A", "/BuyerName=B", "/n/0=1", "/n/1/x=y")),
        Arguments.of(
            "2024-05-01T10:00:00Z INFO shipped {\"orderId\":\"111-1111111-1111111\"}\n",
            List.of("/orderId=111-1111111-1111111")),
        Arguments.of(
            "[2024-05-01 12:00:00] {\"a\":\"b\"}\n[INFO] {\"c\":\"d\"}\n[\"ok\",1]\n",
            List.of("/a=b", "/c=d", "/0=ok", "/1=1")),
        Arguments.of("{\"a\": oops, \"b\": {\"c\": \"d\"}}\n{\"e\":\"f\"}\n", List.of("/e=f")),
        Arguments.of(
            "{\"cut\": \"abc\n{\"next\": \"record\"}\n{\"open\": {\"x\": 1\n\"y\": 2}\n",
            List.of("/cut=abc", "/next=record", "/open/x=1")),
        Arguments.of("{\"a\":1}{\"b\":2} {\"c\":3}\r\n", List.of("/a=1", "/b=2", "/c=3")));
  }

  @ParameterizedTest
  @MethodSource("ndjsonDocuments")
  void fieldsWhenNdjsonThenPointerWithinEachRecord(String ndjson, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.NDJSON, ndjson))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void fieldsWhenNestedDeeperThanLimitThenNoneFromThere() {
    String deep = "{\"a\":1,\"b\":" + "[".repeat(JsonFieldTracker.MAX_DEPTH) + "2";
    assertThat(TrackedValues.of(StructuredFormat.JSON, deep)).containsExactly("/a=1");
  }

  @Test
  void fieldsWhenKeyLongerThanLimitThenUnknownBelowIt() {
    String key = "k".repeat(KeyNames.MAX_KEY_BYTES + 1);
    String json = "{\"" + key + "\":{\"x\":1},\"y\":2}";
    assertThat(TrackedValues.of(StructuredFormat.JSON, json)).containsExactly("/y=2");
  }

  @Property(tries = 300)
  void fieldsWhenJacksonWritesTreeThenPointersMatchTree(
      @ForAll("trees") Map<String, Object> tree, @ForAll boolean pretty, @ForAll boolean ascii) {
    JsonMapper mapper =
        JsonMapper.builder().configure(JsonWriteFeature.ESCAPE_NON_ASCII, ascii).build();
    String json =
        pretty
            ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
            : mapper.writeValueAsString(tree);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    FieldTracker tracker =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, null), bytes);

    List<String> expected = new ArrayList<>();
    expect(tree, "", expected);
    List<String> actual = new ArrayList<>();
    for (TrackedValues.Value v : TrackedValues.values(tracker, bytes)) {
      actual.add(v.field() + "=" + mapper.readValue("\"" + v.text() + "\"", String.class));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<Map<String, Object>> trees() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            text().ofMaxLength(6),
            Arbitraries.of("a/b", "~", "~1", "é", "\ud83d\ude00", "\"", "\\", "line\nbreak"));
    Arbitrary<Object> scalars =
        Arbitraries.oneOf(
            text().ofMinLength(1).ofMaxLength(12).map(s -> (Object) s),
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.of(true, false).map(b -> (Object) b));
    Arbitrary<Object> level2 =
        Arbitraries.oneOf(
            scalars,
            scalars.list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.maps(keys, scalars).ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m)));
    Arbitrary<Object> level1 =
        Arbitraries.oneOf(
            scalars,
            level2.list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.maps(keys, level2).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m)));
    return Arbitraries.maps(keys, level1).ofMaxSize(5).map(LinkedHashMap::new);
  }

  /** Any text without unpaired surrogates. */
  private static StringArbitrary text() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\ud7ff')
        .withCharRange('\ue000', '\uffff');
  }

  private static void expect(Object node, String pointer, List<String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> expect(v, pointer + "/" + escape((String) k), out));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        expect(list.get(i), pointer + "/" + i, out);
      }
    } else {
      out.add(pointer + "=" + node);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
