/**
 * The {@code kalkan} command line: {@code kalkan scan} and its report formats.
 *
 * <p>Wires the engine to files, standard input and standard output; holds no detection logic.
 */
package dev.kalkan.cli;
