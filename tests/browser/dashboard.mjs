// Drives the dashboard in Debian's headless Chromium against a running datafast server, for
// crates/cli/tests/api/dashboard.rs, which starts the server, seeds history between the two
// phases and passes what it expects. Usable alone:
//   DATAFAST_URL=http://127.0.0.1:PORT PHASE=setup node dashboard.mjs
//   DATAFAST_URL=... PHASE=dashboard WEBSITE_ID=... EXPECT='{...}' node dashboard.mjs
// PHASE=setup (fresh server): first-run sign-up, add a website, copy the script tag, and the
//   first-event check turning green after a pageview sent here.
// PHASE=dashboard (seeded server): log in; KPIs equal the API and the expected numbers; a
//   referrer click filters every panel; date ranges; realtime shows a pageview sent here; the
//   visitors list and a profile; the initial JS size; time until the KPIs show.
// Every request any page makes must stay on the server's origin (asserted, and anything else
// is blocked). Screenshots go to $SCREENSHOT_DIR. Prints one JSON line on success; exits 1
// with the reasons otherwise.
import { mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { required } from "./env.mjs";

const SERVER = required("DATAFAST_URL").replace(/\/$/, "");
const PHASE = required("PHASE");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOT_DIR || "";
const EMAIL = "owner@example.com";
const PASSWORD = "correct horse battery";
const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const JS_BUDGET = 150 * 1024;


const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
  return ok;
}
function same(got, want, what) {
  return check(JSON.stringify(got) === JSON.stringify(want), `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// Every request of every page, to check that none leaves the server's origin.
const offOrigin = [];
async function newContext(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 }, timezoneId: "UTC", locale: "en-US", ...options });
  await ctx.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(SERVER + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  ctx.on("request", (req) => {
    const url = req.url();
    if (!(url.startsWith(SERVER + "/") || url.startsWith("data:") || url.startsWith("blob:"))) offOrigin.push(url);
  });
  return ctx;
}
async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
// Console errors and uncaught exceptions fail the run: the app must not throw.
function watch(page) {
  page.on("pageerror", (e) => failures.push(`page error on ${page.url()}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource: the server responded with a status of 40[134]/.test(m.text())) {
      failures.push(`console error on ${page.url()}: ${m.text()}`);
    }
  });
  return page;
}

async function sendPageview(trackingId, path, visitorId, ip) {
  const res = await fetch(`${SERVER}/api/events`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": UA, Origin: "https://example.com", ...(ip ? { "X-Forwarded-For": ip } : {}) },
    body: JSON.stringify({
      websiteId: trackingId, domain: "example.com", href: `https://example.com${path}`, referrer: null, type: "pageview",
      visitorId, sessionId: `s${visitorId}`, viewport: { width: 1440, height: 900 }, screenWidth: 1512, screenHeight: 982,
      language: "en-US", timezone: "UTC", visitorSessionNumber: 1,
    }),
  });
  check(res.status === 200, `POST /api/events answered ${res.status}: ${await res.text()}`);
}

// The API through the page's own session (same cookie, same origin).
async function apiGet(page, path, query) {
  return page.evaluate(
    async ([p, q]) => {
      const r = await fetch(`${p}?${new URLSearchParams(q)}`, { credentials: "same-origin" });
      return r.json();
    },
    [path, query]
  );
}
async function kpis(page) {
  await page.waitForFunction(() => {
    const d = document.querySelector(".dash");
    const v = document.querySelector('[data-kpi="visitors"]');
    return d && d.dataset.loading === "false" && v && v.dataset.value !== "";
  }, null, { timeout: 15000 });
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll("[data-kpi]")].map((e) => [e.dataset.kpi, e.dataset.value])));
}
async function settled(page) {
  await page.waitForFunction(
    () => document.querySelector(".dash")?.dataset.loading === "false" && ![...document.querySelectorAll(".rows")].some((r) => r.dataset.loading === "true") && !document.querySelector(".dash .loading"),
    null,
    { timeout: 15000 }
  );
}
// What `read()` gives once it equals `want` (polled for up to 10 s: a screen updates a few
// frames after its URL changes), or its last value, for the assertion to report.
async function eventually(read, want) {
  let got;
  for (const end = Date.now() + 10000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    got = await read();
    if (JSON.stringify(got) === JSON.stringify(want)) break;
  }
  return got;
}
const kpi = (page, id) => page.evaluate((id) => Number(document.querySelector(`[data-kpi="${id}"]`)?.dataset.value), id);

