package dev.kalkan.detect.people;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.List;
import java.util.Set;

/**
 * Finds person names in {@link Tokens}. A candidate is a run of capitalised words on one line
 * (initials with a full stop and lower-case particles such as {@code von} and {@code van} inside
 * it). The run is then cut to its core: titles ({@code Mr}, {@code Frau}, {@code Sayın}) before it
 * and honorifics ({@code Hanım}, {@code Bey}) after it are evidence, not part of the span; ordinary
 * words, months and places at its ends are dropped. A run that holds a company, product or brand
 * word, or that is the name of a street, is not a name.
 *
 * <p>The core needs evidence to count: a lexicon given name followed by a capitalised word (a
 * lexicon surname is stronger), a title, or a context phrase before it (a greeting, a label such as
 * {@code Name:} or {@code Alıcı:}, an address label, a relation such as {@code my husband} or
 * {@code meinem Sohn}, a closing such as {@code Regards,}). A given name alone counts only in
 * context or after a signing-off dash; an unknown single word only as a signature (alone on its
 * line after a closing). All-upper-case runs ({@code AYŞE YILMAZ}) need lexicon words. Immutable
 * and thread-safe.
 */
final class NameFinder {
  private static final int MAX_RUN = 8;
  private static final int MAX_CORE = 4;
  private static final Set<Character> BREAKS_BEFORE =
      Set.of('.', '@', '_', '/', '\\', '-', '+', '=', '&', '#', '%', '$', '*');

  /** Generational suffixes after a name ({@code Jr.}, {@code Sr.}), also inside street names. */
  static final Set<String> GENERATIONS = Set.of("jr", "sr");

  /** Name particles that are also common German prepositions. */
  private static final Set<String> PREPOSITIONS = Set.of("von", "zu");

  /**
   * Phrases by which writers introduce themselves; a name after them counts even in lower case
   * ({@code hi, my name is carlos mendoza}).
   */
  private static final Lexicon SELF_INTRODUCTIONS =
      Lexicon.parse(
          "self-introductions",
          "my name is\nmy name's\nbenim adım\nadım\nmein name ist\nich heiße\nich heisse\n");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("near", "at", "in", "by", "opposite", "behind", "around", "past", "outside", "inside");

  private static final Set<String> FOLLOWING_CONTEXT =
      Set.of("wrote", "schrieb", "yazdi", "said", "says");

  private final Lexicons lx;

  NameFinder(Lexicons lexicons) {
    this.lx = lexicons;
  }

  /** Adds the names of {@code t} to {@code out}. */
  void find(Tokens t, List<PeopleSpan> out) {
    int n = t.size();
    int[] run = new int[MAX_RUN];
    int i = 0;
    while (i < n) {
      if (!startsRun(t, i)) {
        i = Math.max(i + 1, lowerCaseName(t, i, out));
        continue;
      }
      int inverted = invertedName(t, i, out);
      if (inverted > 0) {
        i = inverted;
        continue;
      }
      int length = collectRun(t, i, run);
      int next = length == 0 ? i + 1 : evaluate(t, run, length, out);
      i = Math.max(i + 1, next);
    }
  }

  /**
   * A name in lower case right after a self-introduction ({@code my name is carlos mendoza}): a
   * lexicon given name that is not an ordinary word, and the word after it when that is a lexicon
   * name or any other word of four letters or more that is not an ordinary word. Adds it to {@code
   * out} and returns the token after it, or -1.
   */
  private int lowerCaseName(Tokens t, int i, List<PeopleSpan> out) {
    if (!t.isWord(i)
        || t.shape(i) != Tokens.LOWER
        || !lx.isGivenName(t.key(i))
        || lx.isOrdinaryWord(t.key(i))
        || Phrases.before(t, i, SELF_INTRODUCTIONS) < 0) {
      return -1;
    }
    int next = i + 1;
    boolean surname =
        t.isWord(next)
            && !t.lineBefore(next)
            && t.spaceBefore(next)
            && t.shape(next) == Tokens.LOWER
            && !lx.isOrdinaryWord(t.key(next))
            && (isLexiconName(t.key(next)) || t.end(next) - t.start(next) >= 4);
    int last = surname ? next : i;
    out.add(
        new PeopleSpan(
            InfoType.PERSON_NAME,
            t.start(i),
            t.coreEnd(last),
            surname ? Likelihood.LIKELY : Likelihood.POSSIBLE));
    return last + 1;
  }

