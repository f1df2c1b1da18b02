// Payment providers: connect with an API key (validated by the server, whose messages are
// shown as they are), see the masked key, copy the webhook URL to paste into the provider,
// disconnect. Keys are write-only: the server stores them sealed and shows masks only.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Field, TextInput, Form, Card, Loading, ErrorNote, CopyBlock, useData, fmtDateTime, toast } from "../ui.js";
import { ConfirmModal, Intro, ValueBlock } from "./common.js";

// [slug, name, key fields [(body field, label, hint, secret?)], where the webhook goes]
const PROVIDERS = [
  [
    "stripe",
    "Stripe",
    [["stripeRak", "Restricted API key", "rk_live_… with read access to charges, customers and checkout sessions", true]],
    "Stripe Dashboard → Developers → Webhooks → Add endpoint; then paste its signing secret (whsec_…) below.",
  ],
  [
    "lemonsqueezy",
    "Lemon Squeezy",
    [
      ["lemonsqueezyApiKey", "API key", "Settings → API", true],
      ["lemonsqueezyStoreId", "Store id", "Digits only, from Settings → Stores", false],
    ],
    "Settings → Webhooks → add this URL with a signing secret, and paste the same secret below.",
  ],
  [
    "polar",
    "Polar",
    [
      ["polarAccessToken", "Access token", "An organization access token", true],
      ["polarOrgId", "Organization id", "", false],
    ],
    "Settings → Webhooks → add this URL; paste its secret below.",
  ],
  [
    "paddle",
    "Paddle",
    [["paddleApiKey", "API key", "pdl_live_… from Developer tools → Authentication", true]],
    "Developer tools → Notifications → new destination with this URL; paste its secret key below.",
  ],
];

export function IntegrationsSection({ websiteId }) {
  const path = `/api/v1/admin/websites/${websiteId}/integrations`;
  const status = useData(() => api.get(path), [websiteId]);
  if (status.loading && !status.data) return html`<${Loading} />`;
  if (status.error) return html`<${ErrorNote} error=${status.error} />`;
  const data = status.data[0];
  return html`<div class="provider-grid">
    ${PROVIDERS.map(
      ([slug, name, fields, webhookHelp]) =>
        html`<${ProviderCard} key=${slug} path=${`${path}/${slug}`} slug=${slug} name=${name} fields=${fields} webhookHelp=${webhookHelp} state=${data[slug] || {}} reload=${status.reload} />`
    )}
  </div>`;
}

function ProviderCard({ path, slug, name, fields, webhookHelp, state, reload }) {
  const [values, setValues] = useState({});
  const [confirm, setConfirm] = useState(null);
  const [editing, setEditing] = useState(false);
  const set = (k, v) => setValues((x) => ({ ...x, [k]: v }));
  const connected = !!state.connected;
  return html`<${Card}
    title=${html`<span class=${`status-dot ${connected ? "on" : ""}`} aria-hidden="true"></span>${name}`}
    class=${`provider provider-${slug}`}
    actions=${html`<span class=${`badge ${connected ? "badge-ok" : ""}`}>${connected ? "Connected" : "Not connected"}</span>`}
  >
    ${connected &&
    html`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${state.displayKey || "—"}</code></dd>
      ${state.storeId && html`<dt>Store</dt><dd>${state.storeId}</dd>`}
      ${state.orgId && html`<dt>Organization</dt><dd>${state.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${state.webhookSecretConfigured ? html`<code class="mono">${state.displayWebhookSecret}</code>` : html`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${fmtDateTime(state.connectedAt)}</dd>
      ${slug === "paddle" && state.resyncRequestedAt && html`<dt>Resync queued</dt><dd>${fmtDateTime(state.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${ValueBlock} title="Webhook URL" hint=${webhookHelp}><${CopyBlock} text=${state.webhookUrl || ""} label="Copy URL" /><//>
    ${connected && !editing
      ? html`<div class="form-actions">
          <${Button} onClick=${() => setEditing(true)}>Replace keys<//>
          ${slug === "paddle" &&
          html`<${Button}
            onClick=${async () => {
              try {
                await api.patch(path);
                toast("Paddle resync queued");
                reload();
              } catch (e) {
                toast(e.message, "error");
              }
            }}
            >Resync payments<//
          >`}
          <${Button}
            class="btn-danger"
            onClick=${() =>
              setConfirm(html`<${ConfirmModal}
                title=${`Disconnect ${name}?`}
                message=${`Its keys and webhook secret are deleted; payments already recorded stay.`}
                confirmLabel="Disconnect"
                run=${async () => {
                  await api.del(path);
                  toast(`${name} disconnected`);
                  reload();
                }}
                onClose=${() => setConfirm(null)}
              />`)}
            >Disconnect<//
          >
        </div>`
      : html`<${Form}
          submitLabel=${connected ? "Save keys" : `Connect ${name}`}
          busyLabel="Connecting…"
          extra=${connected ? html`<${Button} onClick=${() => setEditing(false)}>Cancel<//>` : null}
          onSubmit=${async () => {
            const body = {};
            for (const [field] of fields) if ((values[field] || "").trim()) body[field] = values[field].trim();
            if ((values.webhookSecret || "").trim()) body.webhookSecret = values.webhookSecret.trim();
            await api.post(path, body);
            toast(`${name} connected`);
            setValues({});
            setEditing(false);
            reload();
          }}
        >
          ${fields.map(
            ([field, label, hint, secret]) =>
              html`<${Field} key=${field} label=${label} hint=${hint}
                ><${TextInput} name=${`${slug}-${field}`} type=${secret ? "password" : "text"} autocomplete="off" value=${values[field] || ""} onInput=${(v) => set(field, v)}
              /><//>`
          )}
          <${Field} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${TextInput} name=${`${slug}-webhookSecret`} type="password" autocomplete="off" value=${values.webhookSecret || ""} onInput=${(v) => set("webhookSecret", v)}
          /><//>
        <//>`}
    ${confirm}
  <//>`;
}
