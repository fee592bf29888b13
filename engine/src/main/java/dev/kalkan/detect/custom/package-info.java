/**
 * Runs the detectors an operator defines: {@link dev.kalkan.detect.custom.CustomMatcher} finds
 * regex and dictionary matches in linear time, {@link dev.kalkan.detect.custom.ValueExclusions}
 * tells which values the operator excluded.
 */
package dev.kalkan.detect.custom;