  private static boolean startsRun(Tokens t, int i) {
    if (!t.isCapitalWord(i, true)) {
      return false;
    }
    if (i == 0 || t.spaceBefore(i)) {
      return true;
    }
    if (t.isPunct(i - 1)) {
      char c = t.text().charAt(t.start(i - 1));
      return !BREAKS_BEFORE.contains(c);
    }
    return false;
  }

  /**
   * A name written surname first ({@code Smith, John}, {@code "Yılmaz, Ayşe" <ayse@…>}): one
   * capitalised word, a comma, a lexicon given name and at most one more given name or initial, on
   * one line, after a label ({@code From:}, {@code Customer:}), between quotes or before an e-mail
   * address in angle brackets. Adds it to {@code out} and returns the token after it, or returns -1
   * when {@code i} starts no such name ({@code London, Paris and Berlin}).
   */
  private int invertedName(Tokens t, int i, List<PeopleSpan> out) {
    int comma = i + 1;
    int given = i + 2;
    if (!t.isPunct(comma, ',')
        || !t.attached(comma)
        || t.lineBefore(given)
        || !t.spaceBefore(given)
        || !t.isCapitalWord(given, false)
        || t.shape(i) == Tokens.INITIAL) {
      return -1;
    }
    String givenKey = t.key(given);
    boolean knownGiven = lx.isGivenName(givenKey);
    if (!knownGiven
        && (!quotedBeforeAddress(t, i, given + 1)
            || t.shape(given) != Tokens.CAPITALIZED
            || lx.isOrdinaryWord(givenKey)
            || lx.places().contains(givenKey)
            || lx.isGoodsOrCompany(givenKey)
            || lx.isSurname(givenKey))) {
      return -1;
    }
    String surname = t.key(i);
    if (!lx.isSurname(surname)
        && (lx.isOrdinaryWord(surname)
            || lx.places().contains(surname)
            || lx.isGoodsOrCompany(surname)
            || lx.isGivenName(surname))) {
      return -1;
    }
    int last = given;
    int next = given + 1;
    if (t.isWord(next) && !t.lineBefore(next) && t.spaceBefore(next)) {
      boolean initial = t.shape(next) == Tokens.INITIAL;
      if (initial || t.isCapitalWord(next, false) && lx.isGivenName(t.key(next))) {
        last = next;
        next++;
        if (initial && t.isPunct(next, '.') && t.attached(next)) {
          last = next;
          next++;
        }
      } else if (t.isCapitalWord(next, true)) {
        return -1;
      }
    }
    boolean quoted = t.isPunct(i - 1, '"') && t.isPunct(next, '"');
    boolean label = Phrases.before(t, i, lx.nameContext()) >= 0;
    boolean address = t.isPunct(quoted ? next + 1 : next, '<');
    if (!quoted && !label && !address) {
      return -1;
    }
    boolean lexicon = lx.isSurname(surname);
    Likelihood likelihood;
    if (!knownGiven) {
      likelihood = lexicon ? Likelihood.LIKELY : Likelihood.POSSIBLE;
    } else {
      likelihood = lexicon && (label || address) ? Likelihood.VERY_LIKELY : Likelihood.LIKELY;
    }
    int end = t.isPunct(last, '.') ? t.end(last) : t.coreEnd(last);
    out.add(new PeopleSpan(InfoType.PERSON_NAME, t.start(i), end, likelihood));
    return next;
  }

  /**
   * True when {@code "Surname, Given"} stands between quotes at {@code surname - 1} and {@code
   * end}, right before an address in angle brackets ({@code "Okafor, Chiamaka" <c.okafor@…>}): a
   * mail header's display name, evidence enough for a given name no lexicon holds.
   */
  private static boolean quotedBeforeAddress(Tokens t, int surname, int end) {
    return t.isPunct(surname - 1, '"') && t.isPunct(end, '"') && t.isPunct(end + 1, '<');
  }

