// "/": the person's websites, and adding one (then the script tag and the first-event check).
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Field, TextInput, Select, Form, Button, Card, Loading, ErrorNote, useData, fmtNumber } from "../ui.js";
import { loadSites } from "../sites.js";
import { InstallPanel } from "./install.js";
import { resolvePeriod } from "../period.js";

export function timeZones() {
  let zones = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch (e) {
    /* older browsers: UTC only */
  }
  // Chromium lists canonical zones without UTC itself.
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

function AddWebsite({ onAdded, onCancel }) {
  const [domain, setDomain] = useState("");
  const [name, setName] = useState("");
  const [timezone, setTimezone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  return html`<${Card} title="Add a website">
    <${Form}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${onCancel && html`<${Button} kind="ghost" onClick=${onCancel}>Cancel<//>`}
      onSubmit=${async () => {
        const clean = domain.trim().replace(/^https?:\/\//, "").replace(/\/.*$/, "");
        const created = await api.post("/api/v1/admin/websites", { domain: clean, name: name.trim() || clean, timezone });
        await onAdded(created[0]);
      }}
    >
      <div class="grid-2">
        <${Field} label="Domain" hint="Without https://, e.g. example.com"
          ><${TextInput} name="domain" required placeholder="example.com" value=${domain} onInput=${setDomain}
        /><//>
        <${Field} label="Name"><${TextInput} name="name" placeholder="My site" value=${name} onInput=${setName} /><//>
      </div>
      <${Field} label="Time zone" hint="Days and charts follow this zone"
        ><${Select} name="timezone" value=${timezone} onChange=${setTimezone} options=${timeZones()}
      /><//>
    <//>
  <//>`;
}

function SiteRow({ site }) {
  const { data } = useData(() => {
    const p = resolvePeriod({ preset: "7d" }, site.timezone || "UTC");
    return api.get("/api/v1/analytics/overview", { websiteId: site._id, fields: "visitors", startAt: p.startAt, endAt: p.endAt });
  }, [site._id]);
  return html`<li class="site-row">
    <a href=${`/sites/${site._id}`} class="site-link">
      <span class="site-name">${site.name || site.domain}</span>
      <span class="muted">${site.domain}</span>
    </a>
    <span class="muted small">${data ? `${fmtNumber(data[0]?.visitors ?? 0)} visitors in 7 days` : ""}</span>
    <span class="badge">${site.role}</span>
  </li>`;
}

export function SitesPage({ query, navigate }) {
  const sites = useData(() => loadSites(), []);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(null);
  if (sites.loading && !sites.data) return html`<${Loading} />`;
  if (sites.error) return html`<main class="page"><${ErrorNote} error=${sites.error} /></main>`;
  const list = sites.data || [];
  const showAdd = adding || (list.length === 0 && !added);
  return html`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${list.length > 0 && !showAdd && html`<${Button} kind="primary" onClick=${() => setAdding(true)}>Add website<//>`}
    </div>
    ${query.get("welcome") && list.length === 0 && html`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${showAdd &&
    html`<${AddWebsite}
      onCancel=${list.length > 0 ? () => setAdding(false) : null}
      onAdded=${async (created) => {
        const all = await loadSites();
        sites.reload();
        setAdding(false);
        setAdded(all.find((s) => s._id === created.websiteId) || null);
      }}
    />`}
    ${added &&
    html`<div class="stack">
      <${InstallPanel} site=${added} />
      <p><a class="btn btn-primary" href=${`/sites/${added._id}`}>Open the dashboard</a></p>
    </div>`}
    ${list.length > 0 && html`<ul class="site-list card">${list.map((s) => html`<${SiteRow} key=${s._id} site=${s} />`)}</ul>`}
  </main>`;
}
