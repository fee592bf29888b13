package dev.kalkan.detect.custom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * An Aho-Corasick automaton over code points: fed one code point at a time, it reports every word
 * that ends at that point, overlapping ones included, in time linear in the text plus the number of
 * matches. Immutable and thread-safe; the caller keeps the current state.
 *
 * <p>State 0 is the root. Each state keeps its transitions as sorted parallel arrays (the alphabet
 * is all of Unicode, so a dense table does not fit), a failure link to the state of its longest
 * proper suffix, and an output link to the nearest suffix state where a word ends. The root, where
 * most characters of ordinary text leave the automaton, also has a dense table for ASCII.
 */
final class WordAutomaton {
  private static final int ASCII = 128;

  private final int[] rootAscii;
  private final int[][] keys;
  private final int[][] targets;
  private final int[] failure;
  private final int[] outputLink;
  private final int[][] words;

  private WordAutomaton(
      int[][] keys, int[][] targets, int[] failure, int[] outputLink, int[][] words) {
    this.rootAscii = new int[ASCII];
    for (int i = 0; i < keys[0].length && keys[0][i] < ASCII; i++) {
      rootAscii[keys[0][i]] = targets[0][i];
    }
    this.keys = keys;
    this.targets = targets;
    this.failure = failure;
    this.outputLink = outputLink;
    this.words = words;
  }

  /**
   * Builds the automaton for {@code words}, each given as its code points (at least one); a word's
   * index in the list is the id {@link #wordsEndingAt} reports.
   */
  static WordAutomaton build(List<int[]> words) {
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<List<Integer>> ending = new ArrayList<>();
    children.add(new HashMap<>());
    ending.add(new ArrayList<>());
    for (int id = 0; id < words.size(); id++) {
      int state = 0;
      for (int cp : words.get(id)) {
        Integer next = children.get(state).get(cp);
        if (next == null) {
          next = children.size();
          children.get(state).put(cp, next);
          children.add(new HashMap<>());
          ending.add(new ArrayList<>());
        }
        state = next;
      }
      ending.get(state).add(id);
    }

    int size = children.size();
    int[][] keys = new int[size][];
    int[][] targets = new int[size][];
    int[][] wordIds = new int[size][];
    for (int s = 0; s < size; s++) {
      int[] sorted =
          children.get(s).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      keys[s] = sorted;
      targets[s] = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        targets[s][i] = children.get(s).get(sorted[i]);
      }
      wordIds[s] = ending.get(s).stream().mapToInt(Integer::intValue).toArray();
    }

    int[] failure = new int[size];
    int[] outputLink = new int[size];
    outputLink[0] = -1;
    Queue<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    while (!queue.isEmpty()) {
      int s = queue.remove();
      for (int i = 0; i < keys[s].length; i++) {
        int child = targets[s][i];
        int f = s == 0 ? 0 : transition(keys, targets, failure, failure[s], keys[s][i]);
        failure[child] = f;
        outputLink[child] = wordIds[f].length > 0 ? f : outputLink[f];
        queue.add(child);
      }
    }
    return new WordAutomaton(keys, targets, failure, outputLink, wordIds);
  }

  /** The state after reading {@code codePoint} in {@code state}. */
  int next(int state, int codePoint) {
    while (state != 0) {
      int i = Arrays.binarySearch(keys[state], codePoint);
      if (i >= 0) {
        return targets[state][i];
      }
      state = failure[state];
    }
    if (codePoint < ASCII) {
      return rootAscii[codePoint];
    }
    int i = Arrays.binarySearch(keys[0], codePoint);
    return i >= 0 ? targets[0][i] : 0;
  }

  /** Ids of the words that end exactly at {@code state} (not its suffixes). */
  int[] wordsEndingAt(int state) {
    return words[state];
  }

  /** The first state from which to report matches at {@code state}, or -1 when none ends here. */
  int firstOutput(int state) {
    return words[state].length > 0 ? state : outputLink[state];
  }

  /** The next suffix state where a word ends, or -1. */
  int nextOutput(int state) {
    return outputLink[state];
  }

  private static int transition(
      int[][] keys, int[][] targets, int[] failure, int state, int codePoint) {
    while (true) {
      int i = Arrays.binarySearch(keys[state], codePoint);
      if (i >= 0) {
        return targets[state][i];
      }
      if (state == 0) {
        return 0;
      }
      state = failure[state];
    }
  }
}