  /** Fills {@code run} with the token indexes of the run at {@code i}; returns its length. */
  private int collectRun(Tokens t, int i, int[] run) {
    int length = 0;
    int j = i;
    while (j < t.size() && length < MAX_RUN) {
      if (length > 0 && (t.lineBefore(j) || !t.spaceBefore(j))) {
        break;
      }
      if (t.isCapitalWord(j, true)) {
        boolean dot = t.isPunct(j + 1, '.') && t.attached(j + 1);
        if (t.shape(j) == Tokens.INITIAL && !dot && !t.isCapitalWord(j + 1, false)) {
          break;
        }
        run[length++] = j;
        if (dot && (t.shape(j) == Tokens.INITIAL || lx.titles().contains(t.key(j)))) {
          j += 2;
        } else if (dot) {
          break;
        } else {
          j++;
        }
        continue;
      }
      if (length > 0
          && isParticle(t, j)
          && (!PREPOSITIONS.contains(t.key(j)) || namePartBefore(t, run[length - 1]))
          && (t.isCapitalWord(j + 1, false) && !t.lineBefore(j + 1)
              || isParticle(t, j + 1) && t.isCapitalWord(j + 2, false) && !t.lineBefore(j + 2))) {
        run[length++] = j;
        j++;
        continue;
      }
      break;
    }
    return length;
  }

  /**
   * True when token {@code w}, before a particle that is also a common preposition ({@code von},
   * {@code zu}), is the kind of word a name goes on from: a lexicon given name, an initial or a
   * title ({@code Klaus von Bülow}, {@code K. von Bülow}); after any other capitalised word, as in
   * German nouns ({@code Bestelldetails von Amazon-Kunde Kerstin Vogelsang}), it is the
   * preposition.
   */
  private boolean namePartBefore(Tokens t, int w) {
    String key = t.key(w);
    return lx.isGivenName(key) || t.shape(w) == Tokens.INITIAL || lx.titles().contains(key);
  }

  /** The last token of a place of two or more words ({@code San Francisco}) at {@code w}, or -1. */
  private int placePhraseEnd(Tokens t, int w) {
    int end = Phrases.after(t, w, lx.places());
    if (end < 0) {
      return -1;
    }
    int lastWord = t.isWord(end) ? end : end - 1;
    return lastWord > w ? end : -1;
  }

  /** The first ordinary word of the run after index {@code a}, or the end of the run. */
  private int nextOrdinary(Tokens t, int[] run, int length, int a) {
    for (int w = a + 1; w < length; w++) {
      if (lx.isOrdinaryWord(t.key(run[w])) && !isLexiconName(t.key(run[w]))) {
        return run[w];
      }
    }
    return run[length - 1] + 1;
  }

  /** A short upper-case code after a mixed-case name word ({@code CA} in {@code Austin CA}). */
  private boolean isShortCode(Tokens t, int token, int firstOfCore) {
    return t.shape(token) == Tokens.UPPER
        && t.shape(firstOfCore) != Tokens.UPPER
        && t.end(token) - t.start(token) <= 3
        && !isLexiconName(t.key(token));
  }

  private boolean isParticle(Tokens t, int j) {
    return t.isWord(j) && t.shape(j) == Tokens.LOWER && lx.particles().contains(t.key(j));
  }

  private boolean isLexiconName(String key) {
    return lx.isGivenName(key) || lx.isSurname(key);
  }

  private boolean isStreetWord(Tokens t, int w) {
    String key = t.key(w);
    if (lx.streetSuffixes().contains(key)
        || lx.areaWords().contains(key)
        || (lx.streetPrefixes().contains(key) && t.shape(w) != Tokens.UPPER)) {
      return true;
    }
    String ending = lx.compoundEndings().endingOf(key, 3);
    return ending != null
        && (ending.equals("strasse") || ending.equals("str"))
        && !isLexiconName(key);
  }

