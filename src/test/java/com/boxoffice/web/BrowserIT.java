package com.boxoffice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.boxoffice.support.SecondServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium, against a server of its own whose holds last 8 seconds (so the
 * countdown can run out in a test). Screenshots go to target/screenshots.
 */
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SecondServer server;
    private WebDriver browser;

    @BeforeAll
    static void serverWithShortHolds() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        server = new SecondServer("boxofficeBrowser", 300, Map.of("BOXOFFICE_HOLD_TTL", "8"));
        server.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            screenshot(test.getTestMethod().orElseThrow().getName() + "-end");
            browser.quit();
        }
    }

    @Test
    void aFullBookingFromTheHomePageToTheTickets() throws Exception {
        open(1280, 900);
        browser.get(server.baseUrl() + "/#/");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".movie"))).click();
        // tomorrow's shows have not started, whatever the time of day
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(1).toString();
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".dates a[href$='date=" + tomorrow + "']"))).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-current=date][href$='date=" + tomorrow + "']")));
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".times a"))).click();
        List<WebElement> free = availableSeats();
        free.get(0).click();
        browser.findElement(By.id("hold")).click();

        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#register input[name=name]"))).sendKeys("Asha Rao");
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        browser.findElement(By.cssSelector("#register input[name=email]")).sendKeys(email);
        browser.findElement(By.cssSelector("#register input[name=password]")).sendKeys("password123");
        browser.findElement(By.cssSelector("#register button")).click();

        List<WebElement> seats = availableSeats();
        seats.get(0).click();
        seats.get(1).click();
        screenshot("booking-1-seats-chosen");
        browser.findElement(By.id("hold")).click();
        wait(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
        WebElement email1 = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pay input[name=email]")));
        assertEquals(email, email1.getAttribute("value"), "details come from the account");
        screenshot("booking-2-checkout");
        browser.findElement(By.id("pay-button")).click();

        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ticket img[src^='blob:']"), 2));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("going to the movies"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            d.navigate().refresh(); // the email's status as the page finds it on arrival
            return new WebDriverWait(d, Duration.ofSeconds(3)).until(ExpectedConditions.presenceOfElementLocated(By.id("emails")))
                    .getText().contains("was sent to " + email);
        });
        screenshot("booking-3-tickets");
    }

    @Test
    void aSeatTakenByAnotherUserTurnsHeldWithoutAReload() throws Exception {
        String show = tomorrowsShow();
        open(1280, 900);
        browser.get(server.baseUrl() + "/#/show/" + show);
        WebElement seat = availableSeats().get(3);
        String seatId = seat.getAttribute("data-seat");

        String token = signUp();
        assertEquals(201, post("/api/holds", token, "{\"showId\": \"" + show + "\", \"seatIds\": [\"" + seatId + "\"]}").statusCode());
        new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> "HELD".equals(seat.getAttribute("data-status")));
        assertTrue(seat.getAttribute("aria-label").endsWith("held"), seat.getAttribute("aria-label"));
        assertEquals("true", seat.getAttribute("disabled"));
    }

    @Test
    void whenTheHoldsCountdownRunsOutTheSeatsAreFreed() throws Exception {
        String show = tomorrowsShow();
        open(1280, 900);
        signInAs(signUp());
        browser.get(server.baseUrl() + "/#/show/" + show);
        WebElement seat = availableSeats().get(5);
        seat.click();
        browser.findElement(By.id("hold")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
        assertEquals("true", seat.getAttribute("data-mine"));
        screenshot("countdown-running");

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "false".equals(seat.getAttribute("data-mine")));
        assertTrue(browser.findElement(By.id("toast")).getText().contains("ran out"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "AVAILABLE".equals(seat.getAttribute("data-status")));
        assertTrue(browser.findElement(By.id("continue")).getAttribute("hidden") != null);
    }

    @Test
    void aDeclinedCardShowsWhyAndAnotherCardWorks() throws Exception {
        String show = tomorrowsShow();
        open(1280, 900);
        signInAs(signUp());
        browser.get(server.baseUrl() + "/#/show/" + show);
        availableSeats().get(7).click();
        browser.findElement(By.id("hold")).click();
        wait(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("input[value=tok_chargeDeclined]"))).click();
        browser.findElement(By.id("pay-button")).click();
        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.id("pay-error")));
        assertTrue(error.getText().contains("declined"), error.getText());
        screenshot("declined");

        browser.findElement(By.cssSelector("input[value=tok_visa]")).click();
        browser.findElement(By.id("pay-button")).click();
        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ticket img[src^='blob:']"), 1));
    }

    @Test
    void onAPhoneThePageFitsAndSeatsSayWhatTheyAre() throws Exception {
        open(360, 740);
        browser.get(server.baseUrl() + "/#/show/" + tomorrowsShow());
        WebElement seat = availableSeats().get(0);
        assertTrue(seat.getAttribute("aria-label").matches("[A-Z]+\\d+, \\w+, ₹[\\d,.]+, available"), seat.getAttribute("aria-label"));
        seat.sendKeys(Keys.SPACE); // seats are buttons: the keyboard chooses them too
        assertEquals("true", seat.getAttribute("aria-pressed"));
        assertTrue(browser.findElement(By.id("picked")).getText().startsWith(seat.getAttribute("data-seat")));
        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 360, "no sideways scrolling of the page: " + pageWidth);
        screenshot("phone-seat-layout");
        browser.get(server.baseUrl() + "/#/");
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".movie")));
        screenshot("phone-home");
    }

    private void open(int width, int height) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=" + Math.max(width, 800) + "," + height);
        if (width < 800) {
            // a headless window is at least 500 px wide: a narrower screen is emulated, like a phone's
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0), "userAgent",
                    "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"));
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .build(), options);
    }

    private List<WebElement> availableSeats() {
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".seat[data-status=AVAILABLE]")));
        return browser.findElements(By.cssSelector(".seat[data-status=AVAILABLE]:not([disabled])"));
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private void signInAs(String token) throws Exception {
        browser.get(server.baseUrl() + "/#/");
        String me = get("/api/auth/me", token);
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('token', arguments[0]);"
                + " localStorage.setItem('user', arguments[1]);", token, me);
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String signUp() throws Exception {
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        post("/api/auth/register", null, "{\"email\": \"" + email + "\", \"password\": \"password123\", \"name\": \"Ravi\"}");
        HttpResponse<String> login = post("/api/auth/login", null, "{\"email\": \"" + email + "\", \"password\": \"password123\"}");
        return json(login.body()).getString("token");
    }

    private static String tomorrowsShow() throws Exception {
        String movie = json(get("/api/movies?size=1&language=hindi", null)).getJsonArray("items").getJsonObject(0)
                .getString("movieId");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(1).toString();
        var shows = Json.createReader(new StringReader(get("/api/movies/" + movie + "/shows?date=" + day, null))).readArray();
        return shows.getJsonObject(shows.size() - 1).getString("showId");
    }

    private static HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
