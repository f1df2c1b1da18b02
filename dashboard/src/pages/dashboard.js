// /sites/:websiteId (and /share/:websiteId, read-only): the website dashboard. Its state lives
// in the URL (?period=7d&interval=day&filter_referrer=...), so that back/forward, reloads and
// shared links show the same view. Every number comes from our public analytics API.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Loading, ErrorNote, Select, Button, useData, usePolling, fmtNumber, fmtMoney, fmtPercent, fmtDuration } from "../ui.js";
import { PRESETS, todayIn } from "../period.js";
import { FILTER_NAMES, dashboardView } from "../dashboard/view.js";
import { Chart } from "../dashboard/chart.js";
import { PANELS, Panel, FunnelsPanel } from "../dashboard/panels.js";

function withQuery(query, changes) {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") q.delete(k);
    else q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

// Change against the previous period, as a signed percentage (null when it cannot be said).
function change(now, before) {
  if (now === undefined || before === undefined || before === null) return null;
  if (before === 0) return now === 0 ? 0 : null;
  return ((now - before) / Math.abs(before)) * 100;
}

function Kpi({ id, label, value, raw, delta, lowerIsBetter }) {
  let trend = null;
  if (delta !== null && delta !== undefined && Number.isFinite(delta)) {
    const good = lowerIsBetter ? delta < 0 : delta > 0;
    const cls = Math.abs(delta) < 0.05 ? "flat" : good ? "up" : "down";
    trend = html`<span class=${`kpi-change ${cls}`} title="Change against the previous period">${delta > 0 ? "↑" : delta < 0 ? "↓" : "→"} ${fmtPercent(Math.abs(delta))}</span>`;
  }
  return html`<div class="kpi" data-kpi=${id} data-value=${raw ?? ""}>
    <div class="kpi-label">${label}</div>
    <div class="kpi-value">${value}</div>
    <div class="kpi-foot">${trend}</div>
  </div>`;
}

function Kpis({ now, before, realtime, currency, comparable }) {
  const d = (k) => (comparable ? change(now?.[k], before?.[k]) : null);
  return html`<div class="kpis" aria-label="Key figures">
    <${Kpi} id="visitors" label="Visitors" raw=${now.visitors} value=${fmtNumber(now.visitors)} delta=${d("visitors")} />
    <${Kpi} id="revenue" label="Revenue" raw=${now.revenue} value=${fmtMoney(now.revenue, currency)} delta=${d("revenue")} />
    <${Kpi} id="conversion_rate" label="Conversion rate" raw=${now.conversion_rate} value=${fmtPercent(now.conversion_rate)} delta=${d("conversion_rate")} />
    <${Kpi} id="revenue_per_visitor" label="Revenue/visitor" raw=${now.revenue_per_visitor} value=${fmtMoney(now.revenue_per_visitor, currency)} delta=${d("revenue_per_visitor")} />
    <${Kpi} id="bounce_rate" label="Bounce rate" raw=${now.bounce_rate} value=${fmtPercent(now.bounce_rate)} delta=${d("bounce_rate")} lowerIsBetter=${true} />
    <${Kpi} id="avg_session_duration" label="Session time" raw=${now.avg_session_duration} value=${fmtDuration(now.avg_session_duration)} delta=${d("avg_session_duration")} />
    <${Kpi} id="realtime" label="Visitors now" raw=${realtime ?? ""} value=${html`<span class="live-dot" aria-hidden="true"></span>${realtime === null ? "–" : fmtNumber(realtime)}`} />
  </div>`;
}

function PeriodPicker({ period, query, go, timeZone }) {
  const [custom, setCustom] = useState(period.preset === "custom");
  const today = todayIn(timeZone);
  const [from, setFrom] = useState(query.get("from") || period.startAt?.slice(0, 10) || today);
  const [to, setTo] = useState(query.get("to") || period.endAt?.slice(0, 10) || today);
  return html`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${Select}
        name="period"
        value=${custom ? "custom" : period.preset}
        options=${PRESETS}
        onChange=${(v) => {
          if (v === "custom") return setCustom(true);
          setCustom(false);
          go({ period: v, from: null, to: null, interval: null });
        }}
      />
    </label>
    ${custom &&
    html`<form
      class="inline custom-range"
      onSubmit=${(e) => {
        e.preventDefault();
        go({ period: "custom", from, to, interval: null });
      }}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${from} max=${today} onInput=${(e) => setFrom(e.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${to} max=${today} onInput=${(e) => setTo(e.currentTarget.value)} required /></label>
      <${Button} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`;
}

// Panels in the first row of the grid: on screen with the KPIs and the chart.
const FIRST_ROW = 2;

export function DashboardPage({ params, query, navigate, site, shared = false }) {
  const websiteId = params.websiteId;
  // The shared (public) view has no website list to read the zone from: metadata says it.
  const meta = useData(
    () => (site ? Promise.resolve([{ timezone: site.timezone, currency: site.currency, name: site.name, domain: site.domain }]) : api.get("/api/v1/analytics/metadata", { websiteId })),
    [websiteId, site?.timezone, site?.currency]
  );
  if (meta.error) {
    const closed = shared && [401, 403, 404].includes(meta.error.code);
    return html`<${ErrorNote}>${closed ? "This dashboard is not public. Log in to see it." : meta.error.message}<//>${closed ? html`<p><a href=${`/login?next=/sites/${websiteId}`}>Log in</a></p>` : ""}`;
  }
  if (!meta.data) return html`<${Loading} />`;
  return html`<${Dashboard} websiteId=${websiteId} query=${query} navigate=${navigate} info=${meta.data[0]} shared=${shared} />`;
}

function Dashboard({ websiteId, query, navigate, info, shared }) {
  const currency = info.currency || "USD";
  const base = shared ? `/share/${websiteId}` : `/sites/${websiteId}`;
  const go = (changes) => navigate(base + withQuery(query, changes));
  const { timeZone, period, intervals, interval, filters, range, scope, chartRange, overviewRead, seriesRead } = dashboardView(websiteId, query, info.timezone);
  const key = JSON.stringify(scope);

  // The dashboard asks in stages, so that on a big site what is read first comes first (the
  // server answers analytics statements two at a time, in arrival order): the KPIs and the
  // chart (which boot.js may have started already); then the first row of panels; then the
  // previous period (the KPIs' change), the other panels and the funnel. Within a stage
  // everything is asked at once.
  const overview = useData(() => api.get(...overviewRead), [websiteId, key]);
  const series = useData(() => api.getFull(...seriesRead), [websiteId, key, interval, chartRange.startAt]);
  const answered = (d) => d.data !== undefined || !!d.error;
  const firstPaint = answered(overview) && answered(series);
  const [firstRowAnswers, setFirstRowAnswers] = useState(0);
  const later = firstPaint && firstRowAnswers >= FIRST_ROW;
  const comparable = !!period.prevStartAt;
  const previous = useData(
    () =>
      !comparable
        ? Promise.resolve(null)
        : later
          ? api.get("/api/v1/analytics/overview", { websiteId, ...filters, startAt: period.prevStartAt, endAt: period.prevEndAt })
          : new Promise(() => {}),
    [websiteId, key, period.prevStartAt, later]
  );
  // Goals' display names and colors (settings → Goals), with the later panels; the public
  // dashboard shows tracked names.
  const looks = useData(
    () =>
      shared
        ? Promise.resolve(null)
        : later
          ? api.getFull(`/api/v1/admin/websites/${websiteId}/goals/customizations`).catch(() => null)
          : new Promise(() => {}),
    [websiteId, shared, later]
  );
  const goalLooks = new Map((looks.data?.data || []).map((c) => [c.goalName, c]));
  const notes = useData(
    () => (shared ? Promise.resolve([]) : api.get(`/api/v1/admin/websites/${websiteId}/notes`, { ...chartRange, limit: 100, order: "asc" }).catch(() => [])),
    [websiteId, chartRange.startAt, chartRange.endAt]
  );
  const [realtime, setRealtime] = useState(null);
  usePolling(async () => setRealtime((await api.get("/api/v1/analytics/realtime", { websiteId }))?.[0]?.visitors ?? 0), 30000, [websiteId]);

  let rows = series.data?.data || [];
  if (!period.startAt) {
    // "All time" charts from a fixed early day: start at the first bucket with data.
    const first = rows.findIndex((r) => (r.visitors || 0) > 0 || (r.revenue || 0) > 0);
    rows = first > 0 ? rows.slice(first) : rows;
  }
  const onFilter = (dimension, value) => go({ [`filter_${dimension}`]: value });
  const chips = Object.entries(filters);

  return html`<div class="dash" data-loading=${overview.loading || series.loading ? "true" : "false"}>
    <div class="toolbar">
      <${PeriodPicker} key=${period.preset} period=${period} query=${query} go=${go} timeZone=${timeZone} />
      <span class="muted small tz" title="Days follow the website's time zone">${timeZone}</span>
      ${shared && html`<span class="badge">Read-only</span>`}
    </div>
    ${chips.length > 0 &&
    html`<div class="chips" aria-label="Filters">
      ${chips.map(
        ([k, v]) => html`<span class="chip" data-chip=${k}>
          <span>${FILTER_NAMES[k.slice(7)] || k.slice(7)}: <strong>${v.replace(/^is:/, "")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${FILTER_NAMES[k.slice(7)]} filter`} onClick=${() => go({ [k]: null })}>✕</button>
        </span>`
      )}
      ${chips.length > 1 && html`<button type="button" class="btn btn-ghost btn-small" onClick=${() => go(Object.fromEntries(chips.map(([k]) => [k, null])))}>Clear all</button>`}
    </div>`}
    ${overview.error && html`<${ErrorNote} error=${overview.error} />`}
    ${overview.data
      ? html`<${Kpis} now=${overview.data[0]} before=${previous.data?.[0]} realtime=${realtime} currency=${currency} comparable=${comparable} />`
      : !overview.error && html`<div class="kpis kpis-loading"><${Loading} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${intervals.length > 1 &&
        html`<div class="seg" role="group" aria-label="Interval">
          ${intervals.map(([id, label]) => html`<button type="button" class=${`seg-btn ${id === interval ? "active" : ""}`} aria-pressed=${id === interval} onClick=${() => go({ interval: id })}>${label}</button>`)}
        </div>`}
      </div>
      ${series.error && html`<${ErrorNote} error=${series.error} />`}
      ${series.data ? html`<${Chart} rows=${rows} notes=${notes.data || []} currency=${currency} interval=${interval} timeZone=${timeZone} />` : !series.error && html`<div class="chart-placeholder"><${Loading} /></div>`}
    </section>
    ${(overview.data || overview.error) &&
    html`<div class="panels">
      ${PANELS.map(
        (p, i) =>
          html`<${Panel}
            key=${p.id}
            panel=${p}
            websiteId=${websiteId}
            scope=${scope}
            currency=${currency}
            onFilter=${onFilter}
            active=${i < FIRST_ROW ? firstPaint : later}
            goalLooks=${goalLooks}
            onAnswered=${i < FIRST_ROW ? () => setFirstRowAnswers((n) => n + 1) : undefined}
          />`
      )}
      <${FunnelsPanel} websiteId=${websiteId} scope=${scope} shared=${shared} active=${later} />
    </div>`}
  </div>`;
}