  /** Judges one run; returns the token index to continue from. */
  private int evaluate(Tokens t, int[] run, int length, List<PeopleSpan> out) {
    int runEnd = run[length - 1] + 1;
    boolean title = false;
    boolean signoff =
        Phrases.before(t, run[0], lx.signoffs()) >= 0 || afterSignatureDelimiter(t, run[0]);
    boolean context = signoff || Phrases.before(t, run[0], lx.nameContext()) >= 0;
    int a = 0;
    for (int w = 0; w < length; w++) {
      String key = t.key(run[w]);
      if (lx.titles().contains(key) && w + 1 < length && !capsBeforeMixedCase(t, run[w])) {
        title = true;
        a = w + 1;
      }
    }
    while (a < length) {
      int w = run[a];
      String key = t.key(w);
      int phraseEnd =
          Math.max(Phrases.after(t, w, lx.nameContext()), Phrases.after(t, w, lx.signoffs()));
      if (phraseEnd >= 0 && phraseEnd < run[length - 1]) {
        context = true;
        while (a < length && run[a] <= phraseEnd) {
          a++;
        }
        continue;
      }
      if (a + 1 < length && Phrases.before(t, run[a + 1], lx.nameContext()) >= 0) {
        // a context phrase that ends with a capitalised noun (meinem Sohn Jonas)
        context = true;
        a++;
        continue;
      }
      int place = placePhraseEnd(t, w);
      if (place >= 0) {
        context = false;
        while (a < length && run[a] <= place) {
          a++;
        }
        continue;
      }
      if (title && a > 0 && lx.titles().contains(t.key(run[a - 1])) && isParticle(t, w)) {
        break; // a surname that starts with a particle after a title (Ms. van der Berg)
      }
      if (context && t.shape(w) == Tokens.INITIAL && a + 1 < length) {
        break; // an initial after a greeting or label (Dear A. Yılmaz), not the article "A"
      }
      if ((lx.isOrdinaryWord(key) || t.shape(w) == Tokens.LOWER) && !isLexiconName(key)) {
        context = false;
        a++;
        continue;
      }
      break;
    }
    if (a >= length) {
      return runEnd;
    }
    if (lx.isGoodsOrCompany(t.key(run[a])) && !isLexiconName(t.key(run[a]))) {
      // a brand or product word: what follows it in the run may still be a name (AMAZON ORDER
      // FOR JOHN SMITH), what touches it may not (Mavi Ada Suitcase)
      return nextOrdinary(t, run, length, a);
    }
    if (a + 1 < length
        && t.shape(run[a]) != Tokens.INITIAL
        && !isLexiconName(t.key(run[a]))
        && lx.isGivenName(t.key(run[a + 1]))
        && !lx.isOrdinaryWord(t.key(run[a + 1]))
        && Phrases.before(t, run[a], lx.nameContext()) < 0) {
      // a capitalised word before a given name is a sentence start, a role or an inflected noun
      // (Siparişinizi Elif Koç), not the first name; right after a greeting or label it is the
      // first name (Dear Olusegun Adebayo, where Adebayo is a given name too)
      context = false;
      a++;
    }
    int[] core = new int[MAX_CORE];
    int m = 0;
    boolean honorific = false;
    int consumed = runEnd;
    int cut = -1;
    for (int w = a; w < length; w++) {
      int token = run[w];
      String key = t.key(token);
      if (m > 0 && lx.honorificsAfter().contains(key)) {
        honorific = true;
        consumed = token + 1;
        break;
      }
      if (m > 0
          && (lx.isOrdinaryWord(key) && !isLexiconName(key) && !isParticle(t, token)
              || isShortCode(t, token, core[0])
              || placePhraseEnd(t, token) >= 0)) {
        consumed = token;
        cut = token;
        break;
      }
      if (lx.weakStreetSuffixes().contains(key) && m > 0 && numberNear(t, run[a], token)) {
        return runEnd;
      }
      if (m == MAX_CORE) {
        return runEnd;
      }
      core[m++] = token;
    }
    for (int w = 0; w <= m; w++) {
      int token = w < m ? core[w] : cut;
      if (token < 0) {
        continue;
      }
      String key = t.key(token);
      if (lx.companyWords().contains(key) || Phrases.after(t, token, lx.companyWords()) >= 0) {
        return consumed;
      }
      if (lx.isGoodsOrCompany(key) && !isLexiconName(key)) {
        return consumed;
      }
      if (w < m && (isStreetWord(t, token) || lx.units().contains(key))) {
        return consumed;
      }
      if (w > 0 && w < m && !isLexiconName(key) && lx.isProductCompound(key)) {
        return consumed;
      }
    }
    if (m > 0 && cut < 0 && followedByCompanyOrStreet(t, core[m - 1] + 1)) {
      return consumed;
    }
    while (m > 0 && t.shape(core[m - 1]) == Tokens.INITIAL) {
      m--;
    }
    if (m == 0) {
      return consumed;
    }
    if (t.key(core[0]).equals("ben")
        && (m >= 3 && lx.isGivenName(t.key(core[1]))
            || m == 2
                && lx.isGivenName(t.key(core[1]))
                && !lx.isSurname(t.key(core[1]))
                && startsClause(t, core[0]))) {
      // Turkish "Ben Ayşe Demir" / "Ben Murat," (I am …): the pronoun, not the English given
      // name; "Ben Thomas" stays a name, Thomas being a surname too
      System.arraycopy(core, 1, core, 0, --m);
      context = true;
    }
    int last = core[m - 1];
    boolean evidence = context || title || honorific;
    if (identifierFollows(t, last)
        || namesPlace(t, core, m)
        || !evidence && (namesBrand(t, core[0]) || m > 1 && productFollows(t, last))
        || !evidence && namesPark(t, core, m)) {
      return consumed;
    }
    if (followedByContext(t, last + 1) || introducedAsHere(t, core[0], last + 1)) {
      context = true;
    }
    Likelihood likelihood = score(t, core, m, title || honorific, context);
    if (likelihood == null
        && m == 1
        && isSignature(t, core[0])
        && (context && signoff || afterDash(t, core[0]) && lx.isGivenName(t.key(core[0])))) {
      likelihood = Likelihood.POSSIBLE;
    }
    if (likelihood == null
        && m == 1
        && afterDash(t, core[0])
        && t.isPunct(core[0] + 1, ',')
        && lx.isGivenName(t.key(core[0]))
        && !lx.isOrdinaryWord(t.key(core[0]))) {
      likelihood = Likelihood.POSSIBLE; // a signature with a role: "- Kevin, Customer Care"
    }
    if (likelihood == null
        && m == 1
        && signsLastSentence(t, core[0])
        && lx.isGivenName(t.key(core[0]))
        && !lx.isOrdinaryWord(t.key(core[0]))
        && !lx.places().contains(t.key(core[0]))
        && !lx.isGoodsOrCompany(t.key(core[0]))) {
      likelihood = Likelihood.POSSIBLE; // "… Lütfen güncelleyin. Burak" at the end of a message
    }
    if (likelihood == null
        && m == 1
        && t.shape(core[0]) == Tokens.CAPITALIZED
        && caseSuffix(t, core[0])
        && lx.isGivenName(t.key(core[0]))
        && !lx.isOrdinaryWord(t.key(core[0]))
        && !lx.isGoodsOrCompany(t.key(core[0]))) {
      // a given name with a Turkish case suffix is a person's (Mehmet'e, Ayşe'nin)
      likelihood = Likelihood.POSSIBLE;
    }
    if (likelihood == null && m == 1 && isVocative(t, core[0])) {
      likelihood = Likelihood.POSSIBLE;
    }
    if (likelihood != null) {
      out.add(new PeopleSpan(InfoType.PERSON_NAME, t.start(core[0]), t.coreEnd(last), likelihood));
    }
    return last + 1;
  }

