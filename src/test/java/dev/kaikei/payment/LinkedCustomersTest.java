package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.CustomerRecord;
import dev.kaikei.journal.CustomerStatus;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.UserAuthorizationStatus;
import dev.kaikei.simulator.CustomerAction;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Ledger;
import dev.kaikei.simulator.Operation;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Linked customers: account link, direct debit and unlink, end to end against the simulator")
class LinkedCustomersTest extends EngineFixture {

    private LinkedCustomers customers() {
        return engine.customers();
    }

    private static String session(LinkOutcome started) {
        String url = ((LinkOutcome.Started) started).linkUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Starts a link and lets the customer approve it in the simulator: the token is not yet given to Kaikei. */
    private CustomerAction.LinkResult approved(String reference) {
        LinkOutcome started = customers().linkCustomer(reference, Optional.of("090-1234-5678"));
        assertThat(started).as(started.message()).isInstanceOf(LinkOutcome.Started.class);
        return sim.approveLink(session(started));
    }

    private CustomerRecord linked(String reference) {
        CustomerAction.LinkResult link = approved(reference);
        LinkOutcome done = customers().completeLink(link.responseToken());
        assertThat(done).as(done.message()).isInstanceOf(LinkOutcome.Linked.class);
        return customer(reference);
    }

    private CustomerRecord customer(String reference) {
        return journal.customers().stream().filter(c -> c.reference().equals(reference))
                .reduce((a, b) -> b).orElseThrow();
    }

    private long accepted() {
        return sim.ledger().payments().stream().filter(p -> p.acceptedAt() != null).count();
    }

    @Nested
    @DisplayName("account link")
    class Link {

        @Test
        @DisplayName("journals LINKING with a fresh nonce before the request, and LINKED from a valid redirect URL")
        void validToken() {
            LinkOutcome started = customers().linkCustomer("M-001", Optional.of("090-1234-5678"));
            assertThat(started).isInstanceOf(LinkOutcome.Started.class);
            assertThat(((LinkOutcome.Started) started).linkUrl()).startsWith(sim.baseUri() + "/simulator/link/");
            CustomerRecord pending = customer("M-001");
            assertThat(pending.status()).isEqualTo(CustomerStatus.LINKING);
            assertThat(pending.linkNonce()).matches("[A-Za-z0-9_-]{32}");
            assertThat(pending.phone()).isEqualTo("090-1234-5678");

            CustomerAction.LinkResult link = sim.approveLink(session(started));
            LinkOutcome done = customers().completeLink("  " + link.redirectUrl() + "\n");
            assertThat(done).isInstanceOf(LinkOutcome.Linked.class);
            CustomerRecord c = customer("M-001");
            assertThat(c.status()).isEqualTo(CustomerStatus.LINKED);
            assertThat(c.userAuthorizationId()).isEqualTo(link.userAuthorizationId());
            assertThat(customers().customers()).singleElement().satisfies(i -> {
                assertThat(i.status()).isEqualTo(CustomerLinkStatus.LINKED);
                assertThat(i.linkedSince()).isPresent();
            });
            assertThat(journal.recentEvents(10)).extracting(CallEvent::operation)
                    .contains("CREATE_ACCOUNT_LINK_QR_SESSION");
        }

        @Test
        @DisplayName("a nonce is never reused: two link requests carry different nonces")
        void freshNonces() {
            customers().linkCustomer("A", Optional.empty());
            customers().linkCustomer("B", Optional.empty());
            assertThat(customer("A").linkNonce()).isNotEqualTo(customer("B").linkNonce());
        }

        static Stream<Arguments> badTokens() {
            return Stream.of(
                    Arguments.of("tampered", LinkProblem.TAMPERED, "signature"),
                    Arguments.of("wrong nonce", LinkProblem.WRONG_NONCE, "nonce"),
                    Arguments.of("expired", LinkProblem.EXPIRED, "expired"),
                    Arguments.of("declined", LinkProblem.DECLINED, "declined"),
                    Arguments.of("alg none", LinkProblem.UNSUPPORTED_ALGORITHM, "HS256"),
                    Arguments.of("not a token", LinkProblem.MALFORMED, "not a PayPay link token"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badTokens")
        @DisplayName("each bad token is refused with its own clear message and nothing is stored")
        void refused(String kind, LinkProblem problem, String says) {
            LinkOutcome started = customers().linkCustomer("M-002", Optional.empty());
            String session = session(started);
            String token = switch (kind) {
                case "declined" -> sim.declineLink(session).responseToken();
                default -> sim.approveLink(session).responseToken();
            };
            String bad = switch (kind) {
                case "tampered" -> CustomerTokens.tampered(token, c -> c.put("userAuthorizationId", "someone-else"));
                case "wrong nonce" -> CustomerTokens.resigned(token, sim.apiSecret(), c -> c.put("nonce", "guess"));
                case "alg none" -> CustomerTokens.unsigned(token);
                case "not a token" -> "hello";
                default -> token;
            };
            if (kind.equals("expired")) {
                clock.advance(Duration.ofSeconds(301));
            }
            LinkOutcome done = customers().completeLink(bad);
            assertThat(done).isInstanceOfSatisfying(LinkOutcome.Refused.class, r -> {
                assertThat(r.problem()).isEqualTo(problem);
                assertThat(r.message()).contains(says).contains("nothing was linked");
            });
            CustomerRecord c = customer("M-002");
            assertThat(c.status()).isEqualTo(CustomerStatus.LINKING);
            assertThat(c.userAuthorizationId()).isNull();
        }

        @Test
        @DisplayName("every refusal reads differently")
        void distinctMessages() {
            Set<String> messages = new HashSet<>();
            for (LinkProblem p : LinkProblem.values()) {
                messages.add(p.name());
            }
            LinkOutcome started = customers().linkCustomer("M-003", Optional.empty());
            String token = sim.approveLink(session(started)).responseToken();
            List<String> texts = Stream.of(CustomerTokens.tampered(token, c -> c.put("x", 1)),
                            CustomerTokens.resigned(token, sim.apiSecret(), c -> c.put("nonce", "n")),
                            CustomerTokens.unsigned(token), "x.y",
                            CustomerTokens.resigned(token, sim.apiSecret(), c -> c.put("result", "declined")),
                            CustomerTokens.resigned(token, sim.apiSecret(), c -> c.put("aud", "other")),
                            CustomerTokens.resigned(token, sim.apiSecret(), c -> c.put("exp", 1)))
                    .map(t -> customers().completeLink(t).message()).toList();
            assertThat(new HashSet<>(texts)).hasSize(texts.size());
            assertThat(messages).hasSize(LinkProblem.values().length);
        }

        @Test
        @DisplayName("a token already used, or of a restarted link, answers no pending request")
        void reuseAndRestart() {
            CustomerAction.LinkResult first = approved("M-004");
            assertThat(customers().completeLink(first.responseToken())).isInstanceOf(LinkOutcome.Linked.class);
            assertThat(customers().completeLink(first.responseToken())).isInstanceOfSatisfying(
                    LinkOutcome.Refused.class, r -> assertThat(r.problem()).isEqualTo(LinkProblem.WRONG_NONCE));
            assertThat(customers().linkCustomer("M-004", Optional.empty())).isInstanceOfSatisfying(
                    LinkOutcome.Refused.class, r -> assertThat(r.problem())
                            .isEqualTo(LinkProblem.DUPLICATE_REFERENCE));

            CustomerAction.LinkResult old = approved("M-005");
            LinkOutcome again = customers().linkCustomer("M-005", Optional.empty());
            assertThat(again).isInstanceOf(LinkOutcome.Started.class);
            assertThat(customers().completeLink(old.responseToken())).isInstanceOfSatisfying(
                    LinkOutcome.Refused.class, r -> assertThat(r.problem()).isEqualTo(LinkProblem.WRONG_NONCE));
            assertThat(customer("M-005").status()).isEqualTo(CustomerStatus.LINKING);
        }

        @Test
        @DisplayName("bad input and an unreachable PayPay are refused; nothing stays LINKING")
        void badInputAndNoAnswer() {
            assertThat(customers().linkCustomer(" ", Optional.empty())).isInstanceOfSatisfying(
                    LinkOutcome.Refused.class, r -> assertThat(r.problem()).isEqualTo(LinkProblem.INVALID_INPUT));
            assertThat(customers().linkCustomer("M-006", Optional.of("call me"))).isInstanceOfSatisfying(
                    LinkOutcome.Refused.class, r -> assertThat(r.problem()).isEqualTo(LinkProblem.INVALID_INPUT));
            sim.faults().add(FaultRule.next(1, Operation.ACCOUNT_LINK, FaultKind.HTTP_503));
            assertThat(customers().linkCustomer("M-006", Optional.empty())).isInstanceOfSatisfying(
                    LinkOutcome.Refused.class, r -> assertThat(r.problem())
                            .isEqualTo(LinkProblem.PAYPAY_UNREACHABLE));
            assertThat(customer("M-006").status()).isEqualTo(CustomerStatus.UNLINKED);
        }
    }

    @Nested
    @DisplayName("direct-debit charges")
    class Charge {

        @Test
        @DisplayName("charges a linked customer: NATIVE row committed first, PAID, journal agrees with PayPay")
        void paid() {
            CustomerRecord c = linked("M-010");
            CustomerCharge r = customers().chargeCustomer("M-010", 1500, "Monthly box", false);
            assertThat(r).isInstanceOf(CustomerCharge.Paid.class);
            CustomerCharge.Paid paid = (CustomerCharge.Paid) r;
            PaymentRecord p = row(paid.merchantPaymentId());
            assertThat(p.kind()).isEqualTo(PaymentKind.NATIVE);
            assertThat(p.state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(p.customerReference()).isEqualTo("M-010");
            assertThat(p.userAuthorizationId()).isEqualTo(c.userAuthorizationId());
            assertThat(p.paypayPaymentId()).isEqualTo(paid.paymentId()).isNotBlank();
            assertThat(journal.eventsFor(p.merchantPaymentId())).extracting(CallEvent::operation)
                    .containsExactly("CREATE_PAYMENT");
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("a suspected duplicate asks first: on no nothing more is charged, on yes once more (new id)")
        void duplicateNeedsConfirmation() {
            linked("M-011");
            CustomerCharge first = customers().chargeCustomer("M-011", 800, "Lunch", false);
            assertThat(first).isInstanceOf(CustomerCharge.Paid.class);

            CustomerCharge second = customers().chargeCustomer("M-011", 800, "Lunch", false);
            assertThat(second).isInstanceOfSatisfying(CustomerCharge.NeedsConfirmation.class,
                    n -> assertThat(n.message()).contains("similar payment"));
            // The cashier says no: nothing else happens.
            assertThat(accepted()).isEqualTo(1);
            assertThat(row(((CustomerCharge.NeedsConfirmation) second).merchantPaymentId()).state())
                    .isEqualTo(PaymentState.FAILED);

            CustomerCharge confirmed = customers().chargeCustomer("M-011", 800, "Lunch", true);
            assertThat(confirmed).isInstanceOf(CustomerCharge.Paid.class);
            String id = ((CustomerCharge.Paid) confirmed).merchantPaymentId();
            assertThat(id).isNotIn(((CustomerCharge.Paid) first).merchantPaymentId(),
                    ((CustomerCharge.NeedsConfirmation) second).merchantPaymentId());
            assertThat(accepted()).isEqualTo(2);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("no answer and nothing happened: query, cancel, 'nothing charged' — never a second charge")
        void timeoutNothingCharged() {
            linked("M-012");
            sim.faults().add(FaultRule.next(1, Operation.CREATE_PAYMENT, FaultKind.NO_RESPONSE).hold(HOLD));
            CustomerCharge r = customers().chargeCustomer("M-012", 700, null, false);
            assertThat(r).isInstanceOfSatisfying(CustomerCharge.Declined.class,
                    d -> assertThat(d.message()).contains("nothing was charged"));
            assertThat(accepted()).isZero();
            String id = ((CustomerCharge.Declined) r).merchantPaymentId();
            assertThat(journal.eventsFor(id)).extracting(CallEvent::operation)
                    .containsExactly("CREATE_PAYMENT", "GET_PAYMENT_DETAILS", "CANCEL_PAYMENT", "GET_PAYMENT_DETAILS");
            reconcileUntilSettled();
            assertJournalAgreesWithLedger();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("committedFaults")
        @DisplayName("no answer but PayPay charged: the query finds it PAID, no second charge")
        void timeoutButCharged(String name, FaultRule rule) {
            linked("M-013");
            sim.faults().add(rule);
            CustomerCharge r = customers().chargeCustomer("M-013", 900, null, false);
            assertThat(r).as(r.message()).isInstanceOf(CustomerCharge.Paid.class);
            assertThat(sim.ledger().payments()).hasSize(1);
            reconcileUntilSettled();
            assertJournalAgreesWithLedger();
        }

        static Stream<Arguments> committedFaults() {
            return Stream.of(
                    Arguments.of("no response (committed)", FaultRule.next(1, Operation.CREATE_PAYMENT,
                            FaultKind.NO_RESPONSE).committing().hold(HOLD)),
                    Arguments.of("commit then 500", FaultRule.next(1, Operation.CREATE_PAYMENT,
                            FaultKind.COMMIT_THEN_FAIL)));
        }

        @Test
        @DisplayName("when the query cannot answer either, the charge is PENDING and resolved in the background")
        void pendingThenResolved() {
            linked("M-014");
            sim.faults().add(FaultRule.next(1, Operation.CREATE_PAYMENT, FaultKind.COMMIT_THEN_FAIL));
            sim.faults().add(FaultRule.next(2, Operation.GET_PAYMENT, FaultKind.HTTP_503));
            CustomerCharge r = customers().chargeCustomer("M-014", 1100, null, false);
            assertThat(r).isInstanceOfSatisfying(CustomerCharge.Pending.class,
                    p -> assertThat(p.message()).contains("Do not charge again"));
            String id = ((CustomerCharge.Pending) r).merchantPaymentId();
            assertThat(row(id).state()).isEqualTo(PaymentState.UNKNOWN);
            waiting().until(() -> row(id).state() == PaymentState.COMPLETED);
            assertThat(sim.ledger().payments()).hasSize(1);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("the reconciler settles NATIVE rows a crash left behind (charged → PAID, never sent → FAILED)")
        void reconcilerSettlesNativeRows() {
            CustomerRecord c = linked("M-015");
            PaymentRecord sent = journal.insertPayment(new NewPayment("T1-crash-sent", PaymentKind.NATIVE, 300, null,
                    "S1", "T1", "M-015", c.userAuthorizationId()));
            client.createPayment(CreatePaymentRequest.of(sent.merchantPaymentId(), c.userAuthorizationId(),
                    MoneyAmount.yen(300), null));
            journal.insertPayment(new NewPayment("T1-crash-unsent", PaymentKind.NATIVE, 400, null, "S1", "T1",
                    "M-015", c.userAuthorizationId()));
            reconcileUntilSettled();
            assertThat(row("T1-crash-sent").state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(row("T1-crash-unsent").state()).isEqualTo(PaymentState.FAILED);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("refunds and cancels of a direct debit are ordinary History actions")
        void refundAndCancel() {
            linked("M-016");
            String refunded = ((CustomerCharge.Paid) customers().chargeCustomer("M-016", 2000, "Box", false))
                    .merchantPaymentId();
            String cancelled = ((CustomerCharge.Paid) customers().chargeCustomer("M-016", 2500, "Box", false))
                    .merchantPaymentId();
            assertThat(engine.actionsFor(refunded).refund()).isTrue();
            assertThat(engine.refund(refunded, 2000, "returned")).isNotInstanceOf(ActionResult.Refused.class);
            assertThat(engine.cancel(cancelled)).isNotInstanceOf(ActionResult.Refused.class);
            reconcileUntilSettled(() -> clock.advance(Duration.ofSeconds(5)));
            assertThat(row(refunded).state()).isEqualTo(PaymentState.REFUNDED);
            assertThat(row(cancelled).state()).isEqualTo(PaymentState.CANCELED);
            assertThat(sim.ledger().payment(cancelled).map(Ledger.Payment::status)).contains("FAILED");
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("pre-authorize a linked customer, then capture or revert from History")
        void preAuthorize() {
            linked("M-017");
            CustomerCharge a = customers().preAuthorizeCustomer("M-017", 5000, "Rental deposit", false);
            CustomerCharge b = customers().preAuthorizeCustomer("M-017", 6000, "Rental deposit", false);
            assertThat(a).isInstanceOf(CustomerCharge.Authorized.class);
            assertThat(b).isInstanceOf(CustomerCharge.Authorized.class);
            String captured = ((CustomerCharge.Authorized) a).merchantPaymentId();
            String reverted = ((CustomerCharge.Authorized) b).merchantPaymentId();
            assertThat(row(captured).kind()).isEqualTo(PaymentKind.NATIVE_PREAUTH);
            assertThat(row(captured).state()).isEqualTo(PaymentState.AUTHORIZED);
            assertThat(engine.capture(captured, 4200)).isInstanceOf(ActionResult.Done.class);
            assertThat(engine.revert(reverted, "returned")).isInstanceOf(ActionResult.Done.class);
            assertThat(row(captured).state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(row(captured).capturedAmount()).isEqualTo(4200);
            assertThat(row(reverted).state()).isEqualTo(PaymentState.REVERTED);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("bad amounts, unknown and pending customers are refused before any request")
        void refusedBeforeSending() {
            linked("M-018");
            customers().linkCustomer("M-019", Optional.empty());
            Function<CustomerCharge, String> message = CustomerCharge::message;
            assertThat(customers().chargeCustomer("M-018", 0, null, false)).isInstanceOf(CustomerCharge.Refused.class);
            assertThat(customers().chargeCustomer("nobody", 10, null, false)).extracting(message).asString()
                    .contains("No customer nobody");
            assertThat(customers().chargeCustomer("M-019", 10, null, false)).extracting(message).asString()
                    .contains("not completed");
            assertThat(allPayments()).isEmpty();
        }
    }

    @Nested
    @DisplayName("status and unlink")
    class Unlink {

        @Test
        @DisplayName("unlink ends the link at PayPay; a later charge is refused with a clear message before sending")
        void unlinkThenCharge() {
            CustomerRecord c = linked("M-020");
            ActionResult r = customers().unlink("M-020");
            assertThat(r).isInstanceOf(ActionResult.Done.class);
            assertThat(customer("M-020").status()).isEqualTo(CustomerStatus.UNLINKED);
            assertThat(client.getUserAuthorizationStatus(c.userAuthorizationId()).successData().orElseThrow()
                    .status()).isEqualTo(UserAuthorizationStatus.INACTIVE);

            CustomerCharge charge = customers().chargeCustomer("M-020", 100, null, false);
            assertThat(charge).isInstanceOfSatisfying(CustomerCharge.Refused.class,
                    f -> assertThat(f.message()).isEqualTo(
                            "Customer M-020 is unlinked: link their PayPay account again before charging"));
            assertThat(allPayments()).isEmpty();
            assertThat(customers().unlink("M-020")).isInstanceOf(ActionResult.Refused.class);
        }

        @Test
        @DisplayName("INVALID_USER_AUTHORIZATION_ID on a charge marks the customer unlinked and says so")
        void invalidAuthorizationOnCharge() {
            CustomerRecord c = linked("M-021");
            client.unlinkUser(c.userAuthorizationId()); // ended outside Kaikei (the customer, in the PayPay app)
            CustomerCharge r = customers().chargeCustomer("M-021", 100, null, false);
            assertThat(r).isInstanceOfSatisfying(CustomerCharge.Declined.class, d -> {
                assertThat(d.customerUnlinked()).isTrue();
                assertThat(d.code()).isEqualTo("INVALID_USER_AUTHORIZATION_ID");
                assertThat(d.message()).contains("now unlinked").contains("Nothing was charged");
            });
            assertThat(customer("M-021").status()).isEqualTo(CustomerStatus.UNLINKED);
            assertThat(accepted()).isZero();
        }

        @Test
        @DisplayName("a status refresh marks customers PayPay reports inactive as unlinked")
        void refresh() {
            CustomerRecord gone = linked("M-022");
            linked("M-023");
            client.unlinkUser(gone.userAuthorizationId());
            CustomerRefresh r = customers().refreshStatuses();
            assertThat(r.nowUnlinked()).containsExactly("M-022");
            assertThat(r.unchecked()).isZero();
            assertThat(r.customers()).extracting(CustomerInfo::reference, CustomerInfo::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("M-022", CustomerLinkStatus.UNLINKED),
                    org.assertj.core.groups.Tuple.tuple("M-023", CustomerLinkStatus.LINKED));
        }

        @Test
        @DisplayName("re-linking a customer after an unlink works when PayPay reissues the same userAuthorizationId")
        void relinkWithReissuedId() {
            CustomerRecord first = linked("M-040");
            assertThat(customers().unlink("M-040")).isInstanceOf(ActionResult.Done.class);
            CustomerRecord again = linked("M-040");
            assertThat(again.userAuthorizationId()).as("PayPay gave the same id back")
                    .isEqualTo(first.userAuthorizationId());
            assertThat(again.status()).isEqualTo(CustomerStatus.LINKED);
            assertThat(customers().chargeCustomer("M-040", 300, null, false)).isInstanceOf(CustomerCharge.Paid.class);
        }

        @Test
        @DisplayName("unlinking a customer whose link PayPay already dropped still marks them unlinked")
        void unlinkOfUnknownAuthorization() {
            CustomerRecord c = linked("M-024");
            sim.faults().add(FaultRule.next(1, Operation.UNLINK, FaultKind.HTTP_503));
            assertThat(customers().unlink("M-024")).isInstanceOfSatisfying(ActionResult.Refused.class,
                    f -> assertThat(f.message()).contains("still linked"));
            assertThat(customer("M-024").status()).isEqualTo(CustomerStatus.LINKED);
            assertThat(customers().unlink("M-024")).isInstanceOf(ActionResult.Done.class);
            assertThat(c.userAuthorizationId()).isNotBlank();
        }
    }

    @Nested
    @DisplayName("never a second charge while one is unresolved")
    class OneUnresolvedCharge {

        private long createPaymentCalls() {
            return journal.recentEvents(1000).stream().filter(e -> e.operation().equals("CREATE_PAYMENT")).count();
        }

        @Test
        @DisplayName("a charge PayPay may have taken blocks the next one, with or without agreeSimilarTransaction")
        void pendingBlocksTheNext() {
            linked("M-030");
            // The reported defect: PayPay charges, the answer is lost and the lookups fail for a while.
            sim.faults().add(FaultRule.next(1, Operation.CREATE_PAYMENT, FaultKind.COMMIT_THEN_FAIL));
            sim.faults().add(FaultRule.next(10_000, Operation.GET_PAYMENT, FaultKind.HTTP_503));
            CustomerCharge first = customers().chargeCustomer("M-030", 1200, null, false);
            assertThat(first).isInstanceOf(CustomerCharge.Pending.class);
            String pending = ((CustomerCharge.Pending) first).merchantPaymentId();

            for (boolean agree : new boolean[] {true, false}) {
                CustomerCharge again = customers().chargeCustomer("M-030", 1200, null, agree);
                assertThat(again).as("agreeSimilar=%s", agree).isInstanceOfSatisfying(CustomerCharge.Unresolved.class,
                        u -> {
                            assertThat(u.message()).contains("still being checked").contains("nothing was sent");
                            assertThat(u.unresolved()).extracting(PaymentSummary::merchantPaymentId)
                                    .containsExactly(pending);
                        });
            }
            assertThat(createPaymentCalls()).as("requests sent").isEqualTo(1);
            assertThat(accepted()).isEqualTo(1);

            // Once PayPay answers, the first charge settles and the customer can be charged again.
            sim.faults().clear();
            reconcileUntilSettled();
            assertThat(row(pending).state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(customers().chargeCustomer("M-030", 1200, null, true)).isInstanceOf(CustomerCharge.Paid.class);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("two cashiers charging one customer at the same moment: only one request is sent")
        void concurrentCharges() throws Exception {
            linked("M-031");
            sim.faults().add(FaultRule.next(1, Operation.CREATE_PAYMENT, FaultKind.LATENCY)
                    .latency(Duration.ofMillis(600)));
            var first = CompletableFuture.supplyAsync(
                    () -> customers().chargeCustomer("M-031", 700, null, false));
            // The first request is at PayPay (its latency rule fired) when the second cashier presses Charge.
            waiting().until(() -> sim.faults().rules().isEmpty());
            CustomerCharge second = customers().chargeCustomer("M-031", 700, null, true);
            assertThat(second).isInstanceOf(CustomerCharge.Unresolved.class);
            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(CustomerCharge.Paid.class);
            assertThat(createPaymentCalls()).isEqualTo(1);
            assertThat(accepted()).isEqualTo(1);
        }

        @Test
        @DisplayName("the similar-payment question lists the customer's recent charges from the journal")
        void similarListsRecentRows() {
            linked("M-032");
            String earlier = ((CustomerCharge.Paid) customers().chargeCustomer("M-032", 900, "Tea", false))
                    .merchantPaymentId();
            CustomerCharge again = customers().chargeCustomer("M-032", 900, "Tea", false);
            assertThat(again).isInstanceOfSatisfying(CustomerCharge.NeedsConfirmation.class, n ->
                    assertThat(n.recent()).first().satisfies(s -> {
                        assertThat(s.merchantPaymentId()).isEqualTo(earlier);
                        assertThat(s.amountYen()).isEqualTo(900);
                        assertThat(s.state()).isEqualTo(PaymentState.COMPLETED);
                    }));
        }

        @Test
        @DisplayName("a failure after the request left (the journal's disk fails) is Pending, never an error")
        void failureAfterSendingIsPending() throws Exception {
            linked("M-033");
            sim.faults().add(FaultRule.next(1, Operation.CREATE_PAYMENT, FaultKind.LATENCY)
                    .latency(Duration.ofMillis(600)));
            var charge = CompletableFuture.supplyAsync(
                    () -> customers().chargeCustomer("M-033", 800, null, false));
            waiting().until(() -> sim.faults().rules().isEmpty());
            journal.close(); // the request is out: recording its answer now fails
            assertThat(charge.get(10, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(CustomerCharge.Pending.class,
                            p -> assertThat(p.message()).contains("Do not charge again"));
        }
    }
}
