package dev.kalkan.detect;

/**
 * A capability token that code must present to read the clear text of a detected value. It exists
 * so that every place that may expose sensitive data is greppable ({@code
 * PlaintextAccess.explicitlyRequested()}), as Tink does with {@code InsecureSecretKeyAccess}.
 */
public final class PlaintextAccess {
  private static final PlaintextAccess INSTANCE = new PlaintextAccess();

  private PlaintextAccess() {}

  /**
   * Returns the token. Call it only where a user asked for clear values (for example {@code
   * --show-values}) or where the value goes into encrypted storage.
   */
  public static PlaintextAccess explicitlyRequested() {
    return INSTANCE;
  }
}
