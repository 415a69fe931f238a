package dev.kaikei.hq.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.hq.HqFixture;

/** Pushes a till's sales as its sync would: paid payments, one refund, and one open (unresolved) payment. */
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

    private static String payment(int seq, String id, long amount, long sale, boolean open, long at) {
        return "{\"seq\":" + seq + ",\"payment\":{\"merchantPaymentId\":\"" + id + "\",\"kind\":\"QR\",\"amount\":"
                + amount + ",\"description\":\"カフェラテ\",\"paypayPaymentId\":null,\"state\":\""
                + (open ? "AWAITING_PAYMENT" : "COMPLETED") + "\",\"createdAt\":" + at + ",\"updatedAt\":" + at
                + ",\"attention\":null,\"saleYen\":" + sale + ",\"canceled\":false,\"open\":" + open + "}}";
    }
}
