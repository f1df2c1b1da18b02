// Runs before the app's modules are fetched and parsed (a classic script in <head>, bundled on
// its own): starts the reads every logged-in screen waits for — the session, and on a
// website's pages the website list — and, on a website's dashboard, as soon as the list says
// the website's time zone, the first screen's overview and timeseries. Their answers arrive
// while the app loads instead of after it. api.js takes each started response once, by its
// exact URL (`window.__datafastEarly`); a failed start is null, and api.js then asks again.
import { apiUrl } from "./url.js";
import { dashboardView } from "./dashboard/view.js";

// responses: started reads by URL, until api.js takes them; asked: every URL the app asked
// for until this script has started all it will (`settled`); started: every URL started here
// (for the browser tests).
const early = { responses: {}, asked: new Set(), started: [], settled: false };
window.__datafastEarly = early;

function start(key) {
  const response = fetch(key, { headers: { Accept: "application/json" }, credentials: "same-origin" }).catch(() => null);
  early.responses[key] = response;
  early.started.push(key);
  return response;
}

start("/api/auth/session");
const site = /^\/sites\/([^/]+)\/?$/.exec(window.location.pathname);
if (window.location.pathname.startsWith("/sites/")) {
  const websites = start("/api/v1/admin/websites");
  if (site) {
    const websiteId = decodeURIComponent(site[1]);
    websites
      .then((res) => (res && res.ok ? res.clone().json() : null))
      .then((envelope) => {
        const row = (envelope?.data || []).find((s) => s._id === websiteId);
        if (!row) return;
        const view = dashboardView(websiteId, new URLSearchParams(window.location.search), row.timezone);
        for (const [path, query] of [view.overviewRead, view.seriesRead]) {
          const key = apiUrl(path, query);
          // The app got there first: it asked itself, so starting it here would be work twice.
          if (!early.asked.has(key)) start(key);
        }
      })
      .catch(() => {})
      .finally(() => {
        early.settled = true;
        early.asked.clear();
      });
  }
}
if (!site) early.settled = true;
