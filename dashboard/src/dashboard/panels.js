// The breakdown panels: tabs over our breakdown endpoints, rows with visitors and revenue,
// each row a button that filters the whole dashboard by its value.
import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Tabs, Loading, ErrorNote, useData, fmtNumber, fmtMoney, fmtPercent } from "../ui.js";

// The world map (d3-geo + the countries outline) is fetched only when a map shows.
export function LazyWorldMap(props) {
  const [Map, setMap] = useState(null);
  useEffect(() => {
    import("./map.js").then((m) => setMap(() => m.WorldMap));
  }, []);
  return Map ? html`<${Map} ...${props} />` : html`<div class="map-placeholder" aria-hidden="true"></div>`;
}

// The country as its ISO code in a small badge: no flag image from another host, and no
// dependence on an emoji font (many desktops and headless browsers have none).
export function flag(code) {
  if (!code || code.length !== 2) return "";
  return html`<span class="cc" title=${code.toUpperCase()}>${code.toUpperCase()}</span>`;
}
function isoFromImage(image) {
  const m = /\/([A-Z]{2})\.svg$/.exec(image || "");
  return m ? m[1] : "";
}
const UNKNOWN = new Set(["Unknown", ""]);

function campaignLabel(c) {
  const parts = [c.utm_campaign, c.utm_source, c.utm_medium].filter(Boolean);
  if (parts.length) return parts.join(" · ");
  return [c.ref && `ref=${c.ref}`, c.source && `source=${c.source}`, c.via && `via=${c.via}`].filter(Boolean).join(" · ") || "–";
}
function campaignFilter(c) {
  if (c.utm_campaign) return ["utm_campaign", c.utm_campaign];
  if (c.utm_source) return ["utm_source", c.utm_source];
  if (c.ref) return ["ref", c.ref];
  if (c.source) return ["source", c.source];
  if (c.via) return ["via", c.via];
  return null;
}

// Every tab: the endpoint, how a row reads, what clicking it filters on.
// row(r) → { label, filter: [dimension, value] | null, icon?, visitors, revenue, extra? }
export const TABS = {
  channels: { label: "Channels", path: "channels", row: (r) => ({ label: r.channel, filter: UNKNOWN.has(r.channel) ? null : ["channel", r.channel] }) },
  referrers: { label: "Referrers", path: "referrers", row: (r) => ({ label: r.referrer, filter: ["referrer", r.referrer] }) },
  campaigns: { label: "Campaigns", path: "campaigns", row: (r) => ({ label: campaignLabel(r.campaign || {}), filter: campaignFilter(r.campaign || {}) }) },
  pages: { label: "Pages", path: "pages", row: (r) => ({ label: r.path, title: `${r.hostname}${r.path}`, filter: ["page", r.path] }) },
  "entry-pages": { label: "Entry pages", path: "entry-pages", row: (r) => ({ label: r.path, title: `${r.hostname}${r.path}`, filter: ["entry_page", r.path] }) },
  hostnames: { label: "Hostnames", path: "hostnames", row: (r) => ({ label: r.hostname, filter: ["hostname", r.hostname] }) },
  "exit-clicks": { label: "Exit clicks", path: "exit-clicks", clicks: true, row: (r) => ({ label: r.url, filter: null, href: r.url }) },
  countries: {
    label: "Countries",
    path: "countries",
    row: (r) => {
      const iso = isoFromImage(r.image);
      return { label: r.country, icon: iso, filter: UNKNOWN.has(r.country) ? null : ["country", iso || r.country] };
    },
  },
  regions: { label: "Regions", path: "regions", row: (r) => ({ label: r.region, filter: UNKNOWN.has(r.region) ? null : ["region", r.region] }) },
  cities: { label: "Cities", path: "cities", row: (r) => ({ label: r.city, filter: UNKNOWN.has(r.city) ? null : ["city", r.city] }) },
  browsers: { label: "Browsers", path: "browsers", row: (r) => ({ label: r.browser, filter: UNKNOWN.has(r.browser) ? null : ["browser", r.browser] }) },
  os: { label: "OS", path: "operating-systems", row: (r) => ({ label: r.operating_system, filter: UNKNOWN.has(r.operating_system) ? null : ["os", r.operating_system] }) },
  devices: { label: "Devices", path: "devices", row: (r) => ({ label: r.device, filter: UNKNOWN.has(r.device) ? null : ["device", r.device] }) },
  // A goal shows its customized display name and color (settings → Goals); filters and the
  // tooltip keep the tracked name.
  goals: {
    label: "Goals",
    path: "goals",
    goals: true,
    row: (r, looks) => ({ label: looks?.get(r.goal)?.displayName || r.goal, title: r.goal, dot: looks?.get(r.goal)?.color, filter: ["goal", r.goal] }),
  },
};

