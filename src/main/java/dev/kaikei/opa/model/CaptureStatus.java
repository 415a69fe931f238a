package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Status of one capture of a pre-authorized payment. */
public enum CaptureStatus {
    USER_REQUESTED, COMPLETED,
    @JsonEnumDefaultValue UNRECOGNIZED
}
