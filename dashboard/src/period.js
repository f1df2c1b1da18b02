// Date presets resolved in the website's time zone into the API's startAt/endAt, the period
// before (for the KPI changes) and the chart's default interval. Calendar presets send plain
// dates (the API reads them in the website's zone); "last 24 hours" sends exact instants.

export const PRESETS = [
  ["today", "Today"],
  ["yesterday", "Yesterday"],
  ["24h", "Last 24 hours"],
  ["7d", "Last 7 days"],
  ["30d", "Last 30 days"],
  ["12m", "Last 12 months"],
  ["week", "This week"],
  ["month", "This month"],
  ["year", "This year"],
  ["all", "All time"],
  ["custom", "Custom range"],
];
export const DEFAULT_PRESET = "30d";
// The earliest day "All time" charts from; leading empty buckets are trimmed on screen.
const ALL_TIME_START = "2015-01-01";

// Today's calendar date in `timeZone`, as YYYY-MM-DD.
export function todayIn(timeZone, now = new Date()) {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  } catch (e) {
    return now.toISOString().slice(0, 10);
  }
}

function parse(day) {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function fmt(date) {
  return date.toISOString().slice(0, 10);
}
export function addDays(day, n) {
  const d = parse(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fmt(d);
}
function addMonths(day, n) {
  const d = parse(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return fmt(target);
}
export function daysBetween(a, b) {
  return Math.round((parse(b) - parse(a)) / 86400000);
}
const isDay = (s) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);

// { preset, startAt?, endAt?, prevStartAt?, prevEndAt?, interval, label }
export function resolvePeriod({ preset, from, to }, timeZone, now = new Date()) {
  const today = todayIn(timeZone, now);
  const days = (start, end) => ({ startAt: start, endAt: end, prevStartAt: addDays(start, -(daysBetween(start, end) + 1)), prevEndAt: addDays(start, -1) });
  let p;
  switch (preset) {
    case "today":
      p = { ...days(today, today), interval: "hour" };
      break;
    case "yesterday":
      p = { ...days(addDays(today, -1), addDays(today, -1)), interval: "hour" };
      break;
    case "24h": {
      const end = new Date(Math.floor(now.getTime() / 60000) * 60000);
      const start = new Date(end.getTime() - 86400000);
      const prev = new Date(start.getTime() - 86400000);
      p = { startAt: start.toISOString(), endAt: end.toISOString(), prevStartAt: prev.toISOString(), prevEndAt: new Date(start.getTime() - 1000).toISOString(), interval: "hour" };
      break;
    }
    case "7d":
      p = { ...days(addDays(today, -6), today), interval: "day" };
      break;
    case "30d":
      p = { ...days(addDays(today, -29), today), interval: "day" };
      break;
    case "12m":
      p = { ...days(addDays(addMonths(today, -12), 1), today), interval: "month" };
      break;
    case "week": {
      const dow = (parse(today).getUTCDay() + 6) % 7; // Monday = 0
      const start = addDays(today, -dow);
      p = { startAt: start, endAt: today, prevStartAt: addDays(start, -7), prevEndAt: addDays(today, -7), interval: "day" };
      break;
    }
    case "month": {
      const start = today.slice(0, 8) + "01";
      p = { startAt: start, endAt: today, prevStartAt: addMonths(start, -1), prevEndAt: addMonths(today, -1), interval: "day" };
      break;
    }
    case "year": {
      const start = today.slice(0, 5) + "01-01";
      p = { startAt: start, endAt: today, prevStartAt: addMonths(start, -12), prevEndAt: addMonths(today, -12), interval: "month" };
      break;
    }
    case "all":
      p = { chartStartAt: ALL_TIME_START, chartEndAt: today, interval: "month" };
      break;
    case "custom":
      if (isDay(from) && isDay(to) && from <= to) {
        const span = daysBetween(from, to);
        p = { ...days(from, to), interval: span === 0 ? "hour" : span <= 62 ? "day" : span <= 400 ? "week" : "month" };
        break;
      }
    // an incomplete custom range falls back to the default
    // eslint-disable-next-line no-fallthrough
    default:
      return resolvePeriod({ preset: DEFAULT_PRESET }, timeZone, now);
  }
  return { preset, ...p, label: PRESETS.find(([id]) => id === preset)?.[1] || preset };
}

// The intervals that make sense for a period (at most ~1000 buckets, at least 2).
export function intervalsFor(period) {
  const start = period.startAt || period.chartStartAt;
  const end = period.endAt || period.chartEndAt;
  const span = isDay(start) && isDay(end) ? daysBetween(start, end) + 1 : 1;
  const all = [
    ["hour", "Hourly", span <= 31],
    ["day", "Daily", span >= 2 && span <= 1000],
    ["week", "Weekly", span >= 14],
    ["month", "Monthly", span >= 60],
  ];
  return all.filter(([, , ok]) => ok).map(([id, label]) => [id, label]);
}
