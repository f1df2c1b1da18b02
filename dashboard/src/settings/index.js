// /sites/:websiteId/settings/:section?: the website's settings, one section at a time, with a
// section nav. Viewers do not get the settings (the server refuses their writes anyway).
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Field, TextInput, Select, Form, Card, Loading, ErrorNote, useData, toast } from "../ui.js";
import { updateCachedSite } from "../sites.js";

// [id, label, component]. The first one is the default section.
const SECTIONS = [["website", "Website", WebsiteSection]];

const CURRENCIES = [
  "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN",
  "ISK", "TRY", "BRL", "MXN", "CNY", "HKD", "SGD", "KRW", "INR", "IDR", "ILS", "MYR", "PHP", "THB", "ZAR",
];

function timeZones() {
  let zones = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch (e) {
    /* older browsers: UTC only */
  }
  // Chromium lists canonical zones without UTC itself.
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export function SettingsPage({ websiteId, site, section, role, navigate }) {
  if (role === "viewer") {
    return html`<${Card} title="Settings"><p>Viewers can read this website's dashboard but not its settings. Ask an owner for member access.</p><//>`;
  }
  const current = SECTIONS.find(([id]) => id === section) || SECTIONS[0];
  const [id, , Section] = current;
  const base = `/sites/${websiteId}/settings`;
  return html`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${SECTIONS.map(
        ([sid, label]) => html`<a href=${`${base}/${sid}`} class=${`navtab ${sid === id ? "active" : ""}`} aria-current=${sid === id ? "page" : undefined}>${label}</a>`
      )}
    </nav>
    <div class="settings-body"><${Section} websiteId=${websiteId} site=${site} role=${role} navigate=${navigate} /></div>
  </div>`;
}

function WebsiteSection({ websiteId }) {
  const path = `/api/v1/admin/websites/${websiteId}`;
  const loaded = useData(() => api.get(path), [websiteId]);
  if (loaded.loading && !loaded.data) return html`<${Loading} />`;
  if (loaded.error) return html`<${ErrorNote} error=${loaded.error} />`;
  return html`<${WebsiteForm} key=${websiteId} path=${path} websiteId=${websiteId} initial=${loaded.data[0]} />`;
}

function WebsiteForm({ path, websiteId, initial }) {
  const [name, setName] = useState(initial.name || "");
  const [domain, setDomain] = useState(initial.domain || "");
  const [timezone, setTimezone] = useState(initial.timezone || "UTC");
  const [currency, setCurrency] = useState(initial.currency || "USD");
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return html`<${Card} title="Website">
    <${Form}
      onSubmit=${async () => {
        const saved = await api.put(path, { name: name.trim(), domain: domain.trim(), timezone, currency });
        const s = saved?.[0] || {};
        updateCachedSite(websiteId, { name: s.name, domain: s.domain, timezone: s.timezone, currency: s.currency });
        toast("Website settings saved");
      }}
    >
      <div class="grid-2">
        <${Field} label="Name"><${TextInput} name="name" value=${name} onInput=${setName} /><//>
        <${Field} label="Domain"><${TextInput} name="domain" required value=${domain} onInput=${setDomain} /><//>
      </div>
      <div class="grid-2">
        <${Field} label="Time zone" hint="Dashboard days and charts follow this zone"
          ><${Select} name="timezone" value=${timezone} onChange=${setTimezone} options=${timeZones()}
        /><//>
        <${Field} label="Currency" hint="Revenue is reported in this currency"
          ><${Select} name="currency" value=${currency} onChange=${setCurrency} options=${currencies}
        /><//>
      </div>
    <//>
  <//>`;
}
