// /sites/:websiteId/visitors and /visitors/:visitorId: who came, and one visitor's journey.
import { api } from "../api.js";
import { html, Card, Loading, ErrorNote, Table, useData, fmtDateTime } from "../ui.js";

export function VisitorsPage({ params, site }) {
  const websiteId = params.websiteId;
  const list = useData(() => api.get("/api/v1/visitors", { websiteId, limit: 50 }), [websiteId]);
  return html`<${Card} title="Visitors">
    ${list.error && html`<${ErrorNote} error=${list.error} />`}
    ${list.loading && !list.data ? html`<${Loading} />` : html`<${Table}
      rows=${list.data || []}
      columns=${[
        { key: "visitorId", label: "Visitor", render: (r) => html`<a href=${`/sites/${websiteId}/visitors/${r.visitorId}`}>${r.visitorId.slice(0, 8)}</a>` },
        { key: "country", label: "Country", render: (r) => r.identity?.country || "–" },
        { key: "referrer", label: "Source", render: (r) => r.acquisition?.referrer || "Direct/None" },
        { key: "lastSeenAt", label: "Last seen", render: (r) => fmtDateTime(r.lastSeenAt, site?.timezone) },
      ]}
    />`}
  <//>`;
}

export function VisitorPage({ params }) {
  const v = useData(() => api.get(`/api/v1/visitors/${encodeURIComponent(params.visitorId)}`, { websiteId: params.websiteId }), [params.visitorId]);
  if (v.loading) return html`<${Loading} />`;
  if (v.error) return html`<${ErrorNote} error=${v.error} />`;
  return html`<${Card} title=${`Visitor ${params.visitorId.slice(0, 8)}`}><pre class="small">${JSON.stringify(v.data, null, 2)}</pre><//>`;
}
