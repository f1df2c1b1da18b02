// The dashboard's entry: the route table, a history-API router and the page frame. Screens
// get { params, query, navigate } and read everything through api.js.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import "./style.css";
import { api, me, session, logout } from "./api.js";
import { html, Toasts, Loading, ErrorNote, Button } from "./ui.js";
import { LoginPage, SetupPage } from "./pages/auth.js";
import { SitesPage } from "./pages/sites.js";
import { DashboardPage } from "./pages/dashboard.js";
import { RealtimePage } from "./pages/realtime.js";
import { VisitorsPage, VisitorPage } from "./pages/visitors.js";
import { InvitePage } from "./pages/invite.js";
import { SettingsPage } from "./settings/index.js";
import { loadSites, siteById } from "./sites.js";

// [pattern, screen, who may open it]. `:name?` is an optional last segment.
const ROUTES = [
  ["/login", LoginPage, "anyone"],
  ["/setup", SetupPage, "anyone"],
  ["/invite/:token", InvitePage, "anyone"],
  ["/share/:websiteId", SharedDashboard, "anyone"],
  ["/", SitesPage, "member"],
  ["/sites/:websiteId", SiteScreen(DashboardPage, "dashboard"), "member"],
  ["/sites/:websiteId/realtime", SiteScreen(RealtimePage, "realtime"), "member"],
  ["/sites/:websiteId/visitors", SiteScreen(VisitorsPage, "visitors"), "member"],
  ["/sites/:websiteId/visitors/:visitorId", SiteScreen(VisitorPage, "visitors"), "member"],
  ["/sites/:websiteId/settings/:section?", SiteScreen(SettingsScreen, "settings"), "member"],
];

export function match(pathname) {
  const parts = pathname.replace(/\/+$/, "").split("/").filter(Boolean);
  for (const [pattern, screen, access] of ROUTES) {
    const want = pattern.split("/").filter(Boolean);
    const params = {};
    let ok = true;
    for (let i = 0; i < Math.max(want.length, parts.length); i++) {
      const w = want[i];
      const p = parts[i];
      if (w === undefined) {
        ok = false;
        break;
      }
      if (w.startsWith(":")) {
        const optional = w.endsWith("?");
        const name = w.slice(1).replace(/\?$/, "");
        if (p === undefined) {
          if (!optional) ok = false;
          break;
        }
        params[name] = decodeURIComponent(p);
      } else if (w !== p) {
        ok = false;
        break;
      }
    }
    if (ok) return { screen, params, access };
  }
  return null;
}

function location() {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

const listeners = new Set();
export function navigate(to, { replace = false } = {}) {
  if (to === window.location.pathname + window.location.search) return;
  history[replace ? "replaceState" : "pushState"](null, "", to);
  listeners.forEach((l) => l());
  if (!replace) window.scrollTo(0, 0);
}
window.addEventListener("popstate", () => listeners.forEach((l) => l()));

// In-app links: a plain <a href="/..."> navigates without reloading.
document.addEventListener("click", (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest?.("a[href]");
  if (!a || a.target || a.hasAttribute("download")) return;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/") || url.pathname.startsWith("/js/")) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
});

function App() {
  const [loc, setLoc] = useState(location());
  const [auth, setAuth] = useState({ checked: false, error: null });
  useEffect(() => {
    const l = () => setLoc(location());
    listeners.add(l);
    return () => listeners.delete(l);
  }, []);
  useEffect(() => {
    // A website's screen also needs the website list: ask for both at once.
    const sites = window.location.pathname.startsWith("/sites/") ? loadSites().catch(() => null) : null;
    Promise.all([session(), sites]).then(
      () => setAuth({ checked: true, error: null }),
      (error) => setAuth({ checked: true, error })
    );
    api.onUnauthorized = () => {
      me.user = null;
      me.csrfToken = null;
      const here = window.location.pathname;
      if (!["/login", "/setup"].includes(here) && !here.startsWith("/share/") && !here.startsWith("/invite/")) {
        navigate(`/login?next=${encodeURIComponent(here + window.location.search)}`, { replace: true });
      }
    };
  }, []);

  if (!auth.checked) return html`<${Loading} />`;
  if (auth.error) return html`<main class="page"><${ErrorNote} error=${auth.error} /></main>`;
  const found = match(loc.path);
  if (!found) {
    return html`<${Frame}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;
  }
  if (found.access === "member" && !me.user) {
    return html`<${Redirect} to=${`/login?next=${encodeURIComponent(loc.path + window.location.search)}`} />`;
  }
  const Screen = found.screen;
  const screen = html`<${Screen} params=${found.params} query=${loc.query} navigate=${navigate} onAuth=${() => setAuth({ checked: true, error: null })} />`;
  return found.access === "member" ? html`<${Frame}>${screen}<//>` : screen;
}

function Redirect({ to }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

// The frame around logged-in screens: brand, the person, log out.
function Frame({ children }) {
  return html`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${me.user && html`<span class="muted who">${me.user.name || me.user.email}</span>`}
        ${me.user &&
        html`<${Button}
          kind="ghost"
          onClick=${async () => {
            await logout();
            navigate("/login");
          }}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${children}</div>
    <${Toasts} />
  </div>`;
}

// Screens under /sites/:websiteId get the website (from the list, with the person's role) and
// the section tabs.
function SiteScreen(Screen, tab) {
  return function SiteRoute(props) {
    const { websiteId } = props.params;
    const [state, setState] = useState({ site: siteById(websiteId), error: null });
    useEffect(() => {
      if (state.site) return;
      loadSites().then(
        () => setState({ site: siteById(websiteId), error: siteById(websiteId) ? null : new Error("This website does not exist or is not shared with you") }),
        (error) => setState({ site: null, error })
      );
    }, [websiteId]);
    if (state.error) return html`<main class="page"><${ErrorNote} error=${state.error} /><p><a href="/">Back to your websites</a></p></main>`;
    if (!state.site) return html`<${Loading} />`;
    const site = state.site;
    const base = `/sites/${site._id}`;
    const tabs = [
      ["dashboard", "Dashboard", base],
      ["realtime", "Realtime", `${base}/realtime`],
      ["visitors", "Visitors", `${base}/visitors`],
      // Viewers read the dashboard; the settings are for members and owners.
      ...(site.role === "viewer" ? [] : [["settings", "Settings", `${base}/settings`]]),
    ];
    return html`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${site.name || site.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${tabs.map(([id, label, href]) => html`<a href=${href} class=${`navtab ${id === tab ? "active" : ""}`} aria-current=${id === tab ? "page" : undefined}>${label}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${Screen} ...${props} site=${site} /></main>
    </div>`;
  };
}

function SettingsScreen({ params, site, navigate: nav }) {
  return html`<${SettingsPage} websiteId=${params.websiteId} site=${site} section=${params.section} role=${site.role} navigate=${nav} />`;
}

// /share/:websiteId: the dashboard without settings or notes editing, for anyone with the link
// when the owner made it public.
function SharedDashboard(props) {
  return html`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${DashboardPage} ...${props} site=${null} shared=${true} /></main>
    <${Toasts} />
  </div>`;
}

render(html`<${App} />`, document.getElementById("app"));
