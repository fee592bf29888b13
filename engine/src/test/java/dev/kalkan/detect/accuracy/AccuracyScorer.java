package dev.kalkan.detect.accuracy;

import static dev.kalkan.detect.InfoType.AMAZON_BUYER_EMAIL;
import static dev.kalkan.detect.InfoType.AMAZON_MARKETPLACE_ID;
import static dev.kalkan.detect.InfoType.AMAZON_MWS_AUTH_TOKEN;
import static dev.kalkan.detect.InfoType.AMAZON_ORDER_ID;
import static dev.kalkan.detect.InfoType.AMAZON_SELLER_ID;
import static dev.kalkan.detect.InfoType.ASIN;
import static dev.kalkan.detect.InfoType.AWS_ACCESS_KEY_ID;
import static dev.kalkan.detect.InfoType.AWS_SECRET_ACCESS_KEY;
import static dev.kalkan.detect.InfoType.CREDIT_CARD_NUMBER;
import static dev.kalkan.detect.InfoType.EMAIL_ADDRESS;
import static dev.kalkan.detect.InfoType.IBAN_CODE;
import static dev.kalkan.detect.InfoType.IP_ADDRESS;
import static dev.kalkan.detect.InfoType.LWA_ACCESS_TOKEN;
import static dev.kalkan.detect.InfoType.LWA_CLIENT_ID;
import static dev.kalkan.detect.InfoType.LWA_CLIENT_SECRET;
import static dev.kalkan.detect.InfoType.LWA_REFRESH_TOKEN;
import static dev.kalkan.detect.InfoType.PHONE_NUMBER;
import static dev.kalkan.detect.InfoType.SPAPI_RESTRICTED_DATA_TOKEN;
import static dev.kalkan.detect.InfoType.TR_NATIONAL_ID;
import static dev.kalkan.detect.InfoType.US_SOCIAL_SECURITY_NUMBER;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.accuracy.AccuracyReport.Miss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a scanner's findings against a labelled corpus. A finding is a true positive when a label
 * has the same type and exactly the same code-point span; the relaxed score accepts any overlap of
 * the same type, one finding per label. Findings of types outside {@link #SCORED} are left out, and
 * identical findings count once. Names and street lines ({@link #PEOPLE}) are scored only in {@link
 * Genre#structured} genres while {@link #FREE_TEXT_PEOPLE_SCORED} is false: there labels and
 * findings of these types are left out.
 */
final class AccuracyScorer {
  /** The types the score covers. */
  static final List<InfoType> SCORED =
      List.of(
          InfoType.PERSON_NAME,
          InfoType.STREET_ADDRESS,
          EMAIL_ADDRESS,
          PHONE_NUMBER,
          CREDIT_CARD_NUMBER,
          IBAN_CODE,
          US_SOCIAL_SECURITY_NUMBER,
          TR_NATIONAL_ID,
          IP_ADDRESS,
          AMAZON_ORDER_ID,
          AMAZON_BUYER_EMAIL,
          AMAZON_SELLER_ID,
          ASIN,
          AMAZON_MARKETPLACE_ID,
          LWA_CLIENT_ID,
          LWA_CLIENT_SECRET,
          LWA_REFRESH_TOKEN,
          LWA_ACCESS_TOKEN,
          SPAPI_RESTRICTED_DATA_TOKEN,
          AWS_ACCESS_KEY_ID,
          AWS_SECRET_ACCESS_KEY,
          AMAZON_MWS_AUTH_TOKEN);

  /** Names and street lines: labelled in structured fields, free text in the other genres. */
  static final Set<InfoType> PEOPLE = Set.of(InfoType.PERSON_NAME, InfoType.STREET_ADDRESS);

  /**
   * Whether {@link #PEOPLE} types count in genres that are not {@link Genre#structured}: on since
   * the scanner runs the free-text recognizer of names and street lines and the prose genres label
   * them; turn it off to score structured fields alone.
   */
  static final boolean FREE_TEXT_PEOPLE_SCORED = true;

  /** A finding reduced to what scoring compares. */
  record Detection(InfoType type, int start, int end) {
    static Detection of(Finding f) {
      return new Detection(f.infoType(), Math.toIntExact(f.start()), Math.toIntExact(f.end()));
    }

    boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }
  }

  /** A document with what the scanner found in it. */
  record Scanned(LabelledDocument document, List<Finding> findings) {}

  private AccuracyScorer() {}

  /** Scans every document's text with {@code scan} and scores the findings. */
  static AccuracyReport score(
      List<LabelledDocument> documents, Function<String, List<Finding>> scan) {
    List<Scanned> scanned = new ArrayList<>(documents.size());
    for (LabelledDocument doc : documents) {
      scanned.add(new Scanned(doc, scan.apply(doc.text())));
    }
    return score(scanned);
  }

  static AccuracyReport score(List<Scanned> scanned) {
    AccuracyReport.Builder report = new AccuracyReport.Builder();
    for (Scanned s : scanned) {
      scoreDocument(s.document(), s.findings(), report);
    }
    return report.build(scanned.size());
  }

  private static void scoreDocument(
      LabelledDocument doc, List<Finding> findings, AccuracyReport.Builder report) {
    boolean peopleScored = FREE_TEXT_PEOPLE_SCORED || doc.genre().structured;
    Map<Detection, Likelihood> unique = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (!SCORED.contains(f.infoType()) || (!peopleScored && PEOPLE.contains(f.infoType()))) {
        report.ignored();
        continue;
      }
      if (unique.putIfAbsent(Detection.of(f), f.likelihood()) != null) {
        report.duplicate();
      }
    }
    List<Detection> detections = List.copyOf(unique.keySet());
    List<Label> labels =
        peopleScored
            ? doc.labels()
            : doc.labels().stream().filter(l -> !PEOPLE.contains(l.type())).toList();
    Label[] strictOf = new Label[detections.size()];
    boolean[] labelStrict = new boolean[labels.size()];
    for (int i = 0; i < detections.size(); i++) {
      Detection d = detections.get(i);
      for (int j = 0; j < labels.size(); j++) {
        Label l = labels.get(j);
        if (!labelStrict[j]
            && l.type().equals(d.type())
            && l.start() == d.start()
            && l.end() == d.end()) {
          strictOf[i] = l;
          labelStrict[j] = true;
          break;
        }
      }
    }
    Label[] relaxedOf = new Label[detections.size()];
    Detection[] relaxedFor = new Detection[labels.size()];
    for (int j = 0; j < labels.size(); j++) {
      if (labelStrict[j]) {
        continue;
      }
      Label l = labels.get(j);
      for (int i = 0; i < detections.size(); i++) {
        Detection d = detections.get(i);
        if (strictOf[i] == null
            && relaxedOf[i] == null
            && d.type().equals(l.type())
            && d.overlaps(l.start(), l.end())) {
          relaxedOf[i] = l;
          relaxedFor[j] = d;
          break;
        }
      }
    }
    for (int j = 0; j < labels.size(); j++) {
      Label l = labels.get(j);
      report.truth(doc.genre(), l.type(), labelStrict[j], labelStrict[j] || relaxedFor[j] != null);
      if (!labelStrict[j]) {
        report.miss(falseNegative(doc, l, relaxedFor[j], detections));
      }
    }
    for (int i = 0; i < detections.size(); i++) {
      Detection d = detections.get(i);
      report.detection(
          doc.genre(), d.type(), strictOf[i] != null, strictOf[i] != null || relaxedOf[i] != null);
      if (strictOf[i] == null) {
        report.miss(falsePositive(doc, d, unique.get(d), relaxedOf[i]));
      }
    }
    for (Decoy decoy : doc.decoys()) {
      Set<InfoType> hitBy = new LinkedHashSet<>();
      for (Detection d : detections) {
        if (d.overlaps(decoy.start(), decoy.end())) {
          hitBy.add(d.type());
        }
      }
      report.decoy(decoy.kind(), hitBy);
    }
  }

  private static Miss falseNegative(
      LabelledDocument doc, Label l, Detection relaxed, List<Detection> detections) {
    String cause;
    if (relaxed != null) {
      cause = boundary(relaxed.start() - l.start(), relaxed.end() - l.end());
    } else {
      cause =
          detections.stream()
              .filter(d -> d.overlaps(l.start(), l.end()))
              .findFirst()
              .map(
                  d ->
                      "reported as "
                          + d.type()
                          + (d.start() == l.start() && d.end() == l.end() ? "" : " (other span)"))
              .orElse("missed, shape " + Shapes.of(l.value()));
    }
    return new Miss(
        AccuracyReport.Kind.FALSE_NEGATIVE, l.type(), doc, l.start(), l.end(), cause, null);
  }

  private static Miss falsePositive(
      LabelledDocument doc, Detection d, Likelihood likelihood, Label relaxed) {
    String cause;
    if (relaxed != null) {
      cause = boundary(d.start() - relaxed.start(), d.end() - relaxed.end());
    } else {
      cause =
          doc.labels().stream()
              .filter(l -> l.overlaps(d.start(), d.end()))
              .findFirst()
              .map(l -> "inside a labelled " + l.type())
              .or(
                  () ->
                      doc.decoys().stream()
                          .filter(x -> x.overlaps(d.start(), d.end()))
                          .findFirst()
                          .map(x -> "near miss " + x.kind()))
              .orElse("unlabelled text, shape " + Shapes.of(doc.slice(d.start(), d.end())));
    }
    return new Miss(
        AccuracyReport.Kind.FALSE_POSITIVE, d.type(), doc, d.start(), d.end(), cause, likelihood);
  }

  private static String boundary(int startShift, int endShift) {
    return String.format(
        java.util.Locale.ROOT, "boundary: start %+d, end %+d", startShift, endShift);
  }
}
