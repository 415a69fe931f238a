package dev.kaikei.receipt;

import java.util.Objects;
import java.util.Optional;

/**
 * Who issues the receipt: the store's name, address and phone, its invoice registration number if it is registered
 * (an unregistered shop must not print one), and the terminal.
 */
public record StoreDetails(String name, String address, String phone, Optional<RegistrationNumber> registrationNumber,
                           String terminalId) {

    public StoreDetails {
        name = Objects.requireNonNullElse(name, "").strip();
        address = Objects.requireNonNullElse(address, "").strip();
        phone = Objects.requireNonNullElse(phone, "").strip();
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        terminalId = terminalId == null || terminalId.isBlank() ? "-" : terminalId.strip();
    }
}
