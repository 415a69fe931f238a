package dev.kaikei.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.journal.CustomerRecord;
import dev.kaikei.journal.CustomerStatus;
import dev.kaikei.journal.DuplicateIdException;
import dev.kaikei.opa.InvalidRequestException;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.accountlink.AccountLinkTokenValidator;
import dev.kaikei.opa.accountlink.LinkedUser;
import dev.kaikei.opa.accountlink.TokenValidationException;
import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.AccountLinkSession;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.RedirectType;
import dev.kaikei.opa.model.UserAuthorization;
import dev.kaikei.opa.model.UserAuthorizationStatus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link CustomerService}: PayPay account link (journal first, nonce-bound token validation), status
 * refresh, unlink, and direct-debit charges through {@link NativeCharges}. Thread-safe.
 */
public final class LinkedCustomers implements CustomerService {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedCustomers.class);
    private static final int MAX_TEXT = 255;
    private static final int NONCE_BYTES = 24;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{3,30}");
    private static final Pattern TOKEN_PARAM = Pattern.compile("[?&#]responseToken=([^&#\\s]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EngineContext ctx;
    private final AccountLinkTokenValidator validator;
    private final NativeCharges charges;
    private final SecureRandom random = new SecureRandom();
    /**
     * Where PayPay sends the customer's browser after the link, with {@code ?responseToken=}: the shop's own page
     * (HTTPS, under a callback domain registered for the merchant), or in training mode the simulator's. There is no
     * default: a page on a host the shop does not control would receive its customers' tokens.
     */
    private volatile Optional<String> redirectUrl = Optional.empty();

    LinkedCustomers(EngineContext ctx, AccountLinkTokenValidator validator) {
        this.ctx = ctx;
        this.validator = validator;
        this.charges = new NativeCharges(ctx, this::linkGone);
    }

    /** Uses another account-link redirect URL (HTTPS, ≤ 255 characters, under the merchant's callback domain). */
    public void useRedirectUrl(String url) {
        useRedirectUrl(url, false);
    }

    /**
     * Uses another account-link redirect URL (≤ 255 characters).
     *
     * @param allowPlainHttp also accept {@code http://}: only for the simulator (training), since PayPay itself only
     *                       redirects to HTTPS pages
     */
    public void useRedirectUrl(String url, boolean allowPlainHttp) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        boolean scheme = lower.startsWith("https://") || allowPlainHttp && lower.startsWith("http://");
        if (!scheme || url.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the account-link redirect URL must be "
                    + (allowPlainHttp ? "http:// or https://" : "https://") + " and at most 255 characters");
        }
        redirectUrl = Optional.of(url);
    }

    /** The account-link return page in use; empty until one is set (linking is refused until then). */
    public Optional<String> redirectUrl() {
        return redirectUrl;
    }

    // ---------------------------------------------------------------- list and status

    @Override
    public List<CustomerInfo> customers() {
        return ctx.journal().customers().stream().map(LinkedCustomers::info).toList();
    }

    @Override
    public CustomerRefresh refreshStatuses() {
        List<String> gone = new ArrayList<>();
        int unchecked = 0;
        for (CustomerRecord c : ctx.journal().customers()) {
            if (c.status() != CustomerStatus.LINKED) {
                continue;
            }
            OpaResult<UserAuthorization> r = ctx.calls().userAuthorization(c.reference(), c.userAuthorizationId());
            boolean inactive = r instanceof OpaResult.Success<UserAuthorization> s && s.data() != null
                    && s.data().status() == UserAuthorizationStatus.INACTIVE;
            if (inactive || r instanceof OpaResult.Rejected<UserAuthorization> rej
                    && NativeCharges.LINK_GONE.contains(rej.code())) {
                markUnlinked(c, "PayPay reports the link " + (inactive ? "INACTIVE" : r.code()));
                gone.add(c.reference());
            } else if (!r.isSuccess()) {
                unchecked++;
            }
        }
        return new CustomerRefresh(customers(), gone, unchecked);
    }

    // ---------------------------------------------------------------- link

    @Override
    public LinkOutcome linkCustomer(String reference, Optional<String> phone) {
        String ref = reference == null ? "" : reference.strip();
        String tel = phone == null ? null : phone.map(String::strip).filter(p -> !p.isEmpty()).orElse(null);
        if (ref.isEmpty() || ref.length() > MAX_TEXT) {
            return refused(LinkProblem.INVALID_INPUT, "Enter the customer's reference (1-255 characters)");
        }
        if (tel != null && !PHONE.matcher(tel).matches()) {
            return refused(LinkProblem.INVALID_INPUT, "The phone number may only hold digits, spaces, - and a "
                    + "leading +");
        }
        Optional<String> returnPage = redirectUrl;
        if (returnPage.isEmpty()) {
            return refused(LinkProblem.RETURN_PAGE_NOT_SET, "Set the account-link return page "
                    + "(paypay.linkRedirectUrl) before linking customers");
        }
        Optional<CustomerRecord> existing = ctx.journal().findCustomerByReference(ref);
        if (existing.isPresent() && existing.get().status() == CustomerStatus.LINKED) {
            return refused(LinkProblem.DUPLICATE_REFERENCE, "Customer " + ref + " is already linked; unlink "
                    + "them first to link another PayPay account");
        }
        // A link request still waiting is abandoned: its token will no longer match any pending nonce.
        existing.ifPresent(c -> markUnlinked(c, "link restarted"));
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        CustomerRecord customer;
        try {
            customer = ctx.journal().insertCustomer(ref, tel, nonce);
        } catch (DuplicateIdException e) {
            return refused(LinkProblem.DUPLICATE_REFERENCE, "Customer " + ref + " already exists");
        }
        AccountLinkRequest request = new AccountLinkRequest(List.of(AccountLinkRequest.SCOPE_DIRECT_DEBIT), nonce,
                RedirectType.WEB_LINK, returnPage.get(), ref, tel, null, null);
        OpaResult<AccountLinkSession> r;
        try {
            r = ctx.calls().accountLinkSession(ref, request);
        } catch (InvalidRequestException e) {
            markUnlinked(customer, "link request invalid");
            return refused(LinkProblem.INVALID_INPUT, e.getMessage());
        }
        if (r instanceof OpaResult.Success<AccountLinkSession> s && s.data() != null
                && s.data().linkQrCodeUrl() != null) {
            LOG.info("Account link of customer {} started", ref);
            return new LinkOutcome.Started(info(customer), s.data().linkQrCodeUrl(), "Ask " + ref
                    + " to scan the link code with the PayPay app and approve");
        }
        markUnlinked(customer, "link session not opened");
        return r.isRejected()
                ? refused(LinkProblem.PAYPAY_REFUSED, "PayPay refused the link request (" + r.code() + ")")
                : refused(LinkProblem.PAYPAY_UNREACHABLE, "PayPay did not answer; nothing was linked — try again");
    }

    @Override
    public LinkOutcome completeLink(String responseTokenOrRedirectUrl) {
        String token = tokenOf(responseTokenOrRedirectUrl);
        if (token.isEmpty()) {
            return refused(LinkProblem.MALFORMED, "Paste the responseToken (or the whole redirect URL)");
        }
        // The nonce claim is read unverified only to find the request it answers; the full check follows.
        String claimedNonce = peekNonce(token);
        Optional<CustomerRecord> pending = Optional.ofNullable(claimedNonce)
                .flatMap(ctx.journal()::findCustomerByNonce)
                .filter(c -> c.status() == CustomerStatus.LINKING);
        LinkedUser user;
        try {
            user = validator.validate(token, pending.map(CustomerRecord::linkNonce).orElse(claimedNonce));
        } catch (TokenValidationException e) {
            LOG.warn("Account-link token refused: {}", e.reason());
            return refusedToken(e.reason());
        }
        if (pending.isEmpty()) {
            return refused(LinkProblem.WRONG_NONCE, "The token answers no link request waiting in this shop "
                    + "(nonce mismatch, or the link was already completed or restarted): nothing was linked");
        }
        CustomerRecord c = pending.get();
        try {
            CustomerRecord linked = ctx.journal().markCustomerLinked(c.id(), user.userAuthorizationId());
            LOG.info("Customer {} linked", c.reference());
            return new LinkOutcome.Linked(info(linked), c.reference() + " is linked: direct-debit charges are "
                    + "possible now");
        } catch (DuplicateIdException e) {
            return refused(LinkProblem.ALREADY_LINKED, "This PayPay account is already linked to another "
                    + "customer; nothing was linked");
        } catch (IllegalStateException e) {
            return refused(LinkProblem.WRONG_NONCE, "The link request of " + c.reference() + " is no longer "
                    + "waiting; nothing was linked");
        }
    }

    private static LinkOutcome refusedToken(TokenValidationException.Reason reason) {
        return switch (reason) {
            case MALFORMED, BAD_BASE64, BAD_JSON -> refused(LinkProblem.MALFORMED,
                    "This is not a PayPay link token (was it copied completely?): nothing was linked");
            case MISSING_USER_AUTHORIZATION_ID -> refused(LinkProblem.MALFORMED,
                    "The token carries no user authorization: nothing was linked");
            case UNSUPPORTED_ALGORITHM -> refused(LinkProblem.UNSUPPORTED_ALGORITHM,
                    "The token is not signed with HS256 (e.g. alg \"none\"): refused, nothing was linked");
            case BAD_SIGNATURE -> refused(LinkProblem.TAMPERED,
                    "The token's signature does not match (altered, or not issued for this shop): "
                            + "nothing was linked");
            case EXPIRED, MISSING_EXPIRY -> refused(LinkProblem.EXPIRED,
                    "The token has expired (start the link again): nothing was linked");
            case WRONG_ISSUER, WRONG_AUDIENCE -> refused(LinkProblem.WRONG_MERCHANT,
                    "The token was not issued by PayPay for this merchant: nothing was linked");
            case WRONG_NONCE -> refused(LinkProblem.WRONG_NONCE,
                    "The token's nonce does not match this shop's link request: nothing was linked");
            case DECLINED -> refused(LinkProblem.DECLINED,
                    "The customer declined the link in PayPay: nothing was linked");
            case BAD_REQUEST, RESULT_NOT_SUCCEEDED -> refused(LinkProblem.DECLINED,
                    "PayPay could not complete the link (bad request; start it again): nothing was linked");
            case UNUSABLE_KEY -> refused(LinkProblem.CONFIGURATION,
                    "Tokens cannot be verified: the configured API secret is not base64 (check paypay.apiSecret)");
        };
    }

    private static LinkOutcome.Refused refused(LinkProblem problem, String message) {
        return new LinkOutcome.Refused(problem, message);
    }

    /** The token itself, from a bare token or a redirect URL carrying {@code responseToken=}. */
    static String tokenOf(String input) {
        if (input == null) {
            return "";
        }
        String text = input.strip();
        Matcher m = TOKEN_PARAM.matcher(text);
        if (m.find()) {
            return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).strip();
        }
        return text;
    }

    /** The unverified nonce claim, or null if the token cannot be read. */
    private static String peekNonce(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode nonce = claims == null ? null : claims.get("nonce");
            return nonce == null || !nonce.isTextual() ? null : nonce.asText();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- charges

    @Override
    public CustomerCharge chargeCustomer(String reference, long amountYen, String description, boolean agreeSimilar) {
        return charge(reference, amountYen, description, agreeSimilar, false);
    }

    @Override
    public CustomerCharge preAuthorizeCustomer(String reference, long amountYen, String description,
                                               boolean agreeSimilar) {
        return charge(reference, amountYen, description, agreeSimilar, true);
    }

    private CustomerCharge charge(String reference, long amount, String description, boolean agreeSimilar,
                                  boolean preAuthorize) {
        if (amount < 1 || amount > ChargeRequest.MAX_AMOUNT) {
            return new CustomerCharge.Refused("The amount must be between ¥1 and "
                    + NativeCharges.yen(ChargeRequest.MAX_AMOUNT));
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > ChargeRequest.MAX_DESCRIPTION) {
            return new CustomerCharge.Refused("The description must be at most " + ChargeRequest.MAX_DESCRIPTION
                    + " characters");
        }
        String ref = reference == null ? "" : reference.strip();
        Optional<CustomerRecord> found = ctx.journal().findCustomerByReference(ref);
        if (found.isEmpty()) {
            boolean wasLinked = ctx.journal().customers().stream().anyMatch(c -> c.reference().equals(ref));
            return new CustomerCharge.Refused(wasLinked
                    ? "Customer " + ref + " is unlinked: link their PayPay account again before charging"
                    : "No customer " + ref + ": link their PayPay account first");
        }
        CustomerRecord c = found.get();
        if (c.status() != CustomerStatus.LINKED) {
            return new CustomerCharge.Refused("Customer " + ref + " has not completed the PayPay link yet");
        }
        // One charge of a customer at a time: a second cashier (or a double tap) meets the first one's claim.
        String key = Claims.customer(c.reference());
        if (!ctx.claims().tryClaim(key)) {
            return unresolved(c.reference(), "A charge of " + c.reference() + " is being sent right now");
        }
        try {
            if (charges.hasUnresolved(c.reference())) {
                return unresolved(c.reference(), "An earlier charge of " + c.reference()
                        + " is still being checked with PayPay and may have gone through");
            }
            return charges.charge(c.reference(), c.userAuthorizationId(), amount, text, agreeSimilar, preAuthorize);
        } finally {
            ctx.claims().release(key);
        }
    }

    private CustomerCharge unresolved(String reference, String why) {
        return new CustomerCharge.Unresolved(charges.unresolved(reference), why + ": nothing was sent. Charging "
                + "again could take the money twice; wait until it is resolved (History, Needs attention).");
    }

    // ---------------------------------------------------------------- unlink

    @Override
    public ActionResult unlink(String reference) {
        String ref = reference == null ? "" : reference.strip();
        Optional<CustomerRecord> found = ctx.journal().findCustomerByReference(ref);
        if (found.isEmpty()) {
            return new ActionResult.Refused("No linked customer " + ref);
        }
        CustomerRecord c = found.get();
        if (c.status() == CustomerStatus.LINKING) {
            markUnlinked(c, "pending link abandoned");
            return new ActionResult.Done(null, "The pending link of " + ref + " was abandoned");
        }
        OpaResult<NoContent> r = ctx.calls().unlinkUser(ref, c.userAuthorizationId());
        if (r.isSuccess()) {
            markUnlinked(c, "unlinked at PayPay");
            return new ActionResult.Done(null, ref + " is unlinked; PayPay will refuse further charges");
        }
        if (r instanceof OpaResult.Rejected<NoContent> rej && NativeCharges.LINK_GONE.contains(rej.code())) {
            markUnlinked(c, "PayPay no longer knew the link (" + rej.code() + ")");
            return new ActionResult.Done(null, "PayPay had already ended the link of " + ref + " ("
                    + rej.code() + "); marked unlinked");
        }
        // Unlinking twice is harmless, so an unanswered unlink is simply tried again by the cashier.
        return new ActionResult.Refused(r.isRejected() ? "PayPay refused to unlink (" + r.code() + ")"
                : "PayPay did not answer; " + ref + " is still linked — try again");
    }

    // ---------------------------------------------------------------- internals

    private void linkGone(String reference) {
        ctx.journal().findCustomerByReference(reference)
                .filter(c -> c.status() == CustomerStatus.LINKED)
                .ifPresent(c -> markUnlinked(c, "PayPay reports the link invalid or expired"));
    }

    private void markUnlinked(CustomerRecord c, String why) {
        try {
            ctx.journal().markCustomerUnlinked(c.id());
            LOG.info("Customer {} unlinked: {}", c.reference(), why);
        } catch (IllegalStateException alreadyUnlinked) {
            LOG.debug("Customer {} was already unlinked", c.reference());
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private static CustomerInfo info(CustomerRecord c) {
        CustomerLinkStatus status = CustomerLinkStatus.valueOf(c.status().name());
        return new CustomerInfo(c.id(), c.reference(), Optional.ofNullable(c.phone()), status,
                status == CustomerLinkStatus.LINKED ? Optional.of(c.updatedAt()) : Optional.empty(), c.createdAt());
    }
}
