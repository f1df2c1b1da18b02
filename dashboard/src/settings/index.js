// /sites/:websiteId/settings/:section?: the website's settings, one section at a time, with a
// section nav. Everything goes through the Account API with the person's session; what a
// person may do comes from their role on the website (the API enforces it too):
// viewers get no settings at all, members manage settings, keys, integrations, goals,
// funnels, alerts and notes, the owner also manages the team and crawler tracking.
import { html, Card } from "../ui.js";
import { WebsiteSection } from "./website.js";
import { KeysSection } from "./keys.js";
import { TeamSection } from "./team.js";
import { AlertsSection } from "./alerts.js";
import { IntegrationsSection } from "./integrations.js";
import { NotesSection } from "./notes.js";
import { FunnelsSection } from "./funnels.js";
import { GoalsSection } from "./goals.js";
import { BotsSection } from "./bots.js";
import "./settings.css";

// [id, label, component]. The first one is the default section.
export const SECTIONS = [
  ["website", "Website", WebsiteSection],
  ["keys", "API keys", KeysSection],
  ["team", "Team", TeamSection],
  ["goals", "Goals", GoalsSection],
  ["funnels", "Funnels", FunnelsSection],
  ["alerts", "Alerts", AlertsSection],
  ["integrations", "Integrations", IntegrationsSection],
  ["notes", "Notes", NotesSection],
  ["crawlers", "AI crawlers", BotsSection],
];

export function SettingsPage({ websiteId, site, section, role, navigate }) {
  if (role !== "owner" && role !== "member") {
    return html`<${Card} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;
  }
  const current = SECTIONS.find(([id]) => id === section) || SECTIONS[0];
  const [id, , Section] = current;
  const base = `/sites/${websiteId}/settings`;
  return html`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${SECTIONS.map(
        ([sid, label]) =>
          html`<a href=${`${base}/${sid}`} class=${`navtab ${sid === id ? "active" : ""}`} aria-current=${sid === id ? "page" : undefined}
            >${label}</a
          >`
      )}
    </nav>
    <div class="settings-body" data-section=${id}>
      <${Section} key=${`${websiteId}-${id}`} websiteId=${websiteId} site=${site} role=${role} navigate=${navigate} />
    </div>
  </div>`;
}
