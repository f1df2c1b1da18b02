// The one way screens talk to the server: our own public API, through the cookie session.
// Reads unwrap DataFast's envelope; writes carry the session's CSRF token. Anything shown here
// is something a script with a token could read too.
//
//   await api.get("/api/v1/analytics/overview", { websiteId, startAt, endAt })
//   await api.put(`/api/v1/admin/websites/${id}`, { name })
//   api.getFull(path, query) → the whole envelope (timeseries totals, pagination)
//
// Failures throw an ApiError with `code` (the HTTP status, 0 for a network failure) and the
// envelope's message.

import { apiUrl } from "./url.js";

export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// The logged-in person and the session's CSRF token; null when logged out.
export const me = { user: null, csrfToken: null };

// A response boot.js started for this read, once (null when there is none or it failed).
// Until boot.js has started all it will, every GET is noted as asked, so that boot.js does not
// start one the app already sent.
async function early(method, path, query) {
  const started = window.__datafastEarly;
  if (method !== "GET" || !started) return null;
  const key = apiUrl(path, query);
  if (!started.settled) started.asked.add(key);
  if (!(key in started.responses)) return null;
  const response = started.responses[key];
  delete started.responses[key];
  return response;
}

async function request(method, path, { query, body } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && me.csrfToken) headers["X-CSRF-Token"] = me.csrfToken;
  let res = await early(method, path, query);
  try {
    res ??= await fetch(apiUrl(path, query), {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, "The server cannot be reached");
  }
  let envelope = null;
  try {
    envelope = await res.json();
  } catch (e) {
    /* not JSON: handled below */
  }
  if (res.ok && envelope && envelope.status === "success") return envelope;
  // POST /api/v1/payments answers without an envelope (DataFast's documented exception).
  if (res.ok && envelope && envelope.status === undefined) return { status: "success", data: envelope };
  const message = envelope?.error?.message || `${res.status} ${res.statusText || "error"}`;
  if (res.status === 401 && typeof api.onUnauthorized === "function") api.onUnauthorized();
  throw new ApiError(envelope?.error?.code || res.status, message);
}

export const api = {
  async get(path, query) {
    return (await request("GET", path, { query })).data;
  },
  async getFull(path, query) {
    return request("GET", path, { query });
  },
  async post(path, body) {
    return (await request("POST", path, { body: body ?? {} })).data;
  },
  async put(path, body) {
    return (await request("PUT", path, { body: body ?? {} })).data;
  },
  async patch(path, body) {
    return (await request("PATCH", path, { body: body ?? {} })).data;
  },
  async del(path, body) {
    return (await request("DELETE", path, body === undefined ? {} : { body })).data;
  },
  // Set by main.js: a 401 anywhere sends the person to the login screen.
  onUnauthorized: null,
};

function remember(data) {
  const s = Array.isArray(data) ? data[0] : data;
  me.user = s?.user || null;
  me.csrfToken = s?.csrfToken || null;
  return me;
}

// Reads the current session; resolves to `me` (me.user null when logged out).
export async function session() {
  try {
    return remember(await api.get("/api/auth/session"));
  } catch (e) {
    if (e.code === 401) return remember(null);
    throw e;
  }
}

export async function login(email, password) {
  return remember(await api.post("/api/auth/login", { email, password }));
}

export async function signup(email, password, name) {
  return remember(await api.post("/api/auth/signup", { email, password, name: name || undefined }));
}

export async function logout() {
  try {
    await api.post("/api/auth/logout", {});
  } finally {
    remember(null);
  }
}
