package dev.kalkan.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a parser reads against an {@link ExtractionBudget}: either as input (the file itself)
 * or as extracted bytes (a member). Fails every read once the budget is tripped, so a parser stops
 * at its next read. Closing it does not close the stream it reads.
 */
final class BudgetedInputStream extends FilterInputStream {
  private final ExtractionBudget budget;
  private final boolean extracted;
  private long count;

  BudgetedInputStream(InputStream in, ExtractionBudget budget, boolean extracted) {
    super(in);
    this.budget = budget;
    this.extracted = extracted;
  }

  /** Bytes read through this stream. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    budget.check();
    int b = in.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    budget.check();
    int n = in.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // the owner of the underlying stream closes it
  }

  private void add(int n) throws IOException {
    count += n;
    if (extracted) {
      budget.addExtracted(n);
    } else {
      budget.addInput(n);
    }
  }
}