// Waits (up to 10 s) for a list to show `n` rows; the assertion after it says what it shows.
async function rowsSettle(page, selector, n) {
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [selector, n], { timeout: 10000 }).catch(() => {});
}
async function panelRows(page, panel) {
  return page.evaluate((p) => {
    const el = document.querySelector(`[data-panel="${p}"]`);
    return [...el.querySelectorAll(".row")].map((r) => ({
      // The label without its flag.
      label: [...(r.querySelector(".row-label")?.childNodes || [])].filter((n) => !n.classList?.contains("flag")).map((n) => n.textContent).join("").trim(),
      visitors: Number(r.querySelector("[data-visitors]")?.dataset.visitors),
    }));
  }, panel);
}

const report = { phase: PHASE };
try {
  if (PHASE === "setup") await setupPhase();
  else if (PHASE === "dashboard") await dashboardPhase();
  else throw new Error(`unknown PHASE ${PHASE}`);
} catch (e) {
  failures.push(`${e.stack || e}`);
}
check(offOrigin.length === 0, `requests left the server's origin: ${offOrigin.join(", ")}`);
await browser.close();
if (failures.length) {
  console.error(failures.map((f) => `- ${f}`).join("\n"));
  process.exit(1);
}
console.log(JSON.stringify(report));

// ---- phase 1: first run ----------------------------------------------------------------------
async function setupPhase() {
  const ctx = await newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = watch(await ctx.newPage());
  await page.goto(SERVER + "/");
  // Nobody is logged in and the server has no account: the first visitor lands on the sign-up.
  await page.waitForURL(`${SERVER}/setup`, { timeout: 10000 });
  await shot(page, "01-setup");
  await page.getByLabel("Your name").fill("Olivia Owner");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/\?welcome=1$/);
  await page.getByLabel("Domain", { exact: true }).fill("https://example.com/");
  await page.getByLabel("Name", { exact: true }).fill("Example shop");
  await page.getByLabel("Time zone").selectOption("UTC");
  await shot(page, "02-add-website");
  await page.getByRole("button", { name: "Add website" }).click();

  const tag = await page.locator(".copy-block code").textContent({ timeout: 10000 });
  const trackingId = /data-website-id="(dfid_[A-Za-z0-9]+)"/.exec(tag)?.[1];
  check(!!trackingId, `the script tag has a tracking id: ${tag}`);
  same(tag, `<script defer data-website-id="${trackingId}" data-domain="example.com" src="${SERVER}/js/script.js"></script>`, "script tag");
  await page.getByRole("button", { name: "Copy the script tag" }).click();
  same(await page.evaluate(() => navigator.clipboard.readText()), tag, "clipboard after copying the script tag");
  const check1 = page.locator('[data-testid="event-check"]');
  check((await check1.getAttribute("class")).includes("waiting"), "the event check waits before any event");
  await shot(page, "03-install-waiting");

  await sendPageview(trackingId, "/first", "00000000-0000-4000-8000-00000000f1f1");
  await page.locator('[data-testid="event-check"].ok').waitFor({ timeout: 20000 });
  await shot(page, "04-install-received");
  const href = await page.getByRole("link", { name: "Open the dashboard" }).getAttribute("href");
  report.websiteId = /\/sites\/([0-9a-f]{24})$/.exec(href)?.[1];
  report.trackingId = trackingId;
  check(!!report.websiteId, `dashboard link: ${href}`);
  await ctx.close();
}

