package dev.kaikei.opa;

/** A request broke a PayPay field limit and was not sent; {@link #field()} names the offending field. */
public class InvalidRequestException extends IllegalArgumentException {

    private final String field;

    public InvalidRequestException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
