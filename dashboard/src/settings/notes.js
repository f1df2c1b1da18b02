// Notes: annotations on the dashboard chart (a launch, a post that went viral). Private to
// the website's team, never on the public dashboard.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { html, Button, Field, TextInput, Form, Card, Modal, Table, Loading, ErrorNote, useData, fmtDateTime, toast } from "../ui.js";
import { DeleteButton, Intro } from "./common.js";

const PAGE = 100;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function NotesSection({ websiteId, site }) {
  const path = `/api/v1/admin/websites/${websiteId}/notes`;
  const [search, setSearch] = useState("");
  const notes = useData(() => api.getFull(path, { limit: PAGE, q: search.trim() || undefined }), [websiteId, search]);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const edit = (note) =>
    setDialog(html`<${NoteModal}
      path=${path}
      note=${note}
      timeZone=${site?.timezone}
      onClose=${close}
      onSaved=${() => {
        close();
        notes.reload();
      }}
    />`);
  const rows = notes.data?.data || [];
  const total = notes.data?.pagination?.total ?? rows.length;
  return html`<${Card} title="Notes" class="notes" actions=${html`<${Button} kind="primary" onClick=${() => edit(null)}>New note<//>`}>
    <${Intro}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${TextInput} type="search" name="noteSearch" placeholder="Search notes" value=${search} onInput=${setSearch} /></label>
      ${notes.data && html`<span class="muted small">${total} note${total === 1 ? "" : "s"}${total > rows.length ? `, newest ${rows.length} shown` : ""}</span>`}
    </div>
    ${notes.error && html`<${ErrorNote} error=${notes.error} />`}
    ${notes.loading && !notes.data
      ? html`<${Loading} />`
      : html`<${Table}
          caption="Notes"
          empty=${search ? "No note matches." : "No notes yet."}
          rows=${rows.map((n) => ({ ...n, key: n.id }))}
          columns=${[
            { key: "timestamp", label: "When", render: (n) => html`<span style="white-space:nowrap">${fmtDateTime(n.timestamp, site?.timezone)}</span>` },
            { key: "text", label: "Note", render: (n) => html`<span class="note-text">${n.text}</span>` },
            { key: "author", label: "By", render: (n) => n.author?.name || html`<span class="muted">—</span>` },
            {
              key: "actions",
              label: html`<span class="sr-only">Actions</span>`,
              render: (n) => html`<div class="row-actions">
                <${Button} class="btn-small" aria-label=${`Edit note ${n.text.slice(0, 30)}`} onClick=${() => edit(n)}>Edit<//>
                <${DeleteButton}
                  what=${`note ${n.text.slice(0, 30)}`}
                  title="Delete this note?"
                  message=${n.text}
                  url=${`${path}/${n.id}`}
                  done="Note deleted"
                  onDone=${notes.reload}
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

// Date and optional time in the website's zone: a date alone is sent as YYYY-MM-DD (midnight
// there); with a time, the offset of that zone at that moment is worked out here.
function NoteModal({ path, note, timeZone, onClose, onSaved }) {
  const initial = note ? splitInZone(note.timestamp, timeZone) : { date: today(), time: "" };
  const [text, setText] = useState(note?.text || "");
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  return html`<${Modal} title=${note ? "Edit note" : "New note"} onClose=${onClose}>
    <${Form}
      submitLabel=${note ? "Save note" : "Add note"}
      onSubmit=${async () => {
        const timestamp = time ? zonedIso(date, time, timeZone) : date;
        const body = { text: text.trim(), timestamp };
        if (note) await api.put(`${path}/${note.id}`, body);
        else await api.post(path, body);
        toast(note ? "Note saved" : "Note added");
        onSaved();
      }}
    >
      <${Field} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${Field} label="Date"><${TextInput} type="date" name="noteDate" required value=${date} onInput=${setDate} /><//>
        <${Field} label="Time" hint=${`Optional, ${timeZone || "UTC"}`}><${TextInput} type="time" name="noteTime" value=${time} onInput=${setTime} /><//>
      </div>
    <//>
  <//>`;
}

// The wall-clock parts of an instant in `timeZone`.
function parts(ms, timeZone) {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: timeZone || "UTC", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function splitInZone(iso, timeZone) {
  const p = parts(Date.parse(iso), timeZone);
  return { date: p.date, time: p.time === "00:00" ? "" : p.time };
}

// "2026-03-01" + "14:30" in `timeZone` → an ISO instant with Z.
function zonedIso(date, time, timeZone) {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let guess = wanted;
  // Two rounds settle the zone's offset, also across a DST change.
  for (let i = 0; i < 2; i++) {
    const p = parts(guess, timeZone);
    const shown = Date.parse(`${p.date}T${p.time}:00Z`);
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}