// ---- phase 2: the dashboard on seeded data ---------------------------------------------------
async function dashboardPhase() {
  const WEBSITE_ID = required("WEBSITE_ID");
  const TRACKING_ID = required("TRACKING_ID");
  const expect = JSON.parse(required("EXPECT"));
  const ctx = await newContext();
  const page = watch(await ctx.newPage());

  // Logged out: the app sends to the login screen and back.
  await page.goto(`${SERVER}/sites/${WEBSITE_ID}?period=30d`);
  await page.waitForURL(/\/login\?next=/);
  await shot(page, "05-login");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${SERVER}/sites/${WEBSITE_ID}?period=30d`);

  // Payments through the API with the page's session (CSRF token from /api/auth/session).
  for (const p of expect.payments) {
    const status = await page.evaluate(async (body) => {
      const s = await (await fetch("/api/auth/session")).json();
      const r = await fetch("/api/v1/payments?websiteId=" + body.websiteId, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": s.data[0].csrfToken },
        body: JSON.stringify(body.payment),
      });
      return r.status;
    }, { websiteId: WEBSITE_ID, payment: p });
    check(status === 200, `payment ${p.transaction_id}: ${status}`);
  }
  // A note (on the chart) and a funnel (its panel), through the Account API.
  const write = (path, body) =>
    page.evaluate(async ([path, body]) => {
      const s = await (await fetch("/api/auth/session")).json();
      const r = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": s.data[0].csrfToken }, body: JSON.stringify(body) });
      return r.status;
    }, [path, body]);
  const noteText = "Launched the new pricing page";
  check([200, 201].includes(await write(`/api/v1/admin/websites/${WEBSITE_ID}/notes`, { text: noteText, timestamp: expect.noteAt })), "note created");
  check(
    [200, 201].includes(
      await write(`/api/v1/admin/websites/${WEBSITE_ID}/funnels`, {
        name: "Pricing",
        steps: [{ name: "Home", type: "pageview", url: "/" }, { name: "Pricing", type: "pageview", url: "/pricing" }],
      })
    ),
    "funnel created"
  );
  await page.reload();

  // The KPIs: the API's numbers and the seeded ones.
  const range30 = { websiteId: WEBSITE_ID, startAt: expect.start30, endAt: expect.today };
  let shown = await kpis(page);
  const api30 = (await apiGet(page, "/api/v1/analytics/overview", range30)).data[0];
  for (const k of ["visitors", "revenue", "conversion_rate", "revenue_per_visitor", "bounce_rate", "avg_session_duration"]) {
    same(Number(shown[k]), api30[k], `30 days: KPI ${k} against the API`);
  }
  same(Number(shown.visitors), expect.visitors30, "30 days: visitors seeded");
  same(Number(shown.revenue), expect.revenue30, "30 days: revenue seeded");
  await settled(page);
  const apiRefs = (await apiGet(page, "/api/v1/analytics/referrers", { ...range30, limit: 10 })).data;
  await page.locator('[data-panel="sources"]').getByRole("tab", { name: "Referrers" }).click();
  const wantRefs = apiRefs.map((r) => ({ label: r.referrer, visitors: r.visitors }));
  same(await eventually(() => panelRows(page, "sources"), wantRefs), wantRefs, "referrers panel against the API");
  // Countries: the panel equals the API, and the map shades the countries that have visitors.
  await page.locator('[data-panel="locations"] .worldmap').waitFor({ timeout: 10000 });
  const countriesApi = (await apiGet(page, "/api/v1/analytics/countries", { ...range30, limit: 10 })).data;
  const wantCountries = countriesApi.map((c) => ({ label: c.country, visitors: c.visitors }));
  same(
    await eventually(() => panelRows(page, "locations"), wantCountries),
    wantCountries,
    "countries panel against the API"
  );
  same(await page.locator('[data-panel="locations"] .worldmap path.has').count(), countriesApi.filter((c) => c.country !== "Unknown").length, "countries shaded on the map");

  // Goals, the note on the chart, the funnel's steps: the seeded numbers and the API's.
  const goalsApi = (await apiGet(page, "/api/v1/analytics/goals", { ...range30, limit: 10 })).data;
  const wantGoals = goalsApi.map((g) => ({ label: g.goal, visitors: g.visitors }));
  same(await eventually(() => panelRows(page, "goals"), wantGoals), wantGoals, "goals panel against the API");
  same(goalsApi.map((g) => [g.goal, g.visitors]), [["signup", expect.signups30]], "goals seeded");
  check((await page.locator(".chart-notes").textContent()).includes(noteText), "the note is listed with the chart");
  const funnelSteps = async () => (await page.locator('[data-panel="funnels"] .funnel-step .num').allTextContents()).map((t) => Number(t.split(" ")[0].replace(/,/g, "")));
  same(await eventually(funnelSteps, expect.funnel30), expect.funnel30, "funnel steps (visitors)");
  await shot(page, "06-dashboard");

  // Clicking a referrer filters every panel (and the KPIs and chart).
  const analyticsCalls = [];
  const onReq = (req) => {
    const u = new URL(req.url());
    if (u.pathname.startsWith("/api/v1/analytics/") && !u.pathname.includes("/realtime")) analyticsCalls.push(u);
  };
  page.on("request", onReq);
  const refRow = page.locator(`[data-panel="sources"] button[data-filter="referrer"][data-value="${expect.referrer}"]`);
  await refRow.click();
  await page.waitForURL((u) => u.searchParams.get("filter_referrer") === expect.referrer);
  same(await eventually(() => kpi(page, "visitors"), expect.visitorsReferrer30), expect.visitorsReferrer30, `30 days, referrer ${expect.referrer}: visitors`);
  shown = await kpis(page);
  await settled(page);
  page.off("request", onReq);
  const filteredApi = (await apiGet(page, "/api/v1/analytics/overview", { ...range30, filter_referrer: expect.referrer })).data[0];
  same(Number(shown.visitors), filteredApi.visitors, "filtered visitors against the API");
  const paths = new Set(analyticsCalls.map((u) => u.pathname));
  for (const p of ["overview", "timeseries", "referrers", "pages", "countries", "browsers", "goals"]) {
    check(paths.has(`/api/v1/analytics/${p}`), `after the click, ${p} was asked again (asked: ${[...paths].join(", ")})`);
  }
  const unfiltered = analyticsCalls.filter((u) => u.searchParams.get("filter_referrer") !== expect.referrer);
  check(unfiltered.length === 0, `every panel's request carries the filter; without it: ${unfiltered.map((u) => u.pathname).join(", ")}`);
  const wantPages = [...expect.pagesReferrer30].sort();
  same(await eventually(async () => (await panelRows(page, "pages")).map((r) => r.label).sort(), wantPages), wantPages, "pages panel under the referrer filter");
  await page.locator('[data-chip="filter_referrer"]').waitFor();
  await shot(page, "07-dashboard-filtered");
  // The chip's ✕ is a real button: removing the filter from the keyboard.
  await page.locator('[data-chip="filter_referrer"] button').focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => !u.searchParams.has("filter_referrer"));
  same(await eventually(() => kpi(page, "visitors"), expect.visitors30), expect.visitors30, "after removing the filter");

  // Date ranges: a preset and a custom range.
  await page.locator('select[name="period"]').selectOption("7d");
  await page.waitForURL((u) => u.searchParams.get("period") === "7d");
  same(await eventually(() => kpi(page, "visitors"), expect.visitors7), expect.visitors7, "7 days: visitors");
  shown = await kpis(page);
  same(Number(shown.visitors), (await apiGet(page, "/api/v1/analytics/overview", { websiteId: WEBSITE_ID, startAt: expect.start7, endAt: expect.today })).data[0].visitors, "7 days against the API");
  await page.locator('select[name="period"]').selectOption("custom");
  await page.locator('input[name="from"]').fill(expect.customFrom);
  await page.locator('input[name="to"]').fill(expect.customTo);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL((u) => u.searchParams.get("period") === "custom" && u.searchParams.get("from") === expect.customFrom);
  same(await eventually(() => kpi(page, "visitors"), expect.visitorsCustom), expect.visitorsCustom, `custom range ${expect.customFrom}..${expect.customTo}: visitors`);
  await page.locator('select[name="period"]').selectOption("all");
  same(await eventually(() => kpi(page, "visitors"), expect.visitorsAll), expect.visitorsAll, "all time: visitors");
  await settled(page);
  await page.locator('[data-panel="locations"] .worldmap').waitFor({ timeout: 10000 });
  await shot(page, "08-dashboard-all-time");

  // Dark mode and a phone.
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "09-dashboard-dark");
  await page.emulateMedia({ colorScheme: "light" });
  const phone = watch(await ctx.newPage());
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(`${SERVER}/sites/${WEBSITE_ID}?period=30d`);
  await kpis(phone);
  await settled(phone);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the phone layout scrolls sideways by ${overflow}px`);
  await shot(phone, "10-dashboard-phone");
  await phone.close();

  // Realtime: a pageview sent now shows in the live stream.
  const livePath = `/live-${Date.now()}`;
  await page.goto(`${SERVER}/sites/${WEBSITE_ID}/realtime`);
  await page.locator('[data-testid="realtime-count"]').waitFor();
  // From 203.0.113.7: Paris in the test's location database.
  await sendPageview(TRACKING_ID, livePath, "00000000-0000-4000-8000-00000000a1a1", "203.0.113.7");
  await page.locator(`ul[aria-label="Live events"]`).getByText(livePath).waitFor({ timeout: 20000 });
  await page.locator(".worldmap .map-dot").first().waitFor({ timeout: 10000 });
  check((await page.locator(".worldmap .map-dot title").first().textContent()).includes(livePath), "the live visitor's dot on the map");
  await shot(page, "11-realtime");

  // Visitors and a profile.
  await page.goto(`${SERVER}/sites/${WEBSITE_ID}/visitors`);
  await page.locator(".visitor-link").first().waitFor({ timeout: 10000 });
  await shot(page, "12-visitors");
  await page.locator('select[name="goal"]').selectOption("signup");
  await page.waitForURL((u) => u.searchParams.get("goal") === "signup");
  await rowsSettle(page, ".visitor-link", expect.signupsAll);
  same(await page.locator(".visitor-link").count(), expect.signupsAll, "visitors who completed signup");
  await page.locator('select[name="goal"]').selectOption("");
  await page.getByLabel("Customers only").check();
  await page.waitForURL((u) => u.searchParams.get("customers") === "1");
  await rowsSettle(page, ".visitor-link", expect.payments.length);
  same((await page.locator(".visitor-link").allTextContents()).sort(), expect.payments.map((p) => p.datafast_visitor_id.slice(0, 8)).sort(), "customers only");
  await page.goto(`${SERVER}/sites/${WEBSITE_ID}/visitors`);
  await page.locator(".visitor-link").first().click();
  await page.locator(".journey-session").first().waitFor({ timeout: 10000 });
  const newest = await page.locator(".journey").first().textContent();
  check(newest.includes(livePath), `the newest visitor's journey shows the live pageview ${livePath}: ${newest}`);
  // A paying visitor: their visit with its pages and the payment, in order.
  const payer = expect.payments[0];
  await page.goto(`${SERVER}/sites/${WEBSITE_ID}/visitors/${payer.datafast_visitor_id}`);
  await page.locator(".journey-session").first().waitFor({ timeout: 10000 });
  const journey = await page.locator(".journey-session .ev").allTextContents();
  const payIndex = journey.findIndex((t) => t.includes("Payment") && t.includes(String(payer.amount)));
  check(payIndex > 0 && journey.slice(0, payIndex).some((t) => t.includes("example.com/")), `payer journey: ${JSON.stringify(journey)}`);
  await shot(page, "13-visitor-profile");

  // A viewer, invited by the owner, joins through /invite/{token}: the dashboard, no settings.
  const invite = await page.evaluate(async (websiteId) => {
    const s = await (await fetch("/api/auth/session")).json();
    const r = await fetch(`/api/v1/admin/websites/${websiteId}/team`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": s.data[0].csrfToken },
      body: JSON.stringify({ email: "viewer@example.com", role: "viewer" }),
    });
    return r.json();
  }, WEBSITE_ID);
  const token = /\/invitations\/([^/?#]+)/.exec(invite.data?.[0]?.inviteUrl || "")?.[1];
  check(!!token, `invitation: ${JSON.stringify(invite)}`);
  const viewerCtx = await newContext();
  const viewer = watch(await viewerCtx.newPage());
  // The link as the owner got it (the API's path): a browser is sent to /invite/{token}.
  await viewer.goto(`${SERVER}/api/v1/invitations/${token}`);
  await viewer.waitForURL(`${SERVER}/invite/${token}`);
  await viewer.getByLabel("Your name").fill("Vera Viewer");
  await viewer.getByLabel("Choose a password").fill("viewer password 1");
  await shot(viewer, "14-invite");
  await viewer.getByRole("button", { name: "Create my account and join" }).click();
  await viewer.waitForURL(`${SERVER}/sites/${WEBSITE_ID}`);
  same(await eventually(() => kpi(viewer, "visitors"), expect.visitorsAfterLive30), expect.visitorsAfterLive30, "the viewer's dashboard: visitors");
  const tabs = await viewer.locator(".sitebar-tabs a").allTextContents();
  same(tabs, ["Dashboard", "Realtime", "Visitors"], "a viewer's website tabs");
  await viewer.goto(`${SERVER}/sites/${WEBSITE_ID}/settings`);
  await viewer.getByText("You have view-only access to this website").waitFor({ timeout: 10000 });
  check((await viewer.locator("form").count()) === 0, "a viewer gets no settings form");
  await shot(viewer, "15-viewer-settings");
  await viewerCtx.close();

  // The JavaScript a first visit needs, and the time until the KPIs show (fresh context each
  // time: nothing cached, the session cookie carried over).
  const state = await ctx.storageState();
  const timings = [];
  for (let i = 0; i < 5; i++) {
    const fresh = await newContext({ storageState: state });
    const p = watch(await fresh.newPage());
    // The order things happen in: the first screen (KPIs and chart) is asked for and answered
    // before any panel is asked for, and the previous period only after the first row.
    const order = [];
    const name = (r) => {
      const u = new URL(r.url());
      const prev = u.pathname.endsWith("/overview") && u.searchParams.get("startAt") !== range30.startAt ? "previous" : "";
      return prev || u.pathname.replace("/api/v1/analytics/", "");
    };
    p.on("request", (r) => r.url().includes("/api/v1/analytics/") && order.push(`ask ${name(r)}`));
    p.on("requestfinished", (r) => r.url().includes("/api/v1/analytics/") && order.push(`answer ${name(r)}`));
    await p.goto(`${SERVER}/sites/${WEBSITE_ID}?period=30d`);
    // Milliseconds from the start of navigation (performance.now()'s origin) until the KPI row
    // holds numbers, read in the page at the first frame that shows them.
    const ms = await p.waitForFunction(
      () => ((document.querySelector('[data-kpi="visitors"]')?.dataset.value ?? "") !== "" ? performance.now() : false),
      null,
      { timeout: 15000, polling: "raf" }
    );
    timings.push(Math.round(await ms.jsonValue()));
    if (i === 0) {
      await settled(p);
      const at = (e) => order.indexOf(e);
      const panelAsks = order.filter((e) => /^ask (channels|pages|countries|browsers|goals|funnels\/)/.test(e)).map(at);
      check(at("answer overview") >= 0 && at("answer timeseries") >= 0, `first screen answered: ${order.join(", ")}`);
      check(panelAsks.length >= 5 && Math.min(...panelAsks) > Math.max(at("answer overview"), at("answer timeseries")), `panels asked after the KPIs and chart were answered: ${order.join(", ")}`);
      check(at("ask previous") > Math.max(at("answer channels"), at("answer pages")), `previous period asked after the first row of panels: ${order.join(", ")}`);
      // boot.js started the first screen's two reads before the app loaded, and the app took
      // those answers instead of asking again: each was sent once, and none is left unused.
      const early = await p.evaluate(() => ({ started: [...window.__datafastEarly.started], unused: Object.keys(window.__datafastEarly.responses) }));
      const firstScreen = early.started.filter((k) => /\/api\/v1\/analytics\/(overview|timeseries)\?/.test(k));
      check(firstScreen.length === 2 && early.unused.length === 0, `boot.js started the overview and the timeseries and the app used them: ${JSON.stringify(early)}`);
      for (const read of ["overview", "timeseries"]) {
        const sent = order.filter((e) => e === `ask ${read}`).length;
        check(sent === 1, `the first screen's ${read} was sent ${sent} times: ${order.join(", ")}`);
      }
    }
    await fresh.close();
  }
  timings.sort((a, b) => a - b);
  // What the shell loads before anything renders: the entry script and its static imports
  // (build.mjs lists them all in index.html).
  const shell = await (await fetch(`${SERVER}/`)).text();
  let gz = 0;
  for (const [, src] of shell.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)) {
    gz += gzipSync(Buffer.from(await (await fetch(SERVER + src)).arrayBuffer()), { level: 9 }).length;
  }
  report.initialJsGzipBytes = gz;
  check(gz > 0 && gz <= JS_BUDGET, `initial JS ${gz} bytes gzipped (budget ${JS_BUDGET})`);
  report.kpiMs = timings;
  report.kpiMedianMs = timings[2];
  await ctx.close();
}
