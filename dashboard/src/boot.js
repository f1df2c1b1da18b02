// Runs before the app's modules are fetched and parsed (a classic script in <head>): starts
// the reads every logged-in screen waits for — the session, and on a website's pages the
// website list — so that their answers arrive while the app loads instead of after it.
// api.js takes each started response once (`window.__datafastEarly`); a failed start is
// null, and api.js then asks again itself.
(function () {
  function start(path) {
    return fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" }).catch(function () {
      return null;
    });
  }
  var early = { "/api/auth/session": start("/api/auth/session") };
  if (window.location.pathname.indexOf("/sites/") === 0) {
    early["/api/v1/admin/websites"] = start("/api/v1/admin/websites");
  }
  window.__datafastEarly = early;
})();
