package dev.kalkan.detect.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.CustomDetector;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.ScannerSettings;
import dev.kalkan.detect.custom.CustomMatcher;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a Kalkan configuration file (YAML; the format is documented in {@code
 * docs/CONFIGURATION.md}) and validates all of it, so that a file either loads whole or is rejected
 * with the first problem's line, column and reason. An empty file (or one of comments only) means
 * the defaults. Stateless and thread-safe.
 *
 * <p>Custom detectors default to category {@code CUSTOM}, classification {@code SENSITIVE} and
 * likelihood {@code LIKELY}. A {@code wordsFile} is read relative to the configuration file's
 * directory, as UTF-8, one word a line; blank lines and lines starting with {@code #} are skipped.
 */
public final class ScannerConfigLoader {
  private static final List<String> TOP_KEYS =
      List.of(
          "minLikelihood",
          "disable",
          "hotwords",
          "classifications",
          "allowlist",
          "exclude",
          "detectors");
  private static final List<String> EXCLUDE_KEYS = List.of("values", "paths");
  private static final List<String> DETECTOR_KEYS =
      List.of(
          "name",
          "category",
          "classification",
          "likelihood",
          "hotwords",
          "regex",
          "group",
          "validator",
          "dictionary");
  private static final List<String> DICTIONARY_KEYS =
      List.of("words", "wordsFile", "caseSensitive");
  private static final List<String> BUILT_IN_NAMES =
      InfoType.builtIns().stream().map(InfoType::name).toList();

  private final Path file;
  private final NodeReader in;
  private final Map<String, YamlNode> customNames = new LinkedHashMap<>();

  private ScannerConfigLoader(Path file) {
    this.file = file;
    this.in = new NodeReader(file);
  }

  /**
   * Loads the scanner settings of a configuration file.
   *
   * @throws ConfigException when the file cannot be read or any part of it is invalid
   */
  public static ScannerSettings load(Path file) throws ConfigException {
    return loadConfig(file).settings();
  }

  /**
   * Loads everything a configuration file says, including path exclusions for file walkers.
   *
   * @throws ConfigException when the file cannot be read or any part of it is invalid
   */
  public static ScanConfig loadConfig(Path file) throws ConfigException {
    String content;
    try {
      content = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file, 0, 0, "cannot read the configuration: " + describe(e));
    }
    YamlNode root = YamlTreeReader.read(file, content);
    if (root == null) {
      return new ScanConfig(ScannerSettings.defaults(), List.of());
    }
    return new ScannerConfigLoader(file).interpret(root);
  }

  private ScanConfig interpret(YamlNode root) throws ConfigException {
    YamlNode.Mapping top = in.mapping(root, "the configuration", TOP_KEYS);
    ScannerSettings.Builder settings = ScannerSettings.builder();
    YamlNode.Entry entry = top.get("detectors");
    if (entry != null) {
      for (YamlNode item : in.sequence(entry.value(), "detectors")) {
        settings.addCustomDetector(detector(item));
      }
    }
    if ((entry = top.get("minLikelihood")) != null) {
      settings.minLikelihood(in.choice(entry.value(), "minLikelihood", Likelihood.class));
    }
    if ((entry = top.get("disable")) != null) {
      for (YamlNode item : in.sequence(entry.value(), "disable")) {
        settings.disableBuiltIn(
            builtIn(in.text(item, "disable"), item.line(), item.column(), "remove it instead")
                .name());
      }
    }
    if ((entry = top.get("hotwords")) != null) {
      for (YamlNode.Entry perType : in.mapping(entry.value(), "'hotwords'").entries().values()) {
        if (InfoType.builtIn(perType.key()).isEmpty() && !customNames.containsKey(perType.key())) {
          List<String> known = new ArrayList<>(BUILT_IN_NAMES);
          known.addAll(customNames.keySet());
          throw unknownInfoType(perType.key(), perType.line(), perType.column(), known);
        }
        settings.addHotwords(perType.key(), in.texts(perType.value(), perType.key()));
      }
    }
    if ((entry = top.get("classifications")) != null) {
      YamlNode.Mapping classifications = in.mapping(entry.value(), "'classifications'");
      for (YamlNode.Entry perType : classifications.entries().values()) {
        InfoType type =
            builtIn(
                perType.key(),
                perType.line(),
                perType.column(),
                "set the 'classification' of its definition");
        settings.raiseClassification(type.name(), raisedClassification(type, perType.value()));
      }
    }
    if ((entry = top.get("allowlist")) != null) {
      in.texts(entry.value(), "allowlist").forEach(settings::allow);
    }
    List<String> excludedPaths = new ArrayList<>();
    if ((entry = top.get("exclude")) != null) {
      YamlNode.Mapping exclude = in.mapping(entry.value(), "'exclude'", EXCLUDE_KEYS);
      if ((entry = exclude.get("values")) != null) {
        for (YamlNode item : in.sequence(entry.value(), "values")) {
          String pattern = in.text(item, "values");
          compileRe2(item, pattern);
          settings.excludeValuePattern(pattern);
        }
      }
      if ((entry = exclude.get("paths")) != null) {
        for (YamlNode item : in.sequence(entry.value(), "paths")) {
          excludedPaths.add(glob(item));
        }
      }
    }
    return new ScanConfig(settings.build(), excludedPaths);
  }

  private CustomDetector detector(YamlNode node) throws ConfigException {
    YamlNode.Mapping detector = in.mapping(node, "a detector", DETECTOR_KEYS);
    YamlNode.Entry nameEntry = detector.get("name");
    if (nameEntry == null) {
      throw in.error(node, "a detector needs a 'name'");
    }
    YamlNode nameNode = nameEntry.value();
    String name = in.text(nameNode, "name");
    if (InfoType.builtIn(name).isPresent()) {
      throw in.error(
          nameNode, "'" + name + "' is a built-in infoType; give the custom detector its own name");
    }
    YamlNode first = customNames.putIfAbsent(name, nameNode);
    if (first != null) {
      throw in.error(
          nameNode, "duplicate detector name '" + name + "' (first at line " + first.line() + ")");
    }
    InfoType infoType;
    try {
      infoType =
          new InfoType(
              name,
              optional(detector, "category", Category.class, Category.CUSTOM),
              optional(detector, "classification", Classification.class, Classification.SENSITIVE));
    } catch (IllegalArgumentException e) {
      throw in.error(nameNode, e.getMessage());
    }
    Likelihood likelihood = optional(detector, "likelihood", Likelihood.class, Likelihood.LIKELY);
    YamlNode.Entry hotwordsEntry = detector.get("hotwords");
    List<String> hotwords =
        hotwordsEntry == null ? List.of() : in.texts(hotwordsEntry.value(), "hotwords");

    YamlNode.Entry regex = detector.get("regex");
    YamlNode.Entry dictionary = detector.get("dictionary");
    if (regex != null && dictionary != null) {
      throw in.error(dictionary, "detector '" + name + "' has both 'regex' and 'dictionary'");
    }
    if (regex != null) {
      return regexDetector(detector, regex, infoType, likelihood, hotwords);
    }
    if (dictionary == null) {
      throw in.error(node, "detector '" + name + "' needs a 'regex' or a 'dictionary'");
    }
    for (String regexOnly : List.of("group", "validator")) {
      if (detector.get(regexOnly) != null) {
        throw in.error(
            detector.get(regexOnly), "'" + regexOnly + "' applies only to a regex detector");
      }
    }
    return dictionaryDetector(dictionary, infoType, likelihood, hotwords);
  }

  private CustomDetector.Regex regexDetector(
      YamlNode.Mapping detector,
      YamlNode.Entry regex,
      InfoType infoType,
      Likelihood likelihood,
      List<String> hotwords)
      throws ConfigException {
    String pattern = in.text(regex.value(), "regex");
    Pattern compiled = compileRe2(regex.value(), pattern);
    int group = 0;
    YamlNode.Entry groupEntry = detector.get("group");
    if (groupEntry != null) {
      group = in.integer(groupEntry.value(), "group");
      if (group < 0 || group > compiled.groupCount()) {
        throw in.error(
            groupEntry.value(),
            "group "
                + group
                + " does not exist: the regex has "
                + compiled.groupCount()
                + " capturing group(s)");
      }
    }
    String validator = null;
    YamlNode.Entry validatorEntry = detector.get("validator");
    if (validatorEntry != null) {
      validator = in.text(validatorEntry.value(), "validator");
      Set<String> names = CustomMatcher.validatorNames();
      if (!names.contains(validator)) {
        String hint = Suggestion.didYouMean(validator, names);
        throw in.error(
            validatorEntry.value(),
            "unsupported validator '"
                + validator
                + "'"
                + (hint.isEmpty() ? ": expected one of " + String.join(", ", names) : hint));
      }
    }
    return new CustomDetector.Regex(infoType, pattern, group, validator, likelihood, hotwords);
  }

  private CustomDetector.Dictionary dictionaryDetector(
      YamlNode.Entry dictionaryEntry,
      InfoType infoType,
      Likelihood likelihood,
      List<String> hotwords)
      throws ConfigException {
    YamlNode.Mapping dictionary =
        in.mapping(dictionaryEntry.value(), "'dictionary'", DICTIONARY_KEYS);
    List<String> words = new ArrayList<>();
    YamlNode.Entry entry = dictionary.get("words");
    if (entry != null) {
      words.addAll(in.texts(entry.value(), "words"));
    }
    if ((entry = dictionary.get("wordsFile")) != null) {
      words.addAll(wordsFile(entry.value()));
    }
    boolean caseSensitive = false;
    if ((entry = dictionary.get("caseSensitive")) != null) {
      caseSensitive = in.bool(entry.value(), "caseSensitive");
    }
    if (words.isEmpty()) {
      throw in.error(dictionaryEntry, "the dictionary of '" + infoType.name() + "' has no words");
    }
    return new CustomDetector.Dictionary(infoType, words, caseSensitive, likelihood, hotwords);
  }

  private List<String> wordsFile(YamlNode node) throws ConfigException {
    String name = in.text(node, "wordsFile");
    List<String> lines;
    try {
      lines = Files.readAllLines(file.resolveSibling(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw in.error(node, "cannot read words file '" + name + "': " + describe(e));
    }
    return lines.stream()
        .map(String::strip)
        .filter(w -> !w.isEmpty() && !w.startsWith("#"))
        .toList();
  }

  private <E extends Enum<E>> E optional(
      YamlNode.Mapping mapping, String key, Class<E> type, E fallback) throws ConfigException {
    YamlNode.Entry entry = mapping.get(key);
    return entry == null ? fallback : in.choice(entry.value(), key, type);
  }

  /** The built-in type {@code name}, written at the line and column given. */
  private InfoType builtIn(String name, int line, int column, String adviceForCustom)
      throws ConfigException {
    InfoType type = InfoType.builtIn(name).orElse(null);
    if (type != null) {
      return type;
    }
    if (customNames.containsKey(name)) {
      throw in.error(
          line, column, "'" + name + "' is a custom detector, not a built-in: " + adviceForCustom);
    }
    throw unknownInfoType(name, line, column, BUILT_IN_NAMES);
  }

  private ConfigException unknownInfoType(String name, int line, int column, List<String> known) {
    return in.error(
        line, column, "unknown infoType '" + name + "'" + Suggestion.didYouMean(name, known));
  }

  private Classification raisedClassification(InfoType type, YamlNode node) throws ConfigException {
    Classification classification = in.choice(node, "classification", Classification.class);
    if (classification.compareTo(type.classification()) < 0) {
      throw in.error(
          node,
          "classification "
              + classification
              + " is lower than the default "
              + type.classification()
              + " of "
              + type.name()
              + "; a configuration may only raise it");
    }
    return classification;
  }

  private Pattern compileRe2(YamlNode node, String pattern) throws ConfigException {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw in.error(
          node, "invalid regex: " + e.getMessage().replaceFirst("^error parsing regexp: ", ""));
    }
  }

  private String glob(YamlNode node) throws ConfigException {
    String glob = in.text(node, "paths");
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw in.error(
          node, "invalid glob '" + glob + "': " + e.getMessage().lines().findFirst().orElse(""));
    }
    return glob;
  }

  private static String describe(IOException e) {
    return switch (e) {
      case NoSuchFileException missing -> "no such file";
      case AccessDeniedException denied -> "permission denied";
      case MalformedInputException malformed -> "not valid UTF-8";
      default -> e.getMessage();
    };
  }
}