  /**
   * True when the name words {@code core[0, m)} are part of the name of a place or an institution:
   * a place head such as {@code St.}, {@code Port} or {@code Lake} directly before them, or a
   * facility noun such as {@code Airport}, {@code Mall} or {@code Hastanesi} as their last word or
   * directly after them, on the same line.
   */
  private boolean namesPlace(Tokens t, int[] core, int m) {
    int before = core[0] - 1;
    if (t.isPunct(before, '.') && t.attached(before)) {
      before--;
    }
    if (before >= 0
        && t.isWord(before)
        && !t.lineBefore(core[0])
        && lx.placeHeads().contains(t.key(before))) {
      return true;
    }
    int last = core[m - 1];
    if (m > 1 && lx.facilityWords().contains(t.key(last)) && !isLexiconName(t.key(last))) {
      return true;
    }
    int after = last + 1;
    return t.isWord(after) && !t.lineBefore(after) && lx.facilityWords().contains(t.key(after))
        || namesDay(t, core, m);
  }

  /**
   * True when a brand, label or character named after a person starts at {@code first} as a whole
   * name of two or more words ({@code Tom Ford}, {@code Jack Daniels}, {@code Harry Potter}); only
   * asked when nothing else says a person is meant ({@code Dear Tom Ford} is a person).
   */
  private boolean namesBrand(Tokens t, int first) {
    return Phrases.after(t, first, lx.brands()) > first;
  }

