// Website keys (df_, this website only) and account tokens (dft_, the person's account).
// A raw key exists only in the create/roll answer: it is shown once in SecretModal, and the
// lists show the server's masked form (displayKey) only.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Field, TextInput, Checkbox, Form, Card, Modal, Table, Loading, ErrorNote, useData, fmtDateTime } from "../ui.js";
import { cachedSites } from "../sites.js";
import { SecretModal, ConfirmModal, DeleteButton, Intro } from "./common.js";

// The permission strings of the create-access-token contract, with what each one allows.
export const PERMISSIONS = [
  ["analytics:read", "Read analytics"],
  ["websites:read", "List websites"],
  ["websites:write", "Create websites"],
  ["settings:read", "Read settings"],
  ["settings:write", "Change settings"],
  ["goals:read", "Read goals"],
  ["goals:write", "Send goals"],
  ["payments:read", "Read payments"],
  ["payments:write", "Record payments"],
  ["identify:write", "Identify visitors"],
  ["funnels:read", "Read funnels"],
  ["funnels:write", "Manage funnels"],
  ["alerts:read", "Read alerts"],
  ["alerts:write", "Manage alerts"],
  ["team:read", "Read the team"],
  ["team:write", "Manage the team"],
  ["api-keys:read", "List keys and tokens"],
  ["api-keys:write", "Create keys and tokens"],
];

export function KeysSection({ websiteId, site }) {
  return html`
    <${WebsiteKeys} websiteId=${websiteId} site=${site} />
    <${AccountTokens} websiteId=${websiteId} site=${site} />
  `;
}

function lastUsed(iso) {
  return iso ? fmtDateTime(iso) : html`<span class="muted">Never</span>`;
}

