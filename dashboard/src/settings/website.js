// Website settings (PUT /api/v1/admin/websites/{id}, a partial update): one card per topic,
// each saving only its own fields, so two people editing different cards do not undo each
// other. The public dashboard toggle shows the share link.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Field, TextInput, Select, Checkbox, Form, Card, Loading, ErrorNote, CopyBlock, useData, toast } from "../ui.js";
import { updateCachedSite } from "../sites.js";
import { parseLines, joinLines, Intro, ValueBlock } from "./common.js";

const CURRENCIES = [
  "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN",
  "ISK", "TRY", "BRL", "MXN", "CNY", "HKD", "SGD", "KRW", "INR", "IDR", "ILS", "MYR", "PHP", "THB", "ZAR",
];
const COLORS = ["orange", "red", "yellow", "green", "teal", "blue", "indigo", "purple", "pink", "gray"];

function timeZones(current) {
  let zones;
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch (e) {
    zones = ["UTC"];
  }
  if (!zones.includes("UTC")) zones = ["UTC", ...zones];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function WebsiteSection({ websiteId }) {
  const path = `/api/v1/admin/websites/${websiteId}`;
  const loaded = useData(() => api.get(path), [websiteId]);
  if (loaded.loading && !loaded.data) return html`<${Loading} />`;
  if (loaded.error) return html`<${ErrorNote} error=${loaded.error} />`;
  const initial = loaded.data[0];
  // Each card saves its own fields and hands back what the server now says.
  const save = async (changes, message) => {
    const saved = (await api.put(path, changes))[0];
    updateCachedSite(websiteId, { name: saved.name, domain: saved.domain, timezone: saved.timezone, currency: saved.currency });
    toast(message);
    return saved;
  };
  return html`
    <${GeneralCard} initial=${initial} save=${save} />
    <${SharingCard} initial=${initial} save=${save} websiteId=${websiteId} />
    <${TrackingCard} initial=${initial} save=${save} />
    <${ExclusionsCard} initial=${initial} save=${save} />
    <${RevenueCard} initial=${initial} save=${save} />
    <${EmailsCard} initial=${initial} save=${save} />
  `;
}

function GeneralCard({ initial, save }) {
  const [name, setName] = useState(initial.name || "");
  const [domain, setDomain] = useState(initial.domain || "");
  const [timezone, setTimezone] = useState(initial.timezone || "UTC");
  const [currency, setCurrency] = useState(initial.currency || "USD");
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return html`<${Card} title="Website">
    <${Intro}>Tracking id <code>${initial.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${Form}
      onSubmit=${async () => {
        const s = await save({ name: name.trim() || null, domain: domain.trim(), timezone, currency }, "Website settings saved");
        setName(s.name || "");
        setDomain(s.domain);
      }}
    >
      <div class="grid-2">
        <${Field} label="Name"><${TextInput} name="name" value=${name} onInput=${setName} maxlength="100" /><//>
        <${Field} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${TextInput} name="domain" required value=${domain} onInput=${setDomain}
        /><//>
      </div>
      <div class="grid-2">
        <${Field} label="Time zone"><${Select} name="timezone" value=${timezone} onChange=${setTimezone} options=${timeZones(timezone)} /><//>
        <${Field} label="Currency" hint="Revenue is reported in this currency"
          ><${Select} name="currency" value=${currency} onChange=${setCurrency} options=${currencies}
        /><//>
      </div>
    <//>
  <//>`;
}

function SharingCard({ initial, save, websiteId }) {
  const [isPublic, setPublic] = useState(!!initial.isPublicDashboardEnabled);
  const [publicData, setPublicData] = useState(!!initial.isPublicDataEnabled);
  const [saved, setSaved] = useState(!!initial.isPublicDashboardEnabled);
  const link = `${window.location.origin}/share/${websiteId}`;
  return html`<${Card} title="Public dashboard">
    <${Intro}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${Form}
      onSubmit=${async () => {
        const s = await save({ isPublicDashboardEnabled: isPublic, isPublicDataEnabled: publicData }, isPublic ? "The dashboard is public" : "The dashboard is private");
        setSaved(!!s.isPublicDashboardEnabled);
      }}
    >
      <div class="toggles">
        <${Checkbox} name="isPublicDashboardEnabled" checked=${isPublic} onChange=${setPublic} label="Share a read-only public dashboard" />
        <${Checkbox} name="isPublicDataEnabled" checked=${publicData} onChange=${setPublicData} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${saved &&
      html`<div class="share-link" data-share-link>
        <${ValueBlock} title="Share link"><${CopyBlock} text=${link} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`;
}

function TrackingCard({ initial, save }) {
  const [cookieless, setCookieless] = useState(!!initial.isCookieless);
  const [allHosts, setAllHosts] = useState(!!initial.isAllHostnamesAllowed);
  const [hosts, setHosts] = useState(joinLines(initial.allowedHostnames));
  const [attack, setAttack] = useState(!!initial.isAttackModeEnabled);
  return html`<${Card} title="Tracking">
    <${Form}
      onSubmit=${async () => {
        const s = await save(
          { isCookieless: cookieless, isAllHostnamesAllowed: allHosts, allowedHostnames: parseLines(hosts), isAttackModeEnabled: attack },
          "Tracking settings saved"
        );
        setHosts(joinLines(s.allowedHostnames));
      }}
    >
      <div class="toggles">
        <${Checkbox} name="isCookieless" checked=${cookieless} onChange=${setCookieless} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${Checkbox} name="isAttackModeEnabled" checked=${attack} onChange=${setAttack} label="Attack mode (stricter bot filtering)" />
        <${Checkbox} name="isAllHostnamesAllowed" checked=${allHosts} onChange=${setAllHosts} label="Accept events from any hostname" />
      </div>
      <${Field} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${allHosts} value=${hosts} onInput=${(e) => setHosts(e.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`;
}

function ExclusionsCard({ initial, save }) {
  const [ips, setIps] = useState(joinLines(initial.excludedIps));
  const [paths, setPaths] = useState(joinLines(initial.excludedPaths));
  const [countries, setCountries] = useState(joinLines(initial.excludedCountries));
  const [hosts, setHosts] = useState(joinLines(initial.excludedHostnames));
  const area = (name, value, set) =>
    html`<textarea class="input" name=${name} value=${value} onInput=${(e) => set(e.currentTarget.value)}></textarea>`;
  return html`<${Card} title="Exclusions">
    <${Intro}>Events matching any of these are not recorded. One value per line.<//>
    <${Form}
      onSubmit=${async () => {
        const s = await save(
          {
            excludedIps: parseLines(ips),
            excludedPaths: parseLines(paths),
            excludedCountries: parseLines(countries).map((c) => c.toUpperCase()),
            excludedHostnames: parseLines(hosts),
          },
          "Exclusions saved"
        );
        setIps(joinLines(s.excludedIps));
        setPaths(joinLines(s.excludedPaths));
        setCountries(joinLines(s.excludedCountries));
        setHosts(joinLines(s.excludedHostnames));
      }}
    >
      <div class="grid-2">
        <${Field} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${area("excludedIps", ips, setIps)}<//>
        <${Field} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${area("excludedPaths", paths, setPaths)}<//>
      </div>
      <div class="grid-2">
        <${Field} label="Countries" hint="Two-letter codes, e.g. US, FR">${area("excludedCountries", countries, setCountries)}<//>
        <${Field} label="Hostnames" hint="e.g. staging.example.com">${area("excludedHostnames", hosts, setHosts)}<//>
      </div>
    <//>
  <//>`;
}

function RevenueCard({ initial, save }) {
  const [metric, setMetric] = useState(initial.revenueMetric || "revenue");
  const [renewals, setRenewals] = useState(!!initial.includeRenewalRevenue);
  const [kpi, setKpi] = useState(initial.kpi || "");
  const [color, setColor] = useState(initial.kpiColorScheme || "orange");
  return html`<${Card} title="Revenue and KPI">
    <${Form}
      onSubmit=${async () => {
        await save(
          { revenueMetric: metric, includeRenewalRevenue: renewals, kpi: kpi.trim() || null, kpiColorScheme: color },
          "Revenue settings saved"
        );
      }}
    >
      <div class="grid-2">
        <${Field} label="Revenue metric"
          ><${Select} name="revenueMetric" value=${metric} onChange=${setMetric} options=${[["revenue", "Revenue"], ["mrr", "MRR"]]}
        /><//>
        <${Field} label="KPI color"><${Select} name="kpiColorScheme" value=${color} onChange=${setColor} options=${COLORS} /><//>
      </div>
      <${Field} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${TextInput} name="kpi" value=${kpi} onInput=${setKpi}
      /><//>
      <${Checkbox} name="includeRenewalRevenue" checked=${renewals} onChange=${setRenewals} label="Count renewals in revenue totals" />
    <//>
  <//>`;
}

function EmailsCard({ initial, save }) {
  const [weekly, setWeekly] = useState(!!initial.sendWeeklyReports);
  const [viral, setViral] = useState(!!initial.sendViralTrafficAlerts);
  return html`<${Card} title="Emails">
    <${Intro}>Sent to the website owner's email address.<//>
    <${Form} onSubmit=${() => save({ sendWeeklyReports: weekly, sendViralTrafficAlerts: viral }, "Email settings saved")}>
      <div class="toggles">
        <${Checkbox} name="sendWeeklyReports" checked=${weekly} onChange=${setWeekly} label="Weekly report every Monday" />
        <${Checkbox} name="sendViralTrafficAlerts" checked=${viral} onChange=${setViral} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`;
}
