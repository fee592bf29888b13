package dev.kalkan.cli.report;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code sarif} format: a SARIF 2.1.0 log with one run of the tool {@code Kalkan}, one rule per
 * infoType that occurs (id = infoType name, rules sorted by id) and one result per finding, in the
 * order files complete. A result's level follows the classification of its infoType: {@code error}
 * for SENSITIVE, {@code warning} for INTERNAL, {@code note} for PUBLIC; its message names the
 * infoType and shows the preview, and its properties carry the likelihood, the field and, for a
 * finding in decoded content, the encodings removed ({@code decoded}). Failed files and files not
 * fully scanned become error notifications of the invocation; skipped binary files are left out.
 *
 * <p>SARIF goes to code hosting, so it never carries clear values. Rules need every finding of the
 * run, so results are kept, as previews and positions only, until {@link #finish}.
 */
final class SarifReportWriter implements ReportWriter {
  private static final String INFORMATION_URI = "https://kalkan.dev";
  private static final String UNKNOWN_VERSION = "0.0.0-unknown";

  private final JsonOutput json;
  private final String toolVersion;
  private final Map<String, InfoType> rules = new TreeMap<>();
  private final List<Result> results = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  private record Result(
      String uri,
      InfoType infoType,
      Likelihood likelihood,
      String field,
      String decoded,
      String preview,
      SarifRegion region) {}

  private record Failure(String uri, String message) {}

  SarifReportWriter(Writer out, String toolVersion) {
    this.json = new JsonOutput(out);
    this.toolVersion = toolVersion;
  }

  /**
   * The version of this build, from the Maven descriptor that the jar carries; {@value
   * #UNKNOWN_VERSION} when running from classes.
   */
  static String toolVersion() {
    try (InputStream in =
        SarifReportWriter.class.getResourceAsStream(
            "/META-INF/maven/dev.kalkan/kalkan-cli/pom.properties")) {
      if (in == null) {
        return UNKNOWN_VERSION;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN_VERSION);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version of kalkan-cli", e);
    }
  }

  @Override
  public void file(ScannedFile file) throws IOException {
    if (file.findings().isEmpty()
        && file.status() != Status.ERROR
        && file.status() != Status.NOT_FULLY_SCANNED) {
      return;
    }
    String uri = ArtifactUri.of(file.path());
    for (Finding finding : file.findings()) {
      InfoType type = finding.infoType();
      rules.putIfAbsent(type.name(), type);
      results.add(
          new Result(
              uri,
              type,
              finding.likelihood(),
              finding.field(),
              finding.decoding(),
              finding.preview(),
              SarifRegion.of(finding)));
    }
    if (file.status() == Status.ERROR) {
      failures.add(new Failure(uri, file.message()));
    } else if (file.status() == Status.NOT_FULLY_SCANNED) {
      failures.add(
          new Failure(uri, "not fully scanned (" + file.gap().reason() + "): " + file.message()));
    }
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    json.raw(
        "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
            + "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"Kalkan\",\"informationUri\":");
    json.string(INFORMATION_URI);
    json.raw(",\"semanticVersion\":");
    json.string(toolVersion);
    json.raw(",\"rules\":[");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (InfoType type : rules.values()) {
      json.raw(ruleIndex.isEmpty() ? "\n" : ",\n");
      ruleIndex.put(type.name(), ruleIndex.size());
      writeRule(type);
    }
    json.raw(rules.isEmpty() ? "]}}," : "\n]}},");
    json.raw("\"columnKind\":\"unicodeCodePoints\",\"invocations\":[{\"executionSuccessful\":");
    json.raw(failures.isEmpty() ? "true" : "false");
    if (!failures.isEmpty()) {
      json.raw(",\"toolExecutionNotifications\":[");
      for (int i = 0; i < failures.size(); i++) {
        Failure failure = failures.get(i);
        json.raw(i == 0 ? "\n" : ",\n");
        json.raw("{\"level\":\"error\",\"message\":{\"text\":");
        json.string(failure.message());
        json.raw("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
        json.string(failure.uri());
        json.raw("}}}]}");
      }
      json.raw("\n]");
    }
    json.raw("}],\"results\":[");
    for (int i = 0; i < results.size(); i++) {
      json.raw(i == 0 ? "\n" : ",\n");
      Result result = results.get(i);
      writeResult(result, ruleIndex.get(result.infoType().name()));
    }
    json.raw(results.isEmpty() ? "]}]}\n" : "\n]}]}\n");
    json.flush();
  }

  private void writeRule(InfoType type) throws IOException {
    json.raw("{\"id\":");
    json.string(type.name());
    json.raw(",\"shortDescription\":{\"text\":");
    json.string(describe(type));
    json.raw("},\"defaultConfiguration\":{\"level\":");
    json.string(level(type.classification()));
    json.raw("},\"properties\":{\"category\":");
    json.string(type.category().name());
    json.raw(",\"classification\":");
    json.string(type.classification().name());
    json.raw("}}");
  }

  private void writeResult(Result result, int ruleIndex) throws IOException {
    InfoType type = result.infoType();
    json.raw("{\"ruleId\":");
    json.string(type.name());
    json.raw(",\"ruleIndex\":");
    json.number(ruleIndex);
    json.raw(",\"level\":");
    json.string(level(type.classification()));
    json.raw(",\"message\":{\"text\":");
    json.string(type.name() + ": " + result.preview());
    json.raw("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    json.string(result.uri());
    SarifRegion region = result.region();
    json.raw("},\"region\":{\"startLine\":");
    json.number(region.startLine());
    json.raw(",\"startColumn\":");
    json.number(region.startColumn());
    json.raw(",\"endLine\":");
    json.number(region.endLine());
    json.raw(",\"endColumn\":");
    json.number(region.endColumn());
    json.raw(",\"charOffset\":");
    json.number(region.charOffset());
    json.raw(",\"charLength\":");
    json.number(region.charLength());
    json.raw("}}}],\"properties\":{\"likelihood\":");
    json.string(result.likelihood().name());
    if (result.field() != null) {
      json.raw(",\"field\":");
      json.string(result.field());
    }
    if (result.decoded() != null) {
      json.raw(",\"decoded\":");
      json.string(result.decoded());
    }
    json.raw("}}");
  }

  private static String level(Classification classification) {
    return switch (classification) {
      case SENSITIVE -> "error";
      case INTERNAL -> "warning";
      case PUBLIC -> "note";
    };
  }

  /** A rule's short description: the infoType's meaning from the contract table. */
  static String describe(InfoType type) {
    if (!type.isBuiltIn()) {
      return "Custom infoType " + type.name();
    }
    return switch (type.name()) {
      case "EMAIL_ADDRESS" -> "Email address";
      case "PHONE_NUMBER" -> "Phone number";
      case "PERSON_NAME" -> "Person's name";
      case "STREET_ADDRESS" -> "Street line of a postal address";
      case "CREDIT_CARD_NUMBER" -> "Payment card number";
      case "IBAN_CODE" -> "IBAN";
      case "US_SOCIAL_SECURITY_NUMBER" -> "US Social Security number";
      case "TR_NATIONAL_ID" -> "Turkish national identity number (T.C. Kimlik No)";
      case "IP_ADDRESS" -> "IP address";
      case "AMAZON_ORDER_ID" -> "Amazon order id";
      case "AMAZON_BUYER_EMAIL" -> "Amazon anonymized buyer email address";
      case "AMAZON_SELLER_ID" -> "Amazon selling partner (merchant) id";
      case "ASIN" -> "Amazon product id (ASIN)";
      case "AMAZON_MARKETPLACE_ID" -> "Amazon marketplace id";
      case "LWA_CLIENT_ID" -> "Login with Amazon client id";
      case "LWA_CLIENT_SECRET" -> "Login with Amazon client secret";
      case "LWA_REFRESH_TOKEN" -> "Login with Amazon refresh token";
      case "LWA_ACCESS_TOKEN" -> "Login with Amazon access token";
      case "SPAPI_RESTRICTED_DATA_TOKEN" -> "Selling Partner API restricted data token";
      case "AWS_ACCESS_KEY_ID" -> "AWS access key id";
      case "AWS_SECRET_ACCESS_KEY" -> "AWS secret access key";
      case "AMAZON_MWS_AUTH_TOKEN" -> "Amazon MWS authorization token";
      default -> "Built-in infoType " + type.name();
    };
  }
}
