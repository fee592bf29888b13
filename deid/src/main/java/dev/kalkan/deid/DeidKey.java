package dev.kalkan.deid;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.HmacPrfParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The secret of de-identification: a Tink keyset (JSON, in clear) whose primary key is an
 * HMAC-SHA-256 PRF. Every secret Kalkan uses is computed with that PRF from a fixed label: the
 * keyed hashes of {@code hash}, the AES-256 key of the FF1 cipher of {@code tokenize} and the tags
 * of email tokens. The keyset lives in a key file or in the {@value #ENVIRONMENT_VARIABLE}
 * environment variable, never on a command line. Immutable and thread-safe; {@link #toString()}
 * does not reveal it.
 */
public final class DeidKey {
  /** The environment variable that may hold the keyset JSON. */
  public static final String ENVIRONMENT_VARIABLE = "KALKAN_DEID_KEY";

  private static final int PRF_BYTES = 32;

  static {
    try {
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink PRF key types cannot be registered", e);
    }
  }

  private final KeysetHandle keyset;
  private final PrfSet prf;

  private DeidKey(KeysetHandle keyset, PrfSet prf) {
    this.keyset = keyset;
    this.prf = prf;
  }

  /** A new keyset with one random HMAC-SHA-256 PRF key. */
  public static DeidKey generate() {
    try {
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
      return new DeidKey(handle, handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink cannot generate an HMAC PRF key", e);
    }
  }

  /**
   * Parses a Tink keyset in JSON.
   *
   * @param source where the text came from, for the message (a path or the variable's name)
   * @throws DeidException when the text is not a keyset whose primary key is an HMAC-SHA-256 PRF
   */
  public static DeidKey parse(String json, String source) throws DeidException {
    KeysetHandle handle;
    try {
      handle = TinkJsonProtoKeysetFormat.parseKeyset(json.strip(), InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new DeidException(
          source
              + " does not hold a Tink keyset in JSON; create one with 'kalkan deid keygen -o"
              + " FILE'");
    }
    if (!(handle.getPrimary().getKey().getParameters() instanceof HmacPrfParameters p)
        || p.getHashType() != HmacPrfParameters.HashType.SHA256) {
      throw new DeidException(
          source + " holds a keyset whose primary key is not an HMAC-SHA-256 PRF key");
    }
    try {
      return new DeidKey(handle, handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
    } catch (GeneralSecurityException e) {
      throw new DeidException(source + " holds a keyset Tink cannot use: " + e.getMessage());
    }
  }

  /**
   * Reads a key file.
   *
   * @throws DeidException when the file is missing, unreadable or holds no usable keyset
   */
  public static DeidKey read(Path file) throws DeidException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DeidException("key file " + file + " does not exist");
    } catch (IOException e) {
      throw new DeidException("cannot read key file " + file + ": " + e.getMessage());
    }
    return parse(text, "key file " + file);
  }

  /**
   * Writes this keyset as JSON to a new file readable by its owner only (where the file system
   * supports POSIX permissions).
   *
   * @throws IOException when the file exists (it is never overwritten) or cannot be written
   */
  public void writeNew(Path file) throws IOException {
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString(), null, "refusing to overwrite a key");
    }
    byte[] json;
    try {
      json =
          (TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()) + "\n")
              .getBytes(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink cannot serialize its own keyset", e);
    }
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(file, json, StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      Files.write(file, json, StandardOpenOption.CREATE_NEW);
    }
  }

  /** The 32-byte PRF output of the primary key for {@code label}, a 0 byte and {@code data}. */
  byte[] derive(String label, byte[] data) {
    byte[] l = label.getBytes(StandardCharsets.US_ASCII);
    byte[] input = new byte[l.length + 1 + data.length];
    System.arraycopy(l, 0, input, 0, l.length);
    System.arraycopy(data, 0, input, l.length + 1, data.length);
    try {
      return prf.computePrimary(input, PRF_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 PRF failed", e);
    }
  }

  @Override
  public String toString() {
    return "DeidKey[hidden]";
  }
}
