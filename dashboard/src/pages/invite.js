// /invite/:token: someone invited to a website's team accepts, creating their account (or,
// when already logged in with the invited email, joining with that account).
import { useState } from "preact/hooks";
import { api, me, session } from "../api.js";
import { html, Field, TextInput, Form, Loading, ErrorNote, Card, useData } from "../ui.js";
import { forgetSites } from "../sites.js";

export function InvitePage({ params, navigate, onAuth }) {
  const path = `/api/v1/invitations/${encodeURIComponent(params.token)}`;
  const invite = useData(() => api.get(path), [params.token]);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const body = () => {
    if (invite.loading) return html`<${Loading} />`;
    if (invite.error) return html`<${ErrorNote} error=${invite.error} /><p><a href="/login">Log in</a></p>`;
    const inv = invite.data?.[0] || {};
    const site = inv.domain || "a website";
    const loggedInAsInvitee = me.user && me.user.email === inv.email;
    const finish = async () => {
      forgetSites();
      await session();
      onAuth?.();
      navigate(`/sites/${inv.websiteId}`, { replace: true });
    };
    const loginFirst = `/login?next=${encodeURIComponent(`/invite/${params.token}`)}`;
    if (me.user && !loggedInAsInvitee) {
      return html`<p>This invitation is for <strong>${inv.email}</strong>, and you are logged in as ${me.user.email}. Log out, then open this link again.</p>`;
    }
    if (!me.user && inv.accountExists) {
      return html`<p>You are invited to <strong>${site}</strong> as <strong>${inv.role}</strong>. An account with ${inv.email} exists:
        <a href=${loginFirst}>log in</a> to accept.</p>`;
    }
    return html`<p>You are invited to <strong>${site}</strong>${inv.role ? html` as <strong>${inv.role}</strong>` : ""}${inv.email ? html` (${inv.email})` : ""}.</p>
      ${loggedInAsInvitee
        ? html`<${Form} submitLabel="Accept the invitation" onSubmit=${async () => { await api.post(`${path}/accept`, {}); await finish(); }} />`
        : html`<${Form}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async () => {
              await api.post(`${path}/accept`, { name: name.trim(), password });
              // The account exists now: log in with it.
              await api.post("/api/auth/login", { email: inv.email, password });
              await finish();
            }}
          >
            <${Field} label="Your name"><${TextInput} name="name" required value=${name} onInput=${setName} /><//>
            <${Field} label="Choose a password" hint="At least 8 characters"
              ><${TextInput} type="password" name="password" autocomplete="new-password" minlength="8" required value=${password} onInput=${setPassword}
            /><//>
          <//>
`}`;
  };
  return html`<main class="auth" id="main"><div class="auth-card"><${Card} title="Join a website">${body()}<//></div></main>`;
}
