/**
 * The till: a session per business day opened with a float, 点検 (check) any time, 精算 (close) with a count by
 * denomination, over/short, the next float and a numbered Z report; paid-in, paid-out and no-sale. No JavaFX; the
 * records live in the journal ({@code TillBook}).
 */
package dev.kaikei.till;
