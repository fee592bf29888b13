package dev.kalkan.detect.people;

/**
 * Matching of lexicon phrases against the words of {@link Tokens}, forwards and backwards. A phrase
 * is a sequence of words on one line; full stops and slashes between its words are skipped, so
 * {@code z. Hd.}, {@code c/o} and {@code A.Ş.} match their entries.
 */
final class Phrases {
  private static final String OPENERS = "\"'“„«‘(";

  private Phrases() {}

  /**
   * The first token of the longest entry of {@code lexicon} that ends right before token {@code at}
   * (one {@code : , ; - . !} between them is allowed; an entry that needs a colon counts only after
   * one), or -1.
   */
  static int before(Tokens t, int at, Lexicon lexicon) {
    int k = at - 1;
    boolean colon = false;
    if (t.isPunct(k) && OPENERS.indexOf(t.text().charAt(t.start(k))) >= 0) {
      k--;
    }
    if (t.isPunct(k)) {
      char c = t.text().charAt(t.start(k));
      if (c == ':' || c == ',' || c == ';' || c == '-' || c == '.' || c == '!' || c == '–') {
        colon = c == ':';
        k--;
      } else {
        return -1;
      }
    }
    if (!t.isWord(k) || !lexicon.endsSomeEntry(t.key(k))) {
      return -1;
    }
    int max = lexicon.maxWords();
    String[] words = new String[max];
    int[] firsts = new int[max];
    int count = 0;
    int j = k;
    while (j >= 0 && count < max && t.isWord(j)) {
      words[count] = t.key(j);
      firsts[count] = j;
      count++;
      int previous = j - 1;
      if ((t.isPunct(previous, '.') || t.isPunct(previous, '/')) && t.isWord(previous - 1)) {
        previous--;
      }
      if (previous < 0 || t.lineBefore(j) || !t.isWord(previous)) {
        break;
      }
      j = previous;
    }
    int best = -1;
    StringBuilder phrase = new StringBuilder();
    for (int n = 1; n <= count; n++) {
      phrase.setLength(0);
      for (int w = n - 1; w >= 0; w--) {
        if (phrase.length() > 0) {
          phrase.append(' ');
        }
        phrase.append(words[w]);
      }
      String key = phrase.toString();
      if (lexicon.contains(key) && (colon || !lexicon.needsColon(key))) {
        best = firsts[n - 1];
      }
    }
    return best;
  }

  /**
   * The last token of the longest entry of {@code lexicon} that starts at token {@code at}, or -1.
   */
  static int after(Tokens t, int at, Lexicon lexicon) {
    if (!t.isWord(at) || !lexicon.startsSomeEntry(t.key(at))) {
      return -1;
    }
    int max = lexicon.maxWords();
    StringBuilder phrase = new StringBuilder();
    int best = -1;
    int j = at;
    for (int n = 1; n <= max && t.isWord(j); n++) {
      if (n > 1) {
        phrase.append(' ');
      }
      phrase.append(t.key(j));
      int last = j;
      if (t.isPunct(j + 1, '.') && t.attached(j + 1)) {
        last = j + 1;
      }
      String key = phrase.toString();
      if (lexicon.contains(key) && (!lexicon.needsColon(key) || t.isPunct(last + 1, ':'))) {
        best = last;
      }
      int next = j + 1;
      if ((t.isPunct(next, '.') || t.isPunct(next, '/')) && t.isWord(next + 1)) {
        next++;
      }
      if (!t.isWord(next) || t.lineBefore(next)) {
        break;
      }
      j = next;
    }
    return best;
  }

  /**
   * The last token of the longest entry of {@code joinedKeys} (keys with their spaces removed)
   * spelled by the words from {@code at}, ignoring dots and spaces, or -1.
   */
  static int afterJoined(Tokens t, int at, java.util.Set<String> joinedKeys, int maxWords) {
    if (!t.isWord(at)) {
      return -1;
    }
    StringBuilder joined = new StringBuilder();
    int best = -1;
    int j = at;
    for (int n = 1; n <= maxWords && t.isWord(j); n++) {
      joined.append(t.key(j).replace(" ", ""));
      int last = j;
      if (t.isPunct(j + 1, '.') && t.attached(j + 1)) {
        last = j + 1;
      }
      if (joinedKeys.contains(joined.toString())) {
        best = last;
      }
      int next = last + 1;
      if (!t.isWord(next) || t.lineBefore(next)) {
        break;
      }
      j = next;
    }
    return best;
  }
}
