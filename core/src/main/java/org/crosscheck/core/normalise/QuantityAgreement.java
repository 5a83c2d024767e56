package org.crosscheck.core.normalise;

import org.crosscheck.core.normalise.Quantity.Qualifier;

/**
 * When two reported figures count the same thing compatibly. Figures with different measures never agree
 * (a count with no noun is compatible with any measure, and counts of people with each other); otherwise each
 * policy compares the intervals.
 */
public enum QuantityAgreement {

    /**
     * Reporters round: "more than 50,000" and "50,000" describe the same toll, so bounds are read inclusively
     * and two figures agree when their intervals share a value. 50,000 and 30,000 still disagree. An open bound
     * stays near its figure: nobody writes "at least 40 injured" for 400, so "at least N" reaches up to
     * {@link #OPEN_BOUND_REACH} times N, and "fewer than N" down to N divided by it.
     */
    ROUNDED_FIGURES {
        @Override
        boolean overlap(Quantity a, Quantity b) {
            return lower(a) <= upper(b) && lower(b) <= upper(a);
        }

        private double upper(Quantity q) {
            return Double.isInfinite(q.upper()) ? q.lower() * OPEN_BOUND_REACH : q.upper();
        }

        private double lower(Quantity q) {
            boolean below = q.qualifier() == Qualifier.LESS_THAN || q.qualifier() == Qualifier.AT_MOST;
            return below && q.lower() <= 0 ? q.upper() / OPEN_BOUND_REACH : q.lower();
        }
    },

    /** Wording taken literally: "more than 50,000" excludes exactly 50,000, so it does not agree with "50,000". */
    LITERAL {
        @Override
        boolean overlap(Quantity a, Quantity b) {
            double lower = Math.max(a.lower(), b.lower());
            double upper = Math.min(a.upper(), b.upper());
            if (lower < upper) {
                return true;
            }
            return lower == upper && includes(a, lower) && includes(b, lower);
        }

        private boolean includes(Quantity q, double value) {
            boolean openBelow = q.qualifier() == Qualifier.MORE_THAN && value == q.lower();
            boolean openAbove = (q.qualifier() == Qualifier.LESS_THAN || q.qualifier() == Qualifier.NEARLY) && value == q.upper();
            return !openBelow && !openAbove;
        }
    };

    /** How far an open bound reaches from its figure ("at least 40": up to 80). */
    public static final double OPEN_BOUND_REACH = 2.0;

    public boolean agree(Quantity a, Quantity b) {
        return a.countsLike(b) && overlap(a, b);
    }

    abstract boolean overlap(Quantity a, Quantity b);
}
