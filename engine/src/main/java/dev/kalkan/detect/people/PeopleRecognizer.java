package dev.kalkan.detect.people;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recognizes person names ({@link InfoType#PERSON_NAME}) and street lines ({@link
 * InfoType#STREET_ADDRESS}) in English, German and Turkish: in free text with {@link #find}, and as
 * whole values of structured fields ({@code BuyerName}, {@code AddressLine1}) with {@link
 * #nameLikelihood} and {@link #streetLikelihood}.
 *
 * <p>It works from word lists (given names, surnames, titles, context phrases, street words, and
 * negative lists of company forms, products, brands, places, months and ordinary words) shipped as
 * resources and described in {@code docs/PEOPLE.md}. Text is cut into tokens once and every
 * decision is a bounded look-around with hash lookups, so the time is linear in the text; there is
 * no regular expression. Immutable and thread-safe; no method throws on any content.
 */
public final class PeopleRecognizer {
  /** Field values longer than this are judged as text, not as one name or street line. */
  private static final int MAX_FIELD_CHARS = 300;

  private static final class Holder {
    static final PeopleRecognizer DEFAULTS = new PeopleRecognizer(Lexicons.builtIn());
  }

  private final Lexicons lx;
  private final NameFinder names;
  private final StreetFinder streets;

  private PeopleRecognizer(Lexicons lexicons) {
    this.lx = lexicons;
    this.names = new NameFinder(lexicons);
    this.streets = new StreetFinder(lexicons);
  }

  /** The recognizer with the built-in lexicons, loaded on first use and shared. */
  public static PeopleRecognizer defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Finds names and street lines in {@code text}.
   *
   * @param text any text; null counts as empty
   * @return non-overlapping spans in text order, each with its likelihood (levels below {@code
   *     POSSIBLE} included; callers filter by their minimum)
   */
  public List<PeopleSpan> find(CharSequence text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    List<PeopleSpan> found = new ArrayList<>();
    streets.find(tokens, false, found);
    List<PeopleSpan> people = new ArrayList<>();
    names.find(tokens, people);
    List<PeopleSpan> result = new ArrayList<>(found.size() + people.size());
    List<PeopleSpan> reported = new ArrayList<>(found.size());
    for (PeopleSpan street : found) {
      if (street.likelihood().atLeast(Likelihood.POSSIBLE)) {
        reported.add(street);
      }
    }
    List<PeopleSpan> kept = withoutOverlaps(people, reported);
    result.addAll(withoutOverlaps(found, kept));
    result.addAll(kept);
    result.sort(Comparator.comparingInt(PeopleSpan::start));
    return List.copyOf(result);
  }

  /**
   * The spans of {@code candidates} that overlap none of {@code others}; both lists in text order
   * without overlaps among themselves, so one merge pass suffices.
   */
  private static List<PeopleSpan> withoutOverlaps(
      List<PeopleSpan> candidates, List<PeopleSpan> others) {
    List<PeopleSpan> kept = new ArrayList<>(candidates.size());
    int o = 0;
    for (PeopleSpan candidate : candidates) {
      while (o < others.size() && others.get(o).end() <= candidate.start()) {
        o++;
      }
      if (o >= others.size() || !others.get(o).overlaps(candidate)) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  /**
   * How plausible a whole field value is as a person's name: {@code VERY_LIKELY} for a lexicon
   * given name and surname ({@code Ayşe Yılmaz}, {@code john smith}), {@code LIKELY} or {@code
   * POSSIBLE} for name-shaped values with less lexicon support, {@code UNLIKELY} for companies
   * ({@code Acme Corp LLC}, {@code Amazon EU S.à r.l.}), products, places, ordinary words and
   * values with digits, {@code VERY_UNLIKELY} for empty and placeholder values ({@code N/A}, {@code
   * null}, {@code Test}).
   *
   * @param fieldValue the value of a field such as {@code BuyerName}; null counts as empty
   */
  public Likelihood nameLikelihood(String fieldValue) {
    String value = fieldValue == null ? "" : fieldValue.strip();
    if (value.isEmpty() || isPlaceholder(value)) {
      return Likelihood.VERY_UNLIKELY;
    }
    if (value.length() > MAX_FIELD_CHARS) {
      return Likelihood.UNLIKELY;
    }
    Tokens t = Tokens.of(value);
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.isNumber(i) || t.isPunct(i, '@') || t.isPunct(i, '#')) {
        return Likelihood.UNLIKELY;
      }
      if (!t.isWord(i)) {
        continue;
      }
      String key = t.key(i);
      if (lx.companyWords().contains(key)
          || Phrases.after(t, i, lx.companyWords()) >= 0
          || (lx.isGoodsOrCompany(key) && !isLexiconName(key))
          || t.shape(i) == Tokens.MIXED) {
        return Likelihood.UNLIKELY;
      }
      boolean leadingTitle = words.isEmpty() && lx.titles().contains(key);
      boolean trailing = !words.isEmpty() && lx.honorificsAfter().contains(key);
      if (!leadingTitle && !trailing && !lx.particles().contains(key)) {
        words.add(i);
      }
    }
    if (words.isEmpty()) {
      return Likelihood.VERY_UNLIKELY;
    }
    if (words.size() > 6) {
      return Likelihood.UNLIKELY;
    }
    int lexicon = 0;
    int ordinary = 0;
    for (int w : words) {
      String key = t.key(w);
      if (isLexiconName(key)) {
        lexicon++;
      } else if (lx.isOrdinaryWord(key)) {
        ordinary++;
      }
    }
    int first = words.getFirst();
    int last = words.getLast();
    if (words.size() == 1) {
      String key = t.key(first);
      byte shape = t.shape(first);
      if (lexicon == 1) {
        return lx.isOrdinaryWord(key) ? Likelihood.POSSIBLE : Likelihood.LIKELY;
      }
      if (ordinary == 1
          || shape == Tokens.INITIAL
          || shape == Tokens.LOWER
          || shape == Tokens.UPPER && key.length() <= 4) {
        return Likelihood.UNLIKELY;
      }
      return Likelihood.POSSIBLE;
    }
    if (ordinary == words.size()) {
      return Likelihood.UNLIKELY;
    }
    boolean given = lx.isGivenName(t.key(first));
    boolean surname = lx.isSurname(t.key(last)) || lx.isGivenName(t.key(last));
    if (given && surname && ordinary == 0) {
      return Likelihood.VERY_LIKELY;
    }
    if (lexicon > 0) {
      return ordinary > 0 ? Likelihood.POSSIBLE : Likelihood.LIKELY;
    }
    return ordinary > 0 ? Likelihood.UNLIKELY : Likelihood.POSSIBLE;
  }

  /**
   * How plausible a whole field value is as a street line: {@code VERY_LIKELY} or {@code LIKELY}
   * for a street with a house number or flat ({@code 123 Main St Apt 4B}, {@code Hauptstraße 12a},
   * {@code Atatürk Cad. No:12 D:5}) and for flat or box lines alone ({@code Apt 5}, {@code PO Box
   * 12}), {@code POSSIBLE} for other text with letters (building names, localities), {@code
   * UNLIKELY} for pure numbers, places alone, e-mail addresses, companies and products, {@code
   * VERY_UNLIKELY} for empty and placeholder values ({@code N/A}, {@code address_1}).
   *
   * @param fieldValue the value of a field such as {@code AddressLine1}; null counts as empty
   */
  public Likelihood streetLikelihood(String fieldValue) {
    String value = fieldValue == null ? "" : fieldValue.strip();
    if (value.isEmpty() || isPlaceholder(value)) {
      return Likelihood.VERY_UNLIKELY;
    }
    if (value.length() > MAX_FIELD_CHARS) {
      return Likelihood.UNLIKELY;
    }
    Tokens t = Tokens.of(value);
    boolean letters = false;
    boolean digits = false;
    boolean streetWord = false;
    boolean goods = false;
    for (int i = 0; i < t.size(); i++) {
      if (t.isPunct(i, '@')) {
        return Likelihood.UNLIKELY;
      }
      if (t.isNumber(i)) {
        digits = true;
      }
      if (!t.isWord(i)) {
        continue;
      }
      letters = true;
      String key = t.key(i);
      if (lx.companyForms().contains(key) || Phrases.after(t, i, lx.companyForms()) >= 0) {
        return Likelihood.UNLIKELY;
      }
      streetWord |= isStreetVocabulary(key);
      goods |= lx.products().contains(key) || lx.brands().contains(key);
    }
    if (!letters) {
      return digits ? Likelihood.UNLIKELY : Likelihood.VERY_UNLIKELY;
    }
    List<PeopleSpan> found = new ArrayList<>();
    streets.find(t, true, found);
    Likelihood best = null;
    for (PeopleSpan span : found) {
      if (best == null || span.likelihood().compareTo(best) > 0) {
        best = span.likelihood();
      }
    }
    if (best != null && best.atLeast(Likelihood.LIKELY)) {
      return best;
    }
    if (unitLine(t)) {
      return Likelihood.LIKELY;
    }
    String key = WordKey.of(value);
    if (lx.places().contains(key)) {
      return Likelihood.UNLIKELY;
    }
    if (streetWord) {
      return Likelihood.LIKELY;
    }
    if (goods) {
      return Likelihood.UNLIKELY;
    }
    return Likelihood.POSSIBLE;
  }

  private boolean isStreetVocabulary(String key) {
    return lx.streetSuffixes().contains(key)
        || lx.weakStreetSuffixes().contains(key)
        || lx.streetPrefixes().contains(key)
        || lx.areaWords().contains(key)
        || lx.numberMarkers().contains(key)
        || lx.compoundEndings().endingOf(key, 3) != null;
  }

  /**
   * A flat, floor or box line alone: {@code Apt 5}, {@code Suite 123}, {@code Kat 3}, {@code #12}.
   */
  private boolean unitLine(Tokens t) {
    int i = 0;
    if (t.isPunct(i, '#')) {
      return t.isNumber(i + 1);
    }
    if (!t.isWord(i) || !lx.units().contains(t.key(i))) {
      return false;
    }
    i++;
    if (t.isPunct(i, ':') || t.isPunct(i, '.')) {
      i++;
    }
    return t.isNumber(i) || t.isWord(i) && t.shape(i) != Tokens.LOWER && t.end(i) - t.start(i) <= 2;
  }

  private boolean isLexiconName(String key) {
    return lx.isGivenName(key) || lx.isSurname(key);
  }

  private boolean isPlaceholder(String value) {
    String key = WordKey.of(value);
    return key.isEmpty()
        || lx.placeholders().contains(key)
        || lx.placeholders().contains(key.replace(" ", ""));
  }
}
