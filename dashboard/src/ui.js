// Shared UI pieces for every screen (and the settings screens): buttons, form fields, tables,
// a modal, copy-to-clipboard, toasts, number formatting and a data-loading hook. Real
// <button>/<a>/<label> elements throughout, so that everything works from the keyboard.
// Exports are stable: add new ones, do not rename.
import { html } from "htm/preact";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";

export { html };

// ---- formatting ---------------------------------------------------------------------------
const nf = new Intl.NumberFormat(undefined);
export function fmtNumber(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  if (Math.abs(n) >= 100000) {
    return new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(n);
  }
  return nf.format(Math.round(n * 100) / 100);
}
export function fmtMoney(n, currency) {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currency || "USD",
      maximumFractionDigits: Math.abs(n) >= 1000 ? 0 : 2,
    }).format(n);
  } catch (e) {
    return `${nf.format(n)} ${currency || ""}`.trim();
  }
}
export function fmtPercent(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  return `${(Math.round(n * 10) / 10).toFixed(Math.abs(n) < 10 ? 1 : 0)}%`;
}
// Milliseconds → "1m 05s", "2h 03m", "12s".
export function fmtDuration(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return "–";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}
export function fmtDateTime(iso, timeZone) {
  if (!iso) return "–";
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
  } catch (e) {
    return new Date(iso).toLocaleString();
  }
}
export function fmtTimeAgo(iso) {
  const s = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

// ---- data loading -------------------------------------------------------------------------
// Runs `load()` whenever `deps` change; a newer run wins over a slower older one.
export function useData(load, deps) {
  const [state, setState] = useState({ data: undefined, error: null, loading: true });
  const run = useRef(0);
  const reload = useCallback(() => {
    const id = ++run.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.resolve()
      .then(load)
      .then(
        (data) => id === run.current && setState({ data, error: null, loading: false }),
        (error) => id === run.current && setState({ data: undefined, error, loading: false })
      );
  }, deps);
  useEffect(() => {
    reload();
  }, [reload]);
  return { ...state, reload };
}

// Calls `fn` every `ms` while mounted (and once at once); stops when the tab is hidden.
export function usePolling(fn, ms, deps = []) {
  useEffect(() => {
    let stopped = false;
    let timer;
    const tick = async () => {
      if (stopped) return;
      if (!document.hidden) {
        try {
          await fn();
        } catch (e) {
          /* the screen shows its own error state */
        }
      }
      if (!stopped) timer = setTimeout(tick, ms);
    };
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, deps);
}

// ---- building blocks ----------------------------------------------------------------------
export function Button({ kind = "secondary", type = "button", children, class: cls = "", ...rest }) {
  return html`<button type=${type} class=${`btn btn-${kind} ${cls}`} ...${rest}>${children}</button>`;
}

// A link that navigates inside the app (main.js intercepts same-origin clicks).
export function Link({ href, children, ...rest }) {
  return html`<a href=${href} ...${rest}>${children}</a>`;
}

export function Field({ label, hint, error, children }) {
  return html`<div class="field">
    <label>
      <span class="field-label">${label}</span>
      ${children}
    </label>
    ${hint && html`<div class="field-hint">${hint}</div>`}
    ${error && html`<div class="field-error" role="alert">${error}</div>`}
  </div>`;
}

export function TextInput({ value, onInput, type = "text", ...rest }) {
  return html`<input class="input" type=${type} value=${value ?? ""} onInput=${(e) => onInput?.(e.currentTarget.value)} ...${rest} />`;
}

export function Select({ value, onChange, options, ...rest }) {
  return html`<select class="input" value=${value} onChange=${(e) => onChange?.(e.currentTarget.value)} ...${rest}>
    ${options.map((o) => {
      const [v, l] = Array.isArray(o) ? o : [o, o];
      return html`<option value=${v} selected=${v === value}>${l}</option>`;
    })}
  </select>`;
}

export function Checkbox({ checked, onChange, label, ...rest }) {
  return html`<label class="checkbox">
    <input type="checkbox" checked=${!!checked} onChange=${(e) => onChange?.(e.currentTarget.checked)} ...${rest} />
    <span>${label}</span>
  </label>`;
}

// columns: [{ key, label, render?(row), align? }]
export function Table({ columns, rows, empty = "Nothing yet", caption }) {
  if (!rows || rows.length === 0) return html`<p class="muted empty">${empty}</p>`;
  return html`<div class="table-wrap"><table class="table">
    ${caption && html`<caption class="sr-only">${caption}</caption>`}
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.align === "right" ? "num" : ""}>${c.label}</th>`)}</tr></thead>
    <tbody>
      ${rows.map(
        (r, i) => html`<tr key=${r.key ?? i}>
          ${columns.map((c) => html`<td class=${c.align === "right" ? "num" : ""}>${c.render ? c.render(r) : r[c.key]}</td>`)}
        </tr>`
      )}
    </tbody>
  </table></div>`;
}

// A dialog that keeps focus inside, closes on Escape and gives focus back when it closes.
export function Modal({ title, onClose, children, footer }) {
  const ref = useRef(null);
  // A layout effect: focus moves in and Escape works from the moment the dialog is in the
  // page (a plain effect left a window, after the first paint, where Escape did nothing).
  useLayoutEffect(() => {
    const before = document.activeElement;
    const node = ref.current;
    const first = node?.querySelector("input, select, textarea, button, [href]");
    (first || node)?.focus();
    const onKey = (e) => {
      if (e.key === "Escape") onClose?.();
      if (e.key === "Tab" && node) {
        const items = [...node.querySelectorAll("input, select, textarea, button, [href], [tabindex]:not([tabindex='-1'])")].filter(
          (el) => !el.disabled
        );
        if (items.length === 0) return;
        const [a, b] = [items[0], items[items.length - 1]];
        if (e.shiftKey && document.activeElement === a) {
          b.focus();
          e.preventDefault();
        } else if (!e.shiftKey && document.activeElement === b) {
          a.focus();
          e.preventDefault();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      before?.focus?.();
    };
  }, []);
  return html`<div class="modal-backdrop" onClick=${(e) => e.target === e.currentTarget && onClose?.()}>
    <div class="modal" role="dialog" aria-modal="true" aria-label=${title} ref=${ref} tabindex="-1">
      <div class="modal-head">
        <h2>${title}</h2>
        <button type="button" class="btn btn-ghost" aria-label="Close" onClick=${onClose}>✕</button>
      </div>
      <div class="modal-body">${children}</div>
      ${footer && html`<div class="modal-foot">${footer}</div>`}
    </div>
  </div>`;
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    // Clipboard API refused (http:// on a non-local host): fall back to a selection.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e2) {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export function CopyButton({ text, label = "Copy", ...rest }) {
  const [done, setDone] = useState(false);
  return html`<${Button}
    ...${rest}
    onClick=${async () => {
      const ok = await copyText(text);
      setDone(true);
      toast(ok ? "Copied to the clipboard" : "Select the text and copy it");
      setTimeout(() => setDone(false), 1500);
    }}
    >${done ? "Copied" : label}<//
  >`;
}

// A read-only code block with its copy button (script tags, keys shown once).
export function CopyBlock({ text, label = "Copy" }) {
  return html`<div class="copy-block">
    <pre tabindex="0"><code>${text}</code></pre>
    <${CopyButton} text=${text} label=${label} />
  </div>`;
}

// ---- toasts -------------------------------------------------------------------------------
const toastListeners = new Set();
let toastId = 0;
export function toast(message, kind = "info") {
  const t = { id: ++toastId, message, kind };
  toastListeners.forEach((l) => l(t));
}
export function Toasts() {
  const [items, setItems] = useState([]);
  useEffect(() => {
    const add = (t) => {
      setItems((xs) => [...xs, t]);
      setTimeout(() => setItems((xs) => xs.filter((x) => x.id !== t.id)), 3500);
    };
    toastListeners.add(add);
    return () => toastListeners.delete(add);
  }, []);
  return html`<div class="toasts" role="status" aria-live="polite">
    ${items.map((t) => html`<div key=${t.id} class=${`toast toast-${t.kind}`}>${t.message}</div>`)}
  </div>`;
}

export function ErrorNote({ error, children }) {
  if (!error && !children) return null;
  return html`<div class="note note-error" role="alert">${children || error?.message || String(error)}</div>`;
}

export function Loading({ label = "Loading…" }) {
  return html`<div class="loading" aria-busy="true"><span class="spinner" aria-hidden="true"></span>${label}</div>`;
}

export function Card({ title, actions, children, class: cls = "" }) {
  return html`<section class=${`card ${cls}`}>
    ${(title || actions) && html`<div class="card-head">${title && html`<h2>${title}</h2>`}<div class="card-actions">${actions}</div></div>`}
    ${children}
  </section>`;
}

// A form that runs `onSubmit` and shows its error and a busy state.
export function Form({ onSubmit, children, submitLabel = "Save", busyLabel = "Saving…", extra }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  return html`<form
    class="form"
    onSubmit=${async (e) => {
      e.preventDefault();
      setBusy(true);
      setError(null);
      try {
        await onSubmit();
      } catch (err) {
        setError(err);
      } finally {
        setBusy(false);
      }
    }}
  >
    ${children}
    <${ErrorNote} error=${error} />
    <div class="form-actions">
      <${Button} kind="primary" type="submit" disabled=${busy}>${busy ? busyLabel : submitLabel}<//>
      ${extra}
    </div>
  </form>`;
}

export function Tabs({ tabs, active, onChange, label }) {
  return html`<div class="tabs" role="tablist" aria-label=${label}>
    ${tabs.map(
      ([id, name]) => html`<button
        type="button"
        role="tab"
        aria-selected=${id === active}
        class=${`tab ${id === active ? "active" : ""}`}
        onClick=${() => onChange(id)}
      >${name}</button>`
    )}
  </div>`;
}
