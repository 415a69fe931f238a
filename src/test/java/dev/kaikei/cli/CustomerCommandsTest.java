package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.cli.customers.CustomerCommandSupport;
import dev.kaikei.journal.CustomerStatus;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import dev.kaikei.testing.SimulatedShop;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("customers, link, charge-customer and unlink commands against the simulator")
class CustomerCommandsTest {

    private static final Pattern LINK_URL = Pattern.compile("http://\\S+/simulator/link/\\S+");

    @TempDir
    Path dir;

    private SimulatedShop shop;
    private Path config;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void open() throws Exception {
        shop = SimulatedShop.open(dir);
        config = dir.resolve("kaikei.properties");
        Files.writeString(config, "journal.path=" + dir.resolve("unused.db").toString().replace('\\', '/') + "\n");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private CommandLine commandLine(InputStream in, StringWriter out, StringWriter err) {
        CustomerCommandSupport support = new CustomerCommandSupport(
                settings -> new CustomerCommandSupport.Session(shop.engine.customers(), () -> { }), in);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                Object made = cls == CustomersCommand.class ? new CustomersCommand(support)
                        : cls == LinkCommand.class ? new LinkCommand(support)
                        : cls == ChargeCustomerCommand.class ? new ChargeCustomerCommand(support)
                        : cls == UnlinkCommand.class ? new UnlinkCommand(support)
                        : CommandLine.defaultFactory().create(cls);
                return cls.cast(made);
            }
        };
        CommandLine cl = KaikeiCommand.commandLine(dev.kaikei.app.AppOptions.defaults(), factory);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    private Run run(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = commandLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err);
        int code = cl.execute(withConfig(args));
        return new Run(code, out.toString(), err.toString());
    }

    private String[] withConfig(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        return all;
    }

    /** Runs {@code link} as an operator would: waits for the QR, lets the customer approve, pastes the URL. */
    private Run link(String reference, boolean pasteRedirectUrl) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = commandLine(in, out, err);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cl.execute(withConfig("link",
                "--reference", reference, "--phone", "080-0000-1111")));
        await().atMost(Duration.ofSeconds(10)).until(() -> LINK_URL.matcher(out.toString()).find()
                && out.toString().contains("press Enter"));
        Matcher m = LINK_URL.matcher(out.toString());
        assertThat(m.find()).isTrue();
        String url = m.group();
        var result = shop.sim.approveLink(url.substring(url.lastIndexOf('/') + 1));
        keyboard.write(((pasteRedirectUrl ? result.redirectUrl() : result.responseToken()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        int exit = code.get();
        keyboard.close();
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @DisplayName("link shows the QR, takes the pasted redirect URL, and customers lists the customer LINKED")
    void linkAndList() throws Exception {
        Run linked = link("M-100", true);
        assertThat(linked.code()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("▀").contains("is linked");
        Run list = run("", "customers");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("REFERENCE").contains("LINKED SINCE")
                .containsPattern("M-100\\s+080-0000-1111\\s+LINKED\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    }

    @Test
    @DisplayName("link refuses a bad token with a clear message and exit code 1")
    void linkRefusesABadToken() {
        Run r = run("not-a-token\n", "link", "--reference", "M-101");
        assertThat(r.code()).isEqualTo(CustomerCommandSupport.EXIT_REFUSED);
        assertThat(r.err()).contains("not a PayPay link token");
        assertThat(shop.journal.findCustomerByReference("M-101").orElseThrow().status())
                .isEqualTo(CustomerStatus.LINKING);
    }

    @Test
    @DisplayName("charge-customer: charged, duplicate not confirmed (4), confirmed on y, --agree-similar; unlink")
    void chargeDuplicateAndUnlink() throws Exception {
        assertThat(link("M-102", false).code()).isZero();
        Run paid = run("", "charge-customer", "M-102", "1200", "--description", "Box");
        assertThat(paid.code()).as(paid.err()).isZero();
        assertThat(paid.out()).contains("Charged ¥1,200");

        Run no = run("n\n", "charge-customer", "M-102", "1200");
        assertThat(no.code()).isEqualTo(CustomerCommandSupport.EXIT_NOT_CONFIRMED);
        assertThat(no.out()).contains("similar payment").contains("Charge again? [y/N]")
                .contains("nothing was charged");
        assertThat(shop.acceptedPayments()).isEqualTo(1);

        Run yes = run("y\n", "charge-customer", "M-102", "1200");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(shop.acceptedPayments()).isEqualTo(2);

        Run agreed = run("", "charge-customer", "M-102", "1200", "--agree-similar");
        assertThat(agreed.code()).isZero();
        assertThat(agreed.out()).doesNotContain("[y/N]");
        assertThat(shop.acceptedPayments()).isEqualTo(3);

        Run unlink = run("", "unlink", "M-102");
        assertThat(unlink.code()).isZero();
        Run after = run("", "charge-customer", "M-102", "100");
        assertThat(after.code()).isEqualTo(CustomerCommandSupport.EXIT_REFUSED);
        assertThat(after.err()).contains("M-102 is unlinked");
        assertThat(shop.acceptedPayments()).isEqualTo(3);
    }

    @Test
    @DisplayName("the reported defect: a charge PayPay took without answering blocks the next, even --agree-similar")
    void unresolvedChargeBlocksTheNext() throws Exception {
        assertThat(link("M-103", false).code()).isZero();
        shop.sim.faults().add(FaultRule.next(1, Operation.CREATE_PAYMENT, FaultKind.COMMIT_THEN_FAIL));
        shop.sim.faults().add(FaultRule.next(10_000, Operation.GET_PAYMENT, FaultKind.HTTP_503));
        Run first = run("", "charge-customer", "M-103", "1200");
        assertThat(first.code()).as(first.err()).isEqualTo(CustomerCommandSupport.EXIT_PENDING);
        assertThat(first.err()).contains("Do not charge again");

        Run second = run("", "charge-customer", "M-103", "1200", "--agree-similar");
        assertThat(second.code()).as(second.err()).isEqualTo(CustomerCommandSupport.EXIT_PENDING);
        assertThat(second.err()).contains("still being checked").contains("nothing was sent")
                .contains("Not yet resolved:").containsPattern("1,200 yen\\s+UNKNOWN");
        assertThat(second.out()).doesNotContain("Charged");
        assertThat(shop.acceptedPayments()).isEqualTo(1);
    }

    @Test
    @DisplayName("the similar-payment question shows the customer's recent payments")
    void similarShowsRecentRows() throws Exception {
        assertThat(link("M-104", false).code()).isZero();
        assertThat(run("", "charge-customer", "M-104", "500").code()).isZero();
        Run no = run("n\n", "charge-customer", "M-104", "500");
        assertThat(no.code()).isEqualTo(CustomerCommandSupport.EXIT_NOT_CONFIRMED);
        assertThat(no.out()).contains("Recent payments of M-104:").containsPattern("500 yen\\s+COMPLETED");
    }

    @Test
    @DisplayName("help lists the exit codes; a bad amount is a usage error")
    void helpAndUsage() {
        Run help = run("", "charge-customer", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("--agree-similar")
                .contains("do NOT charge again");
        assertThat(run("", "charge-customer", "M-1", "lots").code()).isEqualTo(2);
        assertThat(run("", "customers").out()).contains("No customers yet");
    }
}
