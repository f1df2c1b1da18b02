// The person's websites (with their role on each), loaded once and refreshed after changes.
import { api } from "./api.js";

let sites = null;

export async function loadSites() {
  sites = await api.get("/api/v1/admin/websites");
  return sites;
}

export function cachedSites() {
  return sites;
}

export function siteById(id) {
  return sites?.find((s) => s._id === id) || null;
}

// After a settings change: keeps the cached row in step with what the server now says.
export function updateCachedSite(id, changes) {
  if (!sites) return;
  sites = sites.map((s) => (s._id === id ? { ...s, ...changes } : s));
}

export function forgetSites() {
  sites = null;
}
