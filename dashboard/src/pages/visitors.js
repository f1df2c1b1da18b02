// /sites/:websiteId/visitors: the visitors list (search by page, customers only, completed
// goal), and /visitors/:visitorId: one visitor's journey, every visit with its pages, goals
// and payments in order. The list's state is in the URL like the dashboard's.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Card, Loading, ErrorNote, Button, Checkbox, useData, fmtDateTime, fmtTimeAgo, fmtMoney, fmtNumber } from "../ui.js";
import { flag } from "../dashboard/panels.js";

const PAGE = 50;
// The server's session rule: a visit ends after 30 minutes without an event.
const SESSION_GAP_MS = 30 * 60 * 1000;

export function VisitorsPage({ params, query, navigate, site }) {
  const websiteId = params.websiteId;
  const [search, setSearch] = useState(query.get("page") || "");
  const customers = query.get("customers") === "1";
  const goal = query.get("goal") || "";
  const offset = Number(query.get("offset") || 0);
  const go = (changes) => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) v ? q.set(k, v) : q.delete(k);
    const s = q.toString();
    navigate(`/sites/${websiteId}/visitors${s ? `?${s}` : ""}`);
  };
  const goals = useData(() => api.get("/api/v1/analytics/goals", { websiteId, limit: 100 }), [websiteId]);
  const list = useData(
    () =>
      api.getFull("/api/v1/visitors", {
        websiteId,
        limit: PAGE,
        offset,
        visitedPageContains: query.get("page") || undefined,
        // The API refuses completedGoal with isCustomer: the goal wins, the checkbox is disabled.
        isCustomer: customers && !goal ? "true" : undefined,
        completedGoal: goal || undefined,
      }),
    [websiteId, query.toString()]
  );
  const rows = list.data?.data || [];
  return html`<${Card} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${(e) => {
        e.preventDefault();
        go({ page: search.trim(), offset: null });
      }}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${search} onInput=${(e) => setSearch(e.currentTarget.value)}
      /></label>
      <${Button} type="submit" class="btn-small">Search<//>
      <${Checkbox} label="Customers only" name="customers" checked=${customers} disabled=${!!goal} onChange=${(v) => go({ customers: v ? "1" : null, offset: null })} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${(e) => go({ goal: e.currentTarget.value, offset: null })}>
          <option value="" selected=${!goal}>Any</option>
          ${(goals.data || []).map((g) => html`<option value=${g.goal} selected=${g.goal === goal}>${g.goal}</option>`)}
        </select>
      </label>
    </form>
    ${list.error && html`<${ErrorNote} error=${list.error} />`}
    ${list.loading && !list.data
      ? html`<${Loading} />`
      : rows.length === 0
      ? html`<p class="muted empty">No visitor matches.</p>`
      : html`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr key=${r.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${websiteId}/visitors/${r.visitorId}`}>${r.visitorId.slice(0, 8)}</a></td>
                <td>${r.identity?.country ? html`${flag(r.identity.country) || r.identity.country} ${r.identity.city || ""}` : "–"}</td>
                <td>${r.acquisition?.referrer || r.acquisition?.utm_source || "Direct/None"}</td>
                <td>${[r.identity?.browser, r.identity?.os, r.identity?.device].filter(Boolean).join(" · ") || "–"}</td>
                <td>${r.currentUrl || "–"}</td>
                <td class="num" title=${fmtDateTime(r.lastSeenAt, site?.timezone)}>${fmtTimeAgo(r.lastSeenAt)}</td>
              </tr>`
            )}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${offset > 0 && html`<${Button} class="btn-small" onClick=${() => go({ offset: String(Math.max(0, offset - PAGE)) || null })}>← Newer<//>`}
      ${list.data?.pagination?.hasMore && html`<${Button} class="btn-small" onClick=${() => go({ offset: String(offset + PAGE) })}>Older →<//>`}
    </div>
  <//>`;
}

// Pages, goals and payments on one time line, oldest first, cut into visits by the 30-minute
// rule. Only a pageview opens a visit: a payment recorded later by a server (a webhook, the
// API) belongs to the visit before it.
function visits(d) {
  const items = [
    ...(d.activity?.visitedPages || []).map((p) => ({ kind: "page", at: p.timestamp, text: p.url })),
    ...(d.activity?.completedGoals || []).filter((g) => g.origin !== "payment_provider").map((g) => ({ kind: "goal", at: g.timestamp, text: g.name })),
    ...(d.payments || []).map((p) => ({ kind: "payment", at: p.timestamp, text: `${fmtMoney(p.amount, p.currency)} ${p.type !== "new" ? `(${p.type})` : ""}` })),
  ].sort((a, b) => new Date(a.at) - new Date(b.at));
  const out = [];
  let last = -Infinity;
  for (const it of items) {
    const t = new Date(it.at).getTime();
    if (out.length === 0 || (it.kind === "page" && t - last > SESSION_GAP_MS)) out.push({ start: it.at, items: [] });
    out[out.length - 1].items.push(it);
    if (it.kind === "page") last = t;
  }
  return out;
}

export function VisitorPage({ params, site }) {
  const { websiteId, visitorId } = params;
  const v = useData(() => api.get(`/api/v1/visitors/${encodeURIComponent(visitorId)}`, { websiteId }), [visitorId]);
  if (v.loading) return html`<${Loading} />`;
  if (v.error) return html`<${ErrorNote} error=${v.error} /><p><a href=${`/sites/${websiteId}/visitors`}>All visitors</a></p>`;
  const d = v.data;
  const id = d.identity || {};
  const tz = site?.timezone;
  const name = d.profile?.metadata?.name || d.profile?.metadata?.email || d.profile?.userId;
  const time = (iso) => {
    try {
      return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: tz }).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  };
  return html`<div class="stack">
    <p><a href=${`/sites/${websiteId}/visitors`}>← All visitors</a></p>
    <${Card} title=${html`${flag(id.countryCode)} ${name || `Visitor ${visitorId.slice(0, 8)}`} ${d.isCustomer ? html`<span class="badge">customer</span>` : ""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[id.city, id.region, id.country].filter(Boolean).join(", ") || "–"}</dd></div>
        <div><dt>Device</dt><dd>${[id.browser?.name, id.os?.name, id.device?.type].filter(Boolean).join(" · ") || "–"}</dd></div>
        <div><dt>Visits</dt><dd>${fmtNumber(d.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${fmtNumber(d.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${fmtDateTime(d.activity?.firstVisitAt, tz)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(id.params || {}).filter(([, x]) => x).map(([k, x]) => `${k}=${x}`).join(", ") || "–"}</dd></div>
      </dl>
    <//>
    <${Card} title="Journey">
      <ol class="journey">
        ${visits(d).map(
            (s, i) => html`<li key=${s.start} class="journey-session">
              <h3>Visit ${i + 1} · ${fmtDateTime(s.start, tz)}</h3>
              <ol class="journey">
                ${s.items.map(
                  (it, j) => html`<li key=${j} class=${`ev ev-${it.kind}`}>
                    <span class="muted small">${time(it.at)}</span>
                    <span class=${`tag tag-${it.kind === "page" ? "view" : it.kind === "goal" ? "goal" : "paid"}`}>${it.kind === "page" ? "view" : it.kind === "goal" ? "goal" : "paid"}</span>
                    <span>${it.kind === "goal" ? `Goal: ${it.text}` : it.kind === "payment" ? `Payment ${it.text}` : it.text}</span>
                  </li>`
                )}
              </ol>
            </li>`
          )}
      </ol>
    <//>
  </div>`;
}
