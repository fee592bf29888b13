package dev.kalkan.deid;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Scanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reverses {@code tokenize}: finds tokens where the scanner finds values of their types (tokens are
 * built to be found; see {@link Tokenizer}) and replaces each with the value it stands for, every
 * other byte unchanged. Needs the key the tokens were made with and a scanner with the same
 * detection configuration and minimum likelihood as the redaction.
 *
 * <p>Which findings are tokens: every finding of a tokenizable type (by default all but
 * credentials, PUBLIC types, names and addresses; or the types given), except emails without a
 * token tag. A clear value of such a type left in the content (a {@code keep} transform) would be
 * decrypted too: name the tokenized types in that case. Thread-safe.
 */
public final class Detokenizer {
  private final Scanner scanner;
  private final DeidKey key;
  private final ShapeCheck shapes;
  private final Set<String> types;

  private Detokenizer(Scanner scanner, DeidKey key, Set<String> types) {
    this.scanner = scanner;
    this.key = key;
    this.types = Set.copyOf(types);
    this.shapes = new ShapeCheck(scanner.settings());
  }

  /**
   * A detokenizer.
   *
   * @param types the infoTypes whose findings are tokens; empty for the default set
   * @throws IllegalArgumentException when one of {@code types} cannot be tokenized
   */
  public static Detokenizer create(Scanner scanner, DeidKey key, Set<String> types) {
    Objects.requireNonNull(scanner, "scanner");
    Objects.requireNonNull(key, "key");
    for (String t : types) {
      String why = Tokenizer.whyNotTokenizable(t);
      if (why != null) {
        throw new IllegalArgumentException(why);
      }
    }
    return new Detokenizer(scanner, key, types);
  }

  /** The restored text and the number of tokens replaced. */
  public record Detokenization(String text, long tokens) {}

  /**
   * Restores the values of the tokens in UTF-8 {@code content}.
   *
   * @throws DeidException when the content is not text, or a token does not verify or decrypt (a
   *     changed token or a wrong key); the message names its line, column and type
   */
  public Detokenization detokenize(byte[] content) throws DeidException {
    String text = ContentProbe.text(content, "detokenize");
    OffsetMap offsets = new OffsetMap(text);
    Tokenizer tokenizer = new Tokenizer(key, shapes);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    long tokens = 0;
    List<Finding> findings = new ArrayList<>();
    scanner.scan(content, findings::add);
    for (Finding f : findings) {
      if (!isTokenType(f.infoType())) {
        continue;
      }
      int s = offsets.charIndex(f.start());
      int e = offsets.charIndex(f.end());
      if (s < copied) {
        continue;
      }
      String value;
      try {
        value = tokenizer.detokenize(f.infoType(), text.substring(s, e));
      } catch (DeidException ex) {
        throw new DeidException(
            "line "
                + f.line()
                + ", column "
                + f.column()
                + ": the "
                + f.infoType().name()
                + " token cannot be restored: "
                + ex.getMessage());
      }
      if (value != null) {
        out.append(text, copied, s).append(value);
        copied = e;
        tokens++;
      }
    }
    out.append(text, copied, text.length());
    return new Detokenization(out.toString(), tokens);
  }

  private boolean isTokenType(InfoType type) {
    if (!types.isEmpty()) {
      return types.contains(type.name());
    }
    return type.classification() != Classification.PUBLIC
        && Tokenizer.whyNotTokenizable(type.name()) == null;
  }
}
