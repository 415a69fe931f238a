package dev.kaikei.ui.settings;

import dev.kaikei.config.Settings;
import dev.kaikei.selfcheck.SelfCheckReport;

/**
 * The "Test connection" self-check behind the Settings screen; the app passes
 * {@code dev.kaikei.selfcheck.PayPayConnectionCheck::run}. Blocking (network): called off the UI thread.
 */
@FunctionalInterface
public interface ConnectionCheck {

    /** Checks the entered (validated, not yet saved) settings. */
    SelfCheckReport check(Settings entered);
}
