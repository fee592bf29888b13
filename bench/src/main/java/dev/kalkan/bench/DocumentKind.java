package dev.kalkan.bench;

/**
 * The kinds of file in a benchmark corpus, with the directory and file extension each is written
 * under and its share of the files. Product catalog JSON makes about 95% of a corpus; orders, order
 * reports, configuration and logs, where the sensitive values are, share the rest.
 */
public enum DocumentKind {
  CATALOG_ITEMS("catalog", "json", 5700, Sizes.DOCUMENT, CatalogDocuments::catalogItems),
  LISTINGS_ITEMS("listings", "json", 3800, Sizes.DOCUMENT, CatalogDocuments::listingsItems),
  ORDERS("orders", "json", 180, Sizes.DOCUMENT, OrderDocuments::ordersJson),
  ORDER_REPORTS("reports", "tsv", 120, Sizes.DOCUMENT, OrderDocuments::orderReport),
  ENV_FILES("config", "env", 40, Sizes.CONFIG, ConfigDocuments::env),
  PROPERTIES_FILES("config", "properties", 40, Sizes.CONFIG, ConfigDocuments::properties),
  YAML_FILES("config", "yaml", 40, Sizes.CONFIG, ConfigDocuments::yaml),
  LOGS("logs", "log", 80, Sizes.DOCUMENT, LogDocuments::log);

  /** Appends one document to {@code out}, at least {@code targetChars} characters long. */
  @FunctionalInterface
  interface Writer {
    void write(SyntheticValues values, StringBuilder out, int targetChars);
  }

  /** Target sizes in characters: a minimum, a mean and a cap of an exponential distribution. */
  record Sizes(int min, int mean, int max) {
    static final Sizes DOCUMENT = new Sizes(1024, 8_500, 60 * 1024);
    static final Sizes CONFIG = new Sizes(512, 1500, 4096);
  }

  private static final int SHARE_TOTAL = 10_000;

  private final String directory;
  private final String extension;
  private final int share;
  private final Sizes sizes;
  private final Writer writer;

  DocumentKind(String directory, String extension, int share, Sizes sizes, Writer writer) {
    this.directory = directory;
    this.extension = extension;
    this.share = share;
    this.sizes = sizes;
    this.writer = writer;
  }

  /** The directory, under the corpus root, that files of this kind are written to. */
  public String directory() {
    return directory;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  Sizes sizes() {
    return sizes;
  }

  Writer writer() {
    return writer;
  }

  /** The kind whose cumulative share covers {@code roll}, a number in [0, 10000). */
  static DocumentKind forRoll(int roll) {
    int cumulative = 0;
    for (DocumentKind kind : values()) {
      cumulative += kind.share;
      if (roll < cumulative) {
        return kind;
      }
    }
    throw new IllegalArgumentException("roll " + roll + " is outside [0, " + SHARE_TOTAL + ")");
  }

  static int shareTotal() {
    return SHARE_TOTAL;
  }
}
