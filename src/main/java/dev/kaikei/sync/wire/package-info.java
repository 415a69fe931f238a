/**
 * The JSON a till pushes to HQ and HQ answers: plain value records shared by both sides (the only code they share).
 * Times are UTC epoch milliseconds, money is integer yen. States travel as names for display only: the figures HQ
 * sums come from the typed fields the till derives ({@code saleYen}, {@code refundYen}, {@code open}), so HQ never
 * re-implements the till's state rules.
 */
package dev.kaikei.sync.wire;
