package dev.kaikei.paypayfile;

import dev.kaikei.journal.PayPayFileStatus;
import java.time.Instant;

/**
 * One data line of PayPay's transaction file, with the columns matching needs.
 *
 * @param lineNumber     where the line starts in the file (1 = the header)
 * @param paypayPaymentId PayPay's payment id (決済番号 / orderId), null if the cell is empty
 * @param storeId        storeId the merchant sent (店舗ID), null if empty
 * @param storeName      the store's name registered with PayPay (店舗名), null if the column or cell is empty
 * @param terminalId     terminalId the merchant sent (端末番号/PosID), null if empty
 * @param status         the transaction status
 * @param acceptedAt     when PayPay accepted it (取引日時 / acceptedAt)
 * @param amount         yen as written: refunds are negative in the instant file
 * @param merchantId     the merchant-side id (マーチャント決済ID / merchantPaymentId): a payment id, or in the
 *                       pre-auth file the capture, revert or refund id
 */
public record TransactionLine(int lineNumber, String paypayPaymentId, String storeId, String storeName,
                              String terminalId, PayPayFileStatus status, Instant acceptedAt, long amount,
                              String merchantId) {
}
