package dev.kalkan.detect.edm;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads and writes the index file; the format is described in the package documentation. Writing
 * goes to a temporary file beside the target that then replaces it, so a reader never sees half an
 * index.
 */
final class IndexFile {
  static final int VERSION = 1;
  static final int SALT_BYTES = 16;
  static final int HEADER_BYTES = 88;
  static final int TAG_BYTES = 32;

  private static final byte[] MAGIC = "KALKEDM\n".getBytes(StandardCharsets.US_ASCII);
  private static final int CHECK_BYTES = 16;
  private static final int NONCE_BYTES = 16;

  /** Labels of the secrets derived from the key and the salt. */
  static final String HASH_LABEL = "kalkan-edm-1 hash";

  private static final String CHECK_LABEL = "kalkan-edm-1 check";
  private static final String ENCRYPT_LABEL = "kalkan-edm-1 encrypt";
  private static final String AUTHENTICATE_LABEL = "kalkan-edm-1 authenticate";

  /**
   * What an index holds besides its salt.
   *
   * @param records the number of records indexed
   * @param infoTypes the types of the fields, by field number
   * @param wordCounts bit n set when some words value has n words
   * @param digitLengths bit n set when some digits value has n digits
   * @param emails whether some value is an email address
   * @param keys value keys, ascending as unsigned numbers
   * @param payloads per key: record number shifted left by 8, or field number
   * @param firstWords filter keys ({@link KeyedHasher#filterKey}) of the words that start a words
   *     value, ascending
   * @param innerWords filter keys of the other words of words values, ascending
   */
  record Contents(
      int records,
      List<InfoType> infoTypes,
      int wordCounts,
      long digitLengths,
      boolean emails,
      long[] keys,
      int[] payloads,
      long[] firstWords,
      long[] innerWords) {}

  private IndexFile() {}

  static byte[] newSalt() {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    return salt;
  }

  /** Writes an index and returns its size in bytes. */
  static long write(Path file, EdmKey key, byte[] salt, Contents c) throws IOException {
    byte[] body = body(c);
    byte[] nonce = new byte[NONCE_BYTES];
    new SecureRandom().nextBytes(nonce);
    IndexBody.crypt(
        IndexBody.newCipher(), Cipher.ENCRYPT_MODE, aesKey(key, salt), nonce, body, 0, body.length);
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
    header.put(MAGIC).putShort((short) VERSION).putShort((short) 0).put(salt);
    header.put(Arrays.copyOf(key.derive(CHECK_LABEL, salt), CHECK_BYTES)).put(nonce);
    header.putInt(c.records()).putInt(c.infoTypes().size()).putInt(c.keys().length);
    header.putInt(c.firstWords().length).putInt(c.innerWords().length).putLong(body.length);
    Mac mac = mac(key, salt);
    mac.update(header.array());
    mac.update(body);
    byte[] tag = mac.doFinal();

    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(header.array());
        out.write(body);
        out.write(tag);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return HEADER_BYTES + (long) body.length + TAG_BYTES;
  }

  private static byte[] body(Contents c) {
    long length = 4 + 8 + 1;
    for (InfoType t : c.infoTypes()) {
      length += 1 + t.name().length();
    }
    length += 12L * c.keys().length + 8L * (c.firstWords().length + c.innerWords().length);
    if (length > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("index too large: " + length + " bytes");
    }
    ByteBuffer b = ByteBuffer.allocate((int) length).order(ByteOrder.BIG_ENDIAN);
    for (InfoType t : c.infoTypes()) {
      b.put((byte) t.name().length()).put(t.name().getBytes(StandardCharsets.US_ASCII));
    }
    b.putInt(c.wordCounts()).putLong(c.digitLengths()).put((byte) (c.emails() ? 1 : 0));
    putLongs(b, c.keys());
    b.asIntBuffer().put(c.payloads());
    b.position(b.position() + 4 * c.payloads().length);
    putLongs(b, c.firstWords());
    putLongs(b, c.innerWords());
    return b.array();
  }

  private static void putLongs(ByteBuffer b, long[] values) {
    b.asLongBuffer().put(values);
    b.position(b.position() + 8 * values.length);
  }

  /** What {@link #read} returns: the salt and the contents. */
  record Loaded(byte[] salt, Contents contents) {}

