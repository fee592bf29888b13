/**
 * Extraction for the detection engine: text from documents, archives and mail (through Apache
 * Tika), from text in legacy encodings, and from encoded spans inside text (base64, percent
 * encoding, quoted-printable, gzip), within limits that hostile files cannot break.
 *
 * <p>{@link dev.kalkan.extract.DocumentScanner} is the entry point; {@link
 * dev.kalkan.extract.ScanGap} names what could not be scanned and why.
 */
package dev.kalkan.extract;
