package org.crosscheck.core.normalise;

import org.crosscheck.core.normalise.Quantity.Qualifier;

/**
 * When two reported figures count the same thing compatibly. Figures with different measures never agree
 * (a count with no noun is compatible with any measure); otherwise each policy compares the intervals.
 */
public enum QuantityAgreement {

    /**
     * Reporters round: "more than 50,000" and "50,000" describe the same toll, so bounds are read inclusively
     * and two figures agree when their intervals share a value. 50,000 and 30,000 still disagree.
     */
    ROUNDED_FIGURES {
        @Override
        boolean overlap(Quantity a, Quantity b) {
            return a.lower() <= b.upper() && b.lower() <= a.upper();
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

    public boolean agree(Quantity a, Quantity b) {
        String ma = a.measureKey();
        String mb = b.measureKey();
        boolean sameMeasure = ma.isEmpty() || mb.isEmpty() || ma.equals(mb);
        return sameMeasure && overlap(a, b);
    }

    abstract boolean overlap(Quantity a, Quantity b);
}
