package dev.kalkan.detect.accuracy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.kalkan.detect.InfoType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the ground truth of a generated document, so that a score measures the scanner and not the
 * generator: every label covers its value and is valid for its type, no two labels overlap, no near
 * miss overlaps a label, and no unambiguous value (an order id, an e-mail address, a checksum-valid
 * card, IBAN or T.C. number, an AWS key id, an IP address, a valid international phone number...)
 * lies in text that is neither labelled nor a planted near miss.
 */
final class CorpusAudit {
  private CorpusAudit() {}

  private record Rule(String name, Pattern pattern, Predicate<String> applies) {}

  private static final List<Rule> RULES =
      List.of(
          rule("order id", "(?<![\\w-])\\d{3}-\\d{7}-\\d{7}(?![\\w-])"),
          rule("e-mail", "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
          rule(
              "marketplace id",
              "(?<![A-Za-z0-9])(?:"
                  + String.join("|", SyntheticValues.MARKETPLACES.values())
                  + ")(?![A-Za-z0-9])"),
          rule("AWS key id", "(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])"),
          rule(
              "credential prefix",
              "Atzr\\||Atzr%7C|Atza\\||Atz\\.sprdt\\||amzn1\\.application-oa2-client\\.|amzn1\\.oa2-cs\\.v1\\.|amzn\\.mws\\."),
          rule("ASIN", "(?<![A-Za-z0-9])B0[A-Z0-9]{8}(?![A-Za-z0-9])"),
          rule("SSN shape", "(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])"),
          rule(
              "card",
              "(?<!\\w)\\d(?:[ -]?\\d){11,18}(?!\\w)",
              s -> {
                String digits = s.replaceAll("[ -]", "");
                return digits.length() >= 13
                    && Checksums.luhnValid(digits)
                    && digits.matches("[2-6].*|9792.*");
              }),
          rule(
              "IBAN",
              "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])",
              s -> Checksums.ibanValid(s.replace(" ", ""))),
          rule("T.C. number", "(?<![\\w+])[1-9]\\d{10}(?!\\w)", Checksums::tcValid),
          rule("IPv4", "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\w|\\.\\d)", CorpusAudit::isIpv4),
          rule(
              "IPv6",
              "(?<![\\w:])(?=[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}(?![\\w:])",
              s -> s.matches(".*[0-9A-Fa-f].*") && isIpv6(s)),
          rule("international phone", "\\+\\d[\\d ()./-]{5,}\\d", CorpusAudit::isValidPhone));

  private static Rule rule(String name, String regex) {
    return rule(name, regex, s -> true);
  }

  private static Rule rule(String name, String regex, Predicate<String> applies) {
    return new Rule(name, Pattern.compile(regex), applies);
  }

  /** What is wrong with a document's ground truth; empty when nothing is. */
  static List<String> problems(LabelledDocument doc) {
    List<String> problems = new ArrayList<>();
    Label previous = null;
    for (Label label : doc.labels()) {
      if (!doc.slice(label.start(), label.end()).equals(label.value())) {
        problems.add(doc.id() + ": label " + label + " does not cover its value");
      }
      if (!valid(label)) {
        problems.add(doc.id() + ": label " + label + " is not a valid " + label.type());
      }
      if (previous != null && previous.end() > label.start()) {
        problems.add(doc.id() + ": labels overlap: " + previous + " and " + label);
      }
      previous = label;
    }
    for (Decoy decoy : doc.decoys()) {
      if (!doc.slice(decoy.start(), decoy.end()).equals(decoy.value())) {
        problems.add(doc.id() + ": near miss " + decoy + " does not cover its value");
      }
      for (Label label : doc.labels()) {
        if (label.overlaps(decoy.start(), decoy.end())) {
          problems.add(doc.id() + ": near miss " + decoy + " overlaps label " + label);
        }
      }
    }
    String text = doc.text();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (!rule.applies().test(m.group())) {
          continue;
        }
        int start = text.codePointCount(0, m.start());
        int end = start + text.codePointCount(m.start(), m.end());
        boolean explained =
            doc.labels().stream().anyMatch(l -> l.overlaps(start, end))
                || doc.decoys().stream().anyMatch(d -> d.overlaps(start, end));
        if (!explained) {
          problems.add(
              doc.id() + ": unlabelled " + rule.name() + " '" + m.group() + "' at " + start);
        }
      }
    }
    return problems;
  }

  /** {@code v} with the Unicode escapes of ASCII-only JSON decoded (names in such documents). */
  static String withoutUnicodeEscapes(String v) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(v);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean valid(Label label) {
    String v = withoutUnicodeEscapes(label.value());
    InfoType t = label.type();
    if (t.equals(InfoType.CREDIT_CARD_NUMBER)) {
      String digits = v.replaceAll("[ -]", "");
      return digits.matches("\\d{13,19}") && Checksums.luhnValid(digits);
    }
    if (t.equals(InfoType.IBAN_CODE)) {
      return Checksums.ibanValid(v.replace(" ", ""));
    }
    if (t.equals(InfoType.TR_NATIONAL_ID)) {
      return Checksums.tcValid(v);
    }
    if (t.equals(InfoType.US_SOCIAL_SECURITY_NUMBER)) {
      return Checksums.ssnIssuable(v);
    }
    if (t.equals(InfoType.PHONE_NUMBER)) {
      return isValidPhone(v);
    }
    if (t.equals(InfoType.IP_ADDRESS)) {
      return isIpv4(v) || isIpv6(v);
    }
    if (t.equals(InfoType.AMAZON_ORDER_ID)) {
      return v.matches("\\d{3}-\\d{7}-\\d{7}");
    }
    if (t.equals(InfoType.PERSON_NAME)) {
      return v.matches("\\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}'-]+)*");
    }
    if (t.equals(InfoType.STREET_ADDRESS)) {
      return v.matches("\\p{L}[\\p{L}. '-]+ \\d{1,3}");
    }
    if (t.equals(InfoType.AMAZON_BUYER_EMAIL)) {
      return v.matches("[a-z0-9]+@marketplace\\.amazon\\.[a-z.]+");
    }
    if (t.equals(InfoType.EMAIL_ADDRESS)) {
      return v.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
          && !v.contains("@marketplace.amazon.");
    }
    if (t.equals(InfoType.AMAZON_MARKETPLACE_ID)) {
      return SyntheticValues.MARKETPLACES.containsValue(v);
    }
    if (t.equals(InfoType.AMAZON_SELLER_ID)) {
      return v.matches("A[A-Z0-9]{12,13}") && !SyntheticValues.MARKETPLACES.containsValue(v);
    }
    if (t.equals(InfoType.ASIN)) {
      return v.matches("B0[A-Z0-9]{8}");
    }
    if (t.equals(InfoType.LWA_CLIENT_ID)) {
      return v.matches("amzn1\\.application-oa2-client\\.[0-9a-f]{32}");
    }
    if (t.equals(InfoType.LWA_CLIENT_SECRET)) {
      return v.matches("(amzn1\\.oa2-cs\\.v1\\.)?[0-9a-f]{64}");
    }
    if (t.equals(InfoType.LWA_REFRESH_TOKEN)) {
      return v.matches("Atzr(\\||%7C)[A-Za-z0-9_-]{250,}");
    }
    if (t.equals(InfoType.LWA_ACCESS_TOKEN)) {
      return v.matches("Atza\\|[A-Za-z0-9_-]{250,}");
    }
    if (t.equals(InfoType.SPAPI_RESTRICTED_DATA_TOKEN)) {
      return v.matches("Atz\\.sprdt\\|[A-Za-z0-9_-]{250,}");
    }
    if (t.equals(InfoType.AWS_ACCESS_KEY_ID)) {
      return v.matches("(AKIA|ASIA)[A-Z2-7]{16}") && !v.contains("EXAMPLE");
    }
    if (t.equals(InfoType.AWS_SECRET_ACCESS_KEY)) {
      return v.matches("[A-Za-z0-9/+]{40}") && !v.contains("EXAMPLE");
    }
    if (t.equals(InfoType.AMAZON_MWS_AUTH_TOKEN)) {
      return v.matches("amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
    return false;
  }

  static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("\\d{1,3}")
          || (p.length() > 1 && p.startsWith("0"))
          || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    int compressed = s.indexOf("::");
    if (compressed != s.lastIndexOf("::") || s.contains(":::")) {
      return false;
    }
    String[] halves = compressed >= 0 ? s.split("::", -1) : new String[] {s};
    int groups = 0;
    for (String half : halves) {
      if (half.isEmpty()) {
        continue;
      }
      for (String g : half.split(":", -1)) {
        if (!g.matches("[0-9A-Fa-f]{1,4}")) {
          return false;
        }
        groups++;
      }
    }
    return compressed >= 0 ? groups <= 7 : groups == 8;
  }

  /** Valid for at least one of the corpus regions, international numbers for their own. */
  static boolean isValidPhone(String s) {
    String plain = s.replace("(0)", "");
    List<String> regions = plain.startsWith("+") ? List.of("ZZ") : SyntheticValues.PHONE_REGIONS;
    for (String region : regions) {
      try {
        PhoneNumber n = SyntheticValues.PHONES.parse(plain, region);
        if (SyntheticValues.PHONES.isValidNumber(n)) {
          return true;
        }
      } catch (NumberParseException e) {
        // not a number in this region; try the next one
      }
    }
    return false;
  }
}
