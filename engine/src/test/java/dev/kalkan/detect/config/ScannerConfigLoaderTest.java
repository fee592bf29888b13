package dev.kalkan.detect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.CustomDetector;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.ScannerSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScannerConfigLoaderTest {

  @TempDir Path dir;

  private static Path example() throws URISyntaxException {
    return Path.of(ScannerConfigLoaderTest.class.getResource("kalkan.example.yml").toURI());
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("kalkan.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void loadConfigWhenDocumentedExampleThenEverySettingIsRead() throws Exception {
    ScanConfig config = ScannerConfigLoader.loadConfig(example());
    ScannerSettings settings = config.settings();

    assertThat(settings.minLikelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(settings.disabledBuiltIns())
        .containsExactlyInAnyOrder("ASIN", "AMAZON_MARKETPLACE_ID");
    assertThat(settings.extraHotwords())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PHONE_NUMBER", List.of("whatsapp", "gsm"), "EMPLOYEE_ID", List.of("staff")));
    assertThat(settings.allowlist()).containsExactly("support@example-seller.com");
    assertThat(settings.excludedValuePatterns()).containsExactly("10\\.0\\.0\\.\\d+");
    assertThat(settings.infoTypes()).isEmpty();
    assertThat(config.excludedPaths()).containsExactly("**/testdata/**");
    assertThat(settings.raisedClassifications())
        .containsExactlyEntriesOf(Map.of("AMAZON_SELLER_ID", Classification.SENSITIVE));
    assertThat(settings.customDetectors())
        .containsExactly(
            new CustomDetector.Regex(
                new InfoType("EMPLOYEE_ID", Category.CUSTOM, Classification.INTERNAL),
                "\\bEMP-(\\d{6})\\b",
                1,
                "luhn",
                Likelihood.LIKELY,
                List.of("employee")),
            new CustomDetector.Dictionary(
                new InfoType("PROJECT_CODENAME", Category.CUSTOM, Classification.SENSITIVE),
                List.of("Falcon", "Osprey", "Kestrel", "Harrier"),
                false,
                Likelihood.LIKELY,
                List.of()));
  }

  @Test
  void loadWhenExampleThenSameSettingsAsLoadConfig() throws Exception {
    assertThat(ScannerConfigLoader.load(example()))
        .isEqualTo(ScannerConfigLoader.loadConfig(example()).settings());
  }

  @Test
  void configurationDocWhenReadThenContainsTheTestedExampleVerbatim() throws Exception {
    String example = Files.readString(example());
    String doc = Files.readString(Path.of("..", "docs", "CONFIGURATION.md"));

    assertThat(doc).contains("```yaml\n" + example + "```");
  }

  @Test
  void loadConfigWhenDetectorOmitsOptionalKeysThenDefaults() throws Exception {
    ScanConfig config =
        ScannerConfigLoader.loadConfig(
            write("detectors:\n  - name: TICKET\n    regex: 'T-[0-9]+'\n"));

    assertThat(config.settings().customDetectors())
        .containsExactly(
            new CustomDetector.Regex(
                new InfoType("TICKET", Category.CUSTOM, Classification.SENSITIVE),
                "T-[0-9]+",
                0,
                null,
                Likelihood.LIKELY,
                List.of()));
  }

  @Test
  void loadConfigWhenOnlyCommentsThenDefaults() throws Exception {
    ScanConfig config = ScannerConfigLoader.loadConfig(write("# nothing configured yet\n"));

    assertThat(config.settings()).isEqualTo(ScannerSettings.defaults());
    assertThat(config.excludedPaths()).isEmpty();
    assertThat(config.settings().raisedClassifications()).isEmpty();
  }

  @Test
  void loadWhenEnumValuesInLowerCaseThenAccepted() throws Exception {
    ScannerSettings settings =
        ScannerConfigLoader.load(
            write(
                "minLikelihood: likely\ndetectors:\n  - {name: X, regex: x, classification: public}\n"));

    assertThat(settings.minLikelihood()).isEqualTo(Likelihood.LIKELY);
    assertThat(settings.customDetectors().getFirst().infoType().classification())
        .isEqualTo(Classification.PUBLIC);
  }

  @Test
  void loadWhenUnknownInfoTypeThenMessageIsFileLineColumnReason() throws Exception {
    Path file = write("minLikelihood: POSSIBLE\ndisable:\n  - ASIN\n  - EMAIL_ADRESS\n");

    assertThatThrownBy(() -> ScannerConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":4:5: unknown infoType 'EMAIL_ADRESS' (did you mean EMAIL_ADDRESS?)")
        .satisfies(
            e -> {
              ConfigException ce = (ConfigException) e;
              assertThat(ce.file()).isEqualTo(file);
              assertThat(ce.line()).isEqualTo(4);
              assertThat(ce.column()).isEqualTo(5);
              assertThat(ce.reason()).startsWith("unknown infoType");
            });
  }

  @Test
  void loadWhenFileMissingThenFileLevelError() {
    Path file = dir.resolve("absent.yml");

    assertThatThrownBy(() -> ScannerConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": cannot read the configuration: no such file")
        .extracting(e -> ((ConfigException) e).line())
        .isEqualTo(0);
  }

  @Test
  void loadWhenWordsFileNotUtf8ThenRejectedAtItsKey() throws Exception {
    Files.write(dir.resolve("words.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
    Path file = write("detectors:\n  - name: X\n    dictionary:\n      wordsFile: words.txt\n");

    assertThatThrownBy(() -> ScannerConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":4:18: cannot read words file 'words.txt': not valid UTF-8");
  }

  static Stream<Arguments> invalidFiles() {
    return Stream.of(
        Arguments.of("- a\n- b\n", 1, "the configuration must be a mapping, found a list"),
        Arguments.of("just text\n", 1, "the configuration must be a mapping, found 'just text'"),
        Arguments.of("disable: [ASIN\n", 2, "invalid YAML"),
        Arguments.of(
            "minLikelihood: LIKELY\n---\nminLikelihood: POSSIBLE\n", 3, "only one YAML document"),
        Arguments.of(
            "minLikelihood: LIKELY\nminLikelihood: POSSIBLE\n",
            2,
            "duplicate key 'minLikelihood' (first at line 1)"),
        Arguments.of("allowlist: [&a x, *a]\n", 1, "aliases (*a) are not supported"),
        Arguments.of(
            "\nhotword:\n  PHONE_NUMBER: [gsm]\n",
            2,
            "unknown key 'hotword' in the configuration (did you mean hotwords?)"),
        Arguments.of(
            "colour: red\n",
            1,
            "unknown key 'colour' in the configuration; expected one of minLikelihood, disable"),
        Arguments.of(
            "minLikelihood: POSIBLE\n",
            1,
            "invalid minLikelihood 'POSIBLE' (did you mean POSSIBLE?)"),
        Arguments.of(
            "minLikelihood: HIGH\n",
            1,
            "invalid minLikelihood 'HIGH': expected one of VERY_UNLIKELY, UNLIKELY, POSSIBLE, LIKELY, VERY_LIKELY"),
        Arguments.of("minLikelihood: [LIKELY]\n", 1, "'minLikelihood' must be text, found a list"),
        Arguments.of("disable: ASIN\n", 1, "'disable' must be a list, found 'ASIN'"),
        Arguments.of(
            "disable: [ASIN, EMAIL_ADRESS]\n",
            1,
            "unknown infoType 'EMAIL_ADRESS' (did you mean EMAIL_ADDRESS?)"),
        Arguments.of(
            "detectors:\n  - {name: MINE, regex: x}\ndisable: [MINE]\n",
            3,
            "'MINE' is a custom detector, not a built-in: remove it instead"),
        Arguments.of(
            "hotwords:\n  PHONE: [gsm]\n",
            2,
            "unknown infoType 'PHONE' (did you mean PHONE_NUMBER?)"),
        Arguments.of(
            "hotwords:\n  PHONE_NUMBER: gsm\n", 2, "'PHONE_NUMBER' must be a list, found 'gsm'"),
        Arguments.of(
            "hotwords:\n  PHONE_NUMBER: [gsm, '']\n",
            2,
            "entries of 'PHONE_NUMBER' must not be empty"),
        Arguments.of(
            "classifications:\n  AMAZON_SELLER_ID: PUBLIC\n",
            2,
            "classification PUBLIC is lower than the default INTERNAL of AMAZON_SELLER_ID"),
        Arguments.of(
            "classifications:\n  EMAIL_ADDRESS: INTERNAL\n", 2, "lower than the default SENSITIVE"),
        Arguments.of(
            "classifications:\n  ASIN: SECRET\n",
            2,
            "invalid classification 'SECRET': expected one of PUBLIC, INTERNAL, SENSITIVE"),
        Arguments.of(
            "allowlist: [ok, [nested]]\n", 1, "entries of 'allowlist' must be text, found a list"),
        Arguments.of("exclude:\n  values: ['(unclosed']\n", 2, "invalid regex: missing closing )"),
        Arguments.of("exclude:\n  paths: ['[ab']\n", 2, "invalid glob '[ab'"),
        Arguments.of(
            "exclude:\n  value: [x]\n",
            2,
            "unknown key 'value' in 'exclude' (did you mean values?)"),
        Arguments.of("detectors:\n  name: X\n", 2, "'detectors' must be a list, found a mapping"),
        Arguments.of("detectors:\n  - regex: x\n", 2, "a detector needs a 'name'"),
        Arguments.of(
            "detectors:\n  - name: X\n    regx: x\n",
            3,
            "unknown key 'regx' in a detector (did you mean regex?)"),
        Arguments.of(
            "detectors:\n  - name: employee-id\n    regex: x\n",
            2,
            "infoType name 'employee-id' must match [A-Z][A-Z0-9_]*"),
        Arguments.of(
            "detectors:\n  - name: EMAIL_ADDRESS\n    regex: x\n",
            2,
            "'EMAIL_ADDRESS' is a built-in infoType"),
        Arguments.of(
            "detectors:\n  - {name: X, regex: a}\n  - {name: Y, regex: b}\n  - {name: X, regex: c}\n",
            4,
            "duplicate detector name 'X' (first at line 2)"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: 'EMP-(\\d+'\n",
            3,
            "invalid regex: missing closing )"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: '(a)\\1'\n",
            3,
            "invalid regex: invalid escape sequence"),
        Arguments.of("detectors:\n  - name: X\n    regex: '(?=a)b'\n", 3, "invalid regex"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: 'a(b)'\n    group: 2\n",
            4,
            "group 2 does not exist: the regex has 1 capturing group(s)"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: 'a(b)'\n    group: one\n",
            4,
            "'group' must be an integer, found 'one'"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: '\\d{16}'\n    validator: lunh\n",
            4,
            "unsupported validator 'lunh' (did you mean luhn?)"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: x\n    validator: md5\n",
            4,
            "unsupported validator 'md5': expected one of luhn, iban, tr-national-id, us-ssn"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: x\n    likelihood: HIGH\n",
            4,
            "invalid likelihood 'HIGH'"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: x\n    category: PERSONAL\n",
            4,
            "invalid category 'PERSONAL': expected one of PII, AMAZON_INFORMATION, CREDENTIAL, CUSTOM"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: x\n    classification: SENSITVE\n",
            4,
            "invalid classification 'SENSITVE' (did you mean SENSITIVE?)"),
        Arguments.of(
            "detectors:\n  - name: X\n    category: PII\n",
            2,
            "detector 'X' needs a 'regex' or a 'dictionary'"),
        Arguments.of(
            "detectors:\n  - name: X\n    regex: x\n    dictionary: {words: [a]}\n",
            4,
            "detector 'X' has both 'regex' and 'dictionary'"),
        Arguments.of(
            "detectors:\n  - name: X\n    dictionary: {words: [a]}\n    group: 1\n",
            4,
            "'group' applies only to a regex detector"),
        Arguments.of(
            "detectors:\n  - name: X\n    dictionary:\n      words: []\n",
            3,
            "the dictionary of 'X' has no words"),
        Arguments.of(
            "detectors:\n  - name: X\n    dictionary: [a, b]\n",
            3,
            "'dictionary' must be a mapping, found a list"),
        Arguments.of(
            "detectors:\n  - name: X\n    dictionary:\n      words: [a]\n      caseSensitive: yes\n",
            5,
            "'caseSensitive' must be true or false, found 'yes'"),
        Arguments.of(
            "detectors:\n  - name: X\n    dictionary:\n      wordsFile: missing.txt\n",
            4,
            "cannot read words file 'missing.txt': no such file"),
        Arguments.of(
            "detectors:\n  - name: X\n    dictionary:\n      wordsFile: comments.txt\n",
            3,
            "the dictionary of 'X' has no words"));
  }

  @ParameterizedTest(name = "[{index}] line {1}: {2}")
  @MethodSource("invalidFiles")
  void loadWhenInvalidThenRejectedAtLineWithReason(String yaml, int line, String reason)
      throws Exception {
    Files.writeString(dir.resolve("comments.txt"), "# none yet\n\n", StandardCharsets.UTF_8);
    Path file = write(yaml);

    assertThatThrownBy(() -> ScannerConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException ce = (ConfigException) e;
              assertThat(ce.reason()).contains(reason);
              assertThat(ce.line()).isEqualTo(line);
              assertThat(ce.getMessage()).startsWith(file + ":" + line + ":" + ce.column() + ": ");
            });
  }

  @Test
  void loadWhenCustomHotwordsDeclaredBeforeTheirDetectorThenAccepted() throws Exception {
    ScannerSettings settings =
        ScannerConfigLoader.load(
            write(
                "hotwords:\n  TICKET: [ticket]\ndetectors:\n  - {name: TICKET, regex: 'T-[0-9]+'}\n"));

    assertThat(settings.extraHotwords()).containsEntry("TICKET", List.of("ticket"));
    assertThat(settings.disabledBuiltIns()).isEqualTo(Set.of());
  }
}
