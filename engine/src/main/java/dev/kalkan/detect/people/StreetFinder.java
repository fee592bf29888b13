package dev.kalkan.detect.people;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds street lines in {@link Tokens}: the street, the house number and the flat, not the postal
 * code or the city. A line is anchored on a street word and grows from there in bounded steps:
 *
 * <ul>
 *   <li>a street word after capitalised name words ({@code Main St}, {@code Berliner Straße},
 *       {@code Atatürk Cad.}, {@code 1203. Sk.}), or a compound ({@code Hauptstraße}, {@code
 *       Gartenweg}), or a prefix before name words ({@code Rue de la Paix}, {@code Via Roma},
 *       {@code Am Markt});
 *   <li>a house number before the name ({@code 123 Main St}) or after the street word ({@code
 *       Hauptstraße 12a}, {@code No:12}, {@code No. 45/3});
 *   <li>then flat and floor parts ({@code Apt 4B}, {@code Suite 200}, {@code D:5}, {@code Kat 3});
 *   <li>Turkish neighbourhood and building parts next to a street join it ({@code Kızılay Mah.
 *       Atatürk Cad. No:5 D:3}).
 * </ul>
 *
 * A street without a house number or flat is reported only after an address word ({@code
 * Lieferadresse:}, {@code Adres:}). Immutable and thread-safe.
 */
final class StreetFinder {
  private static final int STRONG = 3;
  private static final int MEDIUM = 2;
  private static final int WEAK = 1;
  private static final Set<String> DIRECTIONS =
      Set.of("n", "s", "e", "w", "ne", "nw", "se", "sw", "o");
  private static final Set<String> SAINTS = Set.of("st", "mt", "ft", "ste");
  private static final Set<String> TURKISH_STREETS =
      Set.of("sokak", "sokagi", "sok", "sk", "cadde", "caddesi", "cad", "cd", "cadd");
  private static final Set<String> STREET_PARTICLES =
      Set.of(
          "de", "la", "le", "les", "du", "des", "del", "della", "dei", "degli", "di", "da", "do",
          "dos", "das", "e", "y", "der", "den", "dem", "of", "the", "l", "d");
  private static final Set<String> FULL_COMPOUNDS = Set.of("strasse", "str");

  /** Words of a building block written after its letter or number ({@code A Blok}). */
  private static final Set<String> BLOCKS = Set.of("blok", "blk", "block");

  /** German adjectives that begin street names, in their inflected forms, as folded keys. */
  private static final Set<String> STREET_ADJECTIVES =
      Set.of(
          ("alte alten alter altes neue neuen neuer grosse grossen grosser kleine kleinen kleiner"
                  + " obere oberen oberer untere unteren unterer hohe hohen lange langen breite"
                  + " breiten hintere hinteren vordere vorderen mittlere mittleren innere inneren"
                  + " aussere ausseren westliche westlichen ostliche ostlichen nordliche nordlichen"
                  + " sudliche sudlichen")
              .split(" "));

  private final Lexicons lx;
  private final Set<String> poBoxKeys;
  private final Set<String> poBoxFirstWords;

  StreetFinder(Lexicons lexicons) {
    this.lx = lexicons;
    Set<String> joined = new HashSet<>();
    Set<String> firstWords = new HashSet<>();
    for (String key : lexicons.poBoxes().keys()) {
      joined.add(key.replace(" ", ""));
      int space = key.indexOf(' ');
      firstWords.add(space < 0 ? key : key.substring(0, space));
    }
    this.poBoxKeys = Set.copyOf(joined);
    this.poBoxFirstWords = Set.copyOf(firstWords);
  }

  /** A part of a street line, in token indexes (both inclusive). */
  /**
   * Streets known by one word, without a street word: Broadway (New York and many US cities) and
   * London's best known ones.
   */
  private static final Set<String> ONE_WORD_STREETS =
      Set.of(
          "broadway",
          "strand",
          "piccadilly",
          "kingsway",
          "aldwych",
          "whitehall",
          "cheapside",
          "eastcheap",
          "haymarket",
          "bowery");

  private record Segment(int first, int last, int strength, boolean numbered, boolean poBox) {}

