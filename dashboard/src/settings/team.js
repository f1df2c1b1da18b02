// Team and invitations. Everyone with access sees the team; only the owner invites and
// removes (the API says 403 to anyone else). An invitation's link is shown once, when it is
// created: the server keeps only a hash of its secret.
import { useState } from "preact/hooks";
import { api, me } from "../api.js";
import { html, Button, Field, TextInput, Select, Form, Card, Modal, Table, Loading, ErrorNote, CopyBlock, useData, fmtDateTime, toast } from "../ui.js";
import { ConfirmModal, Intro } from "./common.js";

// The dashboard's page for an invitation link (/invite/:token) rather than the API URL.
function dashboardLink(inviteUrl) {
  const token = inviteUrl.split("/").pop();
  return `${window.location.origin}/invite/${token}`;
}

export function TeamSection({ websiteId, role }) {
  const path = `/api/v1/admin/websites/${websiteId}/team`;
  const team = useData(() => Promise.all([api.get(path), api.get(`${path}/invitations`)]), [websiteId]);
  const [dialog, setDialog] = useState(null);
  const close = () => setDialog(null);
  const isOwner = role === "owner";
  const [members, invitations] = team.data || [[], []];
  const remove = (title, message, body, done) =>
    setDialog(html`<${ConfirmModal}
      title=${title}
      message=${message}
      confirmLabel="Remove"
      run=${async () => {
        await api.del(path, body);
        toast(done);
        team.reload();
      }}
      onClose=${close}
    />`);
  return html`
    ${isOwner && html`<${InviteCard} path=${path} onInvited=${(data) => {
      team.reload();
      setDialog(html`<${InvitationLinkModal} invitation=${data[0]} onClose=${close} />`);
    }} />`}
    <${Card} title="Members" class="team-members">
      ${!isOwner && html`<${Intro}>Only the website owner can invite or remove people.<//>`}
      ${team.error && html`<${ErrorNote} error=${team.error} />`}
      ${team.loading && !team.data
        ? html`<${Loading} />`
        : html`<${Table}
            caption="Members"
            rows=${members.map((m) => ({ ...m, key: m.userId }))}
            columns=${[
              { key: "name", label: "Name", render: (m) => html`${m.name || m.email}${m.email === me.user?.email ? html` <span class="badge">you</span>` : ""}` },
              { key: "email", label: "Email" },
              { key: "role", label: "Role", render: (m) => html`<span class="badge">${m.role}</span>` },
              { key: "joinedAt", label: "Joined", render: (m) => fmtDateTime(m.joinedAt) },
              {
                key: "actions",
                label: html`<span class="sr-only">Actions</span>`,
                render: (m) =>
                  isOwner && m.role !== "owner"
                    ? html`<div class="row-actions"><${Button}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${m.email}`}
                        onClick=${() => remove("Remove this person?", `${m.email} loses access to this website at once, with their tokens and keys for it.`, { userId: m.userId }, "Team member removed")}
                        >Remove<//
                      ></div>`
                    : "",
              },
            ]}
          />`}
    <//>
    <${Card} title="Pending invitations" class="team-invitations">
      ${team.loading && !team.data
        ? html`<${Loading} />`
        : html`<${Table}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${invitations.map((i) => ({ ...i, key: i.invitationId }))}
            columns=${[
              { key: "email", label: "Email" },
              { key: "role", label: "Role", render: (i) => html`<span class="badge">${i.role}</span>` },
              { key: "createdAt", label: "Invited", render: (i) => fmtDateTime(i.createdAt) },
              { key: "expiresAt", label: "Expires", render: (i) => fmtDateTime(i.expiresAt) },
              {
                key: "actions",
                label: html`<span class="sr-only">Actions</span>`,
                render: (i) =>
                  isOwner
                    ? html`<div class="row-actions"><${Button}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${i.email}`}
                        onClick=${() => remove("Revoke this invitation?", `The link sent to ${i.email} stops working.`, { invitationId: i.invitationId }, "Invitation revoked")}
                        >Revoke<//
                      ></div>`
                    : "",
              },
            ]}
          />`}
    <//>
    ${dialog}
  `;
}

function InviteCard({ path, onInvited }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("viewer");
  return html`<${Card} title="Invite someone">
    <${Intro}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${Form}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async () => {
        const data = await api.post(path, { email: email.trim(), role });
        setEmail("");
        onInvited(data);
      }}
    >
      <div class="grid-2">
        <${Field} label="Email"><${TextInput} type="email" name="inviteEmail" required value=${email} onInput=${setEmail} autocomplete="off" /><//>
        <${Field} label="Role"><${Select} name="inviteRole" value=${role} onChange=${setRole} options=${[["viewer", "Viewer"], ["member", "Member"]]} /><//>
      </div>
    <//>
  <//>`;
}

function InvitationLinkModal({ invitation, onClose }) {
  const link = dashboardLink(invitation.inviteUrl);
  return html`<${Modal} title="Invitation created" onClose=${onClose} footer=${html`<${Button} kind="primary" onClick=${onClose}>Done<//>`}>
    <p>Send this link to <strong>${invitation.email}</strong> (${invitation.role}). It works once, until ${fmtDateTime(invitation.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${CopyBlock} text=${link} label="Copy link" /></div>
  <//>`;
}
