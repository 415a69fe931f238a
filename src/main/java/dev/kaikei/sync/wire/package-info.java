/**
 * The JSON a till pushes to HQ and HQ answers: plain value records and enums shared by both sides (the only code
 * they share). Times are UTC epoch milliseconds, money is integer yen. States and kinds are enums named as in the
 * till's journal; HQ shows them but never sums by them: the figures come from the typed fields the till derives
 * ({@code saleYen}, {@code refundYen}, {@code open}), so HQ never re-implements the till's state rules.
 *
 * <p>A state the journal gains is added here too, and HQ is upgraded before the tills: HQ refuses (400) a name it
 * does not know, and the till keeps that change in its outbox until HQ takes it.
 */
package dev.kaikei.sync.wire;
