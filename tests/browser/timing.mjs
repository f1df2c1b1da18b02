// How long the dashboard takes to become usable, measured in Debian's headless Chromium
// against a running server (started by `datafast-bench dashboard`, which prints the result):
//   DATAFAST_URL=http://127.0.0.1:PORT EMAIL=... PASSWORD=... WEBSITE_ID=... [RUNS=5] node timing.mjs
// Logs in once, then opens the website's dashboard (last 30 days) RUNS times, each in a fresh
// context (nothing cached but the session cookie), and records in the page when each first
// holds: the KPI row shows numbers; the chart is drawn; nothing is loading any more (every
// panel answered). Also lists the requests of the last run with their start and end times.
// Prints one JSON line.
import { chromium } from "playwright-core";
import { required } from "./env.mjs";

const SERVER = required("DATAFAST_URL").replace(/\/$/, "");
const EMAIL = required("EMAIL");
const PASSWORD = required("PASSWORD");
const WEBSITE_ID = required("WEBSITE_ID");
const RUNS = Number(process.env.RUNS || 5);
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";


const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const options = { viewport: { width: 1360, height: 900 }, timezoneId: "UTC", locale: "en-US" };

const login = await browser.newContext(options);
const page = await login.newPage();
await page.goto(`${SERVER}/login`);
await page.getByLabel("Email").fill(EMAIL);
await page.getByLabel("Password").fill(PASSWORD);
await page.getByRole("button", { name: "Log in" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30000 });
const state = await login.storageState();
await login.close();

// Recorded inside the page by a MutationObserver (performance.now(), milliseconds since
// navigation started, at the first DOM change after which each holds), so that measuring costs
// the page next to nothing: polling from here at every frame took a core of this machine's two
// away from the server and doubled the figures.
function recordMilestones() {
  const marks = (window.__milestones = {});
  const check = () => {
    const now = performance.now();
    const kpis = (document.querySelector('[data-kpi="visitors"]')?.dataset.value ?? "") !== "";
    if (kpis && marks.kpis === undefined) marks.kpis = now;
    if (document.querySelector(".chart-wrap canvas") && marks.chart === undefined) marks.chart = now;
    if (kpis && !document.querySelector('[aria-busy="true"]') && marks.all === undefined) marks.all = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}
const milestones = (p) =>
  p.waitForFunction(() => window.__milestones?.all !== undefined && window.__milestones, null, { timeout: 60000, polling: 250 }).then((h) => h.jsonValue());

const runs = [];
let requests = [];
for (let i = 0; i < RUNS; i++) {
  const ctx = await browser.newContext({ ...options, storageState: state });
  const p = await ctx.newPage();
  await p.addInitScript(recordMilestones);
  await p.goto(`${SERVER}/sites/${WEBSITE_ID}?period=30d`);
  const { kpis, chart, all } = await milestones(p);
  runs.push({ kpis: Math.round(kpis), chart: Math.round(chart), all: Math.round(all) });
  // When each request of the page started and ended (ms since navigation start).
  requests = await p.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => ({ path: new URL(e.name).pathname, start: Math.round(e.startTime), end: Math.round(e.responseEnd) }))
  );
  await ctx.close();
}
await browser.close();

const median = (key) => {
  const v = runs.map((r) => r[key]).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};
console.log(JSON.stringify({ runs, medianMs: { kpis: median("kpis"), chart: median("chart"), all: median("all") }, requests }));
