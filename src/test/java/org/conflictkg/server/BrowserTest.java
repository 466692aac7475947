package org.conflictkg.server;

import static org.conflictkg.server.ServerFixture.SHA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser (Debian's headless chromium): search, a state page, the graph view,
 * the SPARQL editor, and a report whose text holds a script. Fails, never skips, when chromium or
 * chromedriver is missing: CI installs them. Saves the screenshots the documentation shows.
 */
class BrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    // Screenshots go to target/ so that a test run leaves the work tree clean; to refresh the ones the
    // documentation shows: mvn test -Dtest=BrowserTest -Dscreenshots=docs/screenshots
    private static final Path SHOTS = Path.of(System.getProperty("screenshots", "target/screenshots"));

    private ConflictServer server;
    private WebDriver driver;
    private String base;

    @BeforeEach
    void start(@TempDir Path profile) {
        String chromedriver = chromedriver();
        if (!new File(CHROMIUM).canExecute() || chromedriver == null) {
            fail("the browser test needs chromium at " + CHROMIUM + " and chromedriver on the PATH: "
                    + "apt-get install -y chromium chromium-driver");
        }
        System.setProperty("SE_OFFLINE", "true");
        server = ConflictServer.create().dataset(ServerFixture.store()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=fr-FR", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void searchStatePageGraphAndEditor() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(base + "/");
        driver.findElement(By.id("home-q")).sendKeys("Arménie");
        driver.findElement(By.cssSelector("form.big-search button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.hits a.hit")));
        List<String> hits = driver.findElements(By.cssSelector("ul.hits a.hit")).stream().map(e -> e.getText()).toList();
        assertEquals(List.of("Arménie"), hits);

        driver.findElement(By.cssSelector("ul.hits a.hit")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/id/state/ARM"));
        assertEquals("Arménie", driver.findElement(By.tagName("h1")).getText());
        screenshot("state-page.png");

        driver.findElement(By.linkText("Graph view")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("cy"), "data-ready", "true"));
        long nodes = (Long) ((JavascriptExecutor) driver).executeScript("return window.cy.nodes().length;");
        assertEquals(7, nodes, "Arménie and its six neighbours");
        screenshot("graph-view.png");

        // A click on a node opens its page.
        ((JavascriptExecutor) driver).executeScript(
                "window.cy.getElementById('https://w3id.org/conflict-kg/id/place/yerevan').emit('tap');");
        wait.until(ExpectedConditions.urlToBe(base + "/id/place/yerevan"));
        assertEquals("Erevan", driver.findElement(By.tagName("h1")).getText());

        driver.get(base + "/sparql");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "Azerbaïdjan"));
        String results = driver.findElement(By.cssSelector(".yasr")).getText();
        assertTrue(results.contains("Arménie") && results.contains("Russie"), results);
        screenshot("sparql-editor.png");
    }

    @Test
    void aReportWithAScriptRendersInert() {
        driver.get(base + "/id/report/" + SHA);
        String text = driver.findElement(By.cssSelector(".report-text")).getText();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(4, driver.findElements(By.cssSelector(".report-text a.mention")).size());
        screenshot("report-page.png");
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    private static String chromedriver() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(dir, "chromedriver");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
