// Funnels: ordered steps (a page visited or a goal completed) whose conversion the dashboard's
// funnel panel shows. Create and edit in a dialog, delete with a confirmation.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Field, TextInput, Select, Form, Card, Modal, Table, Loading, ErrorNote, useData, toast } from "../ui.js";
import { DeleteButton, Intro } from "./common.js";

function stepText(s) {
  return s.type === "goal" ? `goal ${s.goalName}` : s.url;
}

export function FunnelsSection({ websiteId }) {
  const path = `/api/v1/admin/websites/${websiteId}/funnels`;
  const funnels = useData(() => api.get(path), [websiteId]);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const edit = (funnel) =>
    setDialog(html`<${FunnelModal}
      path=${path}
      funnel=${funnel}
      onClose=${close}
      onSaved=${() => {
        close();
        funnels.reload();
      }}
    />`);
  return html`<${Card} title="Funnels" class="funnels" actions=${html`<${Button} kind="primary" onClick=${() => edit(null)}>New funnel<//>`}>
    <${Intro}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${funnels.error && html`<${ErrorNote} error=${funnels.error} />`}
    ${funnels.loading && !funnels.data
      ? html`<${Loading} />`
      : html`<${Table}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(funnels.data || []).map((f) => ({ ...f, key: f._id }))}
          columns=${[
            { key: "name", label: "Name" },
            { key: "steps", label: "Steps", render: (f) => html`<span class="small">${f.steps.map((s) => `${s.name} (${stepText(s)})`).join(" → ")}</span>` },
            {
              key: "actions",
              label: html`<span class="sr-only">Actions</span>`,
              render: (f) => html`<div class="row-actions">
                <${Button} class="btn-small" aria-label=${`Edit ${f.name}`} onClick=${() => edit(f)}>Edit<//>
                <${DeleteButton}
                  what=${f.name}
                  title="Delete this funnel?"
                  message=${`"${f.name}" disappears from the dashboard.`}
                  url=${`${path}/${f._id}`}
                  done="Funnel deleted"
                  onDone=${funnels.reload}
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

const blankStep = () => ({ name: "", type: "pageview", url: "", goalName: "" });

function FunnelModal({ path, funnel, onClose, onSaved }) {
  const [name, setName] = useState(funnel?.name || "");
  const [steps, setSteps] = useState(
    funnel ? funnel.steps.map((s) => ({ id: s.id, name: s.name, type: s.type, url: s.url || "", goalName: s.goalName || "" })) : [blankStep(), blankStep()]
  );
  const change = (i, patch) => setSteps((xs) => xs.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return html`<${Modal} title=${funnel ? "Edit funnel" : "New funnel"} onClose=${onClose}>
    <${Form}
      submitLabel=${funnel ? "Save funnel" : "Create funnel"}
      onSubmit=${async () => {
        const body = {
          name: name.trim(),
          steps: steps.map((s) => {
            const step = { name: s.name.trim(), type: s.type };
            if (s.id) step.id = s.id;
            if (s.type === "goal") step.goalName = s.goalName.trim();
            else step.url = s.url.trim();
            return step;
          }),
        };
        if (funnel) await api.put(`${path}/${funnel._id}`, body);
        else await api.post(path, body);
        toast(funnel ? "Funnel saved" : "Funnel created");
        onSaved();
      }}
    >
      <${Field} label="Funnel name"><${TextInput} name="funnelName" required value=${name} onInput=${setName} maxlength="100" /><//>
      ${steps.map(
        (s, i) => html`<fieldset class="group" key=${i}>
          <legend>Step ${i + 1}</legend>
          <div class="grid-2">
            <${Field} label=${`Step ${i + 1} name`}><${TextInput} name=${`stepName${i}`} required value=${s.name} onInput=${(v) => change(i, { name: v })} /><//>
            <${Field} label=${`Step ${i + 1} kind`}
              ><${Select} name=${`stepType${i}`} value=${s.type} onChange=${(v) => change(i, { type: v })} options=${[["pageview", "Page visited"], ["goal", "Goal completed"]]}
            /><//>
          </div>
          ${s.type === "goal"
            ? html`<${Field} label=${`Step ${i + 1} goal`}><${TextInput} name=${`stepGoal${i}`} required value=${s.goalName} onInput=${(v) => change(i, { goalName: v })} /><//>`
            : html`<${Field} label=${`Step ${i + 1} page`} hint="A path; * matches anything"
                ><${TextInput} name=${`stepUrl${i}`} required placeholder="/pricing" value=${s.url} onInput=${(v) => change(i, { url: v })}
              /><//>`}
          ${steps.length > 2 &&
          html`<${Button} class="btn-small btn-danger" onClick=${() => setSteps((xs) => xs.filter((_, j) => j !== i))}>Remove step ${i + 1}<//>`}
        </fieldset>`
      )}
      <div><${Button} class="btn-small" onClick=${() => setSteps((xs) => [...xs, blankStep()])}>Add a step<//></div>
    <//>
  <//>`;
}