  /**
   * Reads and authenticates an index.
   *
   * @throws EdmException when the file is missing, unreadable, not an index, of another version,
   *     truncated, built with another key or damaged
   */
  static Loaded read(Path file, EdmKey key) throws EdmException {
    String name = "EDM index " + file;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
      readFully(ch, header);
      header.flip();
      byte[] magic = new byte[MAGIC.length];
      if (header.remaining() >= MAGIC.length) {
        header.get(magic);
      }
      if (!Arrays.equals(magic, MAGIC)) {
        throw new EdmException(
            file + " is not a Kalkan EDM index (it does not start with KALKEDM)");
      }
      if (header.remaining() < HEADER_BYTES - MAGIC.length) {
        throw new EdmException(name + " is truncated: " + size + " bytes, not even a header");
      }
      int version = header.getShort() & 0xFFFF;
      if (version != VERSION) {
        throw new EdmException(
            name + " has format version " + version + "; this Kalkan reads version " + VERSION);
      }
      header.getShort();
      byte[] salt = new byte[SALT_BYTES];
      header.get(salt);
      byte[] check = new byte[CHECK_BYTES];
      header.get(check);
      if (!MessageDigest.isEqual(
          check, Arrays.copyOf(key.derive(CHECK_LABEL, salt), CHECK_BYTES))) {
        throw new EdmException(
            name
                + " was built with another key, or its header is damaged (use the key it was"
                + " built with)");
      }
      byte[] nonce = new byte[NONCE_BYTES];
      header.get(nonce);
      int records = header.getInt();
      int fields = header.getInt();
      int values = header.getInt();
      int first = header.getInt();
      int inner = header.getInt();
      long bodyLength = header.getLong();
      long expected = HEADER_BYTES + bodyLength + TAG_BYTES;
      if (bodyLength < 0 || bodyLength > Integer.MAX_VALUE - 16 || size < expected) {
        throw new EdmException(
            name
                + " is truncated (or its header is damaged): its header promises "
                + expected
                + " bytes, it has "
                + size);
      }
      if (size > expected) {
        throw new EdmException(
            name + " is damaged: " + (size - expected) + " bytes follow the end of the index");
      }
      Mac mac = mac(key, salt);
      mac.update(header.array());
      byte[] body = IndexBody.read(ch, (int) bodyLength, mac, aesKey(key, salt), nonce);
      ByteBuffer tag = ByteBuffer.allocate(TAG_BYTES);
      readFully(ch, tag);
      if (!MessageDigest.isEqual(mac.doFinal(), tag.array())) {
        throw new EdmException(name + " is damaged: its contents do not match its checksum");
      }
      return new Loaded(
          salt, parse(ByteBuffer.wrap(body), records, fields, values, first, inner, name));
    } catch (NoSuchFileException e) {
      throw new EdmException(name + " does not exist");
    } catch (AccessDeniedException e) {
      throw new EdmException(name + " cannot be read (permission denied)");
    } catch (IOException e) {
      throw new EdmException(name + " cannot be read: " + e.getMessage());
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining() && ch.read(b) >= 0) {
      // keep reading until the buffer is full or the file ends
    }
  }

  private static Contents parse(
      ByteBuffer b, int records, int fields, int values, int first, int inner, String name)
      throws EdmException {
    try {
      if (fields < 1 || fields > 255 || values < 1 || first < 0 || inner < 0) {
        throw new EdmException(name + " is damaged: impossible counts in its header");
      }
      List<InfoType> types = new ArrayList<>();
      for (int i = 0; i < fields; i++) {
        byte[] typeName = new byte[b.get() & 0xFF];
        b.get(typeName);
        String n = new String(typeName, StandardCharsets.US_ASCII);
        types.add(
            InfoType.builtIn(n)
                .orElseGet(() -> new InfoType(n, Category.PII, Classification.SENSITIVE)));
      }
      int wordCounts = b.getInt();
      long digitLengths = b.getLong();
      boolean emails = b.get() != 0;
      long[] keys = getLongs(b, values);
      int[] payloads = new int[values];
      b.asIntBuffer().get(payloads);
      b.position(b.position() + 4 * values);
      long[] firstWords = getLongs(b, first);
      long[] innerWords = getLongs(b, inner);
      if (b.hasRemaining()) {
        throw new EdmException(name + " is damaged: its body is longer than its counts");
      }
      for (int i = 0; i < values; i++) {
        int record = payloads[i] >>> 8;
        if ((payloads[i] & 0xFF) >= fields || record < 1 || record > records) {
          throw new EdmException(name + " is damaged: a value names no field or record");
        }
        if (i > 0 && Long.compareUnsigned(keys[i - 1], keys[i]) > 0) {
          throw new EdmException(name + " is damaged: its values are not in order");
        }
      }
      return new Contents(
          records,
          List.copyOf(types),
          wordCounts,
          digitLengths,
          emails,
          keys,
          payloads,
          firstWords,
          innerWords);
    } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
      throw new EdmException(name + " is damaged: its body does not match its header");
    }
  }

  private static long[] getLongs(ByteBuffer b, int count) {
    long[] values = new long[count];
    b.asLongBuffer().get(values);
    b.position(b.position() + 8 * count);
    return values;
  }

  private static SecretKeySpec aesKey(EdmKey key, byte[] salt) {
    return new SecretKeySpec(key.derive(ENCRYPT_LABEL, salt), "AES");
  }

  private static Mac mac(EdmKey key, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.derive(AUTHENTICATE_LABEL, salt), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
