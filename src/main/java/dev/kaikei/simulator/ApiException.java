package dev.kaikei.simulator;

/** A PayPay error answer raised inside the simulator; the HTTP layer turns it into the error envelope. */
final class ApiException extends RuntimeException {

    private final ResultCode result;

    ApiException(ResultCode result) {
        this(result, result.message());
    }

    ApiException(ResultCode result, String detail) {
        super(detail, null, false, false);
        this.result = result;
    }

    ResultCode result() {
        return result;
    }
}
