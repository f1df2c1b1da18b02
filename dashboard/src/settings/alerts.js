// Goal alerts: an email to the website owner each time a goal is completed. List with the
// latest deliveries, create/edit in a dialog, delete, and the delivery history.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Field, TextInput, Checkbox, Form, Card, Modal, Table, Loading, ErrorNote, useData, fmtDateTime, toast } from "../ui.js";
import { DeleteButton, Intro } from "./common.js";

function StatusBadge({ status }) {
  return html`<span class=${`badge ${status === "sent" ? "badge-ok" : "badge-bad"}`}>${status}</span>`;
}

export function AlertsSection({ websiteId }) {
  const path = `/api/v1/admin/websites/${websiteId}/alerts`;
  const alerts = useData(() => api.get(path), [websiteId]);
  const history = useData(() => api.getFull(`${path}/history`, { limit: 50 }), [websiteId]);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const saved = () => {
    close();
    alerts.reload();
    history.reload();
  };
  const edit = (alert) => setDialog(html`<${AlertModal} path=${path} alert=${alert} onClose=${close} onSaved=${saved} />`);
  return html`
    <${Card} title="Goal alerts" class="alerts" actions=${html`<${Button} kind="primary" onClick=${() => edit(null)}>New alert<//>`}>
      <${Intro}>An email to the website owner each time a visitor completes the goal.<//>
      ${alerts.error && html`<${ErrorNote} error=${alerts.error} />`}
      ${alerts.loading && !alerts.data
        ? html`<${Loading} />`
        : html`<${Table}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(alerts.data || []).map((a) => ({ ...a, key: a._id }))}
            columns=${[
              { key: "name", label: "Name" },
              { key: "goal", label: "Goal", render: (a) => html`<code>${a.trigger?.goalName}</code>` },
              { key: "isEnabled", label: "Status", render: (a) => html`<span class="badge">${a.isEnabled ? "on" : "paused"}</span>` },
              {
                key: "last",
                label: "Last delivery",
                render: (a) => (a.recentLogs?.[0] ? html`<${StatusBadge} status=${a.recentLogs[0].status} /> ${fmtDateTime(a.recentLogs[0].triggeredAt)}` : html`<span class="muted">Never</span>`),
              },
              {
                key: "actions",
                label: html`<span class="sr-only">Actions</span>`,
                render: (a) => html`<div class="row-actions">
                  <${Button} class="btn-small" aria-label=${`Edit ${a.name}`} onClick=${() => edit(a)}>Edit<//>
                  <${DeleteButton}
                    what=${a.name}
                    title="Delete this alert?"
                    message=${`"${a.name}" stops sending emails. Its history stays.`}
                    url=${`${path}/${a._id}`}
                    done="Alert deleted"
                    onDone=${alerts.reload}
                    openDialog=${setDialog}
                    closeDialog=${close}
                  />
                </div>`,
              },
            ]}
          />`}
    <//>
    <${Card} title="Delivery history" class="alert-history" actions=${html`<${Button} class="btn-small" onClick=${history.reload}>Refresh<//>`}>
      ${history.error && html`<${ErrorNote} error=${history.error} />`}
      ${history.data &&
      html`<div class="counts">
        <span><strong>${history.data.counts?.sent ?? 0}</strong> sent</span>
        <span><strong>${history.data.counts?.failed ?? 0}</strong> failed</span>
      </div>`}
      ${history.loading && !history.data
        ? html`<${Loading} />`
        : html`<${Table}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${history.data?.data || []}
            columns=${[
              { key: "triggeredAt", label: "When", render: (l) => fmtDateTime(l.triggeredAt) },
              { key: "alertName", label: "Alert" },
              { key: "goalName", label: "Goal", render: (l) => html`<code>${l.goalName}</code>` },
              { key: "status", label: "Status", render: (l) => html`<${StatusBadge} status=${l.status} />${l.error ? html` <span class="small muted">${l.error}</span>` : ""}` },
            ]}
          />`}
    <//>
    ${dialog}
  `;
}

function AlertModal({ path, alert, onClose, onSaved }) {
  const [name, setName] = useState(alert?.name || "");
  const [goal, setGoal] = useState(alert?.trigger?.goalName || "");
  const [subject, setSubject] = useState(alert?.template?.subject || "");
  const [message, setMessage] = useState(alert?.template?.message || "Someone just completed {{goal}} on {{website}}.");
  const [enabled, setEnabled] = useState(alert ? alert.isEnabled : true);
  return html`<${Modal} title=${alert ? "Edit alert" : "New alert"} onClose=${onClose}>
    <${Form}
      submitLabel=${alert ? "Save alert" : "Create alert"}
      onSubmit=${async () => {
        const body = {
          name: name.trim(),
          trigger: { type: "goal", goalName: goal.trim() },
          destination: { type: "email" },
          template: { subject: subject.trim() || null, message: message.trim() },
          isEnabled: enabled,
        };
        if (alert) await api.put(`${path}/${alert._id}`, body);
        else await api.post(path, body);
        toast(alert ? "Alert saved" : "Alert created");
        onSaved();
      }}
    >
      <${Field} label="Name"><${TextInput} name="alertName" required value=${name} onInput=${setName} maxlength="100" /><//>
      <${Field} label="Goal" hint="The goal name your site sends, e.g. signup"><${TextInput} name="alertGoal" required value=${goal} onInput=${setGoal} /><//>
      <${Field} label="Subject" hint="Empty: the standard subject"><${TextInput} name="alertSubject" value=${subject} onInput=${setSubject} maxlength="200" /><//>
      <${Field} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${message} onInput=${(e) => setMessage(e.currentTarget.value)}></textarea>
      <//>
      <${Checkbox} name="alertEnabled" checked=${enabled} onChange=${setEnabled} label="Enabled" />
    <//>
  <//>`;
}