  /**
   * Adds the street lines of {@code t} to {@code out}. In {@code lenient} mode (a whole field
   * value) lower-case names count and levels are one step higher.
   */
  void find(Tokens t, boolean lenient, List<PeopleSpan> out) {
    List<Segment> segments = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      Segment segment = segmentAt(t, i, lenient);
      if (segment == null) {
        i++;
        continue;
      }
      Segment previous = segments.isEmpty() ? null : segments.getLast();
      if (previous != null && segment.first() <= previous.last()) {
        if (segment.last() > previous.last()) {
          segments.set(segments.size() - 1, merge(previous, segment));
        }
      } else if (previous != null
          && adjacent(t, previous, segment)
          && !previous.poBox()
          && !(previous.numbered() && segment.numbered())) {
        segments.set(segments.size() - 1, merge(previous, segment));
      } else {
        segments.add(segment);
      }
      i = Math.max(i + 1, segment.last() + 1);
    }
    for (Segment segment : segments) {
      Likelihood likelihood = likelihood(t, segment, lenient);
      if (likelihood != null) {
        out.add(
            new PeopleSpan(
                InfoType.STREET_ADDRESS,
                t.start(segment.first()),
                t.end(segment.last()),
                likelihood));
      }
    }
  }

  private static Segment merge(Segment a, Segment b) {
    return new Segment(
        Math.min(a.first(), b.first()),
        Math.max(a.last(), b.last()),
        Math.max(a.strength(), b.strength()),
        a.numbered() || b.numbered(),
        false);
  }

  /** True when only a comma or white space on the same line separates two segments. */
  private static boolean adjacent(Tokens t, Segment a, Segment b) {
    int gap = b.first() - a.last() - 1;
    if (t.lineBefore(b.first())) {
      return false;
    }
    if (gap == 0) {
      return true;
    }
    return gap == 1 && t.isPunct(a.last() + 1, ',') && !t.lineBefore(a.last() + 1);
  }

  private Likelihood likelihood(Tokens t, Segment segment, boolean lenient) {
    boolean context = Phrases.before(t, segment.first(), lx.addressContext()) >= 0;
    Likelihood level;
    if (segment.poBox()) {
      level = Likelihood.LIKELY;
    } else if (segment.numbered()) {
      level =
          switch (segment.strength()) {
            case STRONG -> Likelihood.VERY_LIKELY;
            case MEDIUM -> Likelihood.LIKELY;
            default -> Likelihood.POSSIBLE;
          };
    } else if (segment.strength() == STRONG) {
      level = context ? Likelihood.POSSIBLE : Likelihood.UNLIKELY;
    } else {
      return null;
    }
    if (context) {
      level = level.shift(1);
    }
    if (lenient) {
      level = level.shift(1);
    }
    return level;
  }

  private Segment segmentAt(Tokens t, int i, boolean lenient) {
    if (!lenient && t.isWord(i) && t.shape(i) == Tokens.LOWER && !startsLowerCaseStreet(t, i)) {
      return null;
    }
    Segment box = poBoxAt(t, i);
    if (box != null) {
      return box;
    }
    Segment bare = unitAndOneWordStreet(t, i);
    if (bare != null) {
      return bare;
    }
    Segment known = numberAndKnownOneWordStreet(t, i);
    if (known != null) {
      return known;
    }
    if (!t.isWord(i) || t.shape(i) == Tokens.MIXED && !lenient) {
      return null;
    }
    String key = t.key(i);
    boolean capital = t.isCapitalWord(i, false);
    if (lx.streetSuffixes().contains(key) || lx.areaWords().contains(key)) {
      boolean abbreviation =
          lx.streetSuffixes().isAbbreviation(key) || lx.areaWords().isAbbreviation(key);
      if (capital || lenient || !abbreviation) {
        Segment s = suffixStreet(t, i, STRONG, false, lenient);
        if (s != null) {
          return s;
        }
      }
    }
    if (lx.weakStreetSuffixes().contains(key) && (capital || lenient) && !titleGoesOn(t, i)) {
      Segment s = suffixStreet(t, i, WEAK, false, lenient);
      if (s != null) {
        return s;
      }
    }
    if (lx.streetPrefixes().contains(key) && (capital || lenient || houseNumberBefore(t, i) >= 0)) {
      Segment s = prefixStreet(t, i, STRONG, lenient);
      if (s != null) {
        return s;
      }
      s = suffixStreet(t, i, STRONG, false, lenient);
      if (s != null) {
        return s;
      }
    }
    if (capital && lx.weakStreetPrefixes().contains(key)) {
      Segment s = prefixStreet(t, i, WEAK, lenient);
      if (s != null && s.numbered()) {
        return s;
      }
    }
    String ending = compoundEnding(t, i, key);
    if (ending != null) {
      int strength = FULL_COMPOUNDS.contains(ending) ? STRONG : MEDIUM;
      return suffixStreet(t, i, strength, true, lenient);
    }
    return null;
  }

  /**
   * True when a capitalised word follows the word at {@code i} on its line: an ordinary word that
   * ends street names ({@code Spring}, {@code Garden}) is then inside a title ({@code 4 Mountain
   * Spring Water Bottles}) or before the real street word ({@code Oak Hill Road}), unless the next
   * word starts a flat or house number ({@code Jessica Creek Apt. 123}).
   */
  private boolean titleGoesOn(Tokens t, int i) {
    int next = i + 1;
    if (!t.isWord(next) || t.lineBefore(next) || !t.spaceBefore(next)) {
      return false;
    }
    String key = t.key(next);
    return t.isCapitalWord(next, false)
        && !lx.units().contains(key)
        && !lx.numberMarkers().contains(key)
        && !isDirection(t, next);
  }

  /**
   * True when a lower-case word at {@code i} may still anchor a street: a street word after a
   * capitalised name or a number ({@code Jackson street}, {@code 12 rue de la Paix}), or a full
   * stop of an abbreviation.
   */
  private static boolean startsLowerCaseStreet(Tokens t, int i) {
    int previous = i - 1;
    return t.isCapitalWord(previous, false) || t.isNumber(previous) || t.isPunct(previous, '.');
  }

  private String compoundEnding(Tokens t, int i, String key) {
    if (t.shape(i) == Tokens.MIXED) {
      return null;
    }
    String ending = lx.compoundEndings().endingOf(key, 3);
    if (ending == null) {
      return null;
    }
    char before = key.charAt(key.length() - ending.length() - 1);
    if (ending.equals("ring") && "aeiouy".indexOf(before) >= 0) {
      return null;
    }
    if (lx.givenNames().contains(key)
        || lx.surnames().contains(key)
        || lx.commonWords().contains(key)
        || lx.places().contains(key)) {
      return null;
    }
    if (lx.compoundEndings().isAbbreviation(ending)
        && !(t.isPunct(i + 1, '.') && t.attached(i + 1))) {
      return null;
    }
    return ending;
  }

  /** A street word after the name words (or a compound that holds them), then number and flat. */
  private Segment suffixStreet(
      Tokens t, int anchor, int strength, boolean compound, boolean lenient) {
    String anchorKey = t.key(anchor);
    boolean turkish = TURKISH_STREETS.contains(anchorKey);
    int first = anchor;
    int names = 0;
    int j = anchor - 1;
    while (j >= 0 && names < 5 && !compound) {
      if (t.lineBefore(first) || !t.spaceBefore(first)) {
        break;
      }
      if (turkish && t.isPunct(j, '.') && t.isNumber(j - 1) && t.attached(j)) {
        first = j - 1;
        names++;
        j -= 2;
        continue;
      }
      if (t.isPunct(j, '.')
          && t.isWord(j - 1)
          && (SAINTS.contains(t.key(j - 1))
              || isDirection(t, j - 1)
              || namePartBeforeStop(t, j - 1, names, lenient))
          && t.attached(j)) {
        first = j - 1;
        names++;
        j -= 2;
        continue;
      }
      if (isNameWord(t, j, lenient)) {
        if (names > 0 && sentenceStart(t, j) && lx.commonWords().contains(t.key(j))) {
          break;
        }
        first = j;
        names++;
        j--;
        continue;
      }
      if (names > 0 && isDirection(t, j)) {
        first = j;
        j--;
        continue;
      }
      if (t.isNumber(j) && isOrdinal(t, j)) {
        first = j;
        names++;
        j--;
        continue;
      }
      if (turkish && names == 0 && t.isNumber(j) && t.digits(j) == t.end(j) - t.start(j)) {
        first = j;
        names++;
        j--;
        continue;
      }
      break;
    }
    if (names == 0 && !compound) {
      return null;
    }
    if (compound && isStreetAdjective(t, anchor - 1)) {
      first = anchor - 1;
    }
    boolean numbered = false;
    int start = first;
    int before = compound ? -1 : houseNumberBefore(t, first);
    if (before >= 0 && !turkish) {
      start = unitBefore(t, before);
      numbered = true;
      if (strength == WEAK) {
        strength = MEDIUM;
      }
    } else if (before < 0 && !compound && !turkish && unitBefore(t, first) != first) {
      // a flat or unit instead of a house number (Flat 3, Rosemount Court; Unit 7, Llanishen
      // Industrial Estate): the unit's number places the line as a house number would
      start = unitBefore(t, first);
      numbered = true;
      if (strength == WEAK) {
        strength = MEDIUM;
      }
    }
    int last = anchor;
    int p = anchor + 1;
    if (t.isPunct(p, '.') && t.attached(p) && !isWholeStreetWord(t, anchor, anchorKey, compound)) {
      last = p;
      p++;
    }
    if (isDirection(t, p)) {
      last = p;
      p++;
      if (t.isPunct(p, '.') && t.attached(p)) {
        last = p;
        p++;
      }
    }
    Segment segment = finish(t, start, last, p, strength, numbered);
    return compound && !segment.numbered() ? null : segment;
  }

  /**
   * True when the street word at {@code anchor} is written out ({@code Street}, {@code Drive},
   * {@code Hauptstraße}) rather than abbreviated ({@code St.}, {@code Hauptstr.}): a full stop
   * after it then ends the sentence and is not part of the street.
   */
  private boolean isWholeStreetWord(Tokens t, int anchor, String key, boolean compound) {
    if (compound) {
      String ending = compoundEnding(t, anchor, key);
      return ending != null && !lx.compoundEndings().isAbbreviation(ending);
    }
    boolean listed =
        lx.streetSuffixes().contains(key)
            || lx.weakStreetSuffixes().contains(key)
            || lx.areaWords().contains(key)
            || lx.streetPrefixes().contains(key);
    return listed
        && !lx.streetSuffixes().isAbbreviation(key)
        && !lx.weakStreetSuffixes().isAbbreviation(key)
        && !lx.areaWords().isAbbreviation(key)
        && !lx.streetPrefixes().isAbbreviation(key);
  }

  /**
   * True when token {@code j} is a German adjective that begins the name of a compound street
   * ({@code Alte Poststraße}, {@code Untere Kirchgasse}, {@code in der Neuen Mainzer Straße}), on
   * the same line, right before it.
   */
  private static boolean isStreetAdjective(Tokens t, int j) {
    return j >= 0
        && t.isWord(j)
        && t.shape(j) == Tokens.CAPITALIZED
        && !t.lineBefore(j + 1)
        && t.spaceBefore(j + 1)
        && STREET_ADJECTIVES.contains(t.key(j));
  }

  /** A prefix street word, the name words after it, then number and flat. */
  private Segment prefixStreet(Tokens t, int anchor, int strength, boolean lenient) {
    int last = anchor;
    int names = 0;
    int j = anchor + 1;
    if (t.isPunct(j, '.') && t.attached(j)) {
      last = j;
      j++;
    }
    while (j < t.size() && names < 5) {
      if (t.lineBefore(j) || !t.spaceBefore(j)) {
        break;
      }
      if (isNameWord(t, j, lenient)) {
        last = j;
        names++;
        j++;
      } else if (isParticle(t, j)
          && (isNameWord(t, j + 1, lenient)
              || isParticle(t, j + 1) && isNameWord(t, j + 2, lenient))) {
        j++;
      } else {
        break;
      }
    }
    if (names == 0) {
      return null;
    }
    int start = anchor;
    boolean numbered = false;
    int before = houseNumberBefore(t, anchor);
    if (before >= 0) {
      start = before;
      numbered = true;
    }
    return finish(t, start, last, last + 1, strength, numbered);
  }

  /** Adds the house number after the street (unless one came before) and the flat parts. */
  private Segment finish(Tokens t, int start, int last, int p, int strength, boolean numbered) {
    boolean houseNumber = numbered;
    if (!numbered) {
      int number = houseNumberAfter(t, p);
      if (number >= 0) {
        numbered = true;
        houseNumber = true;
        last = number;
        p = number + 1;
      }
    }
    for (int parts = 0; parts < 6; parts++) {
      int part = unitAfter(t, p);
      if (part < 0 && !houseNumber) {
        part = houseNumberAfter(t, p); // after a block: Papatya Sk. A Blok No: 3
        houseNumber = part >= 0;
      }
      if (part < 0) {
        break;
      }
      numbered = true;
      last = part;
      p = part + 1;
    }
    return new Segment(start, last, strength, numbered, false);
  }

  private boolean isNameWord(Tokens t, int j, boolean lenient) {
    if (!t.isWord(j)) {
      return false;
    }
    byte shape = t.shape(j);
    boolean ok =
        shape == Tokens.CAPITALIZED
            || shape == Tokens.UPPER
            || (lenient && (shape == Tokens.LOWER || shape == Tokens.MIXED));
    if (!ok) {
      return false;
    }
    String key = t.key(j);
    return !lx.products().contains(key)
        && !lx.brands().contains(key)
        && !lx.companyForms().contains(key)
        && !lx.calendar().contains(key)
        && !lx.streetSuffixes().contains(key)
        && !lx.units().contains(key)
        && !lx.numberMarkers().contains(key);
  }

  /**
   * True when the word at {@code w}, followed by a full stop, belongs to the name of a street named
   * after a person: a generational suffix or an initial between name words ({@code Martin Luther
   * King Jr. Blvd}, {@code John F. Kennedy Blvd}), or {@code Dr.} before them ({@code Dr. Martin
   * Luther King Jr. Dr.}). {@code names} is how many name words follow it.
   */
  private boolean namePartBeforeStop(Tokens t, int w, int names, boolean lenient) {
    String key = t.key(w);
    boolean nameBefore = isNameWord(t, w - 1, lenient) && !t.lineBefore(w) && t.spaceBefore(w);
    if (NameFinder.GENERATIONS.contains(key) && t.shape(w) != Tokens.LOWER) {
      return nameBefore;
    }
    if (t.shape(w) == Tokens.INITIAL) {
      return names > 0 && nameBefore;
    }
    return key.equals("dr") && t.shape(w) == Tokens.CAPITALIZED && names > 0;
  }

  /** True when token {@code j} starts the text, a line or a sentence, or follows a colon. */
  private static boolean sentenceStart(Tokens t, int j) {
    return t.startsSentence(j) || t.isPunct(j - 1, ':');
  }

  private static boolean isParticle(Tokens t, int j) {
    return t.isWord(j) && t.shape(j) == Tokens.LOWER && STREET_PARTICLES.contains(t.key(j));
  }

  private static boolean isOrdinal(Tokens t, int j) {
    if (t.tail(j) != 2) {
      return false;
    }
    String tail = t.key(j).substring(t.digits(j));
    return tail.equals("st") || tail.equals("nd") || tail.equals("rd") || tail.equals("th");
  }

  private static boolean isDirection(Tokens t, int p) {
    return t.isWord(p)
        && !t.lineBefore(p)
        && t.spaceBefore(p)
        && (t.shape(p) == Tokens.UPPER || t.shape(p) == Tokens.INITIAL)
        && DIRECTIONS.contains(t.key(p));
  }

  /** A plain house number ({@code 12}, {@code 12a}, {@code 221B}) at {@code j}. */
  private static boolean isHouseNumber(Tokens t, int j, int maxDigits) {
    if (!t.isNumber(j)) {
      return false;
    }
    int digits = t.digits(j);
    int tail = t.tail(j);
    return digits >= 1 && digits <= maxDigits && tail <= 1;
  }

  /** The first token of a house number (a range {@code 12-14} too) right before {@code first}. */
  private static int houseNumberBefore(Tokens t, int first) {
    int j = first - 1;
    if (!isHouseNumber(t, j, 5) || t.lineBefore(first) || !t.spaceBefore(first)) {
      return -1;
    }
    if ((t.isPunct(j - 1, '-') || t.isPunct(j - 1, '/'))
        && t.attached(j)
        && t.attached(j - 1)
        && isHouseNumber(t, j - 2, 5)) {
      j -= 2;
    }
    if (t.isPunct(j - 1, '#') && t.attached(j)) {
      return -1;
    }
    if (t.isNumber(j - 1) || t.isPunct(j - 1, '.') && t.attached(j) && t.isNumber(j - 2)) {
      return -1;
    }
    return j;
  }

  /** {@code number} or the unit before it ({@code Flat 3, 12 High Street}). */
  private int unitBefore(Tokens t, int number) {
    int comma = number - 1;
    if (!t.isPunct(comma, ',') || t.lineBefore(number) || t.lineBefore(comma)) {
      return number;
    }
    int id = comma - 1;
    int unit = id - 1;
    if (t.isPunct(unit, '.') || t.isPunct(unit, ':')) {
      unit--;
    }
    if (t.isWord(unit) && lx.units().contains(t.key(unit)) && isUnitId(t, id)) {
      return unit;
    }
    return number;
  }

  /** The last token of a house number after {@code p} ({@code 12}, {@code No:12}, {@code 45/3}). */
  private int houseNumberAfter(Tokens t, int p) {
    int q = p;
    boolean comma = false;
    if (t.isPunct(q, ',') && !t.lineBefore(q)) {
      comma = true;
      q++;
    }
    if (t.lineBefore(q)) {
      return -1;
    }
    if (t.isWord(q) && lx.numberMarkers().contains(t.key(q))) {
      int r = q + 1;
      if (t.isPunct(r, ':') || t.isPunct(r, '.')) {
        r++;
      }
      if (t.isNumber(r) && !t.lineBefore(r) && t.digits(r) <= 5) {
        return numberEnd(t, r);
      }
      return -1;
    }
    if (comma || !t.spaceBefore(q) || !isHouseNumber(t, q, 4) || measureAfter(t, q)) {
      return -1;
    }
    return numberEnd(t, q);
  }

  /** True when the number at {@code q} is a quantity, a price, a time or a decimal. */
  private boolean measureAfter(Tokens t, int q) {
    int next = q + 1;
    if (next >= t.size()) {
      return false;
    }
    if (t.attached(next)
        && (t.isPunct(next, ':') || t.isPunct(next, '%') || t.isPunct(next, '€'))
        && !t.isPunct(next + 1)) {
      return true;
    }
    if ((t.isPunct(next, '.') || t.isPunct(next, ','))
        && t.attached(next)
        && t.isNumber(next + 1)
        && t.attached(next + 1)) {
      return true;
    }
    if (t.isWord(next) && !t.lineBefore(next)) {
      String key = t.key(next);
      return lx.products().contains(key) && !lx.commonWords().contains(key)
          || key.equals("x")
          || key.equals("adet");
    }
    return false;
  }

  /** Extends a number over {@code /3}, {@code -14} and a detached letter ({@code 12 a}). */
  private static int numberEnd(Tokens t, int r) {
    int e = r;
    if ((t.isPunct(e + 1, '/') || t.isPunct(e + 1, '-'))
        && t.attached(e + 1)
        && t.attached(e + 2)
        && (t.isNumber(e + 2) && t.digits(e + 2) <= 4
            || t.isWord(e + 2) && t.end(e + 2) - t.start(e + 2) == 1)) {
      e += 2;
    }
    int letter = e + 1;
    if (t.isWord(letter)
        && !t.lineBefore(letter)
        && t.end(letter) - t.start(letter) == 1
        && endsPart(t, letter + 1)) {
      e = letter;
    }
    return e;
  }

  /** True when token {@code q} ends a part of an address: the end, a line break, a comma. */
  private static boolean endsPart(Tokens t, int q) {
    if (q >= t.size() || t.lineBefore(q)) {
      return true;
    }
    if (t.isPunct(q, ',') || t.isPunct(q, ';') || t.isPunct(q, ')')) {
      return true;
    }
    return t.isPunct(q, '.') && (q + 1 >= t.size() || t.spaceBefore(q + 1));
  }

  /** The last token of a flat or floor part at {@code p} ({@code , Apt 4B}, {@code D:5}), or -1. */
  private int unitAfter(Tokens t, int p) {
    int q = p;
    if (t.isPunct(q, ',') && !t.lineBefore(q)) {
      q++;
    }
    if (q >= t.size() || t.lineBefore(q)) {
      return -1;
    }
    if (t.isPunct(q, '#')) {
      return isUnitId(t, q + 1) ? q + 1 : -1;
    }
    if (isUnitId(t, q)
        && t.isWord(q + 1)
        && !t.lineBefore(q + 1)
        && BLOCKS.contains(t.key(q + 1))) {
      return q + 1; // the block's letter or number first: A Blok, B Block
    }
    if (!t.isWord(q) || !lx.units().contains(t.key(q))) {
      return -1;
    }
    boolean single = t.key(q).length() == 1;
    int r = q + 1;
    boolean separator = false;
    if ((t.isPunct(r, ':') || t.isPunct(r, '.')) && t.attached(r)) {
      r++;
      separator = true;
    }
    if (single && !separator && !afterMarkedNumber(t, q)) {
      return -1; // D 3 only after No 7 (Gül Sokak No 7 D 3), not after any number
    }
    if (r < t.size() && !t.lineBefore(r) && isUnitId(t, r)) {
      return t.isNumber(r) ? numberEnd(t, r) : r;
    }
    return -1;
  }

  /**
   * A flat or suite, a comma, a house number and a street of one word no lexicon knows, ending its
   * part ({@code Suite 5, 20 Eastcheap, London}): the unit and the number make the word a street
   * even without a street word. Null when {@code i} starts no such line.
   */
  private Segment unitAndOneWordStreet(Tokens t, int i) {
    if (!t.isWord(i) || t.shape(i) == Tokens.LOWER || !lx.units().contains(t.key(i))) {
      return null;
    }
    int id = i + 1;
    if ((t.isPunct(id, '.') || t.isPunct(id, ':')) && t.attached(id)) {
      id++;
    }
    int comma = id + 1;
    int number = comma + 1;
    int word = number + 1;
    if (!isUnitId(t, id)
        || t.lineBefore(id)
        || !t.isPunct(comma, ',')
        || t.lineBefore(number)
        || !isHouseNumber(t, number, 4)
        || !t.isWord(word)
        || t.lineBefore(word)
        || t.shape(word) != Tokens.CAPITALIZED
        || t.end(word) - t.start(word) < 4
        || !endsPart(t, word + 1)) {
      return null;
    }
    String key = t.key(word);
    if (lx.isOrdinaryWord(key) || lx.isGoodsOrCompany(key) || lx.isGivenName(key)) {
      return null;
    }
    return new Segment(i, word, MEDIUM, true, false);
  }

  /**
   * A house number and a street known by one word alone, ending its part ({@code 1450 Broadway,},
   * {@code 190 Strand.}): these have no street word to find them by. Null when the word at {@code
   * i} is no such street or does not follow a house number.
   */
  private static Segment numberAndKnownOneWordStreet(Tokens t, int i) {
    if (!t.isWord(i)
        || t.shape(i) != Tokens.CAPITALIZED
        || !ONE_WORD_STREETS.contains(t.key(i))
        || !endsPart(t, i + 1)) {
      return null;
    }
    int number = houseNumberBefore(t, i);
    return number < 0 ? null : new Segment(number, i, MEDIUM, true, false);
  }

  /** True when token {@code q} follows a house number written after a marker ({@code No 7}). */
  private boolean afterMarkedNumber(Tokens t, int q) {
    int number = q - 1;
    if (!t.isNumber(number)) {
      return false;
    }
    int marker = number - 1;
    if (t.isPunct(marker, ':') || t.isPunct(marker, '.')) {
      marker--;
    }
    return t.isWord(marker) && lx.numberMarkers().contains(t.key(marker));
  }

  private static boolean isUnitId(Tokens t, int r) {
    if (t.isNumber(r)) {
      return t.digits(r) <= 5 && t.tail(r) <= 2;
    }
    return t.isWord(r)
        && (t.shape(r) == Tokens.INITIAL || t.shape(r) == Tokens.UPPER)
        && t.end(r) - t.start(r) <= 2;
  }

  /** A post office box line ({@code PO Box 1234}, {@code Postfach 10 12 34}) at {@code i}. */
  private Segment poBoxAt(Tokens t, int i) {
    if (!t.isWord(i) || !poBoxFirstWords.contains(t.key(i))) {
      return null;
    }
    int last = Phrases.afterJoined(t, i, poBoxKeys, 4);
    if (last < 0) {
      return null;
    }
    int number = last + 1;
    if (t.isPunct(number, ':') || t.isPunct(number, '.')) {
      number++;
    }
    if (!t.isNumber(number) || t.lineBefore(number) || t.digits(number) > 8) {
      return null;
    }
    int end = number;
    while (t.isNumber(end + 1)
        && !t.lineBefore(end + 1)
        && t.spaceBefore(end + 1)
        && t.digits(end + 1) <= 3
        && end - number < 3) {
      end++;
    }
    return new Segment(i, end, STRONG, true, true);
  }
}