  /**
   * True when the word at {@code w} carries a suffix after an apostrophe other than the English
   * possessive {@code 's}: a Turkish case ending ({@code Mehmet'e}, {@code Ayşe'nin}), which only
   * proper nouns take. The possessive is left out: brands are written with it ({@code Levi's},
   * {@code Wendy's}).
   */
  private static boolean caseSuffix(Tokens t, int w) {
    int core = t.coreEnd(w);
    int end = t.end(w);
    if (core >= end) {
      return false;
    }
    char last = t.text().charAt(end - 1);
    return !(end - core == 2 && (last == 's' || last == 'S'));
  }

  /** True when token {@code w} starts its line or follows the end of a sentence or a comma. */
  private static boolean startsClause(Tokens t, int w) {
    return t.startsSentence(w) || t.isPunct(w - 1, ',');
  }

  /**
   * True when a product noun follows the name on its line ({@code George Foreman grill}, {@code
   * Stanley thermos}): a brand or product line named after a person. Only asked when nothing else
   * says a person is meant.
   */
  private boolean productFollows(Tokens t, int last) {
    int next = last + 1;
    return t.isWord(next)
        && !t.lineBefore(next)
        && lx.products().contains(t.key(next))
        && !lx.isOrdinaryWord(t.key(next)) // Martin Schulze hat …: the German verb
        && !isLexiconName(t.key(next));
  }

  /**
   * True when a name ending in {@code Park} follows a preposition of place ({@code next to Victoria
   * Park}, {@code near Olympia Park}): the park, not someone whose surname is Park. Only asked when
   * nothing else says a person is meant.
   */
  private static boolean namesPark(Tokens t, int[] core, int m) {
    if (m < 2 || !t.key(core[m - 1]).equals("park")) {
      return false;
    }
    int before = core[0] - 1;
    if (!t.isWord(before) || t.lineBefore(core[0])) {
      return false;
    }
    String key = t.key(before);
    return PLACE_PREPOSITIONS.contains(key)
        || key.equals("to") && t.isWord(before - 1) && t.key(before - 1).equals("next");
  }

  /**
   * True when the name words {@code core[0, m)} name a day, such as {@code Martin Luther King Day}
   * or {@code Martin Luther King Jr. Day}: {@code Day} right after them (after {@code Jr.} or
   * {@code Sr.} if any), or as the last of four or more ({@code Doris Day} and {@code Mary Ann Day}
   * stay names).
   */
  private static boolean namesDay(Tokens t, int[] core, int m) {
    int last = core[m - 1];
    if (m >= 4 && t.key(last).equals("day")) {
      return true;
    }
    int after = last + 1;
    if (t.isWord(after) && GENERATIONS.contains(t.key(after)) && !t.lineBefore(after)) {
      after++;
      if (t.isPunct(after, '.') && t.attached(after)) {
        after++;
      }
    }
    return t.isWord(after)
        && !t.lineBefore(after)
        && t.shape(after) == Tokens.CAPITALIZED
        && t.key(after).equals("day");
  }

  private boolean followedByCompanyOrStreet(Tokens t, int next) {
    int q = next;
    if (t.isPunct(q, ',') && !t.lineBefore(q)) {
      q++;
    }
    if (t.lineBefore(q)) {
      return false;
    }
    if (t.isWord(q)) {
      String key = t.key(q);
      if (Phrases.after(t, q, lx.companyWords()) >= 0) {
        return true;
      }
      if (q == next && (lx.streetSuffixes().contains(key) || lx.areaWords().contains(key))) {
        return true;
      }
    }
    if (t.isPunct(next, '&') && t.isWord(next + 1)) {
      return lx.companyWords().contains(t.key(next + 1));
    }
    return false;
  }

  private static boolean numberNear(Tokens t, int first, int suffix) {
    return t.isNumber(suffix + 1) && !t.lineBefore(suffix + 1)
        || t.isNumber(first - 1) && !t.lineBefore(first);
  }

