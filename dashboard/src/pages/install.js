// The script tag to paste, and a check that polls until the website's first pageview arrives.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, CopyBlock, usePolling } from "../ui.js";

export function scriptTag(site) {
  return `<script defer data-website-id="${site.trackingId}" data-domain="${site.domain}" src="${window.location.origin}/js/script.js"></script>`;
}

export function InstallPanel({ site, onFirstEvent }) {
  const [seen, setSeen] = useState(false);
  usePolling(
    async () => {
      if (seen) return;
      const data = await api.get("/api/v1/analytics/overview", { websiteId: site._id, fields: "visitors" });
      if ((data?.[0]?.visitors || 0) > 0) {
        setSeen(true);
        onFirstEvent?.();
      }
    },
    2000,
    [site._id, seen]
  );
  return html`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${site.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${CopyBlock} text=${scriptTag(site)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${seen ? "ok" : "waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${seen ? html`<strong>First event received.</strong> Your site is sending data.` : "Waiting for the first event… open your site in another tab."}
    </div>
  </section>`;
}
