package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code data.status} of a payment (paypay-api.md §4.4, §11); a value PayPay adds later reads as UNRECOGNIZED. */
public enum PaymentStatus {
    CREATED, AUTHORIZED, REAUTHORIZING, COMPLETED, REFUNDED, FAILED, CANCELED, EXPIRED,
    @JsonEnumDefaultValue UNRECOGNIZED
}
