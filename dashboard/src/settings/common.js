// Small pieces the settings sections share: confirmations, the "shown once" secret dialog,
// list <-> textarea conversion and dates.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Modal, CopyBlock, ErrorNote, toast } from "../ui.js";

// One value per line (or comma) → a clean list; empty lines dropped.
export function parseLines(text) {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinLines(list) {
  return (list || []).join("\n");
}

export function isoDate(iso) {
  return iso ? iso.slice(0, 10) : "";
}

// The raw secret of a key or token just created or rolled: shown this once, with a copy
// button; the lists only ever show the masked form afterwards.
export function SecretModal({ title, secret, what, onClose }) {
  return html`<${Modal}
    title=${title}
    onClose=${onClose}
    footer=${html`<${Button} kind="primary" onClick=${onClose}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${what} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${CopyBlock} text=${secret} label="Copy" />
    </div>
  <//>`;
}

// "Are you sure?" for deletions; `run` may throw, the error shows in the dialog.
export function ConfirmModal({ title, message, confirmLabel = "Delete", danger = true, run, onClose }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  return html`<${Modal}
    title=${title}
    onClose=${onClose}
    footer=${html`
      <${Button} onClick=${onClose}>Cancel<//>
      <${Button}
        kind=${danger ? "danger-solid" : "primary"}
        disabled=${busy}
        onClick=${async () => {
          setBusy(true);
          setError(null);
          try {
            await run();
            onClose();
          } catch (e) {
            setError(e);
            setBusy(false);
          }
        }}
        >${busy ? "Working…" : confirmLabel}<//
      >
    `}
  >
    <p>${message}</p>
    <${ErrorNote} error=${error} />
  <//>`;
}

// A list row's delete button (or revoke, reset: `label`): asks in a ConfirmModal opened with
// `openDialog`, then DELETEs `url`, shows `done` and calls `onDone`. Its accessible name is
// "<label> <what>", so each row's button can be told apart.
export function DeleteButton({ label = "Delete", what, title, message, url, done, onDone, openDialog, closeDialog }) {
  return html`<${Button}
    class="btn-small btn-danger"
    aria-label=${`${label} ${what}`}
    onClick=${() =>
      openDialog(html`<${ConfirmModal}
        title=${title}
        message=${message}
        confirmLabel=${label}
        run=${async () => {
          await api.del(url);
          toast(done);
          onDone();
        }}
        onClose=${closeDialog}
      />`)}
    >${label}<//
  >`;
}

// A section header with a one-line explanation.
export function Intro({ children }) {
  return html`<p class="muted section-intro">${children}</p>`;
}

export function canWrite(role) {
  return role === "owner" || role === "member";
}

// A titled block for read-only values with their copy button. Not a <label>: a label around
// a button would rename the button after the label's text.
export function ValueBlock({ title, hint, children }) {
  return html`<div class="field value-block">
    <div class="field-label">${title}</div>
    ${children}
    ${hint && html`<div class="field-hint">${hint}</div>`}
  </div>`;
}
