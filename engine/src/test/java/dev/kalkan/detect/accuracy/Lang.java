package dev.kalkan.detect.accuracy;

/** The languages of generated prose. */
enum Lang {
  EN,
  DE,
  TR;

  /** The language people in a phone region write in, English where the corpus has no templates. */
  static Lang of(String region) {
    return switch (region) {
      case "DE" -> DE;
      case "TR" -> TR;
      default -> EN;
    };
  }
}
