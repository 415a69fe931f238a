package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Status of a refund: CREATED means still processing, follow it to REFUNDED. */
public enum RefundStatus {
    CREATED, REFUNDED, REFUND_FAILED,
    @JsonEnumDefaultValue UNRECOGNIZED
}
