package dev.kalkan.detect.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One word list of the people recognizer, read from a resource file: UTF-8, one entry per line,
 * {@code #} starts a comment line, blank lines are ignored. Entries are stored as {@link WordKey}s;
 * an entry written with a final {@code .} is an abbreviation (it may be followed by a full stop in
 * text), one written with a final {@code :} counts only when a colon follows it in text. Entries
 * with umlauts also match their {@code ae/oe/ue} spelling. Immutable and thread-safe.
 */
final class Lexicon {
  private final String name;
  private final Set<String> keys;
  private final Set<String> abbreviations;
  private final Set<String> colonOnly;
  private final List<String> keyList;
  private final Set<String> firstWords;
  private final Set<String> lastWords;
  private final int maxWords;

  private Lexicon(String name, Set<String> keys, Set<String> abbreviations, Set<String> colonOnly) {
    this.name = name;
    this.keys = Set.copyOf(keys);
    this.abbreviations = Set.copyOf(abbreviations);
    this.colonOnly = Set.copyOf(colonOnly);
    this.keyList = List.copyOf(keys);
    Set<String> firsts = new HashSet<>();
    Set<String> lasts = new HashSet<>();
    int words = 1;
    for (String key : keys) {
      words = Math.max(words, wordCount(key));
      int space = key.indexOf(' ');
      firsts.add(space < 0 ? key : key.substring(0, space));
      lasts.add(key.substring(key.lastIndexOf(' ') + 1));
    }
    this.firstWords = Set.copyOf(firsts);
    this.lastWords = Set.copyOf(lasts);
    this.maxWords = words;
  }

  /**
   * Reads the resource {@code name} next to this class.
   *
   * @throws IllegalStateException when the resource is missing or unreadable (a broken build)
   */
  static Lexicon load(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("people lexicon '" + name + "' is missing from the jar");
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read people lexicon '" + name + "'", e);
    }
  }

  /** Parses lexicon text in the resource format; {@code name} only labels it. */
  static Lexicon parse(String name, String text) {
    Set<String> keys = new HashSet<>();
    Set<String> abbreviations = new HashSet<>();
    Set<String> colonOnly = new HashSet<>();
    Set<String> bare = new HashSet<>();
    for (String line : text.split("\\R")) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String key = WordKey.of(entry);
      if (key.isEmpty()) {
        key = entry;
      }
      keys.add(key);
      if (entry.length() > 1 && entry.endsWith(".")) {
        abbreviations.add(key);
      }
      if (entry.length() > 1 && entry.endsWith(":")) {
        colonOnly.add(key);
      } else {
        bare.add(key);
      }
      String transliterated = WordKey.transliteratedOrNull(entry);
      if (transliterated != null && !transliterated.isEmpty()) {
        keys.add(transliterated);
      }
    }
    // an entry listed both with and without a colon counts without one
    colonOnly.removeAll(bare);
    return new Lexicon(name, keys, abbreviations, colonOnly);
  }

  /** A lexicon holding the entries of all {@code parts}. */
  static Lexicon union(String name, Lexicon... parts) {
    Set<String> keys = new HashSet<>();
    Set<String> abbreviations = new HashSet<>();
    Set<String> colonOnly = new HashSet<>();
    for (Lexicon part : parts) {
      keys.addAll(part.keys);
      abbreviations.addAll(part.abbreviations);
      colonOnly.addAll(part.colonOnly);
    }
    return new Lexicon(name, keys, abbreviations, colonOnly);
  }

  static int wordCount(String key) {
    int words = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /** True when {@code key} (a {@link WordKey}) is an entry. */
  boolean contains(String key) {
    return key != null && keys.contains(key);
  }

  /** True when the entry {@code key} was written as an abbreviation. */
  boolean isAbbreviation(String key) {
    return abbreviations.contains(key);
  }

  /** True when the entry {@code key} counts only with a colon after it. */
  boolean needsColon(String key) {
    return colonOnly.contains(key);
  }

  /** True when some entry starts with the word {@code key}; a cheap test before phrase lookups. */
  boolean startsSomeEntry(String key) {
    return firstWords.contains(key);
  }

  /** True when some entry ends with the word {@code key}. */
  boolean endsSomeEntry(String key) {
    return lastWords.contains(key);
  }

  /** The most words any entry has. */
  int maxWords() {
    return maxWords;
  }

  /** The entry that {@code key} ends with, leaving at least {@code minStem} characters, or null. */
  String endingOf(String key, int minStem) {
    for (String ending : keyList) {
      if (key.length() >= ending.length() + minStem && key.endsWith(ending)) {
        return ending;
      }
    }
    return null;
  }

  /** The entry keys. */
  Set<String> keys() {
    return keys;
  }

  /** Number of entries (spelling variants included). */
  int size() {
    return keys.size();
  }

  /** The resource or label this lexicon came from. */
  String name() {
    return name;
  }
}
