package dev.kalkan.detect.edm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's secret for exact data match: 32 random bytes, written as one line of base64 in a
 * key file or in the {@value #ENVIRONMENT_VARIABLE} environment variable, never on a command line.
 * Every hash, encryption and authentication key of an index is derived from it and the index's salt
 * with HMAC-SHA-256, so an index is useless without it. Immutable and thread-safe; {@link
 * #toString()} does not reveal it.
 */
public final class EdmKey {
  /** The environment variable that may hold the key. */
  public static final String ENVIRONMENT_VARIABLE = "KALKAN_EDM_KEY";

  static final int BYTES = 32;

  private final byte[] secret;

  private EdmKey(byte[] secret) {
    this.secret = secret;
  }

  /** A new random key from a strong source. */
  public static EdmKey generate() {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    return new EdmKey(bytes);
  }

  /**
   * Parses the base64 form of a key.
   *
   * @param source where the text came from, for the message (a path or the variable's name)
   * @throws EdmException when the text is not base64 of 32 bytes
   */
  public static EdmKey parse(String text, String source) throws EdmException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new EdmException(source + " does not hold an EDM key (expected one line of base64)");
    }
    if (bytes.length != BYTES) {
      throw new EdmException(
          source
              + " does not hold an EDM key (expected "
              + BYTES
              + " bytes of base64, found "
              + bytes.length
              + "); create one with 'kalkan edm keygen -o FILE'");
    }
    return new EdmKey(bytes);
  }

  /**
   * Reads a key file.
   *
   * @throws EdmException when the file is missing, unreadable or does not hold a key
   */
  public static EdmKey read(Path file) throws EdmException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new EdmException("key file " + file + " does not exist");
    } catch (IOException e) {
      throw new EdmException("cannot read key file " + file + ": " + e.getMessage());
    }
    return parse(text, "key file " + file);
  }

  /**
   * Writes this key to a new file readable by its owner only (where the file system supports POSIX
   * permissions).
   *
   * @throws IOException when the file exists (it is never overwritten) or cannot be written
   */
  public void writeNew(Path file) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString(), null, "refusing to overwrite a key");
    }
    byte[] line =
        (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(file, line);
    } else {
      Files.write(file, line, StandardOpenOption.CREATE_NEW);
    }
  }

  /** HMAC-SHA-256 of {@code label} and {@code salt} under this key: 32 bytes of derived secret. */
  byte[] derive(String label, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(label.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 0);
      return mac.doFinal(salt);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "EdmKey[hidden]";
  }
}
