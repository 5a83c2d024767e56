package org.crosscheck.web.newsroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The editor workspace in real Chromium, as a newsroom uses it: an editor signs in, walks the queue with the
 * keyboard, confirms a confused-parliament conflict, writes a "misattributed" verdict citing two spans and sends
 * it for review; a publisher publishes it, then corrects it, and a reader sees the verdict and then its correction
 * note on the public fact-check page.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EditorBrowserTest {

    private static final int LAPTOP_WIDTH = 1280;
    private static final int LAPTOP_HEIGHT = 800;

    @TestHTTPResource("/")
    URL site;

    private String at(String path) {
        return site.toString().replaceAll("/$", "") + path;
    }

    private void signIn(Page page, Account account) {
        page.navigate(at("/sign-in"));
        page.getByLabel("Username").fill(account.username);
        page.getByLabel("Password").fill(Newsroom.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Signed in as")).isVisible();
    }

    @Test
    void anEditorAndAPublisherTakeAConfusedParliamentFromTheQueueToAPublishedCorrectedVerdict() {
        Stories.Pair story = Stories.twoParliaments("Argentina", "Uruguay");
        long conflict = Stories.conflictIn(story.confused());
        Account editor = Newsroom.member("browser-editor", Role.EDITOR);
        Account publisher = Newsroom.member("browser-publisher", Role.PUBLISHER);
        try (NewsroomBrowser chromium = NewsroomBrowser.open()) {
            Page page = chromium.page(LAPTOP_WIDTH, LAPTOP_HEIGHT);
            signIn(page, editor);
            page.navigate(at("/queue?outlet=" + java.net.URLEncoder.encode(story.outlet(), java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review queue"))).isVisible();
            chromium.screenshot(page, "queue");
            page.keyboard().press("j");
            assertThat(page.locator("a.queue-item").first()).isFocused();
            page.locator("a.queue-item[href='/conflicts/" + conflict + "']").click();

            assertThat(page.getByText("Parliament (Argentina)").first()).isVisible();
            assertThat(page.locator(".side mark")).hasCount(2);
            chromium.screenshot(page, "conflict");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm conflict")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Conflict confirmed");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resolve into a verdict")).click();
            page.getByLabel("Misattributed").check();
            page.getByLabel("Headline").fill("Argentina's resolution, credited to Uruguay's parliament");
            page.getByLabel("Summary").fill("The article reports a resolution of Argentina's parliament, then credits it to Uruguay's.");
            page.locator("input[name=evidence]").nth(0).check();
            page.locator("input[name=evidence]").nth(1).check();
            chromium.screenshot(page, "verdict-editor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft verdict saved");
            assertThat(page.locator("section[aria-labelledby=evidence-heading] li")).hasCount(2);
            String verdictPage = page.url();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
            assertThat(page.getByText("Waiting for a publisher.")).isVisible();

            Page publishing = chromium.page(LAPTOP_WIDTH, LAPTOP_HEIGHT);
            signIn(publishing, publisher);
            publishing.navigate(verdictPage);
            publishing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            assertThat(publishing.getByRole(AriaRole.STATUS)).containsText("Published.");
            String slug = Desk.strings("SELECT slug FROM verdict WHERE conflict_id = " + conflict).get(0);
            assertThat(publishing.locator("a[href='/fact-checks/" + slug + "']")).isVisible();
            Page reader = chromium.page(LAPTOP_WIDTH, LAPTOP_HEIGHT);
            reader.navigate(at("/fact-checks/" + slug));
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Argentina's resolution, credited to Uruguay's parliament");
            assertThat(reader.locator(".rating")).containsText("Misattributed");

            publishing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct")).click();
            publishing.getByLabel("Headline").fill("Argentina's resolution, wrongly credited to Uruguay's parliament");
            publishing.getByLabel("Correction note").fill("The headline now says the credit to Uruguay was wrong.");
            publishing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish correction")).click();
            assertThat(publishing.getByRole(AriaRole.NOTE)).containsText("The headline now says the credit to Uruguay was wrong.");
            assertThat(publishing.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Argentina's resolution, wrongly credited to Uruguay's parliament");
            chromium.screenshot(publishing, "verdict");
            reader.reload();
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Argentina's resolution, wrongly credited to Uruguay's parliament");
            assertThat(reader.locator(".correction")).containsText("The headline now says the credit to Uruguay was wrong.");

            long proposition = Desk.number("SELECT proposition_id FROM verdict WHERE conflict_id = " + conflict);
            page.navigate(at("/propositions/" + proposition));
            assertThat(page.locator(".mention mark").first()).isVisible();
            chromium.screenshot(page, "proposition");
            page.navigate(at("/documents/" + story.confused()));
            assertThat(page.locator(".text a.claim").first()).isVisible();
            chromium.screenshot(page, "document");

            Page phone = chromium.page(390, 844);
            signIn(phone, editor);
            phone.navigate(at("/queue"));
            int overflow = ((Number) phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
            assertThat(overflow).as("the queue fits a phone's width").isLessThanOrEqualTo(0);
            chromium.screenshot(phone, "queue-phone");
        }
    }
}
