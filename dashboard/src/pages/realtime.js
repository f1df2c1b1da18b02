// /sites/:websiteId/realtime: who is on the site now (on the map and listed), the live event
// stream and recent payments; polled every 5 seconds (paused while the tab is hidden).
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Card, ErrorNote, usePolling, fmtTimeAgo, fmtMoney } from "../ui.js";
import { LazyWorldMap, flag } from "../dashboard/panels.js";

const POLL_MS = 5000;
// Short tags rather than emoji: headless and some desktop systems have no emoji font.
const TAGS = { pageview: "view", goal: "goal", payment: "paid", payment_received: "paid", external_link: "out", identify: "id" };
function Tag({ kind }) {
  return html`<span class=${`tag tag-${TAGS[kind] || "other"}`}>${TAGS[kind] || kind}</span>`;
}

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
    POLL_MS,
    [websiteId]
  );
  const visitors = map?.visitors || [];
  const points = visitors
    .filter((v) => typeof v.latitude === "number" && typeof v.longitude === "number")
    .map((v) => ({ latitude: v.latitude, longitude: v.longitude, label: `${v.location?.city || v.location?.countryCode || "Visitor"} · ${v.currentUrl || ""}` }));
  return html`<div class="stack">
    <${ErrorNote} error=${error} />
    <div class="live-grid">
      <${Card} title=${html`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${map ? map.count : "…"}</span>`}>
        <${LazyWorldMap} points=${points} />
        ${visitors.length === 0
          ? html`<p class="muted empty">Nobody right now.</p>`
          : html`<ul class="feed" aria-label="Visitors now">
              ${visitors.map(
                (v) => html`<li key=${v.visitorId}>
                  <span aria-hidden="true">${flag(v.location?.countryCode) || "•"}</span>
                  <a class="what" href=${`/sites/${websiteId}/visitors/${v.visitorId}`}>${v.currentUrl || "/"} <span class="muted small">${[v.system?.browser?.name, v.system?.os?.name, v.referrer].filter(Boolean).join(" · ")}</span></a>
                  <span class="muted small">${v.sessionStartTime ? fmtTimeAgo(v.sessionStartTime) : ""}</span>
                </li>`
              )}
            </ul>`}
      <//>
      <div class="stack">
        <${Card} title="Live events">
          ${(map?.recentEvents || []).length === 0
            ? html`<p class="muted empty">No events in the last 10 minutes.</p>`
            : html`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${map.recentEvents.map(
                  (e) => html`<li key=${e._id}>
                    <${Tag} kind=${e.type} />
                    <span class="what">${e.type === "pageview" ? e.path : `${e.type}${e.extraData?.name ? `: ${e.extraData.name}` : ""} on ${e.path || "/"}`}</span>
                    <span class="muted small">${fmtTimeAgo(e.timestamp)}</span>
                  </li>`
                )}
              </ul>`}
        <//>
        <${Card} title="Recent payments">
          ${(map?.recentPayments || []).length === 0
            ? html`<p class="muted empty">No payment in the last 10 minutes.</p>`
            : html`<ul class="feed" aria-label="Recent payments">
                ${map.recentPayments.map(
                  (p) => html`<li key=${p._id}>
                    <${Tag} kind="payment" />
                    <span class="what"><strong class="rev">${fmtMoney(p.amount, p.currency)}</strong> ${p.name || p.email || ""}${p.renewal ? " (renewal)" : ""}</span>
                    <span class="muted small">${fmtTimeAgo(p.timestamp)}</span>
                  </li>`
                )}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`;
}
