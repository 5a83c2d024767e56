package org.crosscheck.db.publication;

/**
 * A filter naming something the store does not know (an outlet no article came from): the caller gets told which
 * parameter, rather than an empty list that reads like "nothing was found".
 */
public class UnknownFilter extends RuntimeException {

    private final String parameter;

    UnknownFilter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
