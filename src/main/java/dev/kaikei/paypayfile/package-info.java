/**
 * PayPay's daily transaction file (the "recon" file of paypay-api.md §12.1): reading it strictly (Shift_JIS, both
 * layouts, columns found by header name) and matching every line against the journal by merchant-side id, per store
 * and terminal. No JavaFX and no HTTP; the result is kept in the journal.
 */
package dev.kaikei.paypayfile;
