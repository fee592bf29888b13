/**
 * Reads the operator's YAML configuration into {@link dev.kalkan.detect.ScannerSettings}: {@link
 * dev.kalkan.detect.config.ScannerConfigLoader} validates it whole and rejects a bad file with a
 * {@link dev.kalkan.detect.config.ConfigException} naming the file, line and reason.
 */
package dev.kalkan.detect.config;
