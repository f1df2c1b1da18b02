// An API URL from a path and query parameters (empty ones left out, in the object's order):
// the one spelling api.js sends and boot.js keys its started reads by.
export function apiUrl(path, query) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v === undefined || v === null || v === "") continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
