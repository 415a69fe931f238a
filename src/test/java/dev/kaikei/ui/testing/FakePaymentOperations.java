package dev.kaikei.ui.testing;

import dev.kaikei.payment.ActionResult;
import dev.kaikei.ui.history.PaymentOperations;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every action asked for and answers with {@link #answer}. */
public final class FakePaymentOperations implements PaymentOperations {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public ActionResult answer = new ActionResult.Done("op-1", "done");

    @Override
    public ActionResult cancel(String merchantPaymentId) {
        calls.add("cancel " + merchantPaymentId);
        return answer;
    }

    @Override
    public ActionResult refund(String merchantPaymentId, long amountYen, String reason) {
        calls.add("refund " + merchantPaymentId + " " + amountYen);
        return answer;
    }

    @Override
    public ActionResult capture(String merchantPaymentId, long amountYen) {
        calls.add("capture " + merchantPaymentId + " " + amountYen);
        return answer;
    }

    @Override
    public ActionResult revert(String merchantPaymentId, String reason) {
        calls.add("revert " + merchantPaymentId);
        return answer;
    }
}
