/**
 * Exact data match (EDM): finds in content the values of records an operator holds (customers'
 * names, email addresses, phone numbers, street addresses, order ids) without storing the values.
 *
 * <p>{@link dev.kalkan.detect.edm.EdmIndexBuilder} reads a records file (CSV or JSON lines), maps
 * each column by its header ({@link dev.kalkan.detect.edm.FieldMapping}), normalises each value and
 * writes keyed hashes of the normalised forms to an index file; {@link
 * dev.kalkan.detect.edm.EdmMatcher} loads the index and reports each registered value found in
 * UTF-8 text with its record number, and {@link dev.kalkan.detect.edm.RecordMatch#group} tells
 * which records have several fields in one document. Both need the operator's {@link
 * dev.kalkan.detect.edm.EdmKey}.
 *
 * <h2>Keys and hashes</h2>
 *
 * Each index has a random 16-byte salt. From the key and the salt, HMAC-SHA-256 derives four
 * secrets: the seeds of the value hash, a key check, an AES-256 key and an HMAC-SHA-256 key. Values
 * are hashed with a fast keyed hash (see {@code KeyedHasher}) that text can be hashed with
 * incrementally at scanning speed, word n-gram by word n-gram; a cryptographic hash per candidate
 * would cost about a microsecond, hundreds of times the budget. Instead the whole index body is
 * encrypted with AES-256-CTR and authenticated with HMAC-SHA-256 (encrypt-then-MAC), so the file
 * holds no clear value and no unkeyed or fast-keyed hash of one: without the key it reveals only
 * counts. With the key, as with any keyed hash, a guessed value can be tested.
 *
 * <h2>Index file format, version 1</h2>
 *
 * Integers are big-endian.
 *
 * <pre>
 * offset  bytes  header (88 bytes, in clear, authenticated)
 *      0      8  magic "KALKEDM\n"
 *      8      2  format version, 1
 *     10      2  reserved, 0
 *     12     16  salt
 *     28     16  key check: the first 16 bytes of HMAC-SHA-256(key, "kalkan-edm-1 check" 0 salt)
 *     44     16  AES-CTR initial counter block, random
 *     60      4  records R
 *     64      4  fields F (1..255)
 *     68      4  value entries V (at least 1)
 *     72      4  first words W1
 *     76      4  inner words W2
 *     80      8  body length B
 *     88      B  body, AES-256-CTR encrypted:
 *                  F times: 1-byte length, ASCII infoType name of field f
 *                  4  word-count mask: bit n set when a words value has n words
 *                  8  digit-length mask: bit n set when a digits value has n digits
 *                  1  1 when some value is an email address, else 0
 *                  V times 8: value keys, ascending as unsigned numbers
 *                  V times 4: payloads, record number (1..R) shifted left 8, or field number
 *                  W1 times 8: filter keys of the first words of words values, ascending
 *                  W2 times 8: filter keys of the other words of words values, ascending
 *   88+B     32  HMAC-SHA-256 of bytes [0, 88+B)
 * </pre>
 *
 * Loading checks the magic, the version, the key check (another key is reported as such) and the
 * length (a truncated file is reported as such) before it reads the body, and the authentication
 * tag (any other damage) before it uses anything decrypted: decryption overlaps authentication,
 * window by window ({@code IndexBody}).
 */
package dev.kalkan.detect.edm;
