package org.crosscheck.core.attribution;

import org.crosscheck.core.text.Span;

/** A passage between quotation marks: {@code marks} includes the marks, {@code words} is what was quoted. */
public record Quote(Span marks, Span words) {
}
