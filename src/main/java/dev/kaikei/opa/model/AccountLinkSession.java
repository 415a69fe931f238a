package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The account-link QR to show the customer. */
public record AccountLinkSession(@JsonProperty("linkQRCodeURL") String linkQrCodeUrl) {
}
