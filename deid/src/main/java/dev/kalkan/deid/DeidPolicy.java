package dev.kalkan.deid;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which {@link Transform} each infoType gets. Types without an explicit choice get the default:
 * {@code keep} for PUBLIC types (ASINs, marketplace ids), {@code mask:*:4} for payment cards, and
 * {@code replace} ({@code [INFO_TYPE]}) for everything else. Immutable.
 */
public final class DeidPolicy {
  private final Map<String, Transform> chosen;

  private DeidPolicy(Map<String, Transform> chosen) {
    this.chosen = Collections.unmodifiableMap(chosen);
  }

  /** The defaults only. */
  public static DeidPolicy defaults() {
    return new DeidPolicy(new LinkedHashMap<>());
  }

  /** The default transform of a type, as described in the class comment. */
  public static Transform defaultFor(InfoType type) {
    if (type.classification() == Classification.PUBLIC) {
      return Transform.keep();
    }
    if (type.name().equals(InfoType.CREDIT_CARD_NUMBER.name())) {
      return Transform.mask('*', 4);
    }
    return Transform.replace(null);
  }

  /**
   * This policy with {@code transform} for the type named {@code infoType}.
   *
   * @throws IllegalArgumentException when the type cannot be tokenized and the transform is {@code
   *     tokenize}
   */
  public DeidPolicy with(String infoType, Transform transform) {
    Objects.requireNonNull(transform, "transform");
    if (transform.kind() == Transform.Kind.TOKENIZE) {
      String why = Tokenizer.whyNotTokenizable(infoType);
      if (why != null) {
        throw new IllegalArgumentException(why);
      }
    }
    Map<String, Transform> next = new LinkedHashMap<>(chosen);
    next.put(infoType, transform);
    return new DeidPolicy(next);
  }

  /**
   * This policy with one {@code INFO_TYPE=KIND[:options]} choice of the command line.
   *
   * @throws IllegalArgumentException with a message for the user when it cannot be parsed
   */
  public DeidPolicy withSpec(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException(
          "--transform expects INFO_TYPE=KIND[:options], got '" + spec + "'");
    }
    String type = spec.substring(0, eq).strip();
    return with(type, Transform.parse(spec.substring(eq + 1)));
  }

  /** The transform for findings of {@code type}. */
  public Transform transformFor(InfoType type) {
    Transform t = chosen.get(type.name());
    return t != null ? t : defaultFor(type);
  }

  /** The explicit choices, by type name, in the order given. */
  public Map<String, Transform> choices() {
    return chosen;
  }

  /** True when some choice needs the key ({@code hash} or {@code tokenize}). */
  public boolean needsKey() {
    return chosen.values().stream()
        .anyMatch(t -> t.kind() == Transform.Kind.HASH || t.kind() == Transform.Kind.TOKENIZE);
  }
}
