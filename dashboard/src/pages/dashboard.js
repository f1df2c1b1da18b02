// /sites/:websiteId: the website dashboard. (Skeleton: the KPI row for the chosen period.)
import { api } from "../api.js";
import { html, Loading, ErrorNote, Select, useData, fmtNumber, fmtMoney, fmtPercent, fmtDuration } from "../ui.js";
import { PRESETS, DEFAULT_PRESET, resolvePeriod } from "../period.js";

export function DashboardPage({ params, query, navigate, site }) {
  const websiteId = params.websiteId;
  const timeZone = site?.timezone || "UTC";
  const preset = query.get("period") || DEFAULT_PRESET;
  const period = resolvePeriod({ preset, from: query.get("from"), to: query.get("to") }, timeZone);
  const overview = useData(
    () => api.get("/api/v1/analytics/overview", { websiteId, startAt: period.startAt, endAt: period.endAt }),
    [websiteId, period.startAt, period.endAt]
  );
  const o = overview.data?.[0];
  const currency = site?.currency;
  return html`<div class="dash">
    <div class="toolbar">
      <label class="inline">
        <span class="sr-only">Period</span>
        <${Select} value=${preset} onChange=${(v) => navigate(`/sites/${websiteId}?period=${v}`)} options=${PRESETS.filter(([id]) => id !== "custom")} />
      </label>
      <span class="muted small">${timeZone}</span>
    </div>
    ${overview.error && html`<${ErrorNote} error=${overview.error} />`}
    ${!o ? html`<${Loading} />` : html`<div class="kpis">
      <${Kpi} label="Visitors" value=${fmtNumber(o.visitors)} />
      <${Kpi} label="Revenue" value=${fmtMoney(o.revenue, currency)} />
      <${Kpi} label="Conversion rate" value=${fmtPercent(o.conversion_rate)} />
      <${Kpi} label="Revenue/visitor" value=${fmtMoney(o.revenue_per_visitor, currency)} />
      <${Kpi} label="Bounce rate" value=${fmtPercent(o.bounce_rate)} />
      <${Kpi} label="Session time" value=${fmtDuration(o.avg_session_duration)} />
    </div>`}
  </div>`;
}

function Kpi({ label, value }) {
  return html`<div class="kpi"><div class="kpi-label">${label}</div><div class="kpi-value">${value}</div></div>`;
}