  /** True when the name is glued to more of an identifier ({@code John.Smith@}, {@code Emma_}). */
  private static boolean identifierFollows(Tokens t, int last) {
    int next = last + 1;
    if (next >= t.size() || !t.attached(next)) {
      return false;
    }
    if (t.coreEnd(last) != t.end(last)) {
      return false;
    }
    if (t.isPunct(next, '@')
        || t.isPunct(next, '_')
        || t.isPunct(next, '/')
        || t.isPunct(next, '\\')) {
      return true;
    }
    return (t.isPunct(next, '.') || t.isPunct(next, '-'))
        && next + 1 < t.size()
        && t.attached(next + 1)
        && !t.isPunct(next + 1);
  }

  /**
   * True when the one word at {@code w}, right after a closing ({@code Cheers,}), is a signature: a
   * capitalised word alone at the end of its line that no lexicon knows as an ordinary word, a
   * place, a brand or a company ({@code Thanks, Oluwaseun}).
   */
  private boolean isSignature(Tokens t, int w) {
    String key = t.key(w);
    int next = w + 1;
    return t.shape(w) == Tokens.CAPITALIZED
        && (next >= t.size() || t.lineBefore(next))
        && !lx.isOrdinaryWord(key)
        && !lx.places().contains(key)
        && !lx.isGoodsOrCompany(key);
  }

  /**
   * True when the one word at {@code w} is someone addressed at the end of a sentence: a lexicon
   * given name that is no ordinary word, place, brand or company, after a comma and before {@code
   * !}, {@code ?} or a full stop that ends the line ({@code Thanks for the quick reply,
   * Bernadette!}).
   */
  private boolean isVocative(Tokens t, int w) {
    String key = t.key(w);
    int next = w + 1;
    if (!t.isPunct(w - 1, ',')
        || t.shape(w) != Tokens.CAPITALIZED
        || !lx.isGivenName(key)
        || lx.isOrdinaryWord(key)
        || lx.isGoodsOrCompany(key)) {
      return false;
    }
    return t.isPunct(next, '!')
        || t.isPunct(next, '?')
        || t.isPunct(next, '.') && (next + 1 >= t.size() || t.lineBefore(next + 1));
  }

  /**
   * True when the word at {@code w} ends the text after the end of a sentence on its line, with at
   * most a full stop or an exclamation mark after it: a name signed without a line break.
   */
  private static boolean signsLastSentence(Tokens t, int w) {
    int next = w + 1;
    if (t.isPunct(next, '.') || t.isPunct(next, '!')) {
      next++;
    }
    if (next < t.size() || t.lineBefore(w)) {
      return false;
    }
    return t.isPunct(w - 1, '.') || t.isPunct(w - 1, '!') || t.isPunct(w - 1, '?');
  }

  /**
   * True when token {@code w} starts the line after a signature delimiter: a line of nothing but
   * two dashes ({@code --}, the mail convention) or one long dash.
   */
  private static boolean afterSignatureDelimiter(Tokens t, int w) {
    if (!t.lineBefore(w)) {
      return false;
    }
    int k = w - 1;
    int dashes = 0;
    while (k >= 0 && t.isPunct(k) && dashes < 3) {
      char c = t.text().charAt(t.start(k));
      if (c != '-' && c != '–' && c != '—') {
        return false;
      }
      dashes += t.end(k) - t.start(k);
      if (k == 0 || t.lineBefore(k)) {
        return dashes == 2 || dashes == 1 && c != '-';
      }
      k--;
    }
    return false;
  }

  /**
   * True when a dash signs off before token {@code w}: {@code - Dana} at the end of a message, the
   * dash first on its line or after the end of a sentence.
   */
  private static boolean afterDash(Tokens t, int w) {
    int dash = w - 1;
    if (dash < 0 || t.lineBefore(w) || !t.isPunct(dash)) {
      return false;
    }
    char c = t.text().charAt(t.start(dash));
    if (c != '-' && c != '–' && c != '—') {
      return false;
    }
    if (c == '-' && t.isPunct(dash - 1, '-') && t.attached(dash)) {
      dash--; // a double hyphen written for a dash: "where is it?? -- Tyler"
    }
    return dash == 0
        || t.lineBefore(dash)
        || t.isPunct(dash - 1, '.')
        || t.isPunct(dash - 1, '!')
        || t.isPunct(dash - 1, '?');
  }

