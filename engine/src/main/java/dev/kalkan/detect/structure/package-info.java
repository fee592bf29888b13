/**
 * Structure awareness: {@link dev.kalkan.detect.structure.FieldTracker} tells which field (JSON
 * Pointer, column header, key) a byte of JSON, NDJSON, CSV, TSV, YAML, {@code .env} or {@code
 * .properties} content belongs to, and {@link dev.kalkan.detect.structure.SpApiFieldCatalog} tells
 * which fields hold personal data or Amazon Information by their name.
 *
 * <p>Trackers read UTF-8 in windows, in bounded memory, and never throw on malformed content.
 */
package dev.kalkan.detect.structure;
