package dev.kalkan.detect.structure;

/**
 * Where a container sits in a document: its parent and either its key or its array index. Immutable
 * but for a rendering cache, so a recorded value keeps its path after the tracker has moved on.
 */
final class PathNode {
  /** The document itself. */
  static final PathNode ROOT = new PathNode(null, null, -1);

  final PathNode parent;

  /** The member's key, or null for an array item. */
  final KeyName key;

  /** The array index, or -1 for a keyed member. */
  final int index;

  /**
   * This container's JSON Pointer once rendered ({@link JsonFieldTracker}), so that the pointers of
   * the many values in one container are built from it; {@link #UNRENDERABLE} when a key on the
   * path is unknown. The only mutable state: a cache, written and read by one tracker's thread.
   */
  String jsonPointer;

  /** Marks a {@link #jsonPointer} that cannot be rendered. */
  static final String UNRENDERABLE = new String("unrenderable");

  PathNode(PathNode parent, KeyName key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  boolean isRoot() {
    return parent == null;
  }
}
