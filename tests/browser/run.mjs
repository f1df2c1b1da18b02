// Drives Debian's headless Chromium through every documented tracker behaviour against a
// running datafast server, for crates/cli/tests/api/browser.rs, which starts the server, runs
// this file and then checks what the server stored. Usable alone too:
//   DATAFAST_URL=http://127.0.0.1:PORT DATAFAST_TRACKING_ID=dfid_... DATAFAST_WEBSITE_ID=<24 hex> node run.mjs
// The pages are served here on a random port and opened as http://www.example.com:PORT/...:
// Chromium resolves example.com to 127.0.0.1, so the tracker sees a real, non-local site
// (http://localhost:PORT/... is used where localhost is the point).
// Prints one JSON line (the ids the browser ended up with) on success; exits 1 with the
// reasons when anything the browser saw was wrong.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { required } from "./env.mjs";

const SERVER = required("DATAFAST_URL").replace(/\/$/, "");
const TRACKING_ID = required("DATAFAST_TRACKING_ID");
const WEBSITE_ID = required("DATAFAST_WEBSITE_ID");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// A desktop Chrome; headless Chromium's own user agent says "HeadlessChrome", which the
// tracker (and the server) rightly treat as a bot.
const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";


const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

// ---- the test site -------------------------------------------------------------------------
const sdkPath = createRequire(import.meta.url).resolve("datafast").replace(/index\.js$/, "index.mjs");
const tag = (variant, attrs = "defer", id = TRACKING_ID) =>
  `<script ${attrs} data-website-id="${id}" data-domain="example.com" ${attrs} src="${SERVER}/js/${variant}"></script>`;
const page = (head, body = "") => `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const QUEUE_STUB = `<script>window.datafast=window.datafast||function(){(window.datafast.q=window.datafast.q||[]).push(arguments)};
window.datafast("queued_goal",{from:"queue"});</script>`;
const PAGES = {
  "/basic": page(
    QUEUE_STUB + tag("script.js"),
    `<button id="signup" data-fast-goal="signup_click" data-fast-goal-plan-type="pro"><span id="inner">Sign up</span></button>
     <button id="keys" data-fast-goal="keyboard_goal">Keyboard</button>
     <div style="height:3000px"></div>
     <div id="footer" data-fast-scroll="reached_footer" data-fast-scroll-section="footer" style="height:200px">end</div>
     <a id="out" href="https://x.example/a?b=1&amp;c=2">Partner site</a>`
  ),
  // Cross-domain hand-over: arrives with _df_vid/_df_sid, links on to an allowed hostname.
  "/welcome": page(tag("script.js", 'defer data-allowed-hostnames="partner.test"'), '<a id="partner" href="https://partner.test/landing">Partner</a>'),
  "/checkout/success": page(tag("script.js")),
  "/checkout/quiet": page(tag("script.js", 'defer data-disable-payments="true"')),
  // The legacy id (the website's 24-hex ObjectId) on the hash-routing variant, loaded without
  // defer (it runs before the body exists and starts at DOMContentLoaded).
  "/hash/": page(tag("script.hash.js", "", WEBSITE_ID)),
  "/cookieless": page(tag("script.cookieless.js")),
  "/local": page(tag("script.js")),
  "/local-allowed": page(tag("script.js", 'defer data-allow-localhost="true"')),
  "/bot": page(tag("script.js")),
  "/bot-ua": page(tag("script.js")),
  "/ignored": page(tag("script.js")),
  "/frame-host": page("", '<iframe src="/framed"></iframe>'),
  "/framed": page(tag("script.js")),
  "/sdk": page(`<script type="module">
    import { initDataFast } from "/sdk.mjs";
    const df = await initDataFast({ websiteId: ${JSON.stringify(TRACKING_ID)}, domain: "example.com",
      apiUrl: ${JSON.stringify(SERVER + "/api/events")}, flushInterval: 200 });
    await df.trackPageview();
    await df.track("sdk_signup", { plan: "pro" });
    await df.identify("user_42", { name: "Ada" });
    await df.flush();
    window.sdkDone = true;
  </script>`),
};
const site = createServer((req, res) => {
  const path = req.url.split("?")[0];
  if (path === "/sdk.mjs") {
    res.writeHead(200, { "content-type": "text/javascript" });
    return res.end(readFileSync(sdkPath));
  }
  const html = PAGES[path];
  res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
  res.end(html || "not found");
});
await new Promise((ok) => site.listen(0, "127.0.0.1", ok));
const PORT = site.address().port;
const SITE = `http://www.example.com:${PORT}`;
const LOCAL = `http://localhost:${PORT}`;

