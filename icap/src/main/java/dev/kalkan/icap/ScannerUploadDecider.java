package dev.kalkan.icap;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The standalone {@link UploadDecider}: blocks uploads to configured destinations (host suffixes
 * such as {@code drive.google.com}) when the engine finds data of at least a minimum classification
 * (default SENSITIVE) in any part, and uploads that could not be fully inspected (configurable).
 * Other destinations and responses pass. {@code kalkan serve} uses {@link PolicyUploadDecider}
 * instead, which knows principals, channels and destination categories; this one exists for a
 * standalone server without a policy, and for the tests. Thread-safe.
 */
public final class ScannerUploadDecider implements UploadDecider {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private final Scanner scanner;
  private final Map<String, String> destinations;
  private final Classification minClassification;
  private final boolean blockUnscannable;
  private final boolean redact;
  private final Consumer<UploadIncident> incidents;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  private ScannerUploadDecider(Builder b) {
    this.scanner = b.scanner;
    this.destinations = Map.copyOf(b.destinations);
    this.minClassification = b.minClassification;
    this.blockUnscannable = b.blockUnscannable;
    this.redact = b.redact;
    this.incidents = b.incidents;
    this.clock = b.clock;
  }

  /** A builder deciding with {@code scanner}. */
  public static Builder builder(Scanner scanner) {
    return new Builder(scanner);
  }

  @Override
  public UploadVerdict decide(Upload upload) {
    if (upload.direction() != Upload.Direction.REQUEST) {
      return UploadVerdict.allow();
    }
    String destination = destinationOf(upload.host());
    if (!upload.fullyInspected() && blockUnscannable) {
      return record(
          upload,
          UploadVerdict.Action.BLOCK,
          destination == null ? "" : destination,
          Map.of(),
          "the upload could not be fully inspected (too large or not decodable)",
          null);
    }
    if (destination == null) {
      return UploadVerdict.allow();
    }
    Map<String, Integer> counts = new TreeMap<>();
    Set<Category> categories = EnumSet.noneOf(Category.class);
    List<Finding> bodyFindings = new ArrayList<>();
    boolean singleBody =
        upload.parts().size() == 1 && upload.parts().get(0).kind() == UploadPart.Kind.BODY;
    for (UploadPart part : upload.parts()) {
      byte[] bytes = part.offset() == 0 ? part.array() : part.toByteArray();
      scanner.scan(
          bytes,
          part.length(),
          f -> {
            if (f.infoType().classification().compareTo(minClassification) >= 0) {
              counts.merge(f.infoType().name(), 1, Integer::sum);
              categories.add(f.infoType().category());
              if (singleBody) {
                bodyFindings.add(f);
              }
            }
          });
    }
    if (counts.isEmpty()) {
      return UploadVerdict.allow();
    }
    String reason = describe(categories) + " to " + destination;
    byte[] redacted =
        redact && singleBody && FindingMask.rewritable(upload.contentType())
            ? FindingMask.mask(upload.parts().get(0).text(), bodyFindings)
            : null;
    return record(
        upload,
        redacted == null ? UploadVerdict.Action.BLOCK : UploadVerdict.Action.REDACT,
        destination,
        counts,
        reason,
        redacted);
  }

  private UploadVerdict record(
      Upload upload,
      UploadVerdict.Action action,
      String destination,
      Map<String, Integer> counts,
      String reason,
      byte[] redacted) {
    String reference = FindingMask.reference(random);
    incidents.accept(
        new UploadIncident(
            reference,
            clock.instant(),
            action,
            upload.host(),
            destination,
            upload.user(),
            upload.clientIp(),
            counts,
            upload.fullyInspected()));
    List<String> types = new ArrayList<>();
    counts.forEach((type, n) -> types.add(type + " (" + n + ")"));
    return action == UploadVerdict.Action.REDACT
        ? UploadVerdict.redact(reference, reason, types, redacted)
        : UploadVerdict.block(reference, reason, types);
  }

  /** The category of the first configured suffix that {@code host} equals or ends with. */
  private String destinationOf(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      String category = destinations.get(h);
      if (category != null) {
        return category;
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        return null;
      }
      h = h.substring(dot + 1);
    }
  }

  private static String describe(Set<Category> categories) {
    List<String> names = new ArrayList<>();
    for (Category c : categories) {
      names.add(
          switch (c) {
            case AMAZON_INFORMATION -> "Amazon Information";
            case PII -> "personal data";
            case CREDENTIAL -> "credentials";
            case CUSTOM -> "data your organisation protects";
          });
    }
    return String.join(" and ", names);
  }

  /** Configures a {@link ScannerUploadDecider}. */
  public static final class Builder {
    private final Scanner scanner;
    private final Map<String, String> destinations = new LinkedHashMap<>();
    private Classification minClassification = Classification.SENSITIVE;
    private boolean blockUnscannable = true;
    private boolean redact;
    private Consumer<UploadIncident> incidents = incident -> {};
    private Clock clock = Clock.systemUTC();

    private Builder(Scanner scanner) {
      this.scanner = Objects.requireNonNull(scanner, "scanner");
    }

    /**
     * Blocks sensitive uploads to {@code hostSuffix} and its subdomains ({@code google.com} covers
     * {@code drive.google.com}); {@code category} names the kind of destination for the user.
     */
    public Builder blockDestination(String hostSuffix, String category) {
      String suffix = Objects.requireNonNull(hostSuffix, "hostSuffix").toLowerCase(Locale.ROOT);
      if (!suffix.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
        throw new IllegalArgumentException("not a host name suffix: " + hostSuffix);
      }
      destinations.put(suffix, Objects.requireNonNull(category, "category"));
      return this;
    }

    /** The lowest classification that blocks, default SENSITIVE. */
    public Builder minClassification(Classification c) {
      this.minClassification = Objects.requireNonNull(c, "classification");
      return this;
    }

    /** Whether uploads that could not be fully inspected are blocked (default true). */
    public Builder blockUnscannable(boolean block) {
      this.blockUnscannable = block;
      return this;
    }

    /** Rewrite JSON and text bodies with the findings masked instead of blocking them. */
    public Builder redact(boolean redact) {
      this.redact = redact;
      return this;
    }

    /** Receives every incident (called on the connection's thread; must be thread-safe). */
    public Builder onIncident(Consumer<UploadIncident> sink) {
      this.incidents = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** The clock for incident times, default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public ScannerUploadDecider build() {
      return new ScannerUploadDecider(this);
    }
  }
}