export const PANELS = [
  { id: "sources", title: "Sources", tabs: ["channels", "referrers", "campaigns"] },
  { id: "pages", title: "Pages", tabs: ["pages", "entry-pages", "hostnames", "exit-clicks"] },
  { id: "locations", title: "Locations", tabs: ["countries", "regions", "cities"], map: true },
  { id: "tech", title: "Technology", tabs: ["browsers", "os", "devices"] },
  { id: "goals", title: "Goals", tabs: ["goals"] },
];

const PAGE_SIZE = 10;

// Until `active`, a panel's request waits (the dashboard asks in stages, see pages/dashboard.js).
const WAIT = () => new Promise(() => {});

// Calls `done` once, the first time `state` has answered (data or error).
function useFirstAnswer(state, done) {
  const called = useRef(false);
  useEffect(() => {
    if (!called.current && (state.data !== undefined || state.error) && !state.loading) {
      called.current = true;
      done?.();
    }
  }, [state.data, state.error, state.loading]);
}

export function Panel({ panel, websiteId, scope, currency, onFilter, active = true, onAnswered, goalLooks }) {
  const [tab, setTab] = useState(panel.tabs[0]);
  const [expanded, setExpanded] = useState(false);
  const spec = TABS[tab];
  const limit = expanded ? 100 : PAGE_SIZE;
  const data = useData(
    () => (active ? api.getFull(`/api/v1/analytics/${spec.path}`, { websiteId, ...scope, limit }) : WAIT()),
    [tab, websiteId, JSON.stringify(scope), limit, active]
  );
  useFirstAnswer(data, onAnswered);
  const rows = data.data?.data || [];
  const total = data.data?.pagination?.total ?? rows.length;
  const max = Math.max(1, ...rows.map((r) => r.visitors || 0));
  const title = panel.tabs.length > 1 ? html`<${Tabs} label=${panel.title} tabs=${panel.tabs.map((t) => [t, TABS[t].label])} active=${tab} onChange=${(t) => { setTab(t); setExpanded(false); }} />` : html`<h2>${TABS[tab].label}</h2>`;
  return html`<section class="card panel" data-panel=${panel.id} data-tab=${tab} aria-label=${panel.title}>
    <div class="panel-head">${title}</div>
    ${panel.map && tab === "countries" && rows.length > 0 && html`<${LazyWorldMap} rows=${rows} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${spec.goals ? "Completions" : spec.clicks ? "Clicks" : ""}</span><span>Visitors</span>${!spec.goals && !spec.clicks ? html`<span>Revenue</span>` : html`<span></span>`}
    </div>
    ${data.error && html`<${ErrorNote} error=${data.error} />`}
    ${data.loading && !data.data ? html`<${Loading} />` : rows.length === 0 ? html`<p class="muted empty">No data for this period</p>` : html`<ol class="rows" data-loading=${data.loading ? "true" : "false"}>
      ${rows.map((r, i) => {
        const row = spec.row(r, goalLooks);
        const width = `${Math.max(2, Math.round(((r.visitors || 0) / max) * 100))}%`;
        const label = html`<span class="row-label" title=${row.title || row.label}>${row.icon && html`<span class="flag" aria-hidden="true">${flag(row.icon)} </span>`}${row.dot && html`<span class="goal-dot" style=${{ background: row.dot }} aria-hidden="true"></span>`}${row.label}</span>`;
        const numbers = html`<span class="num">${spec.goals ? fmtNumber(r.completions) : spec.clicks ? fmtNumber(r.clicks) : ""}</span>
          <span class="num" data-visitors=${r.visitors}>${fmtNumber(r.visitors)}</span>
          <span class="num rev">${spec.goals || spec.clicks ? "" : fmtMoney(r.revenue, currency)}</span>`;
        return html`<li key=${i} class="row">
          <span class="row-bar" style=${{ width }} aria-hidden="true"></span>
          ${row.filter
            ? html`<button type="button" class="row-main" data-filter=${row.filter[0]} data-value=${row.filter[1]} onClick=${() => onFilter(row.filter[0], row.filter[1])} aria-label=${`Filter by ${row.label}`}>${label}</button>`
            : html`<span class="row-main">${label}</span>`}
          ${numbers}
        </li>`;
      })}
    </ol>`}
    ${total > PAGE_SIZE && html`<button type="button" class="btn btn-ghost btn-small more" onClick=${() => setExpanded(!expanded)}>${expanded ? "Show fewer" : `Show all ${fmtNumber(Math.min(total, 100))}${total > 100 ? "+" : ""}`}</button>`}
  </section>`;
}

// Funnels: pick one of the website's funnels, see each step's visitors and the drop-off.
export function FunnelsPanel({ websiteId, scope, shared, active = true }) {
  const list = useData(
    () => (!active ? WAIT() : shared ? Promise.resolve([]) : api.get(`/api/v1/admin/websites/${websiteId}/funnels`)),
    [websiteId, shared, active]
  );
  const funnels = (list.data || []).filter((f) => f.isActive !== false);
  const [chosen, setChosen] = useState(null);
  const id = chosen || funnels[0]?._id;
  const result = useData(() => (id ? api.get(`/api/v1/analytics/funnels/${id}`, { websiteId, ...scope }) : Promise.resolve(null)), [id, websiteId, JSON.stringify(scope)]);
  const f = result.data?.[0];
  return html`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${funnels.length > 1 &&
      html`<select class="input input-small" aria-label="Funnel" value=${id} onChange=${(e) => setChosen(e.currentTarget.value)}>
        ${funnels.map((x) => html`<option value=${x._id} selected=${x._id === id}>${x.name}</option>`)}
      </select>`}
    </div>
    ${list.error && html`<${ErrorNote} error=${list.error} />`}
    ${!list.loading && funnels.length === 0 && html`<p class="muted empty">${shared ? "No funnels shared." : html`No funnel yet. <a href=${`/sites/${websiteId}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${result.error && html`<${ErrorNote} error=${result.error} />`}
    ${f &&
    html`<ol class="funnel">
        ${f.steps.map(
          (s, i) => html`<li key=${i} class="funnel-step">
            <div class="funnel-label"><strong>${i + 1}. ${s.name || s.url || s.goalName}</strong>
              <span class="num">${fmtNumber(s.visitors)} · ${fmtPercent(s.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{ width: `${Math.max(1, s.conversionRate)}%` }}></span></div>
            ${i > 0 && s.dropOff > 0 && html`<div class="funnel-drop small">↘ ${fmtNumber(s.dropOff)} dropped off (${fmtPercent(s.dropOffRate)})</div>`}
          </li>`
        )}
      </ol>
      <p class="small muted">Completed: ${fmtNumber(f.completed)} of ${fmtNumber(f.visitors)} (${fmtPercent(f.conversionRate)})</p>`}
  </section>`;
}
