package com.evidenceassessor.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A lawyer's whole flow in a real browser (headless Chromium): sign in, upload the
 * example case, read its opinion, open a cited statute, run a quick check. Screenshots go
 * to target/screenshots/. Skipped only when chromium or chromedriver is not installed
 * (.ci/run installs both).
 */
class BrowserFlowTest extends WebTestSupport {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
		Optional<Path> driver = onPath("chromedriver");
		assumeTrue(chromium.isPresent() && driver.isPresent(),
				"skipped: no chromium or chromedriver on PATH (Debian: apt-get install -y chromium chromium-driver)");
		profile = Files.createTempDirectory("assessor-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@Test
	void aLawyerSignsInUploadsTheExampleCaseAndReadsItsOpinion() throws IOException {
		browser.get(url("/assessments/new"));
		wait(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys(LAWYER);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
		screenshot("new-assessment.png");

		browser.findElement(By.id("case")).sendKeys(EXAMPLE.toString());
		browser.findElement(By.id("upload-submit")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("opinion")));
		assertThat(browser.getCurrentUrl()).matches(".*/assessments/[0-9a-f-]{36}");
		String text = browser.findElement(By.tagName("main")).getText();
		assertThat(text).contains("王芳诉赵磊民间借贷纠纷", "不能单独作为认定事实的根据", "庭前补强建议");
		assertThat(browser.findElement(By.id("case-level")).getText()).isEqualTo("高风险");
		assertThat(browser.findElement(By.id("score-chart")).isDisplayed()).isTrue();
		screenshot("opinion.png");

		String statute = browser.findElement(By.cssSelector("table.reasons a[href*='/statutes#']"))
			.getAttribute("href");
		browser.get(statute);
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".statute")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("第九十三条");

		browser.get(url("/assessments?lang=en"));
		assertThat(browser.findElement(By.id("history")).getText()).contains("voice-only-loan-acknowledgement");
		browser.get(url("/assessments/new?lang=zh"));
	}

	@Test
	void aLawyerRunsTheQuickCheckForm() throws IOException {
		signIn();
		browser.get(url("/assessments/new"));
		browser.findElement(By.id("title")).sendKeys("被告微信转账记录截图");
		new Select(browser.findElement(By.id("kind"))).selectByValue("transfer");
		new Select(browser.findElement(By.id("realNameViaPayment"))).selectByValue("yes");
		new Select(browser.findElement(By.id("authenticityDisputed"))).selectByValue("yes");
		browser.findElement(By.id("quick-submit")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("opinion")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("被告微信转账记录截图");
		screenshot("quick-check-opinion.png");
	}

	@Test
	void anUploadOverTheSizeLimitIsSaidOnAPageNotAStackTrace() throws IOException {
		signIn();
		Path big = Files.createTempFile("assessor-big-", ".mp4");
		try {
			Files.write(big, new byte[26 * 1024 * 1024]);
			browser.get(url("/assessments/new"));
			browser.findElement(By.id("case")).sendKeys(EXAMPLE.toString());
			browser.findElement(By.id("evidence")).sendKeys(big.toString());
			browser.findElement(By.id("upload-submit")).click();
			wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "25 MB"));
			assertThat(browser.findElement(By.tagName("body")).getText()).contains("413").doesNotContain("Exception");
		}
		finally {
			Files.deleteIfExists(big);
		}
	}

	@Test
	void theRulesStatutesAndApiDocumentationPagesOpen() throws IOException {
		signIn();
		browser.get(url("/rules"));
		assertThat(browser.findElement(By.id("rule-set-hash")).getText()).hasSize(64);
		screenshot("rules.png");
		browser.get(url("/swagger-ui.html"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Evidence Assessor API"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/api/v1/assessments"));
		screenshot("swagger-ui.png");
	}

	private void signIn() {
		browser.get(url("/login"));
		if (browser.findElements(By.id("username")).isEmpty()) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys(LAWYER);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
	}

	/** The whole page, beyond the window, through the DevTools protocol. */
	private static void screenshot(String name) throws IOException {
		byte[] png;
		if (browser instanceof ChromeDriver chrome) {
			Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true));
			png = Base64.getDecoder().decode((String) shot.get("data"));
		}
		else {
			png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		}
		Files.write(SCREENSHOTS.resolve(name), png);
	}

	private static Optional<Path> onPath(String... names) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(names)
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
