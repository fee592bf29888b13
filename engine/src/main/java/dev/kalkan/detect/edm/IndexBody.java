package dev.kalkan.detect.edm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads the encrypted body of an index, authenticates it and decrypts it, on two threads: the
 * calling thread reads the file in windows of {@value #WINDOW} bytes while a helper feeds each
 * window read to the MAC, and both then decrypt the windows the MAC has consumed, each window with
 * its own AES-CTR counter. Done one after the other, reading, authenticating and decrypting the
 * body of a million-record index (95 MB) took about 300 ms here; overlapped, about 190 ms, most of
 * it the MAC, which cannot be split. A body of at most two windows is done on the calling thread
 * alone.
 *
 * <p>The caller must compare the MAC with the index's tag before using the decrypted body: it is
 * returned decrypted whatever the tag says.
 */
final class IndexBody {
  /** Bytes per window: a multiple of the AES block, small enough to overlap the stages. */
  static final int WINDOW = 1 << 20;

  /**
   * Bytes encrypted per call. The JDK's AES-CTR runs on the CPU's AES instructions only once the
   * JIT has compiled it after many calls; one call over a whole index, or calls of 64 KB, stay in
   * plain Java (95 MB: 240 ms), calls of 1 KB reach the compiled form within the first megabytes
   * (95 ms).
   */
  private static final int CRYPT_CHUNK = 1 << 10;

  private static final int AES_BLOCK = 16;

  private static final int READ = 0;
  private static final int AUTHENTICATED = 1;

  private final FileChannel channel;
  private final byte[] body;
  private final Mac mac;
  private final SecretKeySpec aesKey;
  private final byte[] nonce;
  private final int windows;
  private final AtomicInteger nextToDecrypt = new AtomicInteger();

  /**
   * Per stage ({@link #READ}, {@link #AUTHENTICATED}), the windows done; guarded by {@code this}.
   */
  private final int[] done = new int[2];

  private Throwable failure;

  private IndexBody(FileChannel channel, int length, Mac mac, SecretKeySpec aesKey, byte[] nonce) {
    this.channel = channel;
    this.body = new byte[length];
    this.mac = mac;
    this.aesKey = aesKey;
    this.nonce = nonce;
    this.windows = (length + WINDOW - 1) / WINDOW;
  }

  /**
   * Reads {@code length} bytes from the channel's position, updates {@code mac} with them as read
   * (encrypted), and returns them decrypted with AES-CTR under {@code aesKey} from the initial
   * counter block {@code nonce}.
   *
   * @throws IOException when reading fails or the channel ends first
   */
  static byte[] read(FileChannel channel, int length, Mac mac, SecretKeySpec aesKey, byte[] nonce)
      throws IOException {
    IndexBody b = new IndexBody(channel, length, mac, aesKey, nonce);
    if (b.windows <= 2) {
      b.readWindows();
      b.authenticateWindows();
      b.decryptWindows();
    } else {
      b.overlapped();
    }
    return b.body;
  }

  private void overlapped() throws IOException {
    Thread helper =
        Thread.ofPlatform()
            .daemon()
            .name("kalkan-edm-load")
            .start(
                () -> {
                  try {
                    authenticateWindows();
                    decryptWindows();
                  } catch (Throwable t) {
                    fail(t);
                  }
                });
    try {
      readWindows();
      decryptWindows();
    } catch (IOException | RuntimeException | Error e) {
      fail(e);
      throw e;
    } finally {
      joinUninterruptibly(helper);
    }
    Throwable helperFailure = failure();
    if (helperFailure instanceof RuntimeException e) {
      throw e;
    }
    if (helperFailure instanceof Error e) {
      throw e;
    }
    if (helperFailure != null) {
      throw new IllegalStateException("index load failed", helperFailure);
    }
  }

  private void readWindows() throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(body);
    for (int w = 0; w < windows; w++) {
      buffer.limit((int) Math.min(body.length, (w + 1L) * WINDOW));
      while (buffer.hasRemaining()) {
        if (channel.read(buffer) < 0) {
          throw new IOException("the file ended " + buffer.remaining() + " bytes early");
        }
      }
      advance(READ, w + 1);
    }
  }

  /** Feeds the windows to the MAC as they are read; stops early when the load failed. */
  private void authenticateWindows() {
    for (int w = 0; w < windows; w++) {
      if (!await(READ, w + 1)) {
        return;
      }
      mac.update(body, w * WINDOW, windowLength(w));
      advance(AUTHENTICATED, w + 1);
    }
  }

  /** Decrypts windows not claimed by the other thread, each once the MAC has consumed it. */
  private void decryptWindows() {
    Cipher aes = newCipher();
    for (int w = nextToDecrypt.getAndIncrement();
        w < windows;
        w = nextToDecrypt.getAndIncrement()) {
      if (!await(AUTHENTICATED, w + 1)) {
        return;
      }
      crypt(
          aes,
          Cipher.DECRYPT_MODE,
          aesKey,
          counterAt(nonce, (long) w * WINDOW / AES_BLOCK),
          body,
          w * WINDOW,
          windowLength(w));
    }
  }

  private int windowLength(int w) {
    return Math.min(WINDOW, body.length - w * WINDOW);
  }

  private synchronized void advance(int stage, int windows) {
    done[stage] = windows;
    notifyAll();
  }

  /** Waits until {@code windows} windows are through {@code stage}; false when the load failed. */
  private synchronized boolean await(int stage, int windows) {
    boolean interrupted = false;
    while (done[stage] < windows && failure == null) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return failure == null;
  }

  private synchronized void fail(Throwable t) {
    if (failure == null) {
      failure = t;
    }
    notifyAll();
  }

  private synchronized Throwable failure() {
    return failure;
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The AES-CTR counter block {@code blocks} blocks after {@code initial}: the JDK's CTR mode
   * counts the whole 16-byte block as one big-endian number.
   */
  static byte[] counterAt(byte[] initial, long blocks) {
    byte[] counter = initial.clone();
    long carry = blocks;
    for (int i = counter.length - 1; i >= 0 && carry != 0; i--) {
      long sum = (counter[i] & 0xFF) + (carry & 0xFF);
      counter[i] = (byte) sum;
      carry = (carry >>> 8) + (sum >>> 8);
    }
    return counter;
  }

  /** Encrypts or decrypts {@code data[from, from + length)} in place with AES-CTR. */
  static void crypt(
      Cipher aes, int mode, SecretKeySpec key, byte[] counter, byte[] data, int from, int length) {
    try {
      aes.init(mode, key, new IvParameterSpec(counter));
      int end = from + length;
      int done = 0;
      for (int at = from; at < end; at += CRYPT_CHUNK) {
        done += aes.update(data, at, Math.min(CRYPT_CHUNK, end - at), data, at);
      }
      done += aes.doFinal(data, from + done, 0, data, from + done);
      if (done != length) {
        throw new IllegalStateException("AES-CTR changed the length: " + done);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CTR is part of every JDK", e);
    }
  }

  static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/CTR/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CTR is part of every JDK", e);
    }
  }
}
