package dev.kaikei.hq.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.hq.HqFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Pushes a till's sales as its sync would: paid payments, one refund, one open (unresolved) payment; cash sales. */
final class Sales {

    private Sales() {
    }

    static void push(HqFixture hq, String token, long at, int firstId, long[] amounts, long refund) {
        StringBuilder changes = new StringBuilder();
        int seq = 0;
        for (int i = 0; i < amounts.length; i++) {
            String id = "m-" + (firstId + i);
            changes.append(seq > 0 ? "," : "").append(payment(++seq, id, amounts[i], amounts[i], false, at + i));
        }
        changes.append(',').append(payment(++seq, "m-" + (firstId + amounts.length), 700, 0, true, at));
        if (refund > 0) {
            changes.append(",{\"seq\":").append(++seq).append(",\"operation\":{\"key\":\"rf-").append(firstId)
                    .append("\",\"merchantPaymentId\":\"m-").append(firstId).append("\",\"kind\":\"REFUND\",")
                    .append("\"amount\":").append(refund).append(",\"state\":\"SUCCEEDED\",\"createdAt\":")
                    .append(at).append(",\"updatedAt\":").append(at).append(",\"refundYen\":").append(refund)
                    .append(",\"open\":false}}");
        }
        assertThat(hq.push(token, "{\"changes\":[" + changes + "]}").statusCode()).isEqualTo(200);
    }

    /**
     * Pushes two cash sales rung up with items: each coffee ×2 (8 %, ¥660), a bag (10 %, ¥5) and a stamp (0 %, ¥110),
     * ¥775 with ¥48 tax; then the till's close.
     */
    static void cashSales(HqFixture hq, String token, long at) {
        StringBuilder changes = new StringBuilder();
        for (int i = 1; i <= 2; i++) {
            changes.append(i > 1 ? "," : "").append("{\"seq\":").append(100 + i).append(",\"sale\":{\"saleId\":")
                    .append(i).append(",\"createdAt\":").append(at).append(",\"serviceMode\":\"TAKE_OUT\",")
                    .append("\"total\":775,\"tax\":48,\"receiptNumber\":").append(i).append(",\"outcome\":\"SOLD\",")
                    .append("\"lines\":[{\"code\":\"c\",\"name\":\"コーヒー\",\"unitPrice\":330,\"quantity\":2,")
                    .append("\"category\":\"REDUCED\",\"taxRate\":8,\"amount\":660},{\"code\":\"b\",\"name\":\"レジ袋\",")
                    .append("\"unitPrice\":5,\"quantity\":1,\"category\":\"STANDARD\",\"taxRate\":10,\"amount\":5},")
                    .append("{\"code\":null,\"name\":\"切手\",\"unitPrice\":110,\"quantity\":1,")
                    .append("\"category\":\"NON_TAXABLE\",\"taxRate\":0,\"amount\":110}],")
                    .append("\"rates\":[{\"taxRate\":10,\"gross\":5,\"net\":5,\"tax\":0},")
                    .append("{\"taxRate\":8,\"gross\":660,\"net\":612,\"tax\":48},")
                    .append("{\"taxRate\":0,\"gross\":110,\"net\":110,\"tax\":0}],")
                    .append("\"tenders\":[{\"kind\":\"CASH\",\"amount\":775}]}}");
        }
        // And the day's close: Z1, ¥500 short.
        changes.append(",{\"seq\":103,\"tillSession\":{\"businessDate\":\"")
                .append(LocalDate.ofInstant(Instant.ofEpochMilli(at), ZoneId.of("Asia/Tokyo")))
                .append("\",\"state\":\"CLOSED\",\"openingFloat\":30000,\"openedAt\":").append(at)
                .append(",\"closedAt\":").append(at).append(",\"zNumber\":1,\"countedCash\":31050,")
                .append("\"expectedCash\":31550}}");
        assertThat(hq.push(token, "{\"changes\":[" + changes + "]}").statusCode()).isEqualTo(200);
    }

    private static String payment(int seq, String id, long amount, long sale, boolean open, long at) {
        return "{\"seq\":" + seq + ",\"payment\":{\"merchantPaymentId\":\"" + id + "\",\"kind\":\"QR\",\"amount\":"
                + amount + ",\"description\":\"カフェラテ\",\"paypayPaymentId\":null,\"state\":\""
                + (open ? "AWAITING_PAYMENT" : "COMPLETED") + "\",\"createdAt\":" + at + ",\"updatedAt\":" + at
                + ",\"attention\":null,\"saleYen\":" + sale + ",\"canceled\":false,\"open\":" + open + "}}";
    }
}
