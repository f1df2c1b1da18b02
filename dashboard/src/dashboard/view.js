// What a website dashboard shows, from its URL (?period=…&interval=…&filter_…) and the
// website's time zone: the period, the chart's interval, the filters, and the first screen's
// two reads (the KPI row's overview, the chart's timeseries). One definition for the
// dashboard and for boot.js, which starts those two reads before the app has loaded; a started
// read is used only when the app asks for exactly the same URL.
import { DEFAULT_PRESET, resolvePeriod, intervalsFor } from "../period.js";

// Filters the dashboard understands, in chip order, with their names on screen.
export const FILTER_NAMES = {
  channel: "Channel",
  referrer: "Referrer",
  utm_source: "UTM source",
  utm_medium: "UTM medium",
  utm_campaign: "Campaign",
  utm_term: "UTM term",
  utm_content: "UTM content",
  ref: "ref",
  source: "source",
  via: "via",
  page: "Page",
  entry_page: "Entry page",
  hostname: "Hostname",
  country: "Country",
  region: "Region",
  city: "City",
  browser: "Browser",
  os: "OS",
  device: "Device",
  goal: "Goal",
};

export function filtersFrom(query) {
  const out = {};
  for (const key of Object.keys(FILTER_NAMES)) {
    const v = query.get(`filter_${key}`);
    if (v) out[`filter_${key}`] = v;
  }
  return out;
}

// `query`: the page's URLSearchParams; `timeZone`: the website's (UTC when unset).
export function dashboardView(websiteId, query, timeZone, now = new Date()) {
  const zone = timeZone || "UTC";
  const period = resolvePeriod({ preset: query.get("period") || DEFAULT_PRESET, from: query.get("from"), to: query.get("to") }, zone, now);
  const intervals = intervalsFor(period);
  const asked = query.get("interval");
  const interval = intervals.some(([id]) => id === asked) ? asked : intervals.some(([id]) => id === period.interval) ? period.interval : intervals[0][0];
  const filters = filtersFrom(query);
  const range = { startAt: period.startAt, endAt: period.endAt };
  const scope = { ...range, ...filters };
  const chartRange = period.startAt ? range : { startAt: period.chartStartAt, endAt: period.chartEndAt };
  return {
    timeZone: zone,
    period,
    intervals,
    interval,
    filters,
    range,
    scope,
    chartRange,
    overviewRead: ["/api/v1/analytics/overview", { websiteId, ...scope }],
    seriesRead: ["/api/v1/analytics/timeseries", { websiteId, ...filters, ...chartRange, interval, fields: "visitors,revenue", limit: 1000 }],
  };
}
