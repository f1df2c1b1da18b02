// Drives the dashboard's settings screens in Debian's headless Chromium against a running
// datafast server, for crates/cli/tests/api/dashboard_settings.rs, which seeds the server
// (owner with a password, a website with a few pageviews) and checks through the API what
// this run changed. Usable alone:
//   DATAFAST_URL=http://127.0.0.1:PORT WEBSITE_ID=... OWNER_EMAIL=... OWNER_PASSWORD=... node settings.mjs
// What it does, as the owner: website settings (zone, currency, exclusions), the public
// dashboard toggle and its link, an account token and a website key (raw value shown once,
// then masked), an invitation (its link), a funnel, an alert, a goal's display name and color (then
// the dashboard's goals panel showing them), crawler settings and a crawler token, a refused and an accepted integration
// key, a note. Then: the share link without login (open, then closed again), and the invited
// viewer logging in and finding no settings. Screenshots of every screen (light, dark, phone)
// go to $SCREENSHOT_DIR. Prints one JSON line with what the API side checks; exits 1 with the
// reasons otherwise.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { required } from "./env.mjs";

const SERVER = required("DATAFAST_URL").replace(/\/$/, "");
const WEBSITE_ID = required("WEBSITE_ID");
const OWNER_EMAIL = required("OWNER_EMAIL");
const OWNER_PASSWORD = required("OWNER_PASSWORD");
const MEMBER_EMAIL = process.env.MEMBER_EMAIL || "";
const MEMBER_PASSWORD = process.env.MEMBER_PASSWORD || "";
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOT_DIR || "";
const VIEWER_EMAIL = "viewer@example.com";
const VIEWER_PASSWORD = "viewer password 42";
const NOTE_TEXT = "Launched the v2 pricing page (from settings)";


const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
  return ok;
}

