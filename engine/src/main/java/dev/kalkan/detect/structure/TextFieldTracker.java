package dev.kalkan.detect.structure;

/** Unstructured text: no value has a field. */
final class TextFieldTracker extends FieldTracker {
  TextFieldTracker(SpApiFieldCatalog catalog) {
    super(StructuredFormat.TEXT, catalog);
  }

  @Override
  void consume(byte[] b, int from, int to, long base) {
    // nothing to follow
  }

  @Override
  void restart() {
    // nothing to forget
  }

  @Override
  void end(long eof) {
    // nothing is open
  }

  @Override
  String render(PathNode parent, KeyName key, int index) {
    return null;
  }
}