// ---- the browser -----------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP example.com 127.0.0.1, MAP *.example.com 127.0.0.1",
    // The pages POST to 127.0.0.1; keep http:// on the test site's port.
    "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks,HttpsUpgrades",
  ],
});
// Every request to /api/events, with the page path it came from and the answer.
const sent = [];
async function context({ human = true, ua = UA } = {}) {
  const ctx = await browser.newContext({ userAgent: ua });
  // Playwright's Chromium reports navigator.webdriver = true, as automation must; the "human"
  // contexts hide it so the tracker's bot check has something to let through.
  if (human) await ctx.addInitScript(() => Object.defineProperty(Navigator.prototype, "webdriver", { get: () => false }));
  // The outbound link's target: answered here, the real network is never reached.
  for (const target of ["https://x.example/**", "https://partner.test/**"])
    await ctx.route(target, (r) => r.fulfill({ contentType: "text/html", body: "<p>partner</p>" }));
  ctx.on("request", (req) => {
    if (!req.url().startsWith(SERVER + "/api/events") || req.method() !== "POST") return;
    let body = {};
    try {
      body = JSON.parse(req.postData() || "{}");
    } catch {}
    const entry = { path: new URL(body.href || "http://x/").pathname, type: body.type, body, status: null, response: null };
    sent.push(entry);
    req.response().then(async (res) => {
      entry.status = res ? res.status() : "failed";
      try {
        entry.response = res ? await res.json() : null;
      } catch {}
    }, () => (entry.status = "failed"));
  });
  return ctx;
}
const count = (path, type) => sent.filter((e) => e.path === path && (!type || e.type === type)).length;
async function until(what, predicate, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  failures.push(`timed out waiting for ${what}`);
  return false;
}
const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));
// The tracker has run on a page (or frame) once window.datafast is defined: the real function,
// or the no-op it leaves when it stays silent. These pages have no queue stub.
const ran = (frame) => frame.waitForFunction(() => typeof window.datafast === "function", null, { timeout: 20000 });
// Sent and answered: a context is closed only once the server has answered what it sent.
const arrived = (path, type, n = 1) =>
  until(`${n} answered ${type} event(s) from ${path}`, () => sent.filter((e) => e.path === path && e.type === type && e.status).length >= n);

