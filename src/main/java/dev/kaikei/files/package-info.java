/**
 * File-system rules every package that writes money data shares (owner-only files and folders). The lowest layer:
 * it depends on nothing else of Kaikei, so the journal, logs and config can all use it without a cycle.
 */
package dev.kaikei.files;
