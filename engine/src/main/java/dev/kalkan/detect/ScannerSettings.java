package dev.kalkan.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link Scanner} looks for and reports. Immutable; build with {@link #builder()}.
 *
 * @param minLikelihood findings below this level are not reported
 * @param infoTypes the only type names to report, or empty for all
 * @param disabledBuiltIns built-in type names that are not detected at all
 * @param customDetectors detectors defined by the operator
 * @param extraHotwords additional context words per type name
 * @param excludedValuePatterns RE2 patterns: a value matching one entirely is not reported
 * @param allowlist values never reported (compared exactly)
 * @param raisedClassifications built-in type names whose findings carry a classification above the
 *     type's default (a configuration may raise a classification, never lower it)
 */
public record ScannerSettings(
    Likelihood minLikelihood,
    Set<String> infoTypes,
    Set<String> disabledBuiltIns,
    List<CustomDetector> customDetectors,
    Map<String, List<String>> extraHotwords,
    List<String> excludedValuePatterns,
    Set<String> allowlist,
    Map<String, Classification> raisedClassifications) {

  public ScannerSettings {
    Objects.requireNonNull(minLikelihood, "minLikelihood");
    infoTypes = Set.copyOf(infoTypes);
    disabledBuiltIns = Set.copyOf(disabledBuiltIns);
    customDetectors = List.copyOf(customDetectors);
    extraHotwords = Map.copyOf(extraHotwords);
    excludedValuePatterns = List.copyOf(excludedValuePatterns);
    allowlist = Set.copyOf(allowlist);
    raisedClassifications = Map.copyOf(raisedClassifications);
    raisedClassifications.forEach(
        (name, raised) ->
            InfoType.builtIn(name)
                .filter(t -> raised.compareTo(t.classification()) < 0)
                .ifPresent(
                    t -> {
                      throw new IllegalArgumentException(
                          "classification of "
                              + name
                              + " cannot be lowered below "
                              + t.classification());
                    }));
  }

  /** The classification findings of {@code type} give content, taking raised ones into account. */
  public Classification classificationOf(InfoType type) {
    return raisedClassifications.getOrDefault(type.name(), type.classification());
  }

  /** The defaults: every built-in type, minimum likelihood {@code POSSIBLE}. */
  public static ScannerSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minLikelihood = minLikelihood;
    b.infoTypes.addAll(infoTypes);
    b.disabledBuiltIns.addAll(disabledBuiltIns);
    b.customDetectors.addAll(customDetectors);
    b.extraHotwords.putAll(extraHotwords);
    b.excludedValuePatterns.addAll(excludedValuePatterns);
    b.allowlist.addAll(allowlist);
    b.raisedClassifications.putAll(raisedClassifications);
    return b;
  }

  /** Builds {@link ScannerSettings}; not thread-safe. */
  public static final class Builder {
    private Likelihood minLikelihood = Likelihood.POSSIBLE;
    private final Set<String> infoTypes = new LinkedHashSet<>();
    private final Set<String> disabledBuiltIns = new LinkedHashSet<>();
    private final List<CustomDetector> customDetectors = new ArrayList<>();
    private final Map<String, List<String>> extraHotwords = new LinkedHashMap<>();
    private final List<String> excludedValuePatterns = new ArrayList<>();
    private final Set<String> allowlist = new LinkedHashSet<>();
    private final Map<String, Classification> raisedClassifications = new LinkedHashMap<>();

    private Builder() {}

    public Builder minLikelihood(Likelihood level) {
      this.minLikelihood = Objects.requireNonNull(level);
      return this;
    }

    /** Restricts reporting to these type names (replacing any earlier restriction). */
    public Builder onlyInfoTypes(Set<String> names) {
      infoTypes.clear();
      infoTypes.addAll(names);
      return this;
    }

    public Builder disableBuiltIn(String name) {
      disabledBuiltIns.add(name);
      return this;
    }

    public Builder addCustomDetector(CustomDetector detector) {
      customDetectors.add(Objects.requireNonNull(detector));
      return this;
    }

    public Builder addHotwords(String infoType, List<String> words) {
      extraHotwords.merge(
          infoType,
          List.copyOf(words),
          (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
          });
      return this;
    }

    public Builder excludeValuePattern(String re2Pattern) {
      excludedValuePatterns.add(Objects.requireNonNull(re2Pattern));
      return this;
    }

    public Builder allow(String value) {
      allowlist.add(Objects.requireNonNull(value));
      return this;
    }

    /** Raises the classification of a built-in type; lowering is rejected by {@link #build()}. */
    public Builder raiseClassification(String infoType, Classification classification) {
      raisedClassifications.put(infoType, Objects.requireNonNull(classification));
      return this;
    }

    public ScannerSettings build() {
      return new ScannerSettings(
          minLikelihood,
          infoTypes,
          disabledBuiltIns,
          customDetectors,
          extraHotwords,
          excludedValuePatterns,
          allowlist,
          raisedClassifications);
    }
  }
}
