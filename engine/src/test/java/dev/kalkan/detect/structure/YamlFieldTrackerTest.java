package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlFieldTrackerTest {

  static Stream<Arguments> yamlDocuments() {
    return Stream.of(
        Arguments.of(
            "payload:\n  BuyerInfo:\n    BuyerName: John Smith\n  AmazonOrderId: 902-1\n",
            List.of("payload.BuyerInfo.BuyerName=John Smith", "payload.AmazonOrderId=902-1")),
        Arguments.of(
            "orders:\n  - buyer:\n      name: Ann # comment\n    id: 1\n  - id: 2\nnext: x\n",
            List.of("orders[0].buyer.name=Ann", "orders[0].id=1", "orders[1].id=2", "next=x")),
        Arguments.of(
            "tags:\n- a\n- b\n-   c\nother: 1\n",
            List.of("tags[0]=a", "tags[1]=b", "tags[2]=c", "other=1")),
        Arguments.of("- - x\n  - y\n- z\n", List.of("[0][0]=x", "[0][1]=y", "[1]=z")),
        Arguments.of(
            "\"quoted key\": 'it''s'\n'single': \"dq \\\" esc\"\n\"k\\u00e9y\": v\n",
            List.of("quoted key=it''s", "single=dq \\\" esc", "kéy=v")),
        Arguments.of(
            "url: http://x:8080/a\ntime: 12:30\nnot#comment: y\n",
            List.of("url=http://x:8080/a", "time=12:30", "not#comment=y")),
        Arguments.of(
            "note: |\n  line one\n\n  # not a comment\nfolded: >-\n  a\n  b\nafter: 1\n",
            List.of("note=line one", "note=# not a comment", "folded=a", "folded=b", "after=1")),
        Arguments.of(
            "base: &anchor\n  k: v\nref: *anchor\ntagged: !!str 123\n",
            List.of("base.k=v", "ref=*anchor", "tagged=123")),
        Arguments.of(
            "flow: [a, b]\nmap: {x: 1}\nmulti: \"first\n  second\"\nend: e\n",
            List.of("flow=[a, b]", "map={x: 1}", "multi=first\n  second", "end=e")),
        Arguments.of("%YAML 1.2\n---\na: 1\n---\nb:\n  - c\n...\n", List.of("a=1", "b[0]=c")),
        Arguments.of(
            "key: plain\n  continued\nlist:\n  -\n    name: n\n",
            List.of("key=plain", "key=continued", "list[0].name=n")),
        Arguments.of("? complex\n: value\nplain text\nx: 1", List.of("x=1")));
  }

  @ParameterizedTest
  @MethodSource("yamlDocuments")
  void fieldsWhenYamlThenDottedPathOfEveryValue(String yaml, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.YAML, yaml)).containsExactlyElementsOf(expected);
  }

  @Test
  void fieldsWhenNestedDeeperThanLimitThenNoneFromThere() {
    StringBuilder yaml = new StringBuilder("top: 1\n");
    for (int i = 0; i < YamlFieldTracker.MAX_DEPTH + 1; i++) {
      yaml.append(" ".repeat(i)).append("k:\n");
    }
    yaml.append("after: 2\n");
    assertThat(TrackedValues.of(StructuredFormat.YAML, yaml.toString())).containsExactly("top=1");
  }
}
