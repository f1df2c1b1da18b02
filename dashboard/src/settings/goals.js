// Goals: every goal the website has recorded, with how people read it on the dashboard (a
// display name, a color from the palette, a description). Customizing never renames the
// tracked event; resetting brings back the raw name and the automatic color.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Field, TextInput, Select, Form, Card, Modal, Table, Loading, ErrorNote, useData, fmtNumber, toast } from "../ui.js";
import { DeleteButton, Intro } from "./common.js";

export function GoalsSection({ websiteId }) {
  const base = `/api/v1/admin/websites/${websiteId}/goals`;
  const tracked = useData(() => api.get(base), [websiteId]);
  const looks = useData(() => api.getFull(`${base}/customizations`), [websiteId]);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const saved = () => {
    close();
    looks.reload();
  };
  const custom = new Map((looks.data?.data || []).map((c) => [c.goalName, c]));
  const palette = looks.data?.colors || [];
  // Recorded goals first (most completed first), then customized ones not recorded yet.
  const rows = [
    ...(tracked.data || []).map((g) => ({ name: g.name, total: g.total, visitors: g.uv })),
    ...[...custom.keys()].filter((name) => !(tracked.data || []).some((g) => g.name === name)).map((name) => ({ name, total: 0, visitors: 0 })),
  ].map((r) => ({ ...r, key: r.name, look: custom.get(r.name) }));
  const error = tracked.error || looks.error;
  return html`<${Card} title="Goals" class="goals-settings">
    <${Intro}>How each goal reads on the dashboard. The tracked event keeps its name; only its label, color and description change.<//>
    ${error && html`<${ErrorNote} error=${error} />`}
    ${(tracked.loading && !tracked.data) || (looks.loading && !looks.data)
      ? html`<${Loading} />`
      : html`<${Table}
          caption="Goals"
          empty="No goal recorded yet. Goals appear here once a visitor completes one."
          rows=${rows}
          columns=${[
            {
              key: "name",
              label: "Goal",
              render: (r) => html`<span class="goal-name">
                <span class="goal-dot" style=${r.look?.color ? { background: r.look.color } : {}} aria-hidden="true"></span>
                <strong>${r.look?.displayName || r.name}</strong>
                ${r.look?.displayName && html` <code class="muted small">${r.name}</code>`}
              </span>`,
            },
            { key: "total", label: "Completions", render: (r) => fmtNumber(r.total) },
            { key: "visitors", label: "Visitors", render: (r) => fmtNumber(r.visitors) },
            { key: "description", label: "Description", render: (r) => r.look?.description || html`<span class="muted">—</span>` },
            {
              key: "actions",
              label: html`<span class="sr-only">Actions</span>`,
              render: (r) => html`<div class="row-actions">
                <${Button}
                  class="btn-small"
                  aria-label=${`Customize goal ${r.name}`}
                  onClick=${() => setDialog(html`<${GoalModal} path=${`${base}/customizations`} goal=${r.name} look=${r.look} palette=${palette} onClose=${close} onSaved=${saved} />`)}
                  >Customize<//
                >
                ${r.look &&
                html`<${DeleteButton}
                  label="Reset"
                  what=${`goal ${r.name}`}
                  title="Reset this goal?"
                  message=${`"${r.name}" goes back to its raw name and the automatic color.`}
                  url=${`${base}/customizations?goalName=${encodeURIComponent(r.name)}`}
                  done="Goal reset"
                  onDone=${looks.reload}
                  openDialog=${setDialog}
                  closeDialog=${close}
                />`}
              </div>`,
            },
          ]}
        />`}
    ${dialog}
  <//>`;
}

// Empty fields are sent as null: the API clears them.
function GoalModal({ path, goal, look, palette, onClose, onSaved }) {
  const [displayName, setDisplayName] = useState(look?.displayName || "");
  const [color, setColor] = useState(look?.color || "");
  const [description, setDescription] = useState(look?.description || "");
  return html`<${Modal} title=${`Customize “${goal}”`} onClose=${onClose}>
    <${Form}
      submitLabel="Save goal"
      onSubmit=${async () => {
        await api.patch(path, {
          goalName: goal,
          displayName: displayName.trim() || null,
          color: color || null,
          description: description.trim() || null,
        });
        toast("Goal saved");
        onSaved();
      }}
    >
      <${Field} label="Display name" hint="Shown instead of the raw name"><${TextInput} name="goalDisplayName" maxlength="80" value=${displayName} onInput=${setDisplayName} /><//>
      <${Field} label="Color">
        <${Select}
          name="goalColor"
          value=${color}
          onChange=${setColor}
          options=${[["", "Automatic"], ...palette.map((c) => [c.color, c.label])]}
        />
      <//>
      <${Field} label="Description"><textarea class="input" name="goalDescription" maxlength="300" value=${description} onInput=${(e) => setDescription(e.currentTarget.value)}></textarea><//>
    <//>
  <//>`;
}
