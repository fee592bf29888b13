package dev.kalkan.detect.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A reproducible labelled corpus: documents in the genres an SP-API integrator's data holds (order
 * payloads and reports, customer e-mails in English, Turkish and German, configuration, logs,
 * payment texts, shipping notices, source code), each with the exact code-point span and type of
 * every planted value and the span and kind of every planted near miss.
 *
 * <p>Document {@code i} of seed {@code s} depends only on {@code (s, i)}, so a corpus can be
 * regenerated piecemeal and a failure reproduced from its document id. Generation is
 * single-threaded and allocates nothing shared.
 */
final class LabelledCorpus {
  private static final Genre[] GENRES = Genre.values();
  private static final double[] GENRE_WEIGHTS =
      Arrays.stream(GENRES).mapToDouble(g -> g.weight).toArray();
  private static final String[] REGIONS = {"US", "GB", "DE", "TR", "FR", "IT", "ES", "JP"};
  private static final double[] REGION_WEIGHTS = {25, 12, 20, 20, 6, 6, 6, 5};

  private LabelledCorpus() {}

  /** The first {@code count} documents of the corpus for {@code seed}. */
  static List<LabelledDocument> generate(long seed, int count) {
    List<LabelledDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      documents.add(document(seed, i));
    }
    return documents;
  }

  /** Document {@code index} of the corpus for {@code seed}. */
  static LabelledDocument document(long seed, int index) {
    SplittableRandom rng =
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    Genre genre = GENRES[weighted(rng, GENRE_WEIGHTS)];
    String region =
        switch (genre) {
          case EMAIL_TR -> "TR";
          case EMAIL_DE -> "DE";
          case EMAIL_EN -> rng.nextBoolean() ? "US" : "GB";
          default -> REGIONS[weighted(rng, REGION_WEIGHTS)];
        };
    Draft x = new Draft(rng, region);
    switch (genre) {
      case ORDERS_JSON -> StructuredGenres.ordersJson(x);
      case ORDER_DETAIL_JSON -> StructuredGenres.orderDetailJson(x);
      case NOTIFICATION_JSON -> StructuredGenres.notificationJson(x);
      case TOKEN_JSON -> StructuredGenres.tokenJson(x);
      case ORDER_REPORT_TSV -> StructuredGenres.orderReportTsv(x);
      case SETTLEMENT_REPORT_TSV -> StructuredGenres.settlementReportTsv(x);
      case EMAIL_EN, EMAIL_TR, EMAIL_DE -> ProseGenres.customerEmail(x);
      case CONFIG -> TechnicalGenres.config(x);
      case APPLICATION_LOG -> TechnicalGenres.applicationLog(x);
      case ACCESS_LOG -> TechnicalGenres.accessLog(x);
      case PAYMENT_TEXT -> ProseGenres.paymentText(x);
      case SHIPPING_NOTICE -> ProseGenres.shippingNotice(x);
      case SOURCE_CODE -> TechnicalGenres.sourceCode(x);
    }
    String id =
        String.format(
            Locale.ROOT, "%05d-%s-%s", index, genre.name().toLowerCase(Locale.ROOT), region);
    return x.b.build(id, genre);
  }

  private static int weighted(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