function WebsiteKeys({ websiteId, site }) {
  const path = `/api/v1/admin/websites/${websiteId}/apikeys`;
  const keys = useData(() => api.get(path), [websiteId]);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const reveal = (title, data) => {
    keys.reload();
    setDialog(html`<${SecretModal} title=${title} secret=${data[0].key} what="website key" onClose=${close} />`);
  };
  return html`<${Card}
    title="Website keys"
    class="website-keys"
    actions=${html`<${Button} kind="primary" onClick=${() => setDialog(html`<${NewKeyModal} path=${path} onClose=${close} onCreated=${(d) => reveal("Website key created", d)} />`)}>New website key<//>`}
  >
    <${Intro}>A <code>df_</code> key works for ${site?.domain || "this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${keys.error && html`<${ErrorNote} error=${keys.error} />`}
    ${keys.loading && !keys.data
      ? html`<${Loading} />`
      : html`<${Table}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(keys.data || []).map((k) => ({ ...k, key: k._id }))}
          columns=${[
            { key: "name", label: "Name", render: (k) => k.name || html`<span class="muted">Unnamed</span>` },
            { key: "displayKey", label: "Key", render: (k) => html`<code class="mono" data-masked-key>${k.displayKey}</code>` },
            { key: "lastUsedAt", label: "Last used", render: (k) => lastUsed(k.lastUsedAt) },
            { key: "createdAt", label: "Created", render: (k) => fmtDateTime(k.createdAt) },
            {
              key: "actions",
              label: html`<span class="sr-only">Actions</span>`,
              render: (k) => html`<div class="row-actions">
                <${Button}
                  class="btn-small"
                  aria-label=${`Roll ${k.name || k.displayKey}`}
                  onClick=${() =>
                    setDialog(html`<${ConfirmModal}
                      title="Roll this key?"
                      message=${`${k.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${false}
                      run=${async () => {
                        const data = await api.put(`${path}/${k._id}`);
                        setTimeout(() => reveal("Website key rolled", data));
                      }}
                      onClose=${close}
                    />`)}
                  >Roll<//
                >
                <${DeleteButton}
                  what=${k.name || k.displayKey}
                  title="Delete this key?"
                  message=${`${k.displayKey} stops working at once. This cannot be undone.`}
                  url=${`${path}/${k._id}`}
                  done="Website key deleted"
                  onDone=${keys.reload}
                  openDialog=${setDialog}
                  closeDialog=${close}
                />
              </div>`,
            },
          ]}
        />`}
    ${dialog}
  <//>`;
}

function NewKeyModal({ path, onClose, onCreated }) {
  const [name, setName] = useState("");
  return html`<${Modal} title="New website key" onClose=${onClose}>
    <${Form}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async () => {
        const data = await api.post(path, name.trim() ? { name: name.trim() } : {});
        onClose();
        onCreated(data);
      }}
    >
      <${Field} label="Name" hint="Where the key is used, e.g. Production server"
        ><${TextInput} name="keyName" value=${name} onInput=${setName} maxlength="100"
      /><//>
    <//>
  <//>`;
}

function scopeText(t) {
  if (!t.websiteIds || t.websiteIds.length === 0) return "All websites";
  const sites = cachedSites() || [];
  return t.websiteIds.map((id) => sites.find((s) => s._id === id)?.domain || id).join(", ");
}

function permissionText(t) {
  const p = t.permissions || [];
  if (p.includes("*")) return "Full access";
  return p.join(", ");
}

function AccountTokens({ websiteId, site }) {
  const path = "/api/v1/admin/access-tokens";
  const tokens = useData(() => api.get(path), []);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  return html`<${Card}
    title="Account tokens"
    class="account-tokens"
    actions=${html`<${Button}
      kind="primary"
      onClick=${() =>
        setDialog(html`<${NewTokenModal}
          websiteId=${websiteId}
          site=${site}
          onClose=${close}
          onCreated=${(data) => {
            tokens.reload();
            setDialog(html`<${SecretModal} title="Account token created" secret=${data[0].key} what="token" onClose=${close} />`);
          }}
        />`)}
      >New account token<//
    >`}
  >
    <${Intro}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${tokens.error && html`<${ErrorNote} error=${tokens.error} />`}
    ${tokens.loading && !tokens.data
      ? html`<${Loading} />`
      : html`<${Table}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(tokens.data || []).map((t) => ({ ...t, key: t._id }))}
          columns=${[
            { key: "name", label: "Name", render: (t) => t.name || html`<span class="muted">Unnamed</span>` },
            { key: "displayKey", label: "Token", render: (t) => html`<code class="mono" data-masked-key>${t.displayKey}</code>` },
            { key: "permissions", label: "Permissions", render: (t) => html`<span class="small">${permissionText(t)}</span>` },
            { key: "websiteIds", label: "Websites", render: (t) => html`<span class="small">${scopeText(t)}</span>` },
            { key: "lastUsedAt", label: "Last used", render: (t) => lastUsed(t.lastUsedAt) },
            {
              key: "actions",
              label: html`<span class="sr-only">Actions</span>`,
              render: (t) => html`<div class="row-actions">
                <${DeleteButton}
                  label="Revoke"
                  what=${t.name || t.displayKey}
                  title="Revoke this token?"
                  message=${`${t.displayKey} stops working at once. This cannot be undone.`}
                  url=${`${path}/${t._id}`}
                  done="Token revoked"
                  onDone=${tokens.reload}
                  openDialog=${setDialog}
                  closeDialog=${close}
                />
              </div>`,
            },
          ]}
        />`}
    ${dialog}
  <//>`;
}

function NewTokenModal({ websiteId, site, onClose, onCreated }) {
  const [name, setName] = useState("");
  const [full, setFull] = useState(false);
  const [perms, setPerms] = useState(["analytics:read", "websites:read"]);
  const [onlyThis, setOnlyThis] = useState(true);
  const toggle = (p, on) => setPerms((xs) => (on ? [...xs.filter((x) => x !== p), p] : xs.filter((x) => x !== p)));
  return html`<${Modal} title="New account token" onClose=${onClose}>
    <${Form}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async () => {
        const body = {
          permissions: full ? ["*"] : PERMISSIONS.map(([p]) => p).filter((p) => perms.includes(p)),
          websiteIds: onlyThis ? [websiteId] : [],
        };
        if (name.trim()) body.name = name.trim();
        const data = await api.post("/api/v1/admin/access-tokens", body);
        onClose();
        onCreated(data);
      }}
    >
      <${Field} label="Name" hint="e.g. Reporting script"><${TextInput} name="tokenName" value=${name} onInput=${setName} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${Checkbox} name="perm-all" checked=${full} onChange=${setFull} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${full}>
          ${PERMISSIONS.map(
            ([p, label]) => html`<${Checkbox} key=${p} name=${`perm-${p}`} value=${p} checked=${perms.includes(p)} onChange=${(on) => toggle(p, on)} label=${html`<span class="perm">${label}<code>${p}</code></span>`} />`
          )}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Websites</legend>
        <div class="toggles" role="radiogroup">
          <label class="checkbox"><input type="radio" name="scope" checked=${onlyThis} onChange=${() => setOnlyThis(true)} /> <span>Only ${site?.domain || "this website"}</span></label>
          <label class="checkbox"><input type="radio" name="scope" checked=${!onlyThis} onChange=${() => setOnlyThis(false)} /> <span>All websites of the account</span></label>
        </div>
      </fieldset>
    <//>
  <//>`;
}
