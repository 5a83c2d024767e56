package org.crosscheck.web.api.claims;

/** A query parameter the API cannot use: answered as 400 problem JSON naming the parameter. */
public class BadQuery extends RuntimeException {

    private final String parameter;

    public BadQuery(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