if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function newContext(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 }, timezoneId: "UTC", locale: "en-US", ...options });
  // Nothing leaves the server's origin.
  await ctx.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(SERVER + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    failures.push(`request off the server's origin: ${url}`);
    return route.abort();
  });
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SERVER });
  return ctx;
}
async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-${name}.png`, fullPage: true });
}
function watch(page) {
  page.on("pageerror", (e) => failures.push(`page error on ${page.url()}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource: the server responded with a status of (400|401|403|404)/.test(m.text())) {
      failures.push(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  return page;
}
async function login(page, email, password, next) {
  await page.goto(`${SERVER}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${SERVER}${next}`);
}
async function toastSays(page, text) {
  await page.locator(".toast", { hasText: text }).first().waitFor({ timeout: 10000 });
}
const settings = (section) => `/sites/${WEBSITE_ID}/settings/${section}`;
const report = {};

try {
  const ctx = await newContext();
  const page = watch(await ctx.newPage());
  await login(page, OWNER_EMAIL, OWNER_PASSWORD, settings("website"));

  // ---- website ---------------------------------------------------------------------------
  const general = page.locator(".card", { has: page.getByRole("heading", { name: "Website", exact: true }) });
  await general.getByLabel("Time zone").selectOption("Europe/Paris");
  await general.getByLabel("Currency").selectOption("EUR");
  await general.getByRole("button", { name: "Save" }).click();
  await toastSays(page, "Website settings saved");
  const exclusions = page.locator(".card", { has: page.getByRole("heading", { name: "Exclusions" }) });
  await exclusions.getByLabel("Paths").fill("/admin\n/preview/*");
  await exclusions.getByLabel("Countries").fill("fr");
  await exclusions.getByRole("button", { name: "Save" }).click();
  await toastSays(page, "Exclusions saved");
  // An invalid value: the API's message is shown and nothing changes.
  await exclusions.getByLabel("IP addresses").fill("not-an-ip");
  await exclusions.getByRole("button", { name: "Save" }).click();
  await exclusions.locator(".note-error").waitFor({ timeout: 10000 });
  report.invalidIpMessage = await exclusions.locator(".note-error").textContent();
  await exclusions.getByLabel("IP addresses").fill("");
  // The public dashboard and its link.
  const sharing = page.locator(".card", { has: page.getByRole("heading", { name: "Public dashboard" }) });
  check((await sharing.locator("[data-share-link]").count()) === 0, "no share link while the dashboard is private");
  await sharing.getByLabel("Share a read-only public dashboard").check();
  await sharing.getByRole("button", { name: "Save" }).click();
  await toastSays(page, "The dashboard is public");
  const shareLink = (await sharing.locator("[data-share-link] code").textContent()).trim();
  check(shareLink === `${SERVER}/share/${WEBSITE_ID}`, `share link: ${shareLink}`);
  await sharing.getByRole("button", { name: "Copy link" }).click();
  await toastSays(page, "Copied");
  report.clipboardShareLink = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  await page.reload();
  await page.locator(".card", { hasText: "Public dashboard" }).first().waitFor();
  check(await page.getByLabel("Share a read-only public dashboard").isChecked(), "the public toggle is on after a reload");
  check((await page.getByLabel("Time zone").inputValue()) === "Europe/Paris", "the zone is Europe/Paris after a reload");
  await shot(page, "01-website");

  // The share link without a login: the dashboard, read-only, with its numbers.
  const anon = await newContext();
  const shared = watch(await anon.newPage());
  await shared.goto(shareLink);
  await shared.waitForFunction(() => (document.querySelector('[data-kpi="visitors"]')?.dataset.value ?? "") !== "", null, { timeout: 15000 });
  report.sharedVisitors = Number(await shared.locator('[data-kpi="visitors"]').getAttribute("data-value"));
  check((await shared.getByText("Read-only").count()) > 0, "the shared dashboard says read-only");
  check(!shared.url().includes("/login"), "the share link did not ask for a login");
  await shot(shared, "02-shared-dashboard");

  // ---- keys and tokens ---------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("keys")}`);
  await page.getByRole("button", { name: "New account token" }).click();
  const tokenDialog = page.getByRole("dialog", { name: "New account token" });
  await tokenDialog.getByLabel("Name").fill("E2E reporting");
  await tokenDialog.getByRole("checkbox", { name: /Read settings/ }).check();
  await shot(page, "03-new-token");
  await tokenDialog.getByRole("button", { name: "Create token" }).click();
  const created = page.getByRole("dialog", { name: "Account token created" });
  await created.waitFor();
  const rawToken = (await created.locator("[data-secret] code").textContent()).trim();
  check(/^dft_[0-9a-f]{64}$/.test(rawToken), `raw token shape: ${rawToken}`);
  await shot(page, "04-token-shown-once");
  await created.getByRole("button", { name: "Copy" }).click();
  await toastSays(page, "Copied");
  report.clipboardToken = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  await created.getByRole("button", { name: "I have copied it" }).click();
  await created.waitFor({ state: "detached" });
  const tokensCard = page.locator(".account-tokens");
  await tokensCard.getByText("E2E reporting").waitFor();
  const masked = await tokensCard.locator("tr", { hasText: "E2E reporting" }).locator("[data-masked-key]").textContent();
  check(masked.startsWith(rawToken.slice(0, 7)) && masked.includes("...") && masked.endsWith(rawToken.slice(-4)), `masked token: ${masked}`);
  check(!(await page.content()).includes(rawToken), "the raw token is gone from the page once the dialog is closed");
  await page.reload();
  await page.locator(".account-tokens").getByText("E2E reporting").waitFor();
  check(!(await page.content()).includes(rawToken), "the raw token is not shown again after a reload");
  report.rawToken = rawToken;
  report.maskedToken = masked;

  await page.getByRole("button", { name: "New website key" }).click();
  const keyDialog = page.getByRole("dialog", { name: "New website key" });
  await keyDialog.getByLabel("Name").fill("E2E server");
  await keyDialog.getByRole("button", { name: "Create key" }).click();
  const keyCreated = page.getByRole("dialog", { name: "Website key created" });
  await keyCreated.waitFor();
  const rawKey = (await keyCreated.locator("[data-secret] code").textContent()).trim();
  check(/^df_[0-9a-f]{64}$/.test(rawKey), `raw key shape: ${rawKey}`);
  await keyCreated.getByRole("button", { name: "I have copied it" }).click();
  await page.locator(".website-keys").getByText("E2E server").waitFor();
  check(!(await page.content()).includes(rawKey), "the raw website key is gone from the page");
  report.rawWebsiteKey = rawKey;
  await shot(page, "05-keys");
  // A second key, deleted again through its row's button and the confirmation.
  await page.getByRole("button", { name: "New website key" }).click();
  await keyDialog.getByLabel("Name").fill("E2E throwaway");
  await keyDialog.getByRole("button", { name: "Create key" }).click();
  await keyCreated.getByRole("button", { name: "I have copied it" }).click();
  await page.locator(".website-keys").getByText("E2E throwaway").waitFor();
  await page.getByRole("button", { name: "Delete E2E throwaway" }).click();
  const confirmDelete = page.getByRole("dialog", { name: "Delete this key?" });
  await confirmDelete.getByRole("button", { name: "Delete" }).click();
  await toastSays(page, "Website key deleted");
  await page.locator(".website-keys").getByText("E2E throwaway").waitFor({ state: "detached" });
  check((await page.locator(".website-keys").getByText("E2E server").count()) === 1, "the other key stays");

  // ---- team --------------------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("team")}`);
  await page.getByLabel("Email").fill(VIEWER_EMAIL);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Create invitation" }).click();
  const invited = page.getByRole("dialog", { name: "Invitation created" });
  await invited.waitFor();
  const inviteLink = (await invited.locator("[data-invite-link] code").textContent()).trim();
  check(inviteLink.startsWith(`${SERVER}/invite/dfinv_`), `invite link: ${inviteLink}`);
  await shot(page, "06-invitation-link");
  await invited.getByRole("button", { name: "Done" }).click();
  await page.locator(".team-invitations").getByText(VIEWER_EMAIL).waitFor();
  await shot(page, "07-team");

  // ---- alerts ------------------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("alerts")}`);
  await page.getByRole("button", { name: "New alert" }).click();
  const alertDialog = page.getByRole("dialog", { name: "New alert" });
  await alertDialog.getByLabel("Name").fill("New signup");
  await alertDialog.getByLabel("Goal").fill("signup");
  await alertDialog.getByRole("button", { name: "Create alert" }).click();
  await page.locator(".alerts").getByText("New signup").waitFor();
  await shot(page, "08-alerts");

  // ---- funnels -----------------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("funnels")}`);
  await page.getByRole("button", { name: "New funnel" }).click();
  const funnelDialog = page.getByRole("dialog", { name: "New funnel" });
  await funnelDialog.getByLabel("Funnel name").fill("Home to signup");
  await funnelDialog.getByLabel("Step 1 name").fill("Home");
  await funnelDialog.getByLabel("Step 1 page").fill("/");
  await funnelDialog.getByLabel("Step 2 name").fill("Signed up");
  await funnelDialog.getByLabel("Step 2 kind").selectOption("goal");
  await funnelDialog.getByLabel("Step 2 goal").fill("signup");
  await shot(page, "08b-new-funnel");
  await funnelDialog.getByRole("button", { name: "Create funnel" }).click();
  await page.locator(".funnels").getByText("Home to signup").waitFor();
  await shot(page, "08c-funnels");

  // ---- goals -------------------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("goals")}`);
  await page.getByRole("button", { name: "Customize goal signup" }).click();
  const goalDialog = page.getByRole("dialog", { name: "Customize “signup”" });
  await goalDialog.getByLabel("Display name").fill("Sign-ups");
  await goalDialog.getByLabel("Color").selectOption({ label: "Teal" });
  await goalDialog.getByLabel("Description").fill("Created an account");
  await goalDialog.getByRole("button", { name: "Save goal" }).click();
  await page.locator(".goals-settings").getByText("Sign-ups").waitFor();
  await shot(page, "08d-goals");
  // The dashboard's goals panel shows the display name and the color; filtering still uses
  // the tracked name.
  await page.goto(`${SERVER}/sites/${WEBSITE_ID}?period=30d`);
  const goalRow = page.locator('[data-panel="goals"] button[data-filter="goal"][data-value="signup"]');
  await goalRow.waitFor({ timeout: 30000 });
  check((await goalRow.locator(".row-label").textContent()).includes("Sign-ups"), "the goals panel shows the display name");
  const dot = await goalRow.locator(".goal-dot").evaluate((e) => getComputedStyle(e).backgroundColor);
  check(dot === "rgb(20, 184, 166)", `the goals panel shows the goal's color: ${dot}`);

  // ---- integrations ------------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("integrations")}`);
  const stripe = page.locator(".provider-stripe");
  check((await stripe.locator(".copy-block code").textContent()).trim() === `${SERVER}/api/webhooks/stripe/${WEBSITE_ID}`, "Stripe webhook URL");
  await stripe.getByLabel("Restricted API key").fill("sk_live_notRestricted123");
  await stripe.getByRole("button", { name: "Connect Stripe" }).click();
  await stripe.locator(".note-error").waitFor({ timeout: 10000 });
  report.stripeRefusal = (await stripe.locator(".note-error").textContent()).trim();
  await shot(page, "09-integrations-refused");
  await stripe.getByLabel("Restricted API key").fill("rk_live_e2eRestrictedKey123");
  await stripe.getByRole("button", { name: "Connect Stripe" }).click();
  await stripe.locator(".badge-ok", { hasText: "Connected" }).waitFor({ timeout: 10000 });
  check(!(await page.content()).includes("rk_live_e2eRestrictedKey123"), "the Stripe key is not shown back");
  await shot(page, "10-integrations");

  // ---- notes -------------------------------------------------------------------------------
  await page.goto(`${SERVER}${settings("notes")}`);
  await page.getByRole("button", { name: "New note" }).click();
  const noteDialog = page.getByRole("dialog", { name: "New note" });
  await noteDialog.getByLabel("Note").fill(NOTE_TEXT);
  await noteDialog.getByLabel("Date").fill("2026-03-02");
  await noteDialog.getByLabel("Time").fill("14:30");
  await noteDialog.getByRole("button", { name: "Add note" }).click();
  await page.locator(".notes").getByText(NOTE_TEXT).waitFor();
  report.noteText = NOTE_TEXT;
  await shot(page, "11-notes");
  // A second note, deleted again; cancelling the confirmation first keeps it.
  await page.getByRole("button", { name: "New note" }).click();
  await noteDialog.getByLabel("Note").fill("Throwaway note");
  await noteDialog.getByLabel("Date").fill("2026-03-03");
  await noteDialog.getByLabel("Time").fill("09:00");
  await noteDialog.getByRole("button", { name: "Add note" }).click();
  await page.locator(".notes").getByText("Throwaway note").waitFor();
  await page.getByRole("button", { name: "Delete note Throwaway note" }).click();
  const confirmNote = page.getByRole("dialog", { name: "Delete this note?" });
  await confirmNote.getByRole("button", { name: "Cancel" }).click();
  await confirmNote.waitFor({ state: "detached" });
  check((await page.locator(".notes").getByText("Throwaway note").count()) === 1, "cancel keeps the note");
  await page.getByRole("button", { name: "Delete note Throwaway note" }).click();
  await confirmNote.getByRole("button", { name: "Delete" }).click();
  await toastSays(page, "Note deleted");
  await page.locator(".notes").getByText("Throwaway note").waitFor({ state: "detached" });
  report.deletedNote = "Throwaway note";
  report.deletedKey = "E2E throwaway";

  // ---- AI crawlers: drop one crawler, verified only, a request token shown once, required ----
  await page.goto(`${SERVER}${settings("crawlers")}`);
  const crawlers = page.locator(".crawlers");
  await crawlers.getByLabel(/^GPTBot/).uncheck();
  await crawlers.getByLabel("Keep only crawlers verified by their IP address").check();
  await crawlers.getByRole("button", { name: "Save crawler settings" }).click();
  await page.getByText("Crawler settings saved").waitFor();
  await page.getByRole("button", { name: "Create token" }).click();
  const botSecret = page.getByRole("dialog", { name: "Crawler request token" });
  report.rawBotToken = (await botSecret.locator("[data-secret] code").textContent()).trim();
  check(report.rawBotToken.startsWith("dfbot_"), `a dfbot_ token is shown once: ${report.rawBotToken}`);
  await botSecret.getByRole("button", { name: "I have copied it" }).click();
  const botToken = page.locator(".bot-token");
  await botToken.getByLabel("Require the token on every report").check();
  await page.getByText("Reports now need the token").waitFor();
  report.maskedBotToken = await botToken.locator("[data-token]").getAttribute("data-token");
  check(!(await page.content()).includes(report.rawBotToken), "the raw crawler token is not shown after its dialog");
  await shot(page, "11b-crawlers");

  // ---- the public dashboard switched off again ----------------------------------------------
  await page.goto(`${SERVER}${settings("website")}`);
  await page.getByLabel("Share a read-only public dashboard").uncheck();
  await page.locator(".card", { has: page.getByRole("heading", { name: "Public dashboard" }) }).getByRole("button", { name: "Save" }).click();
  await toastSays(page, "The dashboard is private");
  await shared.goto(shareLink);
  await shared.getByText("This dashboard is not public").waitFor({ timeout: 10000 });
  check((await shared.locator('[data-kpi="visitors"]').count()) === 0, "no numbers once the dashboard is private");
  await shot(shared, "12-shared-closed");
  await anon.close();

  // Dark mode and a phone, on two settings screens.
  const dark = await newContext({ colorScheme: "dark", storageState: await ctx.storageState() });
  const darkPage = watch(await dark.newPage());
  await darkPage.goto(`${SERVER}${settings("keys")}`);
  await darkPage.locator(".account-tokens").getByText("E2E reporting").waitFor();
  await shot(darkPage, "13-keys-dark");
  await dark.close();
  const phone = await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, storageState: await ctx.storageState() });
  const phonePage = watch(await phone.newPage());
  await phonePage.goto(`${SERVER}${settings("website")}`);
  await phonePage.getByLabel("Time zone").waitFor();
  const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `the website settings fit a phone's width (overflow ${overflow}px)`);
  await shot(phonePage, "14-website-phone");
  await phonePage.goto(`${SERVER}${settings("integrations")}`);
  await phonePage.locator(".provider-paddle").waitFor();
  await shot(phonePage, "15-integrations-phone");
  await phone.close();

  // Keyboard: the section nav and a dialog are reachable and closable without a mouse.
  await page.goto(`${SERVER}${settings("keys")}`);
  await page.getByRole("button", { name: "New website key" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("dialog", { name: "New website key" }).waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
  check(
    await page.evaluate(() => document.activeElement?.textContent?.includes("New website key")),
    "focus returns to the button that opened the dialog"
  );
  await ctx.close();

  // ---- the invited viewer ------------------------------------------------------------------
  const token = inviteLink.split("/").pop();
  const accepted = await fetch(`${SERVER}/api/v1/invitations/${token}/accept`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Vera Viewer", password: VIEWER_PASSWORD }),
  });
  check(accepted.status === 200, `the invitation is accepted: ${accepted.status}`);
  const viewerCtx = await newContext();
  const viewer = watch(await viewerCtx.newPage());
  await login(viewer, VIEWER_EMAIL, VIEWER_PASSWORD, settings("keys"));
  await viewer.getByText("view-only access").waitFor({ timeout: 10000 });
  check((await viewer.locator(".settings-nav").count()) === 0, "a viewer gets no settings sections");
  check((await viewer.locator("#content input, #content select, #content textarea, #content form").count()) === 0, "a viewer gets no settings form");
  check(!(await viewer.content()).includes("E2E reporting"), "a viewer sees no tokens");
  await shot(viewer, "16-viewer-refused");
  await viewerCtx.close();

  // ---- a member: settings, but not the team's management -----------------------------------
  if (MEMBER_EMAIL) {
    const memberCtx = await newContext();
    const member = watch(await memberCtx.newPage());
    await login(member, MEMBER_EMAIL, MEMBER_PASSWORD, settings("team"));
    await member.getByText("Only the website owner can invite or remove people.").waitFor({ timeout: 10000 });
    check((await member.getByRole("button", { name: "Create invitation" }).count()) === 0, "a member cannot invite");
    check((await member.getByRole("button", { name: /^(Remove|Revoke)/ }).count()) === 0, "a member cannot remove anyone");
    await shot(member, "17-member-team");
    await member.goto(`${SERVER}${settings("keys")}`);
    await member.getByRole("button", { name: "New website key" }).waitFor();
    check(!(await member.content()).includes("E2E reporting"), "a member does not see the owner's account tokens");
    await member.goto(`${SERVER}${settings("website")}`);
    check(await member.getByLabel("Share a read-only public dashboard").isEnabled(), "a member can change website settings");
    await memberCtx.close();
  }
} catch (e) {
  failures.push(`${e.stack || e}`);
}

await browser.close();
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(JSON.stringify(report));
