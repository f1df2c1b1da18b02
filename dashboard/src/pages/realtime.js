// /sites/:websiteId/realtime: visitors in the last minutes and the live event stream.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Card, ErrorNote, Table, usePolling, fmtTimeAgo } from "../ui.js";

export function RealtimePage({ params }) {
  const websiteId = params.websiteId;
  const [map, setMap] = useState(null);
  const [error, setError] = useState(null);
  usePolling(
    async () => {
      try {
        setMap(await api.get("/api/v1/analytics/realtime/map", { websiteId }));
        setError(null);
      } catch (e) {
        setError(e);
      }
    },
    5000,
    [websiteId]
  );
  return html`<div class="stack">
    <${ErrorNote} error=${error} />
    <${Card} title="Visitors now"><div class="big-number" data-testid="realtime-count">${map ? map.count : "…"}</div><//>
    <${Card} title="Live events">
      <${Table}
        empty="No events in the last 10 minutes"
        rows=${map?.recentEvents || []}
        columns=${[
          { key: "type", label: "Event" },
          { key: "path", label: "Page" },
          { key: "countryCode", label: "Country" },
          { key: "timestamp", label: "When", render: (r) => fmtTimeAgo(r.timestamp) },
        ]}
      />
    <//>
  </div>`;
}
