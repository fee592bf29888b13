package dev.kalkan.detect.accuracy;

import dev.kalkan.detect.InfoType;
import java.util.ArrayList;
import java.util.List;

/** Appends text and records the code-point spans of planted values and near misses. */
final class DocumentBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Label> labels = new ArrayList<>();
  private final List<Decoy> decoys = new ArrayList<>();
  private int codePoints;

  DocumentBuilder text(String plain) {
    text.append(plain);
    codePoints += plain.codePointCount(0, plain.length());
    return this;
  }

  DocumentBuilder value(InfoType type, String value) {
    labels.add(new Label(type, codePoints, codePoints + cpLength(value), value));
    return text(value);
  }

  DocumentBuilder decoy(NearMiss kind, String value) {
    decoys.add(new Decoy(kind, codePoints, codePoints + cpLength(value), value));
    return text(value);
  }

  DocumentBuilder append(Fragment fragment) {
    if (fragment.type() != null) {
      return value(fragment.type(), fragment.text());
    }
    if (fragment.nearMiss() != null) {
      return decoy(fragment.nearMiss(), fragment.text());
    }
    return text(fragment.text());
  }

  DocumentBuilder append(List<Fragment> fragments) {
    fragments.forEach(this::append);
    return this;
  }

  LabelledDocument build(String id, Genre genre) {
    return new LabelledDocument(id, genre, text.toString(), labels, decoys);
  }

  private static int cpLength(String s) {
    return s.codePointCount(0, s.length());
  }
}
