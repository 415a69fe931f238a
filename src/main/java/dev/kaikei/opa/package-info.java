/**
 * PayPay Open Payment API client (paypay-api.md). Depends only on OkHttp (HTTP), the JDK (HMAC), Jackson and
 * SLF4J.
 *
 * <p>Usage: build an {@link dev.kaikei.opa.OpaClientConfig} from {@link dev.kaikei.opa.Credentials}, create one
 * {@link dev.kaikei.opa.PayPayClient} and share it between threads. Every operation returns an
 * {@link dev.kaikei.opa.OpaResult}: {@code Success}, {@code Rejected} (definitive: it did not happen) or
 * {@code Unknown} (resolve by querying with the same merchant id). Nothing that could move money is ever resent: only
 * 429 is retried, per
 * {@link dev.kaikei.opa.RetryPolicy}; if it persists it is surfaced as {@code Rejected} with code {@code RATE_LIMIT}.
 * Field limits are checked before sending ({@link dev.kaikei.opa.InvalidRequestException}). Calls are logged at DEBUG
 * (unknown outcomes at INFO) with operation, path, status, code, X-REQUEST-ID and latency; never credentials.
 */
package dev.kaikei.opa;
