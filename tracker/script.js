/* datafast tracker. One source, three variants chosen by the server when it serves the file:
   /js/script.js (cookies), /js/script.hash.js (hash routes are pages),
   /js/script.cookieless.js (no identifiers stored; the server derives the visitor).
   The server replaces the two flags below. Payload fields match DataFast's `/api/events`. */
(function (w, d, HASH, COOKIELESS) {
  "use strict";
  var s = d.currentScript;
  if (!s) return;
  function attr(n) { return s.getAttribute("data-" + n); }
  var on = function (n) { return attr(n) === "true"; };
  var quiet = on("disable-console");
  function log(m) { if (!quiet && w.console) console.log("[datafast] " + m); }
  var websiteId = attr("website-id"), domain = attr("domain");
  var queued = (w.datafast && w.datafast.q) || [];
  var noop = function () {};
  function silent(reason) { log("not tracking: " + reason); w.datafast = noop; }
  var loc = w.location, nav = w.navigator, host = loc.hostname;

  if (!websiteId || !domain) return silent("missing data-website-id/data-domain");
  var ua = nav.userAgent || "";
  if (nav.webdriver || w.callPhantom || w._phantom || w.__nightmare || ua.length < 5 ||
      /headlesschrome|phantomjs|selenium|webdriver|puppeteer|playwright|python|curl|wget|java\/|go-http|node\.js|axios|postman/i.test(ua) ||
      "__webdriver_evaluate __selenium_evaluate __webdriver_script_function __webdriver_unwrapped __fxdriver_evaluate __driver_evaluate _Selenium_IDE_Recorder _selenium calledSelenium $cdc_asdjflasutopfhvcZLmcfl_"
        .split(" ").some(function (k) { return w[k]; }) ||
      ["webdriver", "selenium", "driver"].some(function (a) { return d.documentElement.hasAttribute(a); }))
    return silent("bot");
  if (!on("allow-localhost") && (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(host) || /\.(local|localhost)$/.test(host)))
    return silent("localhost");
  if (loc.protocol === "file:" && !on("allow-file-protocol")) return silent("file:");
  if (w !== w.parent && !on("debug")) return silent("iframe");
  try { if (w.localStorage.getItem("datafast_ignore") === "true") return silent("ignored"); } catch (e) {}

  var endpoint;
  try { endpoint = new URL(attr("api-url") || "/api/events", attr("api-url") ? loc.href : s.src).href; }
  catch (e) { endpoint = new URL("/api/events", s.src).href; }

  // ---- identifiers -------------------------------------------------------------------------
  var MIN30 = 1800000, YEAR = 31536000000;
  var root = domain.replace(/^www\./, "");
  var cookieDomain = host === root || host.slice(-root.length - 1) === "." + root ? root : host;
  function getCookie(n) {
    var m = d.cookie.match(new RegExp("(?:^|; )" + n + "=([^;]*)"));
    return m ? decodeURIComponent(m[1]) : null;
  }
  function setCookie(n, v, ms) {
    var c = n + "=" + encodeURIComponent(v) + ";expires=" + new Date(Date.now() + ms).toUTCString() + ";path=/;SameSite=Lax";
    if (!/^(localhost|[\d.]+)$/.test(host) && loc.protocol !== "file:") c += ";domain=." + cookieDomain;
    d.cookie = c;
  }
  function uuid() {
    if (w.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }
  var params = new URLSearchParams(loc.search);
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  var store = {};
  function ss(k, v) { try { return v === undefined ? w.sessionStorage.getItem(k) : w.sessionStorage.setItem(k, v); } catch (e) { return store[k] = v === undefined ? store[k] : v; } }
  function get(k) { return COOKIELESS ? ss(k) : getCookie(k); }
  function put(k, v, ms) { if (COOKIELESS) ss(k, v); else setCookie(k, v, ms); }

  // Cross-domain hand-over: ids arrive as _df_vid/_df_sid and are removed from the URL.
  var vidParam = params.get("_df_vid"), sidParam = params.get("_df_sid");
  if (!COOKIELESS && vidParam && UUID.test(vidParam)) {
    setCookie("datafast_visitor_id", vidParam, YEAR);
    if (sidParam && UUID.test(sidParam.slice(1))) setCookie("datafast_session_id", sidParam, MIN30);
    params.delete("_df_vid"); params.delete("_df_sid");
    try { var clean = new URL(loc.href); clean.search = params.toString(); history.replaceState(history.state, "", clean.href); } catch (e) {}
  }
  var visitorId = COOKIELESS ? ss("datafast_visitor_id") : getCookie("datafast_visitor_id");
  if (!COOKIELESS && !UUID.test(visitorId || "")) { visitorId = uuid(); setCookie("datafast_visitor_id", visitorId, YEAR); }
  function sessionId() {
    var sid = get("datafast_session_id");
    if (!sid || !UUID.test(sid.slice(1))) {
      sid = "s" + uuid();
      if (!COOKIELESS) {
        var n = Math.min(1e6, (parseInt(getCookie("datafast_visitor_session_count"), 10) || 0) + 1);
        setCookie("datafast_visitor_session_count", String(n), YEAR);
      }
      put("datafast_session_id", sid, MIN30);
    }
    return sid;
  }

  // ---- sending -----------------------------------------------------------------------------
  var CLICK_IDS = ["gclid", "gclsrc", "wbraid", "gbraid", "li_fat_id", "fbclid", "msclkid", "ttclid", "twclid"];
  var lastHref = null;
  function send(type, extra, cb) {
    var sid = sessionId();
    var ev = {
      websiteId: websiteId, domain: domain, href: loc.href,
      referrer: lastHref || d.referrer || null, type: type,
      visitorId: COOKIELESS ? (ss("datafast_visitor_id") || uuid()) : visitorId, sessionId: sid,
      visitorSessionNumber: COOKIELESS ? 0 : parseInt(getCookie("datafast_visitor_session_count"), 10) || 1,
      viewport: { width: w.innerWidth, height: w.innerHeight },
      screenWidth: w.screen.width, screenHeight: w.screen.height,
      language: nav.language, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone
    };
    if (COOKIELESS) ev.cookieless = true;
    var ids = {}, any = false;
    CLICK_IDS.forEach(function (k) { var v = params.get(k); if (v) { ids[k] = v; any = true; } });
    if (any) ev.adClickIds = ids;
    if (extra) ev.extraData = extra;
    var x = new XMLHttpRequest();
    x.open("POST", endpoint, true);
    x.setRequestHeader("Content-Type", "application/json");
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      if (x.status === 200) {
        put("datafast_session_id", sid, MIN30);
        if (COOKIELESS) try { var r = JSON.parse(x.responseText); if (r.visitorId) { ss("datafast_visitor_id", r.visitorId); api.visitorId = r.visitorId; } } catch (e) {}
      }
      if (cb) cb();
    };
    x.send(JSON.stringify(ev));
  }

  // Names and parameters are validated and sanitized by the server (400 when invalid).
  function goal(name, p) {
    var extra = {};
    for (var k in p) extra[k] = String(p[k]);
    extra.eventName = String(name).toLowerCase();
    send("custom", extra);
  }

  // ---- pageviews and SPA navigation ---------------------------------------------------------
  function pageKey() { return loc.pathname + (HASH ? loc.hash : ""); }
  var lastKey = null, timer = null;
  function pageview() {
    var key = pageKey();
    if (key === lastKey) return;
    var now = Date.now(), state = null;
    try { state = JSON.parse(ss("datafast_pageview_state")); } catch (e) {}
    lastKey = key;
    if (state && state.url === loc.href && now - state.time < 60000) return;
    ss("datafast_pageview_state", JSON.stringify({ time: now, url: loc.href }));
    send("pageview", null);
    lastHref = loc.href;
    detectPayment();
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(pageview, 100); }
  var push = history.pushState;
  history.pushState = function () { var r = push.apply(this, arguments); schedule(); return r; };
  w.addEventListener("popstate", schedule);
  if (HASH) w.addEventListener("hashchange", schedule);

  // Checkout success pages: Stripe (session_id=cs_...), Lemon Squeezy (order_id), Polar (checkout_id).
  function detectPayment() {
    if (on("disable-payments")) return;
    var q = new URLSearchParams(loc.search), found = null;
    var sid = q.get("session_id");
    if (sid && sid.indexOf("cs_") === 0) found = ["stripe", "stripe_session_id", sid];
    else if (q.get("order_id")) found = ["lemonsqueezy", "lemonsqueezy_order_id", q.get("order_id")];
    else if (q.get("checkout_id")) found = ["polar", "polar_checkout_id", q.get("checkout_id")];
    if (!found) return;
    var flag = "datafast_" + found[0] + "_payment_sent_" + found[2];
    if (ss(flag)) return;
    ss(flag, "1");
    var extra = {}; extra[found[1]] = found[2];
    send("payment", extra);
  }

  // ---- attribute goals, scroll goals, outbound links ---------------------------------------
  function dataParams(el, prefix) {
    var out = {};
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i].name;
      if (a.indexOf(prefix) === 0 && a.length > prefix.length) out[a.slice(prefix.length).replace(/-/g, "_")] = el.attributes[i].value;
    }
    return out;
  }
  function activate(e) {
    if (e.type === "keydown" && e.key !== "Enter" && e.key !== " ") return;
    var t = e.target;
    var g = t.closest && t.closest("[data-fast-goal]");
    if (g) goal(g.getAttribute("data-fast-goal"), dataParams(g, "data-fast-goal-"));
    var a = t.closest && t.closest("a[href]");
    if (a) {
      try {
        var u = new URL(a.href, loc.href);
        if (/^https?:$/.test(u.protocol) && u.hostname !== host) {
          var allowed = (attr("allowed-hostnames") || "").split(",").map(function (h) { return h.trim(); }).filter(Boolean);
          if (!COOKIELESS && allowed.some(function (h) { return u.hostname === h || u.hostname.slice(-h.length - 1) === "." + h; })) {
            u.searchParams.set("_df_vid", visitorId); u.searchParams.set("_df_sid", sessionId()); a.href = u.href;
          }
          send("external_link", { url: u.href, text: (a.textContent || "").trim().slice(0, 100) });
        }
      } catch (err) {}
    }
  }
  d.addEventListener("click", activate, true);
  d.addEventListener("keydown", activate, true);

  var seen = [];
  function watchScroll() {
    if (!w.IntersectionObserver) return;
    d.querySelectorAll("[data-fast-scroll]").forEach(function (el) {
      if (seen.indexOf(el) >= 0) return;
      seen.push(el);
      var threshold = parseFloat(el.getAttribute("data-fast-scroll-threshold"));
      if (!(threshold >= 0 && threshold <= 1)) threshold = 0.5;
      var delay = parseInt(el.getAttribute("data-fast-scroll-delay"), 10) || 0;
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (en) {
          if (!en.isIntersecting) return;
          io.disconnect();
          setTimeout(function () {
            var p = dataParams(el, "data-fast-scroll-");
            delete p.threshold; delete p.delay;
            var total = d.documentElement.scrollHeight - w.innerHeight;
            p.scroll_percentage = String(total > 0 ? Math.round(w.scrollY / total * 100) : 100);
            p.threshold = String(threshold); p.delay = String(delay);
            goal(el.getAttribute("data-fast-scroll"), p);
          }, delay);
        });
      }, { threshold: threshold });
      io.observe(el);
    });
  }
  if (w.MutationObserver) new MutationObserver(watchScroll).observe(d.documentElement, { childList: true, subtree: true });

  // ---- public API: window.datafast(...) ----------------------------------------------------
  function api(name, p) {
    if (name === "identify") {
      if (!p || !p.user_id) return log("no user_id");
      var extra = {};
      for (var k in p) extra[k] = String(p[k]);
      return send("identify", extra);
    }
    if (name === "payment") {
      if (!p || !p.email) return log("no email");
      return send("payment", { email: String(p.email) });
    }
    goal(name, p);
  }
  w.datafast = api;
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", function () { watchScroll(); pageview(); queued.forEach(function (a) { api.apply(null, a); }); });
  else { watchScroll(); pageview(); queued.forEach(function (a) { api.apply(null, a); }); }
})(window, document, false, false);
