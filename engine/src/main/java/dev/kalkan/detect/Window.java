package dev.kalkan.detect;

/**
 * The part of the input a scan step is responsible for: {@code buf[0, limit)} holds readable bytes
 * (look-behind and look-ahead included), candidates that start in {@code [from, until)} belong to
 * this step, {@code buf[0]} is byte {@code base} of the whole input, and {@code start} is the
 * position there (only read; copy it to walk forwards).
 */
record Window(byte[] buf, int limit, int from, int until, long base, PositionCounter start) {}