const report = {};
try {
  // 1. The cookie variant on a real-looking site: pageview, queue, goals, SPA, scroll, outbound.
  const human = await context();
  const p = await human.newPage();
  await p.goto(`${SITE}/basic`);
  await arrived("/basic", "pageview");
  await arrived("/basic", "custom"); // the call queued before the script loaded
  const cookies = Object.fromEntries((await human.cookies()).map((c) => [c.name, c]));
  const visitor = cookies.datafast_visitor_id, session = cookies.datafast_session_id;
  check(visitor && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(visitor.value), `visitor cookie ${JSON.stringify(visitor)}`);
  check(session && /^s[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(session.value), `session cookie ${JSON.stringify(session)}`);
  const now = Date.now() / 1000;
  check(visitor && visitor.domain === ".example.com", `visitor cookie domain ${visitor && visitor.domain}`);
  check(visitor && Math.abs(visitor.expires - now - 365 * 86400) < 120, `visitor cookie lives a year: ${visitor && visitor.expires - now}`);
  check(session && Math.abs(session.expires - now - 1800) < 120, `session cookie lives 30 minutes: ${session && session.expires - now}`);
  check(cookies.datafast_visitor_session_count && cookies.datafast_visitor_session_count.value === "1", "first session counted");
  report.visitorId = visitor && visitor.value;
  report.sessionId = session && session.value;

  await p.click("#inner"); // a child of the data-fast-goal element
  await arrived("/basic", "custom", 2);
  await p.evaluate(() => window.datafast("newsletter_signup", { source_page: "basic" }));
  await arrived("/basic", "custom", 3);
  // Enter on a focused button is a click: counted once, not twice.
  await p.focus("#keys");
  await p.keyboard.press("Enter");
  await until("the keyboard goal", () => sent.some((e) => e.body.extraData?.eventName === "keyboard_goal" && e.status));
  await settle(300);
  check(sent.filter((e) => e.body.extraData?.eventName === "keyboard_goal").length === 1, "Enter on a goal button counts once");
  await p.evaluate(() => history.pushState({}, "", "/basic/next"));
  await arrived("/basic/next", "pageview");
  await p.evaluate(() => history.back()); // popstate
  await arrived("/basic", "pageview", 2);
  // A hash change is not a page change for script.js.
  await p.evaluate(() => (location.hash = "#section"));
  await settle();
  check(!sent.some((e) => e.body.extraData?.eventName === "reached_footer"), "the scroll goal waits for the scroll");
  await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await until("the scroll goal", () => sent.some((e) => e.body.extraData && e.body.extraData.eventName === "reached_footer" && e.status));
  const before = sent.length;
  await Promise.all([p.waitForURL("https://x.example/**"), p.click("#out")]);
  await until("the outbound click", () => sent.slice(before).some((e) => e.type === "external_link"));
  check(sent.slice(before).every((e) => e.type === "external_link"), "only the click was sent on leaving");
  const pageviewsOnBasic = count("/basic", "pageview") + count("/basic/next", "pageview");
  check(pageviewsOnBasic === 3, `three pageviews on /basic (load, pushState, back), saw ${pageviewsOnBasic}`);

  // 2. Success-URL payment detection: once, not again on reload, not with data-disable-payments.
  await p.goto(`${SITE}/checkout/success?session_id=cs_test_browser`);
  await arrived("/checkout/success", "payment");
  await p.reload();
  await ran(p);
  await settle();
  check(count("/checkout/success") === 2, `reload within a minute sends nothing new: ${count("/checkout/success")} events`);
  await p.goto(`${SITE}/checkout/quiet?session_id=cs_test_quiet`);
  await arrived("/checkout/quiet", "pageview");
  await settle();
  check(count("/checkout/quiet", "payment") === 0, "data-disable-payments stops the payment event");

  // 3. Hash routing variant, by the legacy website id: each #/route is a pageview.
  await p.goto(`${SITE}/hash/#/one`);
  await arrived("/hash/", "pageview");
  await p.evaluate(() => (location.hash = "#/two"));
  await arrived("/hash/", "pageview", 2);

  // 4. Localhost: silent unless data-allow-localhost="true".
  await p.goto(`${LOCAL}/local`);
  await ran(p);
  await settle();
  await p.goto(`${LOCAL}/local-allowed`);
  await arrived("/local-allowed", "pageview");
  check(count("/local") === 0, "nothing sent from localhost without data-allow-localhost");

  // 5. Opt-out and iframes: silent.
  await p.goto(`${SITE}/frame-host`);
  await until("the iframe", () => p.frames().some((f) => f.url().endsWith("/framed")));
  await ran(p.frames().find((f) => f.url().endsWith("/framed")));
  await p.evaluate(() => (localStorage.datafast_ignore = "true"));
  await p.goto(`${SITE}/ignored`);
  await ran(p);
  await settle();
  check(count("/framed") === 0, "nothing sent from inside an iframe");
  check(count("/ignored") === 0, "nothing sent with localStorage.datafast_ignore");
  report.humanEvents = sent.length;
  await human.close();

  // 6. Bots: navigator.webdriver as automation leaves it; a headless user agent.
  const robot = await context({ human: false });
  const r1 = await robot.newPage();
  await r1.goto(`${SITE}/bot`);
  await ran(r1);
  const headless = await context({ ua: UA.replace("Chrome/", "HeadlessChrome/") });
  const r2 = await headless.newPage();
  await r2.goto(`${SITE}/bot-ua`);
  await ran(r2);
  await settle();
  check(count("/bot") === 0, "nothing sent with navigator.webdriver");
  check(count("/bot-ua") === 0, "nothing sent by HeadlessChrome");
  await robot.close();
  await headless.close();

  // 6b. Cross-domain: ids taken over from the URL, removed from it, handed on to partner.test.
  const V = "0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3", S = "s1a2b3c4d-5e6f-4a7b-9c8d-9eafb0c1d2e3";
  const crossing = await context();
  const w = await crossing.newPage();
  await w.goto(`${SITE}/welcome?_df_vid=${V}&_df_sid=${S}&keep=1`);
  await arrived("/welcome", "pageview");
  const landed = sent.find((e) => e.path === "/welcome");
  check(landed.body.visitorId === V && landed.body.sessionId === S, `hand-over ids used: ${landed.body.visitorId} ${landed.body.sessionId}`);
  check(w.url() === `${SITE}/welcome?keep=1`, `hand-over params removed from the URL: ${w.url()}`);
  await Promise.all([w.waitForURL("https://partner.test/**"), w.click("#partner")]);
  const onward = new URL(w.url());
  check(onward.searchParams.get("_df_vid") === V && onward.searchParams.get("_df_sid") === S, `link to an allowed hostname carries the ids: ${w.url()}`);
  await crossing.close();

  // 7. Cookieless: no cookies; the visitor id comes back in the response.
  const anon = await context();
  const c = await anon.newPage();
  await c.goto(`${SITE}/cookieless`);
  await arrived("/cookieless", "pageview");
  await until("the cookieless response", () => sent.some((e) => e.path === "/cookieless" && e.response));
  const served = sent.find((e) => e.path === "/cookieless").response.visitorId;
  await until("window.datafast.visitorId", async () => (await c.evaluate(() => window.datafast.visitorId)) === served);
  await c.evaluate(() => window.datafast("cookieless_goal"));
  await arrived("/cookieless", "custom");
  const names = (await anon.cookies()).map((k) => k.name).filter((n) => n.startsWith("datafast"));
  check(names.length === 0, `the cookieless variant set cookies: ${names}`);
  check(sent.filter((e) => e.path === "/cookieless").every((e) => e.body.cookieless === true), "events say cookieless");
  report.cookielessVisitorId = served;
  await anon.close();

  // 8. The official npm SDK's web build, pointed at this server.
  const sdk = await context();
  const s = await sdk.newPage();
  await s.goto(`${SITE}/sdk`);
  await until("the SDK page", () => s.evaluate(() => window.sdkDone === true));
  await arrived("/sdk", "identify");
  await arrived("/sdk", "custom");
  await arrived("/sdk", "pageview");
  report.sdkVisitorId = (await sdk.cookies()).find((k) => k.name === "datafast_visitor_id")?.value;
  await sdk.close();

  await settle(300);
  // An outbound click's page is gone before the answer comes, so the browser cannot report it
  // (keepalive lets the request finish); browser.rs checks that the server stored those.
  for (const e of sent) check(e.status === 200 || e.type === "external_link", `${e.type} from ${e.path} answered ${e.status}: ${JSON.stringify(e.response)}`);
  check(
    sent.every((e) => e.body.websiteId && e.body.domain === "example.com" && e.body.visitorId && /^s/.test(e.body.sessionId)),
    "every event carries websiteId, domain, visitorId and sessionId"
  );
} catch (e) {
  failures.push(`error: ${e && e.stack ? e.stack : e}`);
} finally {
  await browser.close().catch(() => {});
  site.close();
}
report.sent = sent.map((e) => `${e.type} ${e.path} ${e.status}`);
if (failures.length) {
  console.error("browser checks failed:\n- " + failures.join("\n- "));
  console.error("events sent:\n" + report.sent.join("\n"));
  process.exit(1);
}
console.log(JSON.stringify(report));