  /**
   * True when the title at {@code w} is written in capitals before a word that is not ({@code MX
   * Master}, {@code DR Martens}): a model or brand, where an address label in capitals has the name
   * in capitals too ({@code MR JOHN SMITH}).
   */
  private static boolean capsBeforeMixedCase(Tokens t, int w) {
    return t.shape(w) == Tokens.UPPER && t.isWord(w + 1) && t.shape(w + 1) != Tokens.UPPER;
  }

  /**
   * True when the writer names themselves with {@code here}: the name starts a line or a sentence
   * or follows a comma, and {@code here} (after an optional {@code from} and one to three
   * capitalised words) ends its clause ({@code Hey there, Grace here — …}, {@code Sophie from
   * Tallinn here.}).
   */
  private static boolean introducedAsHere(Tokens t, int first, int next) {
    int k = next;
    if (!startsClause(t, first) || t.lineBefore(k)) {
      return false;
    }
    if (t.isWord(k) && t.key(k).equals("from")) {
      int words = 0;
      for (k++; words < 3 && t.isCapitalWord(k, false) && !t.lineBefore(k); k++) {
        words++;
      }
      if (words == 0) {
        return false;
      }
    }
    if (!t.isWord(k) || t.lineBefore(k) || !t.key(k).equals("here")) {
      return false;
    }
    return k + 1 >= t.size() || t.lineBefore(k + 1) || t.isPunct(k + 1);
  }

  private static boolean followedByContext(Tokens t, int next) {
    if (t.lineBefore(next)) {
      return false;
    }
    if (t.isPunct(next, '<')
        || t.isPunct(next, '(') && t.isWord(next + 1) && t.key(next + 1).indexOf('@') >= 0) {
      return true;
    }
    return t.isWord(next) && FOLLOWING_CONTEXT.contains(t.key(next));
  }

  private Likelihood score(Tokens t, int[] core, int m, boolean title, boolean context) {
    boolean upperRun = true;
    boolean anyLexicon = false;
    for (int w = 0; w < m; w++) {
      upperRun &= t.shape(core[w]) == Tokens.UPPER;
      anyLexicon |= isLexiconName(t.key(core[w]));
    }
    String firstKey = t.key(core[0]);
    String lastKey = t.key(core[m - 1]);
    boolean given = lx.isGivenName(firstKey);
    boolean ambiguous = lx.isOrdinaryWord(firstKey);
    if (m == 1) {
      if (t.shape(core[0]) == Tokens.INITIAL) {
        return null;
      }
      if (title) {
        if (anyLexicon) {
          return Likelihood.VERY_LIKELY;
        }
        return ambiguous || upperRun && !context ? null : Likelihood.LIKELY;
      }
      if (context && given) {
        return ambiguous ? Likelihood.POSSIBLE : Likelihood.LIKELY;
      }
      if (context && lx.isSurname(firstKey) && !ambiguous) {
        return Likelihood.POSSIBLE;
      }
      return null;
    }
    boolean surname = lx.isSurname(lastKey) || lx.isGivenName(lastKey);
    boolean evidence = context || title;
    int nameWords = 0;
    for (int w = 0; w < m; w++) {
      nameWords += isParticle(t, core[w]) ? 0 : 1;
    }
    if (nameWords >= 3 && !surname && !evidence) {
      // three or more words ending in an unknown one are a title (Ada Hardshell Suitcase)
      return null;
    }
    if (upperRun && !(given && surname) && !(evidence && anyLexicon)) {
      return null;
    }
    if (t.shape(core[0]) == Tokens.INITIAL) {
      if (surname) {
        return evidence ? Likelihood.LIKELY : Likelihood.POSSIBLE;
      }
      return evidence ? Likelihood.POSSIBLE : null;
    }
    if (given && !ambiguous) {
      if (surname) {
        return evidence ? Likelihood.VERY_LIKELY : Likelihood.LIKELY;
      }
      return evidence ? Likelihood.LIKELY : Likelihood.POSSIBLE;
    }
    if (given) {
      if (surname) {
        return evidence ? Likelihood.VERY_LIKELY : Likelihood.LIKELY;
      }
      return evidence ? Likelihood.POSSIBLE : null;
    }
    if (title) {
      return anyLexicon ? Likelihood.VERY_LIKELY : Likelihood.LIKELY;
    }
    if (context) {
      return anyLexicon ? Likelihood.LIKELY : Likelihood.POSSIBLE;
    }
    return null;
  }
}
