/**
 * Dates and figures as articles state them, normalised so that outlets can be compared: {@link
 * org.crosscheck.core.normalise.DateNormaliser} resolves "ten years ago", "last June" or "on Tuesday" against each
 * article's own date (never inventing precision the writer did not have), and {@link
 * org.crosscheck.core.normalise.QuantityReader} reads "more than 50,000 people" into an interval with its measure,
 * compared under a named {@link org.crosscheck.core.normalise.QuantityAgreement} policy.
 */
package org.crosscheck.core.normalise;
