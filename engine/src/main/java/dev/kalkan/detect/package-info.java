/**
 * The detection engine: {@link dev.kalkan.detect.Scanner} finds {@link dev.kalkan.detect.Finding}s
 * of the {@link dev.kalkan.detect.InfoType}s of the Kalkan contract in text, in one pass.
 *
 * <p>Plain Java with no framework dependency; the command line and the service wire it.
 */
package dev.kalkan.detect;
