// /login and /setup (first run: the owner account, while the server has no user at all).
import { useEffect, useState } from "preact/hooks";
import { api, login, signup } from "../api.js";
import { html, Field, TextInput, Form, Loading } from "../ui.js";
import { forgetSites } from "../sites.js";

function safeNext(query) {
  const next = query.get("next") || "/";
  // Only paths of this app: never an absolute URL another site could slip in.
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

function AuthCard({ title, children, footer }) {
  return html`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${title}</h1>
      ${children}
      ${footer && html`<div class="auth-foot muted">${footer}</div>`}
    </div>
  </main>`;
}

export function LoginPage({ query, navigate, onAuth }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [signupOpen, setSignupOpen] = useState(false);
  useEffect(() => {
    // A fresh server has nobody to log in: send the first visitor to the owner sign-up.
    api.get("/api/auth/signup").then(
      (d) => {
        if (d?.[0]?.signupOpen) {
          setSignupOpen(true);
          navigate("/setup", { replace: true });
        }
      },
      () => {}
    );
  }, []);
  return html`<${AuthCard}
    title="Log in"
    footer=${signupOpen ? html`<a href="/setup">Create the owner account</a>` : "No account? Ask an owner of a website for an invitation."}
  >
    <${Form}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async () => {
        await login(email.trim(), password);
        forgetSites();
        onAuth?.();
        navigate(safeNext(query), { replace: true });
      }}
    >
      <${Field} label="Email"><${TextInput} type="email" name="email" autocomplete="username" required value=${email} onInput=${setEmail} /><//>
      <${Field} label="Password"><${TextInput} type="password" name="password" autocomplete="current-password" required value=${password} onInput=${setPassword} /><//>
    <//>
  <//>`;
}

export function SetupPage({ navigate, onAuth }) {
  const [state, setState] = useState({ checked: false, open: false });
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  useEffect(() => {
    api.get("/api/auth/signup").then(
      (d) => setState({ checked: true, open: !!d?.[0]?.signupOpen }),
      () => setState({ checked: true, open: true })
    );
  }, []);
  if (!state.checked) return html`<${Loading} />`;
  if (!state.open) {
    return html`<${AuthCard} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`;
  }
  return html`<${AuthCard} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${Form}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async () => {
        await signup(email.trim(), password, name.trim());
        forgetSites();
        onAuth?.();
        navigate("/?welcome=1", { replace: true });
      }}
    >
      <${Field} label="Your name"><${TextInput} name="name" autocomplete="name" value=${name} onInput=${setName} /><//>
      <${Field} label="Email"><${TextInput} type="email" name="email" autocomplete="username" required value=${email} onInput=${setEmail} /><//>
      <${Field} label="Password" hint="At least 8 characters"
        ><${TextInput} type="password" name="password" autocomplete="new-password" minlength="8" required value=${password} onInput=${setPassword}
      /><//>
    <//>
  <//>`;
}
