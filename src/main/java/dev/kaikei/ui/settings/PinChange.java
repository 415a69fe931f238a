package dev.kaikei.ui.settings;

import dev.kaikei.config.ManagerPin;
import dev.kaikei.ui.common.Messages;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings' "new manager PIN" and "again" fields: checked against each other and the PIN rule, hashed only in the
 * background, and cleared once saved. The PIN itself is never a setting and never logged.
 */
public final class PinChange {

    private final Messages messages;
    private final StringProperty newPin = new SimpleStringProperty(this, "newPin", "");
    private final StringProperty confirmPin = new SimpleStringProperty(this, "confirmPin", "");
    private final ReadOnlyBooleanWrapper pinSet = new ReadOnlyBooleanWrapper(this, "pinSet");

    PinChange(Messages messages) {
        this.messages = messages;
    }

    /** What is wrong with the two fields, or empty (both empty means: keep the PIN). */
    Optional<String> problem() {
        String a = newPin.get();
        String b = confirmPin.get();
        if (a.isEmpty() && b.isEmpty()) {
            return Optional.empty();
        }
        if (!a.equals(b)) {
            return Optional.of(messages.get("settings.pin.mismatch"));
        }
        return ManagerPin.isValidPin(a.toCharArray()) ? Optional.empty()
                : Optional.of(messages.format("settings.pin.rule", ManagerPin.MIN_DIGITS, ManagerPin.MAX_DIGITS));
    }

    /** The new PIN typed, for hashing (the caller wipes it); empty when the PIN stays. */
    Optional<char[]> typed() {
        return newPin.get().isEmpty() ? Optional.empty() : Optional.of(newPin.get().toCharArray());
    }

    /** Empties both fields (after a save, whether or not the PIN changed). */
    void clear() {
        newPin.set("");
        confirmPin.set("");
    }

    void isSet(boolean set) {
        pinSet.set(set);
    }

    public StringProperty newPinProperty() {
        return newPin;
    }

    public StringProperty confirmPinProperty() {
        return confirmPin;
    }

    public ReadOnlyBooleanProperty pinSetProperty() {
        return pinSet.getReadOnlyProperty();
    }
}
