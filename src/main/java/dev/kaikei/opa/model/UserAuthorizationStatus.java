package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether an account link (user authorization) is usable. */
public enum UserAuthorizationStatus {
    ACTIVE, INACTIVE,
    @JsonEnumDefaultValue UNRECOGNIZED
}
