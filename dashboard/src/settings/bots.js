// AI crawlers and bots: which crawler hits the website keeps (sent by `@datafast/ai-crawl` or
// any server to POST /api/bot-traffic), whether only IP-verified crawlers count, and the
// request token those servers present. The API allows all of this to the owner only.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Checkbox, Card, Loading, ErrorNote, useData, fmtDateTime, toast } from "../ui.js";
import { ConfirmModal, Intro, SecretModal } from "./common.js";

export function BotsSection({ websiteId, role }) {
  if (role !== "owner") {
    return html`<${Card} title="AI crawlers">
      <p class="muted">Only the website's owner manages crawler tracking.</p>
    <//>`;
  }
  const base = `/api/v1/admin/websites/${websiteId}/bot-traffic`;
  const settings = useData(() => api.get(`${base}/settings`), [websiteId]);
  const token = useData(() => api.get(`${base}/token`), [websiteId]);
  const s = settings.data?.[0];
  return html`<div class="bots">
    ${settings.error && html`<${ErrorNote} error=${settings.error} />`}
    ${!s ? html`<${Loading} />` : html`<${CrawlerCard} base=${base} data=${s} onSaved=${settings.reload} />`}
    <${TokenCard} base=${base} status=${token.data?.[0]} error=${token.error} onChanged=${() => { token.reload(); settings.reload(); }} />
  </div>`;
}

// The catalog by company, a box per crawler: checked = its hits are kept.
function CrawlerCard({ base, data, onSaved }) {
  const [excluded, setExcluded] = useState(new Set(data.settings.excludedCrawlerIds));
  const [verifiedOnly, setVerifiedOnly] = useState(data.settings.verifiedOnly);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const toggle = (id, keep) => {
    const next = new Set(excluded);
    if (keep) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };
  const save = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.patch(`${base}/settings`, { excludedCrawlerIds: [...excluded], verifiedOnly });
      toast("Crawler settings saved");
      onSaved();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  };
  return html`<${Card} title="AI crawlers" class="crawlers">
    <${Intro}>Hits from these crawlers are kept when your server reports them to <code>${location.origin}/api/bot-traffic</code>. Unchecked crawlers are dropped before anything is stored.<//>
    <form onSubmit=${save}>
      <div class="crawler-companies">
        ${data.companies.map(
          (c) => html`<fieldset class="crawler-company" key=${c.company}>
            <legend>${c.company}</legend>
            ${c.crawlers.map(
              (k) => html`<${Checkbox}
                key=${k.id}
                name=${`crawler-${k.id}`}
                label=${html`${k.name} <span class="muted small">${k.category.replace("_", " ")}</span>`}
                checked=${!excluded.has(k.id)}
                onChange=${(on) => toggle(k.id, on)}
              />`
            )}
          </fieldset>`
        )}
      </div>
      <div class="checks"><${Checkbox} name="verifiedOnly" label="Keep only crawlers verified by their IP address" checked=${verifiedOnly} onChange=${setVerifiedOnly} /></div>
      <${ErrorNote} error=${error} />
      <div class="form-actions"><${Button} kind="primary" type="submit" disabled=${busy}>${busy ? "Saving…" : "Save crawler settings"}<//></div>
    </form>
  <//>`;
}

// The `dfbot_` token: created, rotated or revoked here; its raw value shows once.
function TokenCard({ base, status, error, onChanged }) {
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const shown = (raw) => setDialog(html`<${SecretModal} title="Crawler request token" what="token" secret=${raw} onClose=${close} />`);
  const run = async (method) => {
    const data = method === "post" ? await api.post(`${base}/token`) : await api.put(`${base}/token`);
    onChanged();
    shown(data?.[0]?.requestAuthToken);
  };
  // Shown as asked at once (the box must not flip back while the change is saved).
  const [required, setRequired] = useState(null);
  useEffect(() => setRequired(null), [status?.requireAuthToken, status?.hasToken]);
  const requireToken = async (on) => {
    setRequired(on);
    try {
      await api.patch(`${base}/settings`, { requireAuthToken: on });
      toast(on ? "Reports now need the token" : "Reports no longer need the token");
    } catch (e) {
      setRequired(null);
      toast(e.message);
    }
    onChanged();
  };
  return html`<${Card} title="Request token" class="bot-token">
    <${Intro}>Servers reporting crawler hits send this token as <code>Authorization: Bearer dfbot_…</code>. Once it is required, reports without it are refused.<//>
    ${error && html`<${ErrorNote} error=${error} />`}
    ${!status
      ? html`<${Loading} />`
      : status.hasToken
        ? html`<div class="bot-token-status" data-token=${status.displayToken}>
              <span class="muted small">Token (masked), created ${fmtDateTime(status.createdAt)}</span>
              <code>${status.displayToken}</code>
            </div>
            <div class="checks"><${Checkbox} name="requireAuthToken" label="Require the token on every report" checked=${required ?? status.requireAuthToken} onChange=${requireToken} /></div>
            <div class="row-actions">
              <${Button} onClick=${() => run("put")}>Rotate token<//>
              <${Button}
                class="btn-danger"
                onClick=${() =>
                  setDialog(html`<${ConfirmModal}
                    title="Revoke the token?"
                    message="Reports signed with it are refused at once, and the token is no longer required."
                    confirmLabel="Revoke"
                    run=${async () => {
                      await api.del(`${base}/token`);
                      toast("Token revoked");
                      onChanged();
                    }}
                    onClose=${close}
                  />`)}
                >Revoke token<//
              >
            </div>`
        : html`<p class="muted">No token yet: anyone who knows the website id can report crawler hits.</p>
            <${Button} kind="primary" onClick=${() => run("post")}>Create token<//>`}
    ${dialog}
  <//>`;
}
