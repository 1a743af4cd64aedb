package fr.catalogue.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through {@code /usr/bin/chromedriver}: nothing is ever
 * downloaded (`.ci/run` installs both packages). Flags keep it quiet on a machine without network.
 */
public final class Browser {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start() {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver "
                        + "(.ci/run does it with apt-get)");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=fr-FR",
                "--user-data-dir=" + temporaryProfile());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Chooses an item of a PrimeFaces select-one menu by its label, and returns once the menu shows it
     * (then the choice is what the form sends, and what an Ajax listener received). Clean-clone CI runs
     * showed two ways to lose the click: on the item before the menu had opened (no trace), and on the
     * item while its panel was still sliding open ("element not interactable"). Either way the item is
     * clicked again, and the menu opened again if it closed, three times at most.
     *
     * @param menuId the menu's client id, e.g. {@code "outbox:status"}
     */
    public static void choose(WebDriver browser, String menuId, String label) {
        By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label=\"" + label + "\"]");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        for (int attempt = 1; ; attempt++) {
            try {
                List<WebElement> open = browser.findElements(item);
                if (open.isEmpty() || !open.get(0).isDisplayed()) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
                }
                new WebDriverWait(browser, Duration.ofSeconds(5))
                        .ignoring(StaleElementReferenceException.class)
                        .ignoring(NoSuchElementException.class)
                        .ignoring(ElementNotInteractableException.class)
                        .ignoring(ElementClickInterceptedException.class)
                        .until(driver -> {
                            driver.findElement(item).click();
                            return true;
                        });
                new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (TimeoutException | StaleElementReferenceException lost) {
                if (attempt == 3) {
                    throw new AssertionError("The menu " + menuId + " never showed « " + label + " »", lost);
                }
            }
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("catalogue-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
