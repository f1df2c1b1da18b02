/* datafast tracker. One source, three variants built by build.sh, which defines the two flags:
   /js/script.js (HASH=false, COOKIELESS=false): cookie-based visitor and session ids;
   /js/script.hash.js (HASH=true): hash route changes are page changes too;
   /js/script.cookieless.js (COOKIELESS=true): no identifiers stored; the server derives the visitor.
   Payload fields match DataFast's `/api/events`. Budget: 2560 bytes gzipped per variant, so the
   code leaves to the server whatever it checks anyway (goal names, parameter rules, lowercasing). */
(function (w, d, loc, nav, de) {
  var s = d.currentScript,
    attr = (n) => s.getAttribute("data-" + n),
    on = (n) => attr(n) == "true",
    websiteId = attr("website-id"),
    domain = attr("domain"),
    host = loc.hostname,
    ua = nav.userAgent || "",
    queued = (w.datafast && w.datafast.q) || [],
    why;
  try {
    why =
      !websiteId || !domain ? "no data-website-id or data-domain"
      : nav.webdriver || ua.length < 5 ||
        /headlesschrome|phantomjs|selenium|webdriver|puppeteer|playwright|python|curl|wget|java\/|go-http|node\.js|axios|postman/i.test(ua) ||
        // phantom, nightmare and (chrome|fx)driver/selenium leave globals or attributes behind
        Object.keys(w).some((k) => /^(callPhantom|_phantom|__nightmare|_selenium|calledSelenium|_Selenium_IDE_Recorder|__(webdriver|selenium|fxdriver|driver)_\w+|\$cdc_\w+)$/.test(k)) ||
        ["webdriver", "selenium", "driver"].some((a) => de.hasAttribute(a)) ? "bot"
      : !on("allow-localhost") && /^(localhost|127\.[\d.]+|\[::1\])$|\.local(host)?$/.test(host) ? "localhost"
      : loc.protocol == "file:" && !on("allow-file-protocol") ? "file:"
      : w != w.parent && !on("debug") ? "iframe"
      : localStorage.datafast_ignore == "true" && "datafast_ignore";
  } catch (e) {}
  if (why) {
    on("disable-console") || console.log("[datafast] not tracking: " + why);
    w.datafast = () => {};
    return;
  }

  var api = attr("api-url"),
    endpoint = new URL(api || "/api/events", api ? loc.href : s.src),
    root = domain.replace(/^www\./, ""),
    // Cookies cover the root domain and its subdomains; elsewhere (localhost, IPs, other hosts) they are host-only.
    scope = /\.[a-z]+$/i.test(host) && (host == root || host.endsWith("." + root)) ? ";domain=." + root : "",
    YEAR = 31536000,
    MIN30 = 1800,
    params = new URLSearchParams(loc.search),
    valid = (id, prefix) =>
      RegExp("^" + prefix + "[\\da-f]{8}-[\\da-f]{4}-4[\\da-f]{3}-[89ab][\\da-f]{3}-[\\da-f]{12}$").test(id),
    // Ids only need to be unique, not secret; Math.random also works outside secure contexts.
    uuid = () => "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (c ^ (Math.random() * 16) >> c / 4).toString(16)),
    cookie = (n, v, age) =>
      v ? (d.cookie = "datafast_" + n + "=" + v + ";max-age=" + age + ";path=/" + scope)
        : (d.cookie.match("(^|; )datafast_" + n + "=([^;]*)") || [])[2],
    // sessionStorage: the cookieless variant's ids, the pageview dedupe and payment flags.
    ss = (k, v) => {
      try {
        return v ? sessionStorage.setItem("datafast_" + k, v) : sessionStorage.getItem("datafast_" + k);
      } catch (e) {}
    },
    get = (k) => (COOKIELESS ? ss(k) : cookie(k)),
    put = (k, v, age) => (COOKIELESS ? ss(k, v) : cookie(k, v, age)),
    visitorId,
    last,
    lastKey,
    timer;

  if (!COOKIELESS) {
    // Cross-domain hand-over (data-allowed-hostnames): ids arrive as _df_vid/_df_sid and leave the URL.
    visitorId = params.get("_df_vid");
    if (valid(visitorId, "")) {
      cookie("visitor_id", visitorId, YEAR);
      valid(params.get("_df_sid"), "s") && cookie("session_id", params.get("_df_sid"), MIN30);
      params.delete("_df_vid");
      params.delete("_df_sid");
      var clean = new URL(loc.href);
      clean.search = params;
      history.replaceState(history.state, "", clean);
    }
    visitorId = cookie("visitor_id");
    valid(visitorId, "") || cookie("visitor_id", (visitorId = uuid()), YEAR);
  }

  // A session lives while events keep coming less than 30 minutes apart (the cookie's max-age,
  // renewed by every accepted event); a new one bumps the visitor's session count.
  function session() {
    var sid = get("session_id");
    if (!valid(sid, "s")) {
      sid = "s" + uuid();
      COOKIELESS || cookie("visitor_session_count", Math.min(1e6, (cookie("visitor_session_count") | 0) + 1), YEAR);
      put("session_id", sid, MIN30);
    }
    return sid;
  }

  // One event per request. A string body is sent as text/plain, which needs no CORS preflight;
  // keepalive lets the request outlive the page when a click navigates away.
  function send(type, extraData) {
    var sessionId = session(),
      ev = {
        websiteId,
        domain,
        href: loc.href,
        referrer: last || d.referrer || null,
        type,
        visitorId: COOKIELESS ? uuid() : visitorId,
        sessionId,
        visitorSessionNumber: COOKIELESS ? 0 : cookie("visitor_session_count") | 0 || 1,
        viewport: { width: w.innerWidth, height: w.innerHeight },
        screenWidth: screen.width,
        screenHeight: screen.height,
        language: nav.language,
        extraData,
      };
    if (COOKIELESS) ev.cookieless = true;
    fetch(endpoint, { method: "POST", body: JSON.stringify(ev), keepalive: true })
      .then((r) => {
        if (r.ok) {
          put("session_id", sessionId, MIN30);
          COOKIELESS && r.json().then((b) => b.visitorId && ss("visitor_id", (track.visitorId = b.visitorId)));
        }
      })
      .catch(() => {});
  }

  var goal = (name, p) => send("custom", { ...p, eventName: name });

  // window.datafast(...): goals by name, plus "identify" ({user_id, ...}) and "payment" ({email}).
  function track(name, p) {
    if (name == "payment") p && p.email && send(name, { email: p.email });
    else if (name == "identify") p && p.user_id && send(name, p);
    else goal(name, p);
  }

  // ---- pageviews: the first, SPA navigations, hash routes in the hash variant ----------------
  function pageview() {
    var key = loc.pathname + (HASH ? loc.hash : ""),
      href = loc.href,
      seen = (ss("pageview_state") || "").split(" ");
    if (key == lastKey) return;
    lastKey = key;
    // The same URL again within a minute (a reload, a restored tab) is not a new pageview.
    if (seen[1] != href || Date.now() - seen[0] > 6e4) {
      ss("pageview_state", Date.now() + " " + href);
      send("pageview");
      last = href;
    }
    // Checkout success pages: Stripe (session_id=cs_...), Lemon Squeezy (order_id), Polar (checkout_id).
    if (!on("disable-payments")) {
      var q = new URLSearchParams(loc.search),
        sid = q.get("session_id"),
        found = /^cs_/.test(sid) ? ["stripe_session_id", sid]
          : q.get("order_id") ? ["lemonsqueezy_order_id", q.get("order_id")]
          : q.get("checkout_id") && ["polar_checkout_id", q.get("checkout_id")];
      if (found && !ss(found.join("_"))) {
        ss(found.join("_"), 1);
        send("payment", { [found[0]]: found[1] });
      }
    }
  }
  var schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(pageview, 100);
  };
  var push = history.pushState;
  history.pushState = function () {
    push.apply(this, arguments);
    schedule();
  };
  addEventListener("popstate", schedule);
  if (HASH) addEventListener("hashchange", schedule);

  // ---- attribute goals, outbound links, scroll goals ------------------------------------------
  var props = (el, prefix, out) => {
    out = {};
    for (var a of el.attributes)
      a.name.startsWith(prefix) && (out[a.name.slice(prefix.length).replace(/-/g, "_")] = a.value);
    return out;
  };
  // Keyboard activation of links and buttons dispatches a click too, so click alone counts it once.
  d.addEventListener(
    "click",
    (e) => {
      var g = e.target.closest("[data-fast-goal]"),
        a = e.target.closest("a[href]");
      g && goal(g.getAttribute("data-fast-goal"), props(g, "data-fast-goal-"));
      if (a && /^https?:$/.test(a.protocol) && a.hostname != host) {
        send("external_link", { url: a.href, text: a.textContent.trim().slice(0, 100) });
        if (
          !COOKIELESS &&
          (attr("allowed-hostnames") || "").split(",").some((h) => (h = h.trim()) && (a.hostname == h || a.hostname.endsWith("." + h)))
        ) {
          var u = new URL(a.href);
          u.searchParams.set("_df_vid", visitorId);
          u.searchParams.set("_df_sid", session());
          a.href = u;
        }
      }
    },
    true
  );

  var watched = new WeakSet(),
    watch = () =>
      d.querySelectorAll("[data-fast-scroll]").forEach((el) => {
        if (watched.has(el)) return;
        watched.add(el);
        var threshold = parseFloat(el.getAttribute("data-fast-scroll-threshold")),
          delay = parseInt(el.getAttribute("data-fast-scroll-delay")) || 0,
          io;
        threshold >= 0 && threshold <= 1 || (threshold = 0.5);
        io = new IntersectionObserver(
          (entries) => {
            if (entries.some((en) => en.isIntersecting)) {
              io.disconnect();
              setTimeout(() => {
                var total = de.scrollHeight - w.innerHeight,
                  p = props(el, "data-fast-scroll-");
                p.scroll_percentage = total > 0 ? Math.round((scrollY / total) * 100) : 100;
                p.threshold = threshold;
                p.delay = delay;
                goal(el.getAttribute("data-fast-scroll"), p);
              }, delay);
            }
          },
          { threshold }
        );
        io.observe(el);
      });
  new MutationObserver(watch).observe(de, { childList: true, subtree: true });

  w.datafast = track;
  if (COOKIELESS) track.visitorId = ss("visitor_id");
  var start = () => {
    watch();
    pageview();
    queued.forEach((args) => track(...args));
  };
  d.readyState == "loading" ? d.addEventListener("DOMContentLoaded", start) : start();
})(window, document, location, navigator, document.documentElement);
