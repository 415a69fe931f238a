package dev.kaikei.hq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.hq.HqFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

@DisplayName("The back office in a real headless Chromium")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeBrowserTest {

    @TempDir
    static Path work;

    private static HqFixture hq;
    private static Browser browser;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @BeforeAll
    static void start() {
        hq = HqFixture.start();
        hq.owner("hana");
        hq.manager("ken", "shibuya");
        long now = Instant.now().minusSeconds(60).toEpochMilli();
        Sales.push(hq, hq.enrol("shibuya", "till-1"), now, 1, new long[] {1200, 480, 3300, 980}, 480);
        Sales.push(hq, hq.enrol("shibuya", "till-2"), now, 100, new long[] {550, 550, 2750}, 0);
        String umeda = hq.enrol("umeda", "till-1");
        Sales.push(hq, umeda, now, 200, new long[] {8800, 1200}, 1200);
        Sales.cashSales(hq, umeda, now);
        hq.enrol("umeda", "till-2");
        browser = Browser.start(work);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        hq.close();
    }

    private static ChromeDriver d() {
        return browser.driver();
    }

    private static String text(String css) {
        return d().findElement(By.cssSelector(css)).getText();
    }

    @Test
    @Order(1)
    @DisplayName("a page without a session goes to the login; a wrong password is refused")
    void login() {
        d().get(hq.uri().resolve("/").toString());
        assertThat(d().getCurrentUrl()).endsWith("/login");
        browser.screenshot("hq-login");
        d().findElement(By.id("name")).sendKeys("hana");
        d().findElement(By.id("password")).sendKeys("not the password");
        d().findElement(By.id("login")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !d().findElements(By.id("login-error")).isEmpty());
        assertThat(text("#login-error")).isEqualTo("ユーザー名またはパスワードが違います。");

        d().findElement(By.id("password")).sendKeys(HqFixture.PASSWORD);
        d().findElement(By.id("login")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> d().getCurrentUrl().endsWith("/"));
        assertThat(d().manage().getCookieNamed("kaikei_hq_session").isHttpOnly()).isTrue();
    }

    @Test
    @Order(2)
    @DisplayName("today's figures on the page equal the API's, per store and till; a till never synced is flagged")
    void figuresEqualTheApi() throws Exception {
        d().get(hq.uri().resolve("/").toString());
        JsonNode api = new ObjectMapper().readTree(hq.getBasic("/api/v1/days/" + TODAY, "hana", HqFixture.PASSWORD)
                .body());
        assertThat(text("#total-net")).isEqualTo(yen(api.get("netYen").asLong()));
        for (JsonNode store : api.get("stores")) {
            for (JsonNode t : store.get("terminals")) {
                WebElement row = d().findElement(By.cssSelector("tr.terminal[data-store='"
                        + store.get("storeId").asText() + "'][data-terminal='" + t.get("terminalId").asText() + "']"));
                List<WebElement> cells = row.findElements(By.tagName("td"));
                assertThat(cells.get(1).getText()).isEqualTo(String.format("%,d", t.get("salesCount").asLong()));
                assertThat(cells.get(2).getText()).isEqualTo(yen(t.get("salesYen").asLong()));
                assertThat(cells.get(3).getText()).isEqualTo(yen(t.get("refundsYen").asLong()));
                assertThat(cells.get(5).getText()).isEqualTo(yen(t.get("netYen").asLong()));
            }
        }
        assertThat(api.get("netYen").asLong()).isEqualTo(1200 + 480 + 3300 + 980 - 480 + 550 + 550 + 2750
                + 8800 + 1200 - 1200);
        assertThat(d().findElement(By.cssSelector("tr.terminal[data-store='umeda'][data-terminal='till-2'] td.sync"))
                .getText()).isEqualTo("未同期");
        // Two cash sales with items: by tax rate as on their receipts, and cash beside PayPay.
        assertThat(d().findElements(By.cssSelector("#rates tbody tr"))).extracting(WebElement::getText)
                .containsExactly("10 % 2 ¥10 ¥10 ¥0", "8 % 2 ¥1,320 ¥1,224 ¥96", "0 % 2 ¥220 ¥220 ¥0");
        assertThat(d().findElements(By.cssSelector("#tenders tbody tr"))).extracting(WebElement::getText)
                .contains("現金 2 ¥1,550");
        assertThat(d().findElements(By.cssSelector("#closes tbody tr"))).extracting(WebElement::getText)
                .containsExactly("umeda / till-1 " + TODAY + " 精算済 Z1 ¥31,050 ¥31,550 -¥500");
        // Tall enough for the tender and tax rate tables (README shows this one).
        browser.size(1280, 1460);
        browser.screenshot("hq-dashboard");
        browser.size(390, 844);
        browser.screenshot("hq-dashboard-phone");
        assertThat(d().findElement(By.id("total-net")).isDisplayed()).isTrue();
        browser.size(1280, 900);
    }

    @Test
    @Order(3)
    @DisplayName("payments search by amount and by id, across stores")
    void search() {
        d().findElement(By.id("nav-payments")).click();
        awaitUrl("/payments");
        d().findElement(By.id("q-amount")).sendKeys("550");
        d().findElement(By.id("search")).click();
        awaitUrl("amount=550");
        List<WebElement> rows = d().findElements(By.cssSelector("tr.payment"));
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.getText()).contains("¥550").contains("shibuya"));
        browser.screenshot("hq-search");

        d().findElement(By.id("q-amount")).clear();
        d().findElement(By.id("q-id")).sendKeys("m-200");
        d().findElement(By.id("search")).click();
        awaitUrl("id=m-200&amount=&");
        assertThat(d().findElements(By.cssSelector("tr.payment"))).singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("umeda").contains("¥8,800"));

        d().findElement(By.id("q-id")).clear();
        d().findElement(By.id("q-id")).sendKeys("' OR 1=1 --");
        d().findElement(By.id("search")).click();
        awaitUrl("id=%27+OR+1%3D1+--");
        assertThat(d().findElements(By.cssSelector("tr.payment"))).isEmpty();
        assertThat(d().findElement(By.id("none")).isDisplayed()).isTrue();
    }

    @Test
    @Order(4)
    @DisplayName("CSV export downloads today's payments (UTF-8 with BOM), one line each")
    void export() throws Exception {
        d().findElement(By.id("nav-figures")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !d().findElements(By.id("export")).isEmpty());
        d().findElement(By.id("export")).click();
        Path csv = browser.downloads().resolve("kaikei-hq-" + TODAY + "_" + TODAY + ".csv");
        await().atMost(Duration.ofSeconds(15)).until(() -> Files.isRegularFile(csv) && Files.size(csv) > 0);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("store_id,terminal_id,created_at_jst,merchant_payment_id");
        assertThat(lines).hasSize(1 + (4 + 1) + (3 + 1) + (2 + 1)).as("paid and open payments").filteredOn(l -> l.contains(",COMPLETED,")).hasSize(9);
    }

    @Test
    @Order(5)
    @DisplayName("the unresolved list, the language switch, and logging out")
    void unresolvedLanguageLogout() {
        d().findElement(By.id("nav-unresolved")).click();
        awaitUrl("/unresolved");
        assertThat(d().findElements(By.cssSelector("tr.payment"))).hasSize(3);
        d().findElement(By.id("lang")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> text("h1").equals("Unresolved items"));
        assertThat(d().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        d().findElement(By.id("nav-figures")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> text("h1").equals("Figures"));
        browser.screenshot("hq-dashboard-en");
        d().findElement(By.id("logout")).click();
        awaitUrl("/login");
        d().get(hq.uri().resolve("/payments").toString());
        assertThat(d().getCurrentUrl()).endsWith("/login");
    }

    @Test
    @Order(6)
    @DisplayName("a manager sees only their store")
    void manager() {
        d().get(hq.uri().resolve("/login").toString());
        d().findElement(By.id("name")).sendKeys("ken");
        d().findElement(By.id("password")).sendKeys(HqFixture.PASSWORD);
        d().findElement(By.id("login")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> d().getCurrentUrl().endsWith("/"));
        assertThat(d().findElements(By.cssSelector("tr.store"))).singleElement()
                .satisfies(r -> assertThat(r.getAttribute("data-store")).isEqualTo("shibuya"));
        d().findElement(By.id("nav-payments")).click();
        awaitUrl("/payments");
        d().findElement(By.id("q-id")).sendKeys("m-200");
        d().findElement(By.id("search")).click();
        awaitUrl("id=m-200");
        assertThat(d().findElements(By.cssSelector("tr.payment"))).isEmpty();
    }

    /** A click that submits a form returns before the next page is there: wait for its address. */
    private static void awaitUrl(String part) {
        await().atMost(Duration.ofSeconds(10)).until(() -> d().getCurrentUrl().contains(part));
    }

    private static String yen(long yen) {
        return String.format("¥%,d", yen);
    }
}
