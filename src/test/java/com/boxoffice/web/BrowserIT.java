package com.boxoffice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.boxoffice.support.Mailbox;
import com.boxoffice.support.OidcProvider;
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
import java.time.Instant;
import java.util.logging.Level;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
        OidcProvider.stop();
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            screenshot(test.getTestMethod().orElseThrow().getName() + "-end");
            List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
            browser.quit();
            assertEquals(List.of(), refused, "the page works within its Content-Security-Policy");
        }
    }

    @Test
    void aFullBookingFromTheHomePageToTheTickets() throws Exception {
        open(1280, 900);
        browser.get(server.baseUrl() + "/#/");
        click(By.cssSelector(".movie"));
        // tomorrow's shows have not started, whatever the time of day
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(1).toString();
        click(By.cssSelector(".dates a[href$='date=" + tomorrow + "']"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-current=date][href$='date=" + tomorrow + "']")));
        click(By.cssSelector(".times a"));
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
    void aForgottenPasswordIsResetFromTheEmailedLink() throws Exception {
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        post("/api/auth/register", null, "{\"email\": \"" + email + "\", \"password\": \"password123\", \"name\": \"Meera\"}");
        open(1280, 900);
        browser.get(server.baseUrl() + "/#/signin");
        click(By.id("forgot-password"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#forgot input[name=email]"))).sendKeys(email);
        browser.findElement(By.cssSelector("#forgot button")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-sent")));
        screenshot("reset-1-link-sent");

        String link = Mailbox.linkIn(new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Mailbox.accountMailsTo(email)
                .stream().filter(m -> subject(m).startsWith("Reset")).findFirst().orElse(null)));
        assertTrue(link.startsWith(server.baseUrl() + "/#/reset-password?token="), link);
        browser.get(link);
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reset input[name=password]"))).sendKeys("a new password");
        screenshot("reset-2-new-password");
        browser.findElement(By.cssSelector("#reset button")).click();

        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signin input[name=email]"))).sendKeys(email);
        browser.findElement(By.cssSelector("#signin input[name=password]")).sendKeys("a new password");
        browser.findElement(By.cssSelector("#signin button")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signout")));
        assertEquals(401, post("/api/auth/login", null, "{\"email\": \"" + email + "\", \"password\": \"password123\"}")
                .statusCode(), "the old password no longer works");

        browser.findElement(By.id("nav-signout")).click(); // signs out for real: the refresh token stops working
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signin")));
    }

    @Test
    void googleSignInReturnsToThePageSignedIn() throws Exception {
        OidcProvider.start();
        String email = "browser-google-" + UUID.randomUUID() + "@example.com";
        OidcProvider.nextSignIn(email, "Kiran Google");
        open(1280, 900);
        browser.get(server.baseUrl() + "/#/orders");
        click(By.id("google-signin"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signout")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/#/orders"));
        screenshot("google-signed-in");
        String stored = (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('user')");
        assertTrue(stored.contains(email), stored);
        String refreshToken = (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('refreshToken')");

        browser.findElement(By.id("nav-signout")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signin")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            try {
                return post("/api/auth/refresh", null, "{\"refreshToken\": \"" + refreshToken + "\"}").statusCode() == 401;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anEmailedVerificationLinkConfirmsTheAddress() throws Exception {
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        post("/api/auth/register", null, "{\"email\": \"" + email + "\", \"password\": \"password123\", \"name\": \"Dev\"}");
        String link = Mailbox.linkIn(Mailbox.awaitAccountMails(email, 1, Duration.ofSeconds(20)).get(0));
        open(1280, 900);
        browser.get(link);
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));
        browser.navigate().refresh(); // the same link again
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "does not work"));
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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

    @Test
    void onAPhoneAWideSeatMapPansFromItsFirstSeatWithAHint() throws Exception {
        String show = scheduleShow(Instant.now().plus(Duration.ofDays(1)), "{\"blocks\": [{\"rows\": \"A-C\","
                + " \"seats\": \"1-18\", \"category\": \"CLASSIC\"}]}");
        open(360, 740);
        browser.get(server.baseUrl() + "/#/show/" + show);
        availableSeats();
        assertTrue(browser.findElement(By.id("pan-hint")).isDisplayed(), "a hint says the seat map pans");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebElement map = browser.findElement(By.cssSelector(".seatmap"));
        WebElement first = browser.findElement(By.cssSelector(".seat[data-seat=A1]"));
        assertTrue(first.getRect().getX() >= map.getRect().getX(), "the first seat is not cut off on the left");
        js.executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", map);
        WebElement last = browser.findElement(By.cssSelector(".seat[data-seat=A18]"));
        new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> last.getRect().getX() + last.getRect().getWidth()
                <= map.getRect().getX() + map.getRect().getWidth() + 1);
        last.click();
        assertEquals("true", last.getAttribute("aria-pressed"), "the last seat of a row can be chosen");
        long pageWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 360, "the page itself does not scroll sideways: " + pageWidth);
        screenshot("phone-wide-seat-map");
    }

    @Test
    void aMoviePageOpensOnTheFirstDayWithShowsAndSoldOutLooksSoldOut() throws Exception {
        Instant inThreeDays = Instant.now().plus(Duration.ofDays(3));
        String show = scheduleShow(inThreeDays, "{\"blocks\": [{\"rows\": \"A\", \"seats\": \"1-2\","
                + " \"category\": \"CLASSIC\"}]}");
        String movie = json(get("/api/shows/" + show, null)).getString("movieId");
        String buyer = signUp();
        String hold = json(post("/api/holds", buyer, "{\"showId\": \"" + show + "\", \"seatIds\": [\"A1\", \"A2\"]}")
                .body()).getString("holdId");
        String order = json(post("/api/orders", buyer, "{\"holdId\": \"" + hold + "\", \"customer\": {\"name\":"
                + " \"Ravi\", \"email\": \"ravi@example.com\"}}").body()).getString("orderId");
        assertEquals(200, post("/api/orders/" + order + "/confirm-payment", buyer,
                "{\"paymentMethod\": \"CARD\", \"paymentToken\": \"tok_visa\"}").statusCode());

        open(360, 740);
        browser.get(server.baseUrl() + "/#/movie/" + movie);
        String day = java.time.LocalDate.ofInstant(inThreeDays, java.time.ZoneId.of("Asia/Kolkata")).toString();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-current=date][href$='date=" + day + "']")));
        WebElement time = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".times a")));
        assertTrue(time.getText().contains("Sold out"), time.getText());
        assertTrue(time.getAttribute("class").contains("sold-out"));
        assertTrue(!time.getCssValue("color").equals("rgba(22, 163, 74, 1)"), "not in the 'available' green");
        assertTrue(time.getAttribute("aria-label").endsWith("sold out"), time.getAttribute("aria-label"));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        assertTrue(browser.findElement(By.cssSelector(".dates a[href$='date=" + today + "']")).getAttribute("class")
                .contains("no-shows"), "days without shows say so");
        screenshot("phone-movie-first-day-sold-out");
    }

    @Test
    void aQueuedSaleShowsTheLineAndMovesOnToTheSeatsWhenLetIn() throws Exception {
        String show = scheduleShow(Instant.now().plus(Duration.ofDays(1)), "{\"blocks\": [{\"rows\": \"A-B\","
                + " \"seats\": \"1-8\", \"category\": \"CLASSIC\"}]}");
        String movie = json(get("/api/shows/" + show, null)).getString("movieId");
        String admin = adminToken();
        HttpResponse<String> room = send("PUT", "/api/admin/movies/" + movie + "/waiting-room", admin,
                "{\"admitPerMinute\": 1, \"maxShoppers\": 50}");
        assertEquals(200, room.statusCode(), room.body());
        open(360, 740);
        signInAs(signUp());
        browser.get(server.baseUrl() + "/#/movie/" + movie);
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".queue a.button"))).click();
        WebElement position = wait(ExpectedConditions.visibilityOfElementLocated(By.id("position")));
        assertEquals("1", position.getText(), "first in line");
        assertTrue(browser.findElement(By.id("ahead")).getText().equals("0"));
        assertTrue(browser.findElement(By.cssSelector("[role=progressbar]")).isDisplayed());
        screenshot("phone-waiting-room");
        browser.navigate().refresh();
        assertEquals("1", wait(ExpectedConditions.visibilityOfElementLocated(By.id("position"))).getText(),
                "the place survives a reload");

        assertEquals(200, send("PUT", "/api/admin/movies/" + movie + "/waiting-room", admin,
                "{\"admitPerMinute\": 600, \"maxShoppers\": 50}").statusCode());
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("#/movie/" + movie));
        assertTrue(wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".queue.ok"))).getText()
                .contains("You're in"));
        browser.get(server.baseUrl() + "/#/show/" + show);
        availableSeats().get(0).click();
        browser.findElement(By.id("hold")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
        screenshot("phone-let-in-and-holding");
        assertEquals(204, send("DELETE", "/api/admin/movies/" + movie + "/waiting-room", admin, null).statusCode());
    }

    private static String adminToken() throws Exception {
        return json(post("/api/auth/login", null, "{\"email\": \"admin@boxoffice.local\", \"password\":"
                + " \"admin12345\"}").body()).getString("token");
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A movie of its own with one show on a theatre of its own: the show's id. */
    private static String scheduleShow(Instant start, String layout) throws Exception {
        String admin = adminToken();
        String movie = json(post("/api/admin/movies", admin, "{\"title\": \"Browser Test " + UUID.randomUUID()
                + "\", \"durationMins\": 90, \"language\": \"Testlandic\", \"format\": \"2D\", \"genres\":"
                + " [\"Drama\"]}").body()).getString("movieId");
        JsonObject theatre = json(post("/api/admin/theatres", admin, "{\"name\": \"Browser Test Theatre "
                + UUID.randomUUID() + "\", \"address\": \"1 Test Road\", \"city\": \"Testpur\", \"geoLat\": 12.5,"
                + " \"geoLng\": 77.5, \"cancellationAvailable\": true, \"screens\": [{\"name\": \"Screen\","
                + " \"layout\": " + layout + "}]}").body());
        String screen = theatre.getJsonArray("screens").getJsonObject(0).getString("screenId");
        HttpResponse<String> show = post("/api/admin/shows", admin, "{\"movieId\": \"" + movie + "\", \"screenId\": \""
                + screen + "\", \"startTime\": \"" + start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "\", \"prices\": {\"CLASSIC\": 150}}");
        assertEquals(201, show.statusCode(), show.body());
        return json(show.body()).getString("showId");
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
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .build(), options);
    }

    private List<WebElement> availableSeats() {
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".seat[data-status=AVAILABLE]")));
        return browser.findElements(By.cssSelector(".seat[data-status=AVAILABLE]:not([disabled])"));
    }

    /** Clicks the element once it is clickable; a page that re-rendered under the click is clicked again. */
    private void click(By target) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private void signInAs(String token) throws Exception {
        browser.get(server.baseUrl() + "/#/");
        String me = get("/api/auth/me", token);
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('token', arguments[0]);"
                + " localStorage.setItem('user', arguments[1]); localStorage.setItem('expiresAt', arguments[2]);",
                token, me, Instant.now().plusSeconds(600).toString());
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
