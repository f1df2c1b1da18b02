import{A as oe,B as ye,C as oo,a as ao,b as T,c as Dt,d as Ra,f as p,g as ze,h as Pt,i as un,j as so,k as Fe,l as Qn,m as ce,n as Xn,o as Q,p as B,q as se,r as bt,s as tt,t as vt,u as dt,v as qt,w as Ie,x as Na,y as le,z as ue}from"/assets/chunk-5KCA4ZVZ.js";var jl=class extends Error{constructor(t,l){super(l),this.code=t}},Re={user:null,csrfToken:null};function Bi(e,t){let l=new URLSearchParams;for(let[a,o]of Object.entries(t||{}))o==null||o===""||l.set(a,String(o));let n=l.toString();return n?`${e}?${n}`:e}async function el(e,t,{query:l,body:n}={}){let a={Accept:"application/json"};n!==void 0&&(a["Content-Type"]="application/json"),e!=="GET"&&Re.csrfToken&&(a["X-CSRF-Token"]=Re.csrfToken);let o;try{o=await fetch(Bi(t,l),{method:e,headers:a,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)})}catch{throw new jl(0,"The server cannot be reached")}let i=null;try{i=await o.json()}catch{}if(o.ok&&i&&i.status==="success")return i;if(o.ok&&i&&i.status===void 0)return{status:"success",data:i};let u=i?.error?.message||`${o.status} ${o.statusText||"error"}`;throw o.status===401&&typeof M.onUnauthorized=="function"&&M.onUnauthorized(),new jl(i?.error?.code||o.status,u)}var M={async get(e,t){return(await el("GET",e,{query:t})).data},async getFull(e,t){return el("GET",e,{query:t})},async post(e,t){return(await el("POST",e,{body:t??{}})).data},async put(e,t){return(await el("PUT",e,{body:t??{}})).data},async patch(e,t){return(await el("PATCH",e,{body:t??{}})).data},async del(e,t){return(await el("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function wl(e){let t=Array.isArray(e)?e[0]:e;return Re.user=t?.user||null,Re.csrfToken=t?.csrfToken||null,Re}async function Gl(){try{return wl(await M.get("/api/auth/session"))}catch(e){if(e.code===401)return wl(null);throw e}}async function ro(e,t){return wl(await M.post("/api/auth/login",{email:e,password:t}))}async function io(e,t,l){return wl(await M.post("/api/auth/signup",{email:e,password:t,name:l||void 0}))}async function co(){try{await M.post("/api/auth/logout",{})}finally{wl(null)}}var dn=null;async function kl(){return dn=await M.get("/api/v1/admin/websites"),dn}function uo(){return dn}function Kl(e){return dn?.find(t=>t._id===e)||null}function po(e,t){dn&&(dn=dn.map(l=>l._id===e?{...l,...t}:l))}function xl(){dn=null}function ji(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function za({title:e,children:t,footer:l}){return p`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${l&&p`<div class="auth-foot muted">${l}</div>`}
    </div>
  </main>`}function mo({query:e,navigate:t,onAuth:l}){let[n,a]=T(""),[o,i]=T(""),[u,c]=T(!1);return Dt(()=>{M.get("/api/auth/signup").then(d=>{d?.[0]?.signupOpen&&(c(!0),t("/setup",{replace:!0}))},()=>{})},[]),p`<${za}
    title="Log in"
    footer=${u?p`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${ye}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await ro(n.trim(),o),xl(),l?.(),t(ji(e),{replace:!0})}}
    >
      <${B} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${n} onInput=${a} /><//>
      <${B} label="Password"><${se} type="password" name="password" autocomplete="current-password" required value=${o} onInput=${i} /><//>
    <//>
  <//>`}function fo({navigate:e,onAuth:t}){let[l,n]=T({checked:!1,open:!1}),[a,o]=T(""),[i,u]=T(""),[c,d]=T("");return Dt(()=>{M.get("/api/auth/signup").then(h=>n({checked:!0,open:!!h?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),l.checked?l.open?p`<${za} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${ye}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await io(i.trim(),c,a.trim()),xl(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${B} label="Your name"><${se} name="name" autocomplete="name" value=${a} onInput=${o} /><//>
      <${B} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${i} onInput=${u} /><//>
      <${B} label="Password" hint="At least 8 characters"
        ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${c} onInput=${d}
      /><//>
    <//>
  <//>`:p`<${za} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:p`<${ue} />`}function Gi(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function go({site:e,onFirstEvent:t}){let[l,n]=T(!1);return Xn(async()=>{if(l)return;((await M.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,l]),p`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${qt} text=${Gi(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${l?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${l?p`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}function Ki(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function Yi({onAdded:e,onCancel:t}){let[l,n]=T(""),[a,o]=T(""),[i,u]=T(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return p`<${oe} title="Add a website">
    <${ye}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&p`<${Q} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let c=l.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),d=await M.post("/api/v1/admin/websites",{domain:c,name:a.trim()||c,timezone:i});await e(d[0])}}
    >
      <div class="grid-2">
        <${B} label="Domain" hint="Without https://, e.g. example.com"
          ><${se} name="domain" required placeholder="example.com" value=${l} onInput=${n}
        /><//>
        <${B} label="Name"><${se} name="name" placeholder="My site" value=${a} onInput=${o} /><//>
      </div>
      <${B} label="Time zone" hint="Days and charts follow this zone"
        ><${bt} name="timezone" value=${i} onChange=${u} options=${Ki()}
      /><//>
    <//>
  <//>`}function qi({site:e}){let{data:t}=ce(()=>M.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",...Zi()}),[e._id]);return p`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${ze(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function Zi(){let e=n=>n.toISOString().slice(0,10),t=new Date,l=new Date(t.getTime()-6*864e5);return{startAt:e(l),endAt:e(t)}}function ho({query:e,navigate:t}){let l=ce(()=>kl(),[]),[n,a]=T(!1),[o,i]=T(null);if(l.loading&&!l.data)return p`<${ue} />`;if(l.error)return p`<main class="page"><${le} error=${l.error} /></main>`;let u=l.data||[],c=n||u.length===0&&!o;return p`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${u.length>0&&!c&&p`<${Q} kind="primary" onClick=${()=>a(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&u.length===0&&p`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${c&&p`<${Yi}
      onCancel=${u.length>0?()=>a(!1):null}
      onAdded=${async d=>{let h=await kl();l.reload(),a(!1),i(h.find(g=>g._id===d.websiteId)||null)}}
    />`}
    ${o&&p`<div class="stack">
      <${go} site=${o} />
      <p><a class="btn btn-primary" href=${`/sites/${o._id}`}>Open the dashboard</a></p>
    </div>`}
    ${u.length>0&&p`<ul class="site-list card">${u.map(d=>p`<${qi} key=${d._id} site=${d} />`)}</ul>`}
  </main>`}var Oa=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var Ji="2015-01-01";function Va(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Cl(e){let[t,l,n]=e.split("-").map(Number);return new Date(Date.UTC(t,l-1,n))}function $o(e){return e.toISOString().slice(0,10)}function Zt(e,t){let l=Cl(e);return l.setUTCDate(l.getUTCDate()+t),$o(l)}function Sl(e,t){let l=Cl(e),n=new Date(Date.UTC(l.getUTCFullYear(),l.getUTCMonth()+t,1)),a=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(l.getUTCDate(),a)),$o(n)}function Fa(e,t){return Math.round((Cl(t)-Cl(e))/864e5)}var Yl=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Ua({preset:e,from:t,to:l},n,a=new Date){let o=Va(n,a),i=(c,d)=>({startAt:c,endAt:d,prevStartAt:Zt(c,-(Fa(c,d)+1)),prevEndAt:Zt(c,-1)}),u;switch(e){case"today":u={...i(o,o),interval:"hour"};break;case"yesterday":u={...i(Zt(o,-1),Zt(o,-1)),interval:"hour"};break;case"24h":{let c=new Date(Math.floor(a.getTime()/6e4)*6e4),d=new Date(c.getTime()-864e5),h=new Date(d.getTime()-864e5);u={startAt:d.toISOString(),endAt:c.toISOString(),prevStartAt:h.toISOString(),prevEndAt:new Date(d.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":u={...i(Zt(o,-6),o),interval:"day"};break;case"30d":u={...i(Zt(o,-29),o),interval:"day"};break;case"12m":u={...i(Zt(Sl(o,-12),1),o),interval:"month"};break;case"week":{let c=(Cl(o).getUTCDay()+6)%7,d=Zt(o,-c);u={startAt:d,endAt:o,prevStartAt:Zt(d,-7),prevEndAt:Zt(o,-7),interval:"day"};break}case"month":{let c=o.slice(0,8)+"01";u={startAt:c,endAt:o,prevStartAt:Sl(c,-1),prevEndAt:Sl(o,-1),interval:"day"};break}case"year":{let c=o.slice(0,5)+"01-01";u={startAt:c,endAt:o,prevStartAt:Sl(c,-12),prevEndAt:Sl(o,-12),interval:"month"};break}case"all":u={chartStartAt:Ji,chartEndAt:o,interval:"month"};break;case"custom":if(Yl(t)&&Yl(l)&&t<=l){let c=Fa(t,l);u={...i(t,l),interval:c===0?"hour":c<=62?"day":c<=400?"week":"month"};break}default:return Ua({preset:"30d"},n,a)}return{preset:e,...u,label:Oa.find(([c])=>c===e)?.[1]||e}}function bo(e){let t=e.startAt||e.chartStartAt,l=e.endAt||e.chartEndAt,n=Yl(t)&&Yl(l)?Fa(t,l)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,o])=>o).map(([o,i])=>[o,i])}var Qi="uplot",Xi="u-hz",ec="u-vt",tc="u-title",nc="u-wrap",lc="u-under",ac="u-over",sc="u-axis",An="u-off",oc="u-select",rc="u-cursor-x",ic="u-cursor-y",cc="u-cursor-pt",uc="u-legend",dc="u-live",pc="u-inline",mc="u-series",fc="u-marker",vo="u-label",gc="u-value",Al="width",_l="height";var yo="bottom",tl="left",Wa="right",ss="#000",wo=ss+"0",Ha="mousemove",ko="mousedown",Ba="mouseup",xo="mouseenter",So="mouseleave",Co="dblclick",hc="resize",$c="scroll",To="change",Xl="dppxchange",os="--",il=typeof window<"u",qa=il?document:null,ll=il?window:null,bc=il?navigator:null,ge,ql;function Za(){let e=devicePixelRatio;ge!=e&&(ge=e,ql&&Qa(To,ql,Za),ql=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),_n(To,ql,Za),ll.dispatchEvent(new CustomEvent(Xl)))}function yt(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Ja(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function Ae(e,t,l){e.style[t]=l+"px"}function Ft(e,t,l,n){let a=qa.createElement(e);return t!=null&&yt(a,t),l?.insertBefore(a,n),a}function Et(e,t){return Ft("div",e,t)}var Ao=new WeakMap;function Jt(e,t,l,n,a){let o="translate("+t+"px,"+l+"px)",i=Ao.get(e);o!=i&&(e.style.transform=o,Ao.set(e,o),t<0||l<0||t>n||l>a?yt(e,An):Ja(e,An))}var _o=new WeakMap;function Do(e,t,l){let n=t+l,a=_o.get(e);n!=a&&(_o.set(e,n),e.style.background=t,e.style.borderColor=l)}var Po=new WeakMap;function Eo(e,t,l,n){let a=t+""+l,o=Po.get(e);a!=o&&(Po.set(e,a),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var rs={passive:!0},vc={...rs,capture:!0};function _n(e,t,l,n){t.addEventListener(e,l,n?vc:rs)}function Qa(e,t,l,n){t.removeEventListener(e,l,rs)}il&&Za();function Ot(e,t,l,n){let a;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)a=o?l+n>>1:wt((l+n)/2),t[a]<e?l=a:n=a;return e-t[l]<=t[n]-e?l:n}function sr(e){return(l,n,a)=>{let o=-1,i=-1;for(let u=n;u<=a;u++)if(e(l[u])){o=u;break}for(let u=a;u>=n;u--)if(e(l[u])){i=u;break}return[o,i]}}var or=e=>e!=null,rr=e=>e!=null&&e>0,na=sr(or),yc=sr(rr);function wc(e,t,l,n=0,a=!1){let o=a?yc:na,i=a?rr:or;[t,l]=o(e,t,l);let u=e[t],c=e[t];if(t>-1)if(n==1)u=e[t],c=e[l];else if(n==-1)u=e[l],c=e[t];else for(let d=t;d<=l;d++){let h=e[d];i(h)&&(h<u?u=h:h>c&&(c=h))}return[u??we,c??-we]}function la(e,t,l,n){let a=Io(e),o=Io(t);e==t&&(a==-1?(e*=l,t/=l):(e/=l,t*=l));let i=l==10?tn:ir,u=a==1?wt:Mt,c=o==1?Mt:wt,d=u(i(He(e))),h=c(i(He(t))),g=al(l,d),b=al(l,h);return l==10&&(d<0&&(g=ke(g,-d)),h<0&&(b=ke(b,-h))),n||l==2?(e=g*a,t=b*o):(e=pr(e,g),t=aa(t,b)),[e,t]}function is(e,t,l,n){let a=la(e,t,l,n);return e==0&&(a[0]=0),t==0&&(a[1]=0),a}var cs=.1,Mo={mode:3,pad:cs},Pl={pad:0,soft:null,mode:0},kc={min:Pl,max:Pl};function ea(e,t,l,n){return sa(l)?Lo(e,t,l):(Pl.pad=l,Pl.soft=n?0:null,Pl.mode=n?3:0,Lo(e,t,kc))}function me(e,t){return e??t}function xc(e,t,l){for(t=me(t,0),l=me(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Lo(e,t,l){let n=l.min,a=l.max,o=me(n.pad,0),i=me(a.pad,0),u=me(n.hard,-we),c=me(a.hard,we),d=me(n.soft,we),h=me(a.soft,-we),g=me(n.mode,0),b=me(a.mode,0),x=t-e,y=tn(x),_=rt(He(e),He(t)),D=tn(_),L=He(D-y);(x<1e-24||L>10)&&(x=0,(e==0||t==0)&&(x=1e-24,g==2&&d!=we&&(o=0),b==2&&h!=-we&&(i=0)));let w=x||_||1e3,E=tn(w),A=al(10,wt(E)),q=w*(x==0?e==0?.1:1:o),z=ke(pr(e-q,A/10),24),ee=e>=d&&(g==1||g==3&&z<=d||g==2&&z>=d)?d:we,K=rt(u,z<ee&&e>=ee?ee:Vt(ee,z)),te=w*(x==0?t==0?.1:1:i),Y=ke(aa(t+te,A/10),24),S=t<=h&&(b==1||b==3&&Y>=h||b==2&&Y<=h)?h:-we,j=Vt(c,Y>S&&t<=S?S:rt(S,Y));return K==j&&K==0&&(j=100),[K,j]}var Sc=new Intl.NumberFormat(il?bc.language:"en-US"),us=e=>Sc.format(e),kt=Math,Ql=kt.PI,He=kt.abs,wt=kt.floor,We=kt.round,Mt=kt.ceil,Vt=kt.min,rt=kt.max,al=kt.pow,Io=kt.sign,tn=kt.log10,ir=kt.log2,Cc=(e,t=1)=>kt.sinh(e)*t,ja=(e,t=1)=>kt.asinh(e/t),we=1/0;function Ro(e){return(tn((e^e>>31)-(e>>31))|0)+1}function Xa(e,t,l){return Vt(rt(e,t),l)}function cr(e){return typeof e=="function"}function re(e){return cr(e)?e:()=>e}var Tc=()=>{},ur=e=>e,dr=(e,t)=>t,Ac=e=>null,No=e=>!0,zo=(e,t)=>e==t,_c=/\.\d*?(?=9{6,}|0{6,})/gm,Dn=e=>{if(fr(e)||mn.has(e))return e;let t=`${e}`,l=t.match(_c);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[a,o]=t.split("e");return+`${Dn(a)}e${o}`}return ke(e,n)};function Cn(e,t){return Dn(ke(Dn(e/t))*t)}function aa(e,t){return Dn(Mt(Dn(e/t))*t)}function pr(e,t){return Dn(wt(Dn(e/t))*t)}function ke(e,t=0){if(fr(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return We(n)/l}var mn=new Map;function mr(e){return((""+e).split(".")[1]||"").length}function Ml(e,t,l,n){let a=[],o=n.map(mr);for(let i=t;i<l;i++){let u=He(i),c=ke(al(e,i),u);for(let d=0;d<n.length;d++){let h=e==10?+`${n[d]}e${i}`:n[d]*c,g=(i>=0?0:u)+(i>=o[d]?0:o[d]),b=e==10?h:ke(h,g);a.push(b),mn.set(b,g)}}return a}var El={},ds=[],sl=[null,null],pn=Array.isArray,fr=Number.isInteger,Dc=e=>e===void 0;function Fo(e){return typeof e=="string"}function sa(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Pc(e){return e!=null&&typeof e=="object"}var Ec=Object.getPrototypeOf(Uint8Array),gr="__proto__";function ol(e,t=sa){let l;if(pn(e)){let n=e.find(a=>a!=null);if(pn(n)||t(n)){l=Array(e.length);for(let a=0;a<e.length;a++)l[a]=ol(e[a],t)}else l=e.slice()}else if(e instanceof Ec)l=e.slice();else if(t(e)){l={};for(let n in e)n!=gr&&(l[n]=ol(e[n],t))}else l=e;return l}function Oe(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let a in n)a!=gr&&(sa(e[a])?Oe(e[a],ol(n[a])):e[a]=ol(n[a]))}return e}var Mc=0,Lc=1,Ic=2;function Rc(e,t,l){for(let n=0,a,o=-1;n<t.length;n++){let i=t[n];if(i>o){for(a=i-1;a>=0&&e[a]==null;)e[a--]=null;for(a=i+1;a<l&&e[a]==null;)e[o=a++]=null}}}function Nc(e,t){if(Oc(e)){let i=e[0].slice();for(let u=1;u<e.length;u++)i.push(...e[u].slice(1));return Vc(i[0])||(i=Fc(i)),i}let l=new Set;for(let i=0;i<e.length;i++){let c=e[i][0],d=c.length;for(let h=0;h<d;h++)l.add(c[h])}let n=[Array.from(l).sort((i,u)=>i-u)],a=n[0].length,o=new Map;for(let i=0;i<a;i++)o.set(n[0][i],i);for(let i=0;i<e.length;i++){let u=e[i],c=u[0];for(let d=1;d<u.length;d++){let h=u[d],g=Array(a).fill(void 0),b=t?t[i][d]:Lc,x=[];for(let y=0;y<h.length;y++){let _=h[y],D=o.get(c[y]);_===null?b!=Mc&&(g[D]=_,b==Ic&&x.push(D)):g[D]=_}Rc(g,x,a),n.push(g)}}return n}var zc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Fc(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,i)=>t[o]-t[i]);let a=[];for(let o=0;o<e.length;o++){let i=e[o],u=Array(l);for(let c=0;c<l;c++)u[c]=i[n[c]];a.push(u)}return a}function Oc(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let a=e[n][0];if(a.length!=l)return!1;if(a!=t){for(let o=0;o<l;o++)if(a[o]!=t[o])return!1}}return!0}function Vc(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,a=l-1;for(;n<=a&&e[n]==null;)n++;for(;a>=n&&e[a]==null;)a--;if(a<=n)return!0;let o=rt(1,wt((a-n+1)/t));for(let i=e[n],u=n+o;u<=a;u+=o){let c=e[u];if(c!=null){if(c<=i)return!1;i=c}}return!0}var hr=["January","February","March","April","May","June","July","August","September","October","November","December"],$r=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function br(e){return e.slice(0,3)}var Uc=$r.map(br),Wc=hr.map(br),Hc={MMMM:hr,MMM:Wc,WWWW:$r,WWW:Uc};function Tl(e){return(e<10?"0":"")+e}function Bc(e){return(e<10?"00":e<100?"0":"")+e}var jc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Tl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Tl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Tl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Tl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Tl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Bc(e.getMilliseconds())};function ps(e,t){t=t||Hc;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,a;for(;a=n.exec(e);)l.push(a[0][0]=="{"?jc[a[1]]:a[0]);return o=>{let i="";for(let u=0;u<l.length;u++)i+=typeof l[u]=="string"?l[u]:l[u](o,t);return i}}var Gc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Kc(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Gc?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var vr=e=>e%1==0,ta=[1,2,2.5,5],Yc=Ml(10,-32,0,ta),yr=Ml(10,0,32,ta),qc=yr.filter(vr),Tn=Yc.concat(yr),ms=`
`,wr="{YYYY}",Oo=ms+wr,kr="{M}/{D}",Dl=ms+kr,Zl=Dl+"/{YY}",xr="{aa}",Zc="{h}:{mm}",nl=Zc+xr,Vo=ms+nl,Uo=":{ss}",$e=null;function Sr(e){let t=e*1e3,l=t*60,n=l*60,a=n*24,o=a*30,i=a*365,c=(e==1?Ml(10,0,3,ta).filter(vr):Ml(10,-3,0,ta)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,a,a*2,a*3,a*4,a*5,a*6,a*7,a*8,a*9,a*10,a*15,o,o*2,o*3,o*4,o*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),d=[[i,wr,$e,$e,$e,$e,$e,$e,1],[a*28,"{MMM}",Oo,$e,$e,$e,$e,$e,1],[a,kr,Oo,$e,$e,$e,$e,$e,1],[n,"{h}"+xr,Zl,$e,Dl,$e,$e,$e,1],[l,nl,Zl,$e,Dl,$e,$e,$e,1],[t,Uo,Zl+" "+nl,$e,Dl+" "+nl,$e,Vo,$e,1],[e,Uo+".{fff}",Zl+" "+nl,$e,Dl+" "+nl,$e,Vo,$e,1]];function h(g){return(b,x,y,_,D,L)=>{let w=[],E=D>=i,A=D>=o&&D<i,q=g(y),z=ke(q*e,3),ee=Ga(q.getFullYear(),E?0:q.getMonth(),A||E?1:q.getDate()),K=ke(ee*e,3);if(A||E){let te=A?D/o:0,Y=E?D/i:0,S=z==K?z:ke(Ga(ee.getFullYear()+Y,ee.getMonth()+te,1)*e,3),j=new Date(We(S/e)),O=j.getFullYear(),Z=j.getMonth();for(let H=0;S<=_;H++){let ie=Ga(O+Y*H,Z+te*H,1),W=ie-g(ke(ie*e,3));S=ke((+ie+W)*e,3),S<=_&&w.push(S)}}else{let te=D>=a?a:D,Y=wt(y)-wt(z),S=K+Y+aa(z-K,te);w.push(S);let j=g(S),O=j.getHours()+j.getMinutes()/l+j.getSeconds()/n,Z=D/n,H=b.axes[x]._space,ie=L/H;for(;S=ke(S+D,e==1?0:3),!(S>_);)if(Z>1){let W=wt(ke(O+Z,6))%24,de=g(S).getHours()-W;de>1&&(de=-1),S-=de*n,O=(O+Z)%24;let be=w[w.length-1];ke((S-be)/D,3)*ie>=.7&&w.push(S)}else w.push(S)}return w}}return[c,d,h]}var[Jc,Qc,Xc]=Sr(1),[eu,tu,nu]=Sr(.001);Ml(2,-53,53,[1]);function Wo(e,t){return e.map(l=>l.map((n,a)=>a==0||a==8||n==null?n:t(a==1||l[8]==0?n:l[1]+n)))}function Ho(e,t){return(l,n,a,o,i)=>{let u=t.find(y=>i>=y[0])||t[t.length-1],c,d,h,g,b,x;return n.map(y=>{let _=e(y),D=_.getFullYear(),L=_.getMonth(),w=_.getDate(),E=_.getHours(),A=_.getMinutes(),q=_.getSeconds(),z=D!=c&&u[2]||L!=d&&u[3]||w!=h&&u[4]||E!=g&&u[5]||A!=b&&u[6]||q!=x&&u[7]||u[1];return c=D,d=L,h=w,g=E,b=A,x=q,z(_)})}}function lu(e,t){let l=ps(t);return(n,a,o,i,u)=>a.map(c=>l(e(c)))}function Ga(e,t,l){return new Date(e,t,l)}function Bo(e,t){return t(e)}var au="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function jo(e,t){return(l,n,a,o)=>o==null?os:t(e(n))}function su(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function ou(e,t){return e.series[t].fill(e,t)}var ru={show:!0,live:!0,isolate:!1,mount:Tc,markers:{show:!0,width:2,stroke:su,fill:ou,dash:"solid"},idx:null,idxs:null,values:[]};function iu(e,t){let l=e.cursor.points,n=Et(),a=l.size(e,t);Ae(n,Al,a),Ae(n,_l,a);let o=a/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let i=l.width(e,t,a);return i&&Ae(n,"borderWidth",i),n}function cu(e,t){let l=e.series[t].points;return l._fill||l._stroke}function uu(e,t){let l=e.series[t].points;return l._stroke||l._fill}function du(e,t){return e.series[t].points.size}var Ka=[0,0];function pu(e,t,l){return Ka[0]=t,Ka[1]=l,Ka}function Jl(e,t,l,n=!0){return a=>{a.button==0&&(!n||a.target==t)&&l(a)}}function Ya(e,t,l,n=!0){return a=>{(!n||a.target==t)&&l(a)}}var mu={show:!0,x:!0,y:!0,lock:!1,move:pu,points:{one:!1,show:iu,size:du,width:0,stroke:uu,fill:cu},bind:{mousedown:Jl,mouseup:Jl,click:Jl,dblclick:Jl,mousemove:Ya,mouseleave:Ya,mouseenter:Ya},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,a)=>n-a,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Cr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},fs=Oe({},Cr,{filter:dr}),Tr=Oe({},fs,{size:10}),Ar=Oe({},Cr,{show:!1}),gs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',_r="bold "+gs,Dr=1.5,Go={show:!0,scale:"x",stroke:ss,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:_r,side:2,grid:fs,ticks:Tr,border:Ar,font:gs,lineGap:Dr,rotate:0},fu="Value",gu="Time",Ko={show:!0,scale:"x",auto:!1,sorted:1,min:we,max:-we,idxs:[]};function hu(e,t,l,n,a){return t.map(o=>o==null?"":us(o))}function $u(e,t,l,n,a,o,i){let u=[],c=mn.get(a)||0;l=i?l:ke(aa(l,a),c);for(let d=l;d<=n;d=ke(d+a,c))u.push(Object.is(d,-0)?0:d);return u}function es(e,t,l,n,a,o,i){let u=[],c=e.scales[e.axes[t].scale].log,d=c==10?tn:ir,h=wt(d(l));a=al(c,h),c==10&&(a=Tn[Ot(a,Tn)]);let g=l,b=a*c;c==10&&(b=Tn[Ot(b,Tn)]);do u.push(g),g=g+a,c==10&&!mn.has(g)&&(g=ke(g,mn.get(a))),g>=b&&(a=g,b=a*c,c==10&&(b=Tn[Ot(b,Tn)]));while(g<=n);return u}function bu(e,t,l,n,a,o,i){let c=e.scales[e.axes[t].scale].asinh,d=n>c?es(e,t,rt(c,l),n,a):[c],h=n>=0&&l<=0?[0]:[];return(l<-c?es(e,t,rt(c,-n),-l,a):[c]).reverse().map(b=>-b).concat(h,d)}var Pr=/./,vu=/[12357]/,yu=/[125]/,Yo=/1/,ts=(e,t,l,n)=>e.map((a,o)=>t==4&&a==0||o%n==0&&l.test(a.toExponential()[a<0?1:0])?a:null);function wu(e,t,l,n,a){let o=e.axes[l],i=o.scale,u=e.scales[i],c=e.valToPos,d=o._space,h=c(10,i),g=c(9,i)-h>=d?Pr:c(7,i)-h>=d?vu:c(5,i)-h>=d?yu:Yo;if(g==Yo){let b=He(c(1,i)-h);if(b<d)return ts(t.slice().reverse(),u.distr,g,Mt(d/b)).reverse()}return ts(t,u.distr,g,1)}function ku(e,t,l,n,a){let o=e.axes[l],i=o.scale,u=o._space,c=e.valToPos,d=He(c(1,i)-c(2,i));return d<u?ts(t.slice().reverse(),3,Pr,Mt(u/d)).reverse():t}function xu(e,t,l,n){return n==null?os:t==null?"":us(t)}var qo={show:!0,scale:"y",stroke:ss,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:_r,side:3,grid:fs,ticks:Tr,border:Ar,font:gs,lineGap:Dr,rotate:0};function Su(e,t){let l=3+(e||1)*2;return ke(l*t,3)}function Cu(e,t){let{scale:l,idxs:n}=e.series[0],a=e._data[0],o=e.valToPos(a[n[0]],l,!0),i=e.valToPos(a[n[1]],l,!0),u=He(i-o),c=e.series[t],d=u/(c.points.space*ge);return n[1]-n[0]<=d}var Zo={scale:null,auto:!0,sorted:0,min:we,max:-we},Er=(e,t,l,n,a)=>a,Jo={show:!0,auto:!0,sorted:0,gaps:Er,alpha:1,facets:[Oe({},Zo,{scale:"x"}),Oe({},Zo,{scale:"y"})]},Qo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Er,alpha:1,points:{show:Cu,filter:null},values:null,min:we,max:-we,idxs:[],path:null,clip:null};function Tu(e,t,l,n,a){return l/10}var Mr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Au=Oe({},Mr,{time:!1,ori:1}),Xo={};function Lr(e,t){let l=Xo[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(a=>a!=n)},pub(n,a,o,i,u,c,d){for(let h=0;h<l.plots.length;h++)l.plots[h]!=a&&l.plots[h].pub(n,a,o,i,u,c,d)}},e!=null&&(Xo[e]=l)),l}var rl=1,ns=2;function Pn(e,t,l){let n=e.mode,a=e.series[t],o=n==2?e._data[t]:e._data,i=e.scales,u=e.bbox,c=o[0],d=n==2?o[1]:o[t],h=n==2?i[a.facets[0].scale]:i[e.series[0].scale],g=n==2?i[a.facets[1].scale]:i[a.scale],b=u.left,x=u.top,y=u.width,_=u.height,D=e.valToPosH,L=e.valToPosV;return h.ori==0?l(a,c,d,h,g,D,L,b,x,y,_,ra,cl,ca,Rr,zr):l(a,c,d,h,g,L,D,x,b,_,y,ia,ul,bs,Nr,Fr)}function hs(e,t){let l=0,n=0,a=me(e.bands,ds);for(let o=0;o<a.length;o++){let i=a[o];i.series[0]==t?l=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function _u(e,t,l,n,a){let o=e.mode,i=e.series[t],u=o==2?i.facets[1].scale:i.scale,c=e.scales[u];return a==-1?c.min:a==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function nn(e,t,l,n,a,o){return Pn(e,t,(i,u,c,d,h,g,b,x,y,_,D)=>{let L=i.pxRound,w=d.dir*(d.ori==0?1:-1),E=d.ori==0?cl:ul,A,q;w==1?(A=l,q=n):(A=n,q=l);let z=L(g(u[A],d,_,x)),ee=L(b(c[A],h,D,y)),K=L(g(u[q],d,_,x)),te=L(b(o==1?h.max:h.min,h,D,y)),Y=new Path2D(a);return E(Y,K,te),E(Y,z,te),E(Y,z,ee),Y})}function oa(e,t,l,n,a,o){let i=null;if(e.length>0){i=new Path2D;let u=t==0?ca:bs,c=l;for(let g=0;g<e.length;g++){let b=e[g];if(b[1]>b[0]){let x=b[0]-c;x>0&&u(i,c,n,x,n+o),c=b[1]}}let d=l+a-c,h=10;d>0&&u(i,c,n-h/2,d,n+o+h)}return i}function Du(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function $s(e,t,l,n,a,o,i){let u=[],c=e.length;for(let d=a==1?l:n;d>=l&&d<=n;d+=a)if(t[d]===null){let g=d,b=d;if(a==1)for(;++d<=n&&t[d]===null;)b=d;else for(;--d>=l&&t[d]===null;)b=d;let x=o(e[g]),y=b==g?x:o(e[b]),_=g-a;x=i<=0&&_>=0&&_<c?o(e[_]):x;let L=b+a;y=i>=0&&L>=0&&L<c?o(e[L]):y,y>=x&&u.push([x,y])}return u}function er(e){return e==0?ur:e==1?We:t=>Cn(t,e)}function Ir(e){let t=e==0?ra:ia,l=e==0?(a,o,i,u,c,d)=>{a.arcTo(o,i,u,c,d)}:(a,o,i,u,c,d)=>{a.arcTo(i,o,c,u,d)},n=e==0?(a,o,i,u,c)=>{a.rect(o,i,u,c)}:(a,o,i,u,c)=>{a.rect(i,o,c,u)};return(a,o,i,u,c,d=0,h=0)=>{d==0&&h==0?n(a,o,i,u,c):(d=Vt(d,u/2,c/2),h=Vt(h,u/2,c/2),t(a,o+d,i),l(a,o+u,i,o+u,i+c,d),l(a,o+u,i+c,o,i+c,h),l(a,o,i+c,o,i,h),l(a,o,i,o+u,i,d),a.closePath())}}var ra=(e,t,l)=>{e.moveTo(t,l)},ia=(e,t,l)=>{e.moveTo(l,t)},cl=(e,t,l)=>{e.lineTo(t,l)},ul=(e,t,l)=>{e.lineTo(l,t)},ca=Ir(0),bs=Ir(1),Rr=(e,t,l,n,a,o)=>{e.arc(t,l,n,a,o)},Nr=(e,t,l,n,a,o)=>{e.arc(l,t,n,a,o)},zr=(e,t,l,n,a,o,i)=>{e.bezierCurveTo(t,l,n,a,o,i)},Fr=(e,t,l,n,a,o,i)=>{e.bezierCurveTo(l,t,a,n,i,o)};function Or(e){return(t,l,n,a,o)=>Pn(t,l,(i,u,c,d,h,g,b,x,y,_,D)=>{let{pxRound:L,points:w}=i,E,A;d.ori==0?(E=ra,A=Rr):(E=ia,A=Nr);let q=ke(w.width*ge,3),z=(w.size-w.width)/2*ge,ee=ke(z*2,3),K=new Path2D,te=new Path2D,{left:Y,top:S,width:j,height:O}=t.bbox;ca(te,Y-ee,S-ee,j+ee*2,O+ee*2);let Z=H=>{if(c[H]!=null){let ie=L(g(u[H],d,_,x)),W=L(b(c[H],h,D,y));E(K,ie+z,W),A(K,ie,W,z,0,Ql*2)}};if(o)o.forEach(Z);else for(let H=n;H<=a;H++)Z(H);return{stroke:q>0?K:null,fill:K,clip:te,flags:rl|ns}})}function Vr(e){return(t,l,n,a,o,i)=>{n!=a&&(o!=n&&i!=n&&e(t,l,n),o!=a&&i!=a&&e(t,l,a),e(t,l,i))}}var Pu=Vr(cl),Eu=Vr(ul);function Ur(e){let t=me(e?.alignGaps,0);return(l,n,a,o)=>Pn(l,n,(i,u,c,d,h,g,b,x,y,_,D)=>{[a,o]=na(c,a,o);let L=i.pxRound,w=O=>L(g(O,d,_,x)),E=O=>L(b(O,h,D,y)),A,q;d.ori==0?(A=cl,q=Pu):(A=ul,q=Eu);let z=d.dir*(d.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rl},K=ee.stroke,te=!1;if(o-a>=_*4){let O=V=>l.posToVal(V,d.key,!0),Z=null,H=null,ie,W,it,_e=w(u[z==1?a:o]),de=w(u[a]),be=w(u[o]),ne=O(z==1?de+1:be-1);for(let V=z==1?a:o;V>=a&&V<=o;V+=z){let Ve=u[V],De=(z==1?Ve<ne:Ve>ne)?_e:w(Ve),he=c[V];De==_e?he!=null?(W=he,Z==null?(A(K,De,E(W)),ie=Z=H=W):W<Z?Z=W:W>H&&(H=W)):he===null&&(te=!0):(Z!=null&&q(K,_e,E(Z),E(H),E(ie),E(W)),he!=null?(W=he,A(K,De,E(W)),Z=H=ie=W):(Z=H=null,he===null&&(te=!0)),_e=De,ne=O(_e+z))}Z!=null&&Z!=H&&it!=_e&&q(K,_e,E(Z),E(H),E(ie),E(W))}else for(let O=z==1?a:o;O>=a&&O<=o;O+=z){let Z=c[O];Z===null?te=!0:Z!=null&&A(K,w(u[O]),E(Z))}let[S,j]=hs(l,n);if(i.fill!=null||S!=0){let O=ee.fill=new Path2D(K),Z=i.fillTo(l,n,i.min,i.max,S),H=E(Z),ie=w(u[a]),W=w(u[o]);z==-1&&([W,ie]=[ie,W]),A(O,W,H),A(O,ie,H)}if(!i.spanGaps){let O=[];te&&O.push(...$s(u,c,a,o,z,w,t)),ee.gaps=O=i.gaps(l,n,a,o,O),ee.clip=oa(O,d.ori,x,y,_,D)}return j!=0&&(ee.band=j==2?[nn(l,n,a,o,K,-1),nn(l,n,a,o,K,1)]:nn(l,n,a,o,K,j)),ee})}function Mu(e){let t=me(e.align,1),l=me(e.ascDesc,!1),n=me(e.alignGaps,0),a=me(e.extend,!1);return(o,i,u,c)=>Pn(o,i,(d,h,g,b,x,y,_,D,L,w,E)=>{[u,c]=na(g,u,c);let A=d.pxRound,{left:q,width:z}=o.bbox,ee=de=>A(y(de,b,w,D)),K=de=>A(_(de,x,E,L)),te=b.ori==0?cl:ul,Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rl},S=Y.stroke,j=b.dir*(b.ori==0?1:-1),O=K(g[j==1?u:c]),Z=ee(h[j==1?u:c]),H=Z,ie=Z;a&&t==-1&&(ie=q,te(S,ie,O)),te(S,Z,O);for(let de=j==1?u:c;de>=u&&de<=c;de+=j){let be=g[de];if(be==null)continue;let ne=ee(h[de]),V=K(be);t==1?te(S,ne,O):te(S,H,V),te(S,ne,V),O=V,H=ne}let W=H;a&&t==1&&(W=q+z,te(S,W,O));let[it,_e]=hs(o,i);if(d.fill!=null||it!=0){let de=Y.fill=new Path2D(S),be=d.fillTo(o,i,d.min,d.max,it),ne=K(be);te(de,W,ne),te(de,ie,ne)}if(!d.spanGaps){let de=[];de.push(...$s(h,g,u,c,j,ee,n));let be=d.width*ge/2,ne=l||t==1?be:-be,V=l||t==-1?-be:be;de.forEach(Ve=>{Ve[0]+=ne,Ve[1]+=V}),Y.gaps=de=d.gaps(o,i,u,c,de),Y.clip=oa(de,b.ori,D,L,w,E)}return _e!=0&&(Y.band=_e==2?[nn(o,i,u,c,S,-1),nn(o,i,u,c,S,1)]:nn(o,i,u,c,S,_e)),Y})}function tr(e,t,l,n,a,o,i=we){if(e.length>1){let u=null;for(let c=0,d=1/0;c<e.length;c++)if(t[c]!==void 0){if(u!=null){let h=He(e[c]-e[u]);h<d&&(d=h,i=He(l(e[c],n,a,o)-l(e[u],n,a,o)))}u=c}}return i}function Lu(e){e=e||El;let t=me(e.size,[.6,we,1]),l=e.align||0,n=e.gap||0,a=e.radius;a=a==null?[0,0]:typeof a=="number"?[a,0]:a;let o=re(a),i=1-t[0],u=me(t[1],we),c=me(t[2],1),d=me(e.disp,El),h=me(e.each,x=>{}),{fill:g,stroke:b}=d;return(x,y,_,D)=>Pn(x,y,(L,w,E,A,q,z,ee,K,te,Y,S)=>{let j=L.pxRound,O=l,Z=n*ge,H=u*ge,ie=c*ge,W,it;A.ori==0?[W,it]=o(x,y):[it,W]=o(x,y);let _e=A.dir*(A.ori==0?1:-1),de=A.ori==0?ca:bs,be=A.ori==0?h:(N,xe,Ue,Nn,$n,Ht,bn)=>{h(N,xe,Ue,$n,Nn,bn,Ht)},ne=me(x.bands,ds).find(N=>N.series[0]==y),V=ne!=null?ne.dir:0,Ve=L.fillTo(x,y,L.min,L.max,V),nt=j(ee(Ve,q,S,te)),De,he,Lt,mt=Y,Ee=j(L.width*ge),Wt=!1,Qt=null,xt=null,ln=null,Ln=null;g!=null&&(Ee==0||b!=null)&&(Wt=!0,Qt=g.values(x,y,_,D),xt=new Map,new Set(Qt).forEach(N=>{N!=null&&xt.set(N,new Path2D)}),Ee>0&&(ln=b.values(x,y,_,D),Ln=new Map,new Set(ln).forEach(N=>{N!=null&&Ln.set(N,new Path2D)})));let{x0:In,size:ml}=d;if(In!=null&&ml!=null){O=1,w=In.values(x,y,_,D),In.unit==2&&(w=w.map(Ue=>x.posToVal(K+Ue*Y,A.key,!0)));let N=ml.values(x,y,_,D);ml.unit==2?he=N[0]*Y:he=z(N[0],A,Y,K)-z(0,A,Y,K),mt=tr(w,E,z,A,Y,K,mt),Lt=mt-he+Z}else mt=tr(w,E,z,A,Y,K,mt),Lt=mt*i+Z,he=mt-Lt;Lt<1&&(Lt=0),Ee>=he/2&&(Ee=0),Lt<5&&(j=ur);let Rl=Lt>0,gn=mt-Lt-(Rl?Ee:0);he=j(Xa(gn,ie,H)),De=(O==0?he/2:O==_e?0:he)-O*_e*((O==0?Z/2:0)+(Rl?Ee/2:0));let lt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Rn=Wt?null:new Path2D,Xt=null;if(ne!=null)Xt=x.data[ne.series[1]];else{let{y0:N,y1:xe}=d;N!=null&&xe!=null&&(E=xe.values(x,y,_,D),Xt=N.values(x,y,_,D))}let hn=W*he,X=it*he;for(let N=_e==1?_:D;N>=_&&N<=D;N+=_e){let xe=E[N];if(xe==null)continue;if(Xt!=null){let ct=Xt[N]??0;if(xe-ct==0)continue;nt=ee(ct,q,S,te)}let Ue=A.distr!=2||d!=null?w[N]:N,Nn=z(Ue,A,Y,K),$n=ee(me(xe,Ve),q,S,te),Ht=j(Nn-De),bn=j(rt($n,nt)),ft=j(Vt($n,nt)),St=bn-ft;if(xe!=null){let ct=xe<0?X:hn,It=xe<0?hn:X;Wt?(Ee>0&&ln[N]!=null&&de(Ln.get(ln[N]),Ht,ft+wt(Ee/2),he,rt(0,St-Ee),ct,It),Qt[N]!=null&&de(xt.get(Qt[N]),Ht,ft+wt(Ee/2),he,rt(0,St-Ee),ct,It)):de(Rn,Ht,ft+wt(Ee/2),he,rt(0,St-Ee),ct,It),be(x,y,N,Ht-Ee/2,ft,he+Ee,St)}}return Ee>0?lt.stroke=Wt?Ln:Rn:Wt||(lt._fill=L.width==0?L._fill:L._stroke??L._fill,lt.width=0),lt.fill=Wt?xt:Rn,lt})}function Iu(e,t){let l=me(t?.alignGaps,0);return(n,a,o,i)=>Pn(n,a,(u,c,d,h,g,b,x,y,_,D,L)=>{[o,i]=na(d,o,i);let w=u.pxRound,E=W=>w(b(W,h,D,y)),A=W=>w(x(W,g,L,_)),q,z,ee;h.ori==0?(q=ra,ee=cl,z=zr):(q=ia,ee=ul,z=Fr);let K=h.dir*(h.ori==0?1:-1),te=E(c[K==1?o:i]),Y=te,S=[],j=[];for(let W=K==1?o:i;W>=o&&W<=i;W+=K)if(d[W]!=null){let _e=c[W],de=E(_e);S.push(Y=de),j.push(A(d[W]))}let O={stroke:e(S,j,q,ee,z,w),fill:null,clip:null,band:null,gaps:null,flags:rl},Z=O.stroke,[H,ie]=hs(n,a);if(u.fill!=null||H!=0){let W=O.fill=new Path2D(Z),it=u.fillTo(n,a,u.min,u.max,H),_e=A(it);ee(W,Y,_e),ee(W,te,_e)}if(!u.spanGaps){let W=[];W.push(...$s(c,d,o,i,K,E,l)),O.gaps=W=u.gaps(n,a,o,i,W),O.clip=oa(W,h.ori,y,_,D,L)}return ie!=0&&(O.band=ie==2?[nn(n,a,o,i,Z,-1),nn(n,a,o,i,Z,1)]:nn(n,a,o,i,Z,ie)),O})}function Ru(e){return Iu(Nu,e)}function Nu(e,t,l,n,a,o){let i=e.length;if(i<2)return null;let u=new Path2D;if(l(u,e[0],t[0]),i==2)n(u,e[1],t[1]);else{let c=Array(i),d=Array(i-1),h=Array(i-1),g=Array(i-1);for(let b=0;b<i-1;b++)h[b]=t[b+1]-t[b],g[b]=e[b+1]-e[b],d[b]=h[b]/g[b];c[0]=d[0];for(let b=1;b<i-1;b++)d[b]===0||d[b-1]===0||d[b-1]>0!=d[b]>0?c[b]=0:(c[b]=3*(g[b-1]+g[b])/((2*g[b]+g[b-1])/d[b-1]+(g[b]+2*g[b-1])/d[b]),isFinite(c[b])||(c[b]=0));c[i-1]=d[i-2];for(let b=0;b<i-1;b++)a(u,e[b]+g[b]/3,t[b]+c[b]*g[b]/3,e[b+1]-g[b]/3,t[b+1]-c[b+1]*g[b]/3,e[b+1],t[b+1])}return u}var ls=new Set;function nr(){for(let e of ls)e.syncRect(!0)}il&&(_n(hc,ll,nr),_n($c,ll,nr,!0),_n(Xl,ll,()=>{Ze.pxRatio=ge}));var zu=Ur(),Fu=Or();function lr(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,i)=>as(o,i,t,l))}function Ou(e,t){return e.map((l,n)=>n==0?{}:Oe({},t,l))}function as(e,t,l,n){return Oe({},t==0?l:n,e)}function Wr(e,t,l){return t==null?sl:[t,l]}var Vu=Wr;function Uu(e,t,l){return t==null?sl:ea(t,l,cs,!0)}function Hr(e,t,l,n){return t==null?sl:la(t,l,e.scales[n].log,!1)}var Wu=Hr;function Br(e,t,l,n){return t==null?sl:is(t,l,e.scales[n].log,!1)}var Hu=Br;function Bu(e,t,l,n,a){let o=rt(Ro(e),Ro(t)),i=t-e,u=Ot(a/n*i,l);do{let c=l[u],d=n*c/i;if(d>=a&&o+(c<5?mn.get(c):0)<=17)return[c,d]}while(++u<l.length);return[0,0]}function ar(e){let t,l;return e=e.replace(/(\d+)px/,(n,a)=>(t=We((l=+a)*ge))+"px"),[e,t,l]}function ju(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=ke(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Ze(e,t,l){let n={mode:me(e.mode,1)},a=n.mode;function o(s,r,m,f){let $=r.valToPct(s);return f+m*(r.dir==-1?1-$:$)}function i(s,r,m,f){let $=r.valToPct(s);return f+m*(r.dir==-1?$:1-$)}function u(s,r,m,f){return r.ori==0?o(s,r,m,f):i(s,r,m,f)}n.valToPosH=o,n.valToPosV=i;let c=!1;n.status=0;let d=n.root=Et(Qi);if(e.id!=null&&(d.id=e.id),yt(d,e.class),e.title){let s=Et(tc,d);s.textContent=e.title}let h=Ft("canvas"),g=n.ctx=h.getContext("2d"),b=Et(nc,d);_n("click",b,s=>{s.target===y&&(Se!=Kn||Pe!=Yn)&&Qe.click(n,s)},!0);let x=n.under=Et(lc,b);b.appendChild(h);let y=n.over=Et(ac,b);e=ol(e);let _=+me(e.pxAlign,1),D=er(_);(e.plugins||[]).forEach(s=>{s.opts&&(e=s.opts(n,e)||e)});let L=e.ms||.001,w=n.series=a==1?lr(e.series||[],Ko,Qo,!1):Ou(e.series||[null],Jo),E=n.axes=lr(e.axes||[],Go,qo,!0),A=n.scales={},q=n.bands=e.bands||[];q.forEach(s=>{s.fill=re(s.fill||null),s.dir=me(s.dir,-1)});let z=a==2?w[1].facets[0].scale:w[0].scale,ee={axes:Di,series:Si},K=(e.drawOrder||["axes","series"]).map(s=>ee[s]);function te(s){let r=s.distr==3?m=>tn(m>0?m:s.clamp(n,m,s.min,s.max,s.key)):s.distr==4?m=>ja(m,s.asinh):s.distr==100?m=>s.fwd(m):m=>m;return m=>{let f=r(m),{_min:$,_max:v}=s,k=v-$;return(f-$)/k}}function Y(s){let r=A[s];if(r==null){let m=(e.scales||El)[s]||El;if(m.from!=null){Y(m.from);let f=Oe({},A[m.from],m,{key:s});f.valToPct=te(f),A[s]=f}else{r=A[s]=Oe({},s==z?Mr:Au,m),r.key=s;let f=r.time,$=r.range,v=pn($);if((s!=z||a==2&&!f)&&(v&&($[0]==null||$[1]==null)&&($={min:$[0]==null?Mo:{mode:1,hard:$[0],soft:$[0]},max:$[1]==null?Mo:{mode:1,hard:$[1],soft:$[1]}},v=!1),!v&&sa($))){let k=$;$=(C,P,I)=>P==null?sl:ea(P,I,k)}r.range=re($||(f?Vu:s==z?r.distr==3?Wu:r.distr==4?Hu:Wr:r.distr==3?Hr:r.distr==4?Br:Uu)),r.auto=re(v?!1:r.auto),r.clamp=re(r.clamp||Tu),r._min=r._max=null,r.valToPct=te(r)}}}Y("x"),Y("y"),a==1&&w.forEach(s=>{Y(s.scale)}),E.forEach(s=>{Y(s.scale)});for(let s in e.scales)Y(s);let S=A[z],j=S.distr,O,Z;S.ori==0?(yt(d,Xi),O=o,Z=i):(yt(d,ec),O=i,Z=o);let H={};for(let s in A){let r=A[s];(r.min!=null||r.max!=null)&&(H[s]={min:r.min,max:r.max},r.min=r.max=null)}let ie=e.tzDate||(s=>new Date(We(s/L))),W=e.fmtDate||ps,it=L==1?Xc(ie):nu(ie),_e=Ho(ie,Wo(L==1?Qc:tu,W)),de=jo(ie,Bo(au,W)),be=[],ne=n.legend=Oe({},ru,e.legend),V=n.cursor=Oe({},mu,{drag:{y:a==2}},e.cursor),Ve=ne.show,nt=V.show,De=ne.markers;ne.idxs=be,De.width=re(De.width),De.dash=re(De.dash),De.stroke=re(De.stroke),De.fill=re(De.fill);let he,Lt,mt,Ee=[],Wt=[],Qt,xt=!1,ln={};if(ne.live){let s=w[1]?w[1].values:null;xt=s!=null,Qt=xt?s(n,1,0):{_:0};for(let r in Qt)ln[r]=os}if(Ve)if(he=Ft("table",uc,d),mt=Ft("tbody",null,he),ne.mount(n,he),xt){Lt=Ft("thead",null,he,mt);let s=Ft("tr",null,Lt);Ft("th",null,s);for(var Ln in Qt)Ft("th",vo,s).textContent=Ln}else yt(he,pc),ne.live&&yt(he,dc);let In={show:!0},ml={show:!1};function Rl(s,r){if(r==0&&(xt||!ne.live||a==2))return sl;let m=[],f=Ft("tr",mc,mt,mt.childNodes[r]);yt(f,s.class),s.show||yt(f,An);let $=Ft("th",null,f);if(De.show){let C=Et(fc,$);if(r>0){let P=De.width(n,r);P&&(C.style.border=P+"px "+De.dash(n,r)+" "+De.stroke(n,r)),C.style.background=De.fill(n,r)}}let v=Et(vo,$);s.label instanceof HTMLElement?v.appendChild(s.label):v.textContent=s.label,r>0&&(De.show||(v.style.color=s.width>0?De.stroke(n,r):De.fill(n,r)),lt("click",$,C=>{if(V._lock)return;yn(C);let P=w.indexOf(s);if((C.ctrlKey||C.metaKey)!=ne.isolate){let I=w.some((R,F)=>F>0&&F!=P&&R.show);w.forEach((R,F)=>{F>0&&jt(F,I?F==P?In:ml:In,!0,Ne.setSeries)})}else jt(P,{show:!s.show},!0,Ne.setSeries)},!1),Fn&&lt(xo,$,C=>{V._lock||(yn(C),jt(w.indexOf(s),Zn,!0,Ne.setSeries))},!1));for(var k in Qt){let C=Ft("td",gc,f);C.textContent="--",m.push(C)}return[f,m]}let gn=new Map;function lt(s,r,m,f=!0){let $=gn.get(r)||{},v=V.bind[s](n,r,m,f);v&&(_n(s,r,$[s]=v),gn.set(r,$))}function Rn(s,r,m){let f=gn.get(r)||{};for(let $ in f)(s==null||$==s)&&(Qa($,r,f[$]),delete f[$]);s==null&&gn.delete(r)}let Xt=0,hn=0,X=0,N=0,xe=0,Ue=0,Nn=xe,$n=Ue,Ht=X,bn=N,ft=0,St=0,ct=0,It=0;n.bbox={};let pa=!1,Nl=!1,zn=!1,vn=!1,zl=!1,Ct=!1;function ma(s,r,m){(m||s!=n.width||r!=n.height)&&_s(s,r),Hn(!1),zn=!0,Nl=!0,Bn()}function _s(s,r){n.width=Xt=X=s,n.height=hn=N=r,xe=Ue=0,$i(),bi();let m=n.bbox;ft=m.left=Cn(xe*ge,.5),St=m.top=Cn(Ue*ge,.5),ct=m.width=Cn(X*ge,.5),It=m.height=Cn(N*ge,.5)}let fi=3;function gi(){let s=!1,r=0;for(;!s;){r++;let m=Ai(r),f=_i(r);s=r==fi||m&&f,s||(_s(n.width,n.height),Nl=!0)}}function hi({width:s,height:r}){ma(s,r)}n.setSize=hi;function $i(){let s=!1,r=!1,m=!1,f=!1;E.forEach(($,v)=>{if($.show&&$._show){let{side:k,_size:C}=$,P=k%2,I=$.label!=null?$.labelSize:0,R=C+I;R>0&&(P?(X-=R,k==3?(xe+=R,f=!0):m=!0):(N-=R,k==0?(Ue+=R,s=!0):r=!0))}}),wn[0]=s,wn[1]=m,wn[2]=r,wn[3]=f,X-=an[1]+an[3],xe+=an[3],N-=an[2]+an[0],Ue+=an[0]}function bi(){let s=xe+X,r=Ue+N,m=xe,f=Ue;function $(v,k){switch(v){case 1:return s+=k,s-k;case 2:return r+=k,r-k;case 3:return m-=k,m+k;case 0:return f-=k,f+k}}E.forEach((v,k)=>{if(v.show&&v._show){let C=v.side;v._pos=$(C,v._size),v.label!=null&&(v._lpos=$(C,v.labelSize))}})}if(V.dataIdx==null){let s=V.hover,r=s.skip=new Set(s.skip??[]);r.add(void 0);let m=s.prox=re(s.prox),f=s.bias??(s.bias=0);V.dataIdx=($,v,k,C)=>{if(v==0)return k;let P=k,I=m($,v,k,C)??we,R=I>=0&&I<we,F=S.ori==0?X:N,J=V.left,fe=t[0],pe=t[v];if(r.has(pe[k])){P=null;let ae=null,G=null,U;if(f==0||f==-1)for(U=k;ae==null&&U-- >0;)r.has(pe[U])||(ae=U);if(f==0||f==1)for(U=k;G==null&&U++<pe.length;)r.has(pe[U])||(G=U);if(ae!=null||G!=null)if(R){let Te=ae==null?-1/0:O(fe[ae],S,F,0),Me=G==null?1/0:O(fe[G],S,F,0),qe=J-Te,ve=Me-J;qe<=ve?qe<=I&&(P=ae):ve<=I&&(P=G)}else P=G==null?ae:ae==null?G:k-ae<=G-k?ae:G}else R&&He(J-O(fe[k],S,F,0))>I&&(P=null);return P}}let yn=s=>{V.event=s};V.idxs=be,V._lock=!1;let et=V.points;et.show=re(et.show),et.size=re(et.size),et.stroke=re(et.stroke),et.width=re(et.width),et.fill=re(et.fill);let Bt=n.focus=Oe({},e.focus||{alpha:.3},V.focus),Fn=Bt.prox>=0,On=Fn&&et.one,Tt=[],Vn=[],Un=[];function Ds(s,r){let m=et.show(n,r);if(m instanceof HTMLElement)return yt(m,cc),yt(m,s.class),Jt(m,-10,-10,X,N),y.insertBefore(m,Tt[r]),m}function Ps(s,r){if(a==1||r>0){let m=a==1&&A[s.scale].time,f=s.value;s.value=m?Fo(f)?jo(ie,Bo(f,W)):f||de:f||xu,s.label=s.label||(m?gu:fu)}if(On||r>0){s.width=s.width==null?1:s.width,s.paths=s.paths||zu||Ac,s.fillTo=re(s.fillTo||_u),s.pxAlign=+me(s.pxAlign,_),s.pxRound=er(s.pxAlign),s.stroke=re(s.stroke||null),s.fill=re(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let m=Su(rt(1,s.width),1),f=s.points=Oe({},{size:m,width:rt(1,m*.2),stroke:s.stroke,space:m*2,paths:Fu,_stroke:null,_fill:null},s.points);f.show=re(f.show),f.filter=re(f.filter),f.fill=re(f.fill),f.stroke=re(f.stroke),f.paths=re(f.paths),f.pxAlign=s.pxAlign}if(Ve){let m=Rl(s,r);Ee.splice(r,0,m[0]),Wt.splice(r,0,m[1]),ne.values.push(null)}if(nt){be.splice(r,0,null);let m=null;On?r==0&&(m=Ds(s,r)):r>0&&(m=Ds(s,r)),Tt.splice(r,0,m),Vn.splice(r,0,0),Un.splice(r,0,0)}Ye("addSeries",r)}function vi(s,r){r=r??w.length,s=a==1?as(s,r,Ko,Qo):as(s,r,{},Jo),w.splice(r,0,s),Ps(w[r],r)}n.addSeries=vi;function yi(s){if(w.splice(s,1),Ve){ne.values.splice(s,1),Wt.splice(s,1);let r=Ee.splice(s,1)[0];Rn(null,r.firstChild),r.remove()}nt&&(be.splice(s,1),Tt.splice(s,1)[0].remove(),Vn.splice(s,1),Un.splice(s,1)),Ye("delSeries",s)}n.delSeries=yi;let wn=[!1,!1,!1,!1];function wi(s,r){if(s._show=s.show,s.show){let m=s.side%2,f=A[s.scale];f==null&&(s.scale=m?w[1].scale:z,f=A[s.scale]);let $=f.time;s.size=re(s.size),s.space=re(s.space),s.rotate=re(s.rotate),pn(s.incrs)&&s.incrs.forEach(k=>{!mn.has(k)&&mn.set(k,mr(k))}),s.incrs=re(s.incrs||(f.distr==2?qc:$?L==1?Jc:eu:Tn)),s.splits=re(s.splits||($&&f.distr==1?it:f.distr==3?es:f.distr==4?bu:$u)),s.stroke=re(s.stroke),s.grid.stroke=re(s.grid.stroke),s.ticks.stroke=re(s.ticks.stroke),s.border.stroke=re(s.border.stroke);let v=s.values;s.values=pn(v)&&!pn(v[0])?re(v):$?pn(v)?Ho(ie,Wo(v,W)):Fo(v)?lu(ie,v):v||_e:v||hu,s.filter=re(s.filter||(f.distr>=3&&f.log==10?wu:f.distr==3&&f.log==2?ku:dr)),s.font=ar(s.font),s.labelFont=ar(s.labelFont),s._size=s.size(n,null,r,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(wn[r]=!0,s._el=Et(sc,b))}}function fl(s,r,m,f){let[$,v,k,C]=m,P=r%2,I=0;return P==0&&(C||v)&&(I=r==0&&!$||r==2&&!k?We(Go.size/3):0),P==1&&($||k)&&(I=r==1&&!v||r==3&&!C?We(qo.size/2):0),I}let Es=n.padding=(e.padding||[fl,fl,fl,fl]).map(s=>re(me(s,fl))),an=n._padding=Es.map((s,r)=>s(n,r,wn,0)),Je,Be=null,je=null,Fl=a==1?w[0].idxs:null,Rt=null,gl=!1;function Ms(s,r){if(t=s??[],n.data=n._data=t,a==2){Je=0;for(let m=1;m<w.length;m++)Je+=t[m][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Je=Rt.length;let m=t;if(j==2){m=t.slice();let f=m[0]=Array(Je);for(let $=0;$<Je;$++)f[$]=$}n._data=t=m}if(Hn(!0),Ye("setData"),j==2&&(zn=!0),r!==!1){let m=S;m.auto(n,gl)?fa():on(z,m.min,m.max),vn=vn||V.left>=0,Ct=!0,Bn()}}n.setData=Ms;function fa(){gl=!0;let s,r;a==1&&(Je>0?(Be=Fl[0]=0,je=Fl[1]=Je-1,s=t[0][Be],r=t[0][je],j==2?(s=Be,r=je):s==r&&(j==3?[s,r]=la(s,s,S.log,!1):j==4?[s,r]=is(s,s,S.log,!1):S.time?r=s+We(86400/L):[s,r]=ea(s,r,cs,!0))):(Be=Fl[0]=s=null,je=Fl[1]=r=null)),on(z,s,r)}let Ol,Wn,ga,ha,$a,ba,va,ya,wa,ut;function Ls(s,r,m,f,$,v){s??(s=wo),m??(m=ds),f??(f="butt"),$??($=wo),v??(v="round"),s!=Ol&&(g.strokeStyle=Ol=s),$!=Wn&&(g.fillStyle=Wn=$),r!=ga&&(g.lineWidth=ga=r),v!=$a&&(g.lineJoin=$a=v),f!=ba&&(g.lineCap=ba=f),m!=ha&&g.setLineDash(ha=m)}function Is(s,r,m,f){r!=Wn&&(g.fillStyle=Wn=r),s!=va&&(g.font=va=s),m!=ya&&(g.textAlign=ya=m),f!=wa&&(g.textBaseline=wa=f)}function ka(s,r,m,f,$=0){if(f.length>0&&s.auto(n,gl)&&(r==null||r.min==null)){let v=me(Be,0),k=me(je,f.length-1),C=m.min==null?wc(f,v,k,$,s.distr==3):[m.min,m.max];s.min=Vt(s.min,m.min=C[0]),s.max=rt(s.max,m.max=C[1])}}let Rs={min:null,max:null};function ki(){for(let f in A){let $=A[f];H[f]==null&&($.min==null||H[z]!=null&&$.auto(n,gl))&&(H[f]=Rs)}for(let f in A){let $=A[f];H[f]==null&&$.from!=null&&H[$.from]!=null&&(H[f]=Rs)}H[z]!=null&&Hn(!0);let s={};for(let f in H){let $=H[f];if($!=null){let v=s[f]=ol(A[f],Pc);if($.min!=null)Oe(v,$);else if(f!=z||a==2)if(Je==0&&v.from==null){let k=v.range(n,null,null,f);v.min=k[0],v.max=k[1]}else v.min=we,v.max=-we}}if(Je>0){w.forEach((f,$)=>{if(a==1){let v=f.scale,k=H[v];if(k==null)return;let C=s[v];if($==0){let P=C.range(n,C.min,C.max,v);C.min=P[0],C.max=P[1],Be=Ot(C.min,t[0]),je=Ot(C.max,t[0]),je-Be>1&&(t[0][Be]<C.min&&Be++,t[0][je]>C.max&&je--),f.min=Rt[Be],f.max=Rt[je]}else f.show&&f.auto&&ka(C,k,f,t[$],f.sorted);f.idxs[0]=Be,f.idxs[1]=je}else if($>0&&f.show&&f.auto){let[v,k]=f.facets,C=v.scale,P=k.scale,[I,R]=t[$],F=s[C],J=s[P];F!=null&&ka(F,H[C],v,I,v.sorted),J!=null&&ka(J,H[P],k,R,k.sorted),f.min=k.min,f.max=k.max}});for(let f in s){let $=s[f],v=H[f];if($.from==null&&(v==null||v.min==null)){let k=$.range(n,$.min==we?null:$.min,$.max==-we?null:$.max,f);$.min=k[0],$.max=k[1]}}}for(let f in s){let $=s[f];if($.from!=null){let v=s[$.from];if(v.min==null)$.min=$.max=null;else{let k=$.range(n,v.min,v.max,f);$.min=k[0],$.max=k[1]}}}let r={},m=!1;for(let f in s){let $=s[f],v=A[f];if(v.min!=$.min||v.max!=$.max){v.min=$.min,v.max=$.max;let k=v.distr;v._min=k==3?tn(v.min):k==4?ja(v.min,v.asinh):k==100?v.fwd(v.min):v.min,v._max=k==3?tn(v.max):k==4?ja(v.max,v.asinh):k==100?v.fwd(v.max):v.max,r[f]=m=!0}}if(m){w.forEach((f,$)=>{a==2?$>0&&r.y&&(f._paths=null):r[f.scale]&&(f._paths=null)});for(let f in r)zn=!0,Ye("setScale",f);nt&&V.left>=0&&(vn=Ct=!0)}for(let f in H)H[f]=null}function xi(s){let r=Xa(Be-1,0,Je-1),m=Xa(je+1,0,Je-1);for(;s[r]==null&&r>0;)r--;for(;s[m]==null&&m<Je-1;)m++;return[r,m]}function Si(){if(Je>0){let s=w.some(r=>r._focus)&&ut!=Bt.alpha;s&&(g.globalAlpha=ut=Bt.alpha),w.forEach((r,m)=>{if(m>0&&r.show&&(Ns(m,!1),Ns(m,!0),r._paths==null)){let f=ut;ut!=r.alpha&&(g.globalAlpha=ut=r.alpha);let $=a==2?[0,t[m][0].length-1]:xi(t[m]);r._paths=r.paths(n,m,$[0],$[1]),ut!=f&&(g.globalAlpha=ut=f)}}),w.forEach((r,m)=>{if(m>0&&r.show){let f=ut;ut!=r.alpha&&(g.globalAlpha=ut=r.alpha),r._paths!=null&&zs(m,!1);{let $=r._paths!=null?r._paths.gaps:null,v=r.points.show(n,m,Be,je,$),k=r.points.filter(n,m,v,$);(v||k)&&(r.points._paths=r.points.paths(n,m,Be,je,k),zs(m,!0))}ut!=f&&(g.globalAlpha=ut=f),Ye("drawSeries",m)}}),s&&(g.globalAlpha=ut=1)}}function Ns(s,r){let m=r?w[s].points:w[s];m._stroke=m.stroke(n,s),m._fill=m.fill(n,s)}function zs(s,r){let m=r?w[s].points:w[s],{stroke:f,fill:$,clip:v,flags:k,_stroke:C=m._stroke,_fill:P=m._fill,_width:I=m.width}=m._paths;I=ke(I*ge,3);let R=null,F=I%2/2;r&&P==null&&(P=I>0?"#fff":C);let J=m.pxAlign==1&&F>0;if(J&&g.translate(F,F),!r){let fe=ft-I/2,pe=St-I/2,ae=ct+I,G=It+I;R=new Path2D,R.rect(fe,pe,ae,G)}r?xa(C,I,m.dash,m.cap,P,f,$,k,v):Ci(s,C,I,m.dash,m.cap,P,f,$,k,R,v),J&&g.translate(-F,-F)}function Ci(s,r,m,f,$,v,k,C,P,I,R){let F=!1;P!=0&&q.forEach((J,fe)=>{if(J.series[0]==s){let pe=w[J.series[1]],ae=t[J.series[1]],G=(pe._paths||El).band;pn(G)&&(G=J.dir==1?G[0]:G[1]);let U,Te=null;pe.show&&G&&xc(ae,Be,je)?(Te=J.fill(n,fe)||v,U=pe._paths.clip):G=null,xa(r,m,f,$,Te,k,C,P,I,R,U,G),F=!0}}),F||xa(r,m,f,$,v,k,C,P,I,R)}let Fs=rl|ns;function xa(s,r,m,f,$,v,k,C,P,I,R,F){Ls(s,r,m,f,$),(P||I||F)&&(g.save(),P&&g.clip(P),I&&g.clip(I)),F?(C&Fs)==Fs?(g.clip(F),R&&g.clip(R),Ul($,k),Vl(s,v,r)):C&ns?(Ul($,k),g.clip(F),Vl(s,v,r)):C&rl&&(g.save(),g.clip(F),R&&g.clip(R),Ul($,k),g.restore(),Vl(s,v,r)):(Ul($,k),Vl(s,v,r)),(P||I||F)&&g.restore()}function Vl(s,r,m){m>0&&(r instanceof Map?r.forEach((f,$)=>{g.strokeStyle=Ol=$,g.stroke(f)}):r!=null&&s&&g.stroke(r))}function Ul(s,r){r instanceof Map?r.forEach((m,f)=>{g.fillStyle=Wn=f,g.fill(m)}):r!=null&&s&&g.fill(r)}function Ti(s,r,m,f){let $=E[s],v;if(f<=0)v=[0,0];else{let k=$._space=$.space(n,s,r,m,f),C=$._incrs=$.incrs(n,s,r,m,f,k);v=Bu(r,m,C,f,k)}return $._found=v}function Sa(s,r,m,f,$,v,k,C,P,I){let R=k%2/2;_==1&&g.translate(R,R),Ls(C,k,P,I,C),g.beginPath();let F,J,fe,pe,ae=$+(f==0||f==3?-v:v);m==0?(J=$,pe=ae):(F=$,fe=ae);for(let G=0;G<s.length;G++)r[G]!=null&&(m==0?F=fe=s[G]:J=pe=s[G],g.moveTo(F,J),g.lineTo(fe,pe));g.stroke(),_==1&&g.translate(-R,-R)}function Ai(s){let r=!0;return E.forEach((m,f)=>{if(!m.show)return;let $=A[m.scale];if($.min==null){m._show&&(r=!1,m._show=!1,Hn(!1));return}else m._show||(r=!1,m._show=!0,Hn(!1));let v=m.side,k=v%2,{min:C,max:P}=$,[I,R]=Ti(f,C,P,k==0?X:N);if(R==0)return;let F=$.distr==2,J=m._splits=m.splits(n,f,C,P,I,R,F),fe=$.distr==2?J.map(U=>Rt[U]):J,pe=$.distr==2?Rt[J[1]]-Rt[J[0]]:I,ae=m._values=m.values(n,m.filter(n,fe,f,R,pe),f,R,pe);m._rotate=v==2?m.rotate(n,ae,f,R):0;let G=m._size;m._size=Mt(m.size(n,ae,f,s)),G!=null&&m._size!=G&&(r=!1)}),r}function _i(s){let r=!0;return Es.forEach((m,f)=>{let $=m(n,f,wn,s);$!=an[f]&&(r=!1),an[f]=$}),r}function Di(){for(let s=0;s<E.length;s++){let r=E[s];if(!r.show||!r._show)continue;let m=r.side,f=m%2,$,v,k=r.stroke(n,s),C=m==0||m==3?-1:1,[P,I]=r._found;if(r.label!=null){let st=r.labelGap*C,$t=We((r._lpos+st)*ge);Is(r.labelFont[0],k,"center",m==2?"top":yo),g.save(),f==1?($=v=0,g.translate($t,We(St+It/2)),g.rotate((m==3?-Ql:Ql)/2)):($=We(ft+ct/2),v=$t);let Sn=cr(r.label)?r.label(n,s,P,I):r.label;g.fillText(Sn,$,v),g.restore()}if(I==0)continue;let R=A[r.scale],F=f==0?ct:It,J=f==0?ft:St,fe=r._splits,pe=R.distr==2?fe.map(st=>Rt[st]):fe,ae=R.distr==2?Rt[fe[1]]-Rt[fe[0]]:P,G=r.ticks,U=r.border,Te=G.show?G.size:0,Me=We(Te*ge),qe=We((r.alignTo==2?r._size-Te-r.gap:r.gap)*ge),ve=r._rotate*-Ql/180,Le=D(r._pos*ge),gt=(Me+qe)*C,at=Le+gt;v=f==0?at:0,$=f==1?at:0;let At=r.font[0],Nt=r.align==1?tl:r.align==2?Wa:ve>0?tl:ve<0?Wa:f==0?"center":m==3?Wa:tl,Kt=ve||f==1?"middle":m==2?"top":yo;Is(At,k,Nt,Kt);let ht=r.font[1]*r.lineGap,_t=fe.map(st=>D(u(st,R,F,J))),zt=r._values;for(let st=0;st<zt.length;st++){let $t=zt[st];if($t!=null){f==0?$=_t[st]:v=_t[st],$t=""+$t;let Sn=$t.indexOf(`
`)==-1?[$t]:$t.split(/\n/gm);for(let ot=0;ot<Sn.length;ot++){let lo=Sn[ot];ve?(g.save(),g.translate($,v+ot*ht),g.rotate(ve),g.fillText(lo,0,0),g.restore()):g.fillText(lo,$,v+ot*ht)}}}G.show&&Sa(_t,G.filter(n,pe,s,I,ae),f,m,Le,Me,ke(G.width*ge,3),G.stroke(n,s),G.dash,G.cap);let Yt=r.grid;Yt.show&&Sa(_t,Yt.filter(n,pe,s,I,ae),f,f==0?2:1,f==0?St:ft,f==0?It:ct,ke(Yt.width*ge,3),Yt.stroke(n,s),Yt.dash,Yt.cap),U.show&&Sa([Le],[1],f==0?1:0,f==0?1:2,f==1?St:ft,f==1?It:ct,ke(U.width*ge,3),U.stroke(n,s),U.dash,U.cap)}Ye("drawAxes")}function Hn(s){w.forEach((r,m)=>{m>0&&(r._paths=null,s&&(a==1?(r.min=null,r.max=null):r.facets.forEach(f=>{f.min=null,f.max=null})))})}let Wl=!1,Ca=!1,hl=[];function Pi(){Ca=!1;for(let s=0;s<hl.length;s++)Ye(...hl[s]);hl.length=0}function Bn(){Wl||(zc(Os),Wl=!0)}function Ei(s,r=!1){Wl=!0,Ca=r,s(n),Os(),r&&hl.length>0&&queueMicrotask(Pi)}n.batch=Ei;function Os(){if(pa&&(ki(),pa=!1),zn&&(gi(),zn=!1),Nl){if(Ae(x,tl,xe),Ae(x,"top",Ue),Ae(x,Al,X),Ae(x,_l,N),Ae(y,tl,xe),Ae(y,"top",Ue),Ae(y,Al,X),Ae(y,_l,N),Ae(b,Al,Xt),Ae(b,_l,hn),h.width=We(Xt*ge),h.height=We(hn*ge),E.forEach(({_el:s,_show:r,_size:m,_pos:f,side:$})=>{if(s!=null)if(r){let v=$===3||$===0?m:0,k=$%2==1;Ae(s,k?"left":"top",f-v),Ae(s,k?"width":"height",m),Ae(s,k?"top":"left",k?Ue:xe),Ae(s,k?"height":"width",k?N:X),Ja(s,An)}else yt(s,An)}),Ol=Wn=ga=$a=ba=va=ya=wa=ha=null,ut=1,vl(!0),xe!=Nn||Ue!=$n||X!=Ht||N!=bn){Hn(!1);let s=X/Ht,r=N/bn;if(nt&&!vn&&V.left>=0){V.left*=s,V.top*=r,jn&&Jt(jn,We(V.left),0,X,N),Gn&&Jt(Gn,0,We(V.top),X,N);for(let m=0;m<Tt.length;m++){let f=Tt[m];f!=null&&(Vn[m]*=s,Un[m]*=r,Jt(f,Mt(Vn[m]),Mt(Un[m]),X,N))}}if(Ce.show&&!zl&&Ce.left>=0&&Ce.width>0){Ce.left*=s,Ce.width*=s,Ce.top*=r,Ce.height*=r;for(let m in Ea)Ae(qn,m,Ce[m])}Nn=xe,$n=Ue,Ht=X,bn=N}Ye("setSize"),Nl=!1}Xt>0&&hn>0&&(g.clearRect(0,0,h.width,h.height),Ye("drawClear"),K.forEach(s=>s()),Ye("draw")),Ce.show&&zl&&(Hl(Ce),zl=!1),nt&&vn&&(xn(null,!0,!1),vn=!1),ne.show&&ne.live&&Ct&&(Da(),Ct=!1),c||(c=!0,n.status=1,Ye("ready")),gl=!1,Wl=!1}n.redraw=(s,r)=>{zn=r||!1,s!==!1?on(z,S.min,S.max):Bn()};function Ta(s,r){let m=A[s];if(m.from==null){if(Je==0){let f=m.range(n,r.min,r.max,s);r.min=f[0],r.max=f[1]}if(r.min>r.max){let f=r.min;r.min=r.max,r.max=f}if(Je>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;s==z&&m.distr==2&&Je>0&&(r.min=Ot(r.min,t[0]),r.max=Ot(r.max,t[0]),r.min==r.max&&r.max++),H[s]=r,pa=!0,Bn()}}n.setScale=Ta;let Aa,_a,jn,Gn,Vs,Us,Kn,Yn,Ws,Hs,Se,Pe,sn=!1,Qe=V.drag,Ge=Qe.x,Ke=Qe.y;nt&&(V.x&&(Aa=Et(rc,y)),V.y&&(_a=Et(ic,y)),S.ori==0?(jn=Aa,Gn=_a):(jn=_a,Gn=Aa),Se=V.left,Pe=V.top);let Ce=n.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qn=Ce.show?Et(oc,Ce.over?y:x):null;function Hl(s,r){if(Ce.show){for(let m in s)Ce[m]=s[m],m in Ea&&Ae(qn,m,s[m]);r!==!1&&Ye("setSelect")}}n.setSelect=Hl;function Mi(s){if(w[s].show)Ve&&Ja(Ee[s],An);else if(Ve&&yt(Ee[s],An),nt){let m=On?Tt[0]:Tt[s];m!=null&&Jt(m,-10,-10,X,N)}}function on(s,r,m){Ta(s,{min:r,max:m})}function jt(s,r,m,f){r.focus!=null&&zi(s),r.show!=null&&w.forEach(($,v)=>{v>0&&(s==v||s==null)&&($.show=r.show,Mi(v),a==2?(on($.facets[0].scale,null,null),on($.facets[1].scale,null,null)):on($.scale,null,null),Bn())}),m!==!1&&Ye("setSeries",s,r),f&&yl("setSeries",n,s,r)}n.setSeries=jt;function Li(s,r){Oe(q[s],r)}function Ii(s,r){s.fill=re(s.fill||null),s.dir=me(s.dir,-1),r=r??q.length,q.splice(r,0,s)}function Ri(s){s==null?q.length=0:q.splice(s,1)}n.addBand=Ii,n.setBand=Li,n.delBand=Ri;function Ni(s,r){w[s].alpha=r,nt&&Tt[s]!=null&&(Tt[s].style.opacity=r),Ve&&Ee[s]&&(Ee[s].style.opacity=r)}let en,rn,kn,Zn={focus:!0};function zi(s){if(s!=kn){let r=s==null,m=Bt.alpha!=1;w.forEach((f,$)=>{if(a==1||$>0){let v=r||$==0||$==s;f._focus=r?null:v,m&&Ni($,v?1:Bt.alpha)}}),kn=s,m&&Bn()}}Ve&&Fn&&lt(So,he,s=>{V._lock||(yn(s),kn!=null&&jt(null,Zn,!0,Ne.setSeries))});function Gt(s,r,m){let f=A[r];m&&(s=s/ge-(f.ori==1?Ue:xe));let $=X;f.ori==1&&($=N,s=$-s),f.dir==-1&&(s=$-s);let v=f._min,k=f._max,C=s/$,P=v+(k-v)*C,I=f.distr;return I==3?al(10,P):I==4?Cc(P,f.asinh):I==100?f.bwd(P):P}function Fi(s,r){let m=Gt(s,z,r);return Ot(m,t[0],Be,je)}n.valToIdx=s=>Ot(s,t[0]),n.posToIdx=Fi,n.posToVal=Gt,n.valToPos=(s,r,m)=>A[r].ori==0?o(s,A[r],m?ct:X,m?ft:0):i(s,A[r],m?It:N,m?St:0),n.setCursor=(s,r,m)=>{Se=s.left,Pe=s.top,xn(null,r,m)};function Bs(s,r){Ae(qn,tl,Ce.left=s),Ae(qn,Al,Ce.width=r)}function js(s,r){Ae(qn,"top",Ce.top=s),Ae(qn,_l,Ce.height=r)}let $l=S.ori==0?Bs:js,bl=S.ori==1?Bs:js;function Oi(){if(Ve&&ne.live)for(let s=a==2?1:0;s<w.length;s++){if(s==0&&xt)continue;let r=ne.values[s],m=0;for(let f in r)Wt[s][m++].firstChild.nodeValue=r[f]}}function Da(s,r){if(s!=null&&(s.idxs?s.idxs.forEach((m,f)=>{be[f]=m}):Dc(s.idx)||be.fill(s.idx),ne.idx=be[0]),Ve&&ne.live){for(let m=0;m<w.length;m++)(m>0||a==1&&!xt)&&Vi(m,be[m]);Oi()}Ct=!1,r!==!1&&Ye("setLegend")}n.setLegend=Da;function Vi(s,r){let m=w[s],f=s==0&&j==2?Rt:t[s],$;xt?$=m.values(n,s,r)??ln:($=m.value(n,r==null?null:f[r],s,r),$=$==null?ln:{_:$}),ne.values[s]=$}function xn(s,r,m){Ws=Se,Hs=Pe,[Se,Pe]=V.move(n,Se,Pe),V.left=Se,V.top=Pe,nt&&(jn&&Jt(jn,We(Se),0,X,N),Gn&&Jt(Gn,0,We(Pe),X,N));let f,$=Be>je;en=we,rn=null;let v=S.ori==0?X:N,k=S.ori==1?X:N;if(Se<0||Je==0||$){f=V.idx=null;for(let C=0;C<w.length;C++){let P=Tt[C];P!=null&&Jt(P,-10,-10,X,N)}Fn&&jt(null,Zn,!0,s==null&&Ne.setSeries),ne.live&&(be.fill(f),Ct=!0)}else{let C,P,I;a==1&&(C=S.ori==0?Se:Pe,P=Gt(C,z),f=V.idx=Ot(P,t[0],Be,je),I=O(t[0][f],S,v,0));let R=-10,F=-10,J=0,fe=0,pe=!0,ae="",G="";for(let U=a==2?1:0;U<w.length;U++){let Te=w[U],Me=be[U],qe=Me==null?null:a==1?t[U][Me]:t[U][1][Me],ve=V.dataIdx(n,U,f,P),Le=ve==null?null:a==1?t[U][ve]:t[U][1][ve];if(Ct=Ct||Le!=qe||ve!=Me,be[U]=ve,U>0&&Te.show){let gt=ve==null?-10:ve==f?I:O(a==1?t[0][ve]:t[U][0][ve],S,v,0),at=Le==null?-10:Z(Le,a==1?A[Te.scale]:A[Te.facets[1].scale],k,0);if(Fn&&Le!=null){let At=S.ori==1?Se:Pe,Nt=He(Bt.dist(n,U,ve,at,At));if(Nt<en){let Kt=Bt.bias;if(Kt!=0){let ht=Gt(At,Te.scale),_t=Le>=0?1:-1,zt=ht>=0?1:-1;zt==_t&&(zt==1?Kt==1?Le>=ht:Le<=ht:Kt==1?Le<=ht:Le>=ht)&&(en=Nt,rn=U)}else en=Nt,rn=U}}if(Ct||On){let At,Nt;S.ori==0?(At=gt,Nt=at):(At=at,Nt=gt);let Kt,ht,_t,zt,Yt,st,$t=!0,Sn=et.bbox;if(Sn!=null){$t=!1;let ot=Sn(n,U);_t=ot.left,zt=ot.top,Kt=ot.width,ht=ot.height}else _t=At,zt=Nt,Kt=ht=et.size(n,U);if(st=et.fill(n,U),Yt=et.stroke(n,U),On)U==rn&&en<=Bt.prox&&(R=_t,F=zt,J=Kt,fe=ht,pe=$t,ae=st,G=Yt);else{let ot=Tt[U];ot!=null&&(Vn[U]=_t,Un[U]=zt,Eo(ot,Kt,ht,$t),Do(ot,st,Yt),Jt(ot,Mt(_t),Mt(zt),X,N))}}}}if(On){let U=Bt.prox,Te=kn==null?en<=U:en>U||rn!=kn;if(Ct||Te){let Me=Tt[0];Me!=null&&(Vn[0]=R,Un[0]=F,Eo(Me,J,fe,pe),Do(Me,ae,G),Jt(Me,Mt(R),Mt(F),X,N))}}}if(Ce.show&&sn)if(s!=null){let[C,P]=Ne.scales,[I,R]=Ne.match,[F,J]=s.cursor.sync.scales,fe=s.cursor.drag;if(Ge=fe._x,Ke=fe._y,Ge||Ke){let{left:pe,top:ae,width:G,height:U}=s.select,Te=s.scales[F].ori,Me=s.posToVal,qe,ve,Le,gt,at,At=C!=null&&I(C,F),Nt=P!=null&&R(P,J);At&&Ge?(Te==0?(qe=pe,ve=G):(qe=ae,ve=U),Le=A[C],gt=O(Me(qe,F),Le,v,0),at=O(Me(qe+ve,F),Le,v,0),$l(Vt(gt,at),He(at-gt))):$l(0,v),Nt&&Ke?(Te==1?(qe=pe,ve=G):(qe=ae,ve=U),Le=A[P],gt=Z(Me(qe,J),Le,k,0),at=Z(Me(qe+ve,J),Le,k,0),bl(Vt(gt,at),He(at-gt))):bl(0,k)}else Ma()}else{let C=He(Ws-Vs),P=He(Hs-Us);if(S.ori==1){let J=C;C=P,P=J}Ge=Qe.x&&C>=Qe.dist,Ke=Qe.y&&P>=Qe.dist;let I=Qe.uni;I!=null?Ge&&Ke&&(Ge=C>=I,Ke=P>=I,!Ge&&!Ke&&(P>C?Ke=!0:Ge=!0)):Qe.x&&Qe.y&&(Ge||Ke)&&(Ge=Ke=!0);let R,F;Ge&&(S.ori==0?(R=Kn,F=Se):(R=Yn,F=Pe),$l(Vt(R,F),He(F-R)),Ke||bl(0,k)),Ke&&(S.ori==1?(R=Kn,F=Se):(R=Yn,F=Pe),bl(Vt(R,F),He(F-R)),Ge||$l(0,v)),!Ge&&!Ke&&($l(0,0),bl(0,0))}if(Qe._x=Ge,Qe._y=Ke,s==null){if(m){if(no!=null){let[C,P]=Ne.scales;Ne.values[0]=C!=null?Gt(S.ori==0?Se:Pe,C):null,Ne.values[1]=P!=null?Gt(S.ori==1?Se:Pe,P):null}yl(Ha,n,Se,Pe,X,N,f)}if(Fn){let C=m&&Ne.setSeries,P=Bt.prox;kn==null?en<=P&&jt(rn,Zn,!0,C):en>P?jt(null,Zn,!0,C):rn!=kn&&jt(rn,Zn,!0,C)}}Ct&&(ne.idx=f,Da()),r!==!1&&Ye("setCursor")}let cn=null;Object.defineProperty(n,"rect",{get(){return cn==null&&vl(!1),cn}});function vl(s=!1){s?cn=null:(cn=y.getBoundingClientRect(),Ye("syncRect",cn))}function Gs(s,r,m,f,$,v,k){V._lock||sn&&s!=null&&s.movementX==0&&s.movementY==0||(Pa(s,r,m,f,$,v,k,!1,s!=null),s!=null?xn(null,!0,!0):xn(r,!0,!1))}function Pa(s,r,m,f,$,v,k,C,P){if(cn==null&&vl(!1),yn(s),s!=null)m=s.clientX-cn.left,f=s.clientY-cn.top;else{if(m<0||f<0){Se=-10,Pe=-10;return}let[I,R]=Ne.scales,F=r.cursor.sync,[J,fe]=F.values,[pe,ae]=F.scales,[G,U]=Ne.match,Te=r.axes[0].side%2==1,Me=S.ori==0?X:N,qe=S.ori==1?X:N,ve=Te?v:$,Le=Te?$:v,gt=Te?f:m,at=Te?m:f;if(pe!=null?m=G(I,pe)?u(J,A[I],Me,0):-10:m=Me*(gt/ve),ae!=null?f=U(R,ae)?u(fe,A[R],qe,0):-10:f=qe*(at/Le),S.ori==1){let At=m;m=f,f=At}}P&&(r==null||r.cursor.event.type==Ha)&&((m<=1||m>=X-1)&&(m=Cn(m,X)),(f<=1||f>=N-1)&&(f=Cn(f,N))),C?(Vs=m,Us=f,[Kn,Yn]=V.move(n,m,f)):(Se=m,Pe=f)}let Ea={width:0,height:0,left:0,top:0};function Ma(){Hl(Ea,!1)}let Ks,Ys,qs,Zs;function Js(s,r,m,f,$,v,k){sn=!0,Ge=Ke=Qe._x=Qe._y=!1,Pa(s,r,m,f,$,v,k,!0,!1),s!=null&&(lt(Ba,qa,Qs,!1),yl(ko,n,Kn,Yn,X,N,null));let{left:C,top:P,width:I,height:R}=Ce;Ks=C,Ys=P,qs=I,Zs=R}function Qs(s,r,m,f,$,v,k){sn=Qe._x=Qe._y=!1,Pa(s,r,m,f,$,v,k,!1,!0);let{left:C,top:P,width:I,height:R}=Ce,F=I>0||R>0,J=Ks!=C||Ys!=P||qs!=I||Zs!=R;if(F&&J&&Hl(Ce),Qe.setScale&&F&&J){let fe=C,pe=I,ae=P,G=R;if(S.ori==1&&(fe=P,pe=R,ae=C,G=I),Ge&&on(z,Gt(fe,z),Gt(fe+pe,z)),Ke)for(let U in A){let Te=A[U];U!=z&&Te.from==null&&Te.min!=we&&on(U,Gt(ae+G,U),Gt(ae,U))}Ma()}else V.lock&&(V._lock=!V._lock,xn(r,!0,s!=null));s!=null&&(Rn(Ba,qa),yl(Ba,n,Se,Pe,X,N,null))}function Ui(s,r,m,f,$,v,k){if(V._lock)return;yn(s);let C=sn;if(sn){let P=!0,I=!0,R=10,F,J;S.ori==0?(F=Ge,J=Ke):(F=Ke,J=Ge),F&&J&&(P=Se<=R||Se>=X-R,I=Pe<=R||Pe>=N-R),F&&P&&(Se=Se<Kn?0:X),J&&I&&(Pe=Pe<Yn?0:N),xn(null,!0,!0),sn=!1}Se=-10,Pe=-10,be.fill(null),xn(null,!0,!0),C&&(sn=C)}function Xs(s,r,m,f,$,v,k){V._lock||(yn(s),fa(),Ma(),s!=null&&yl(Co,n,Se,Pe,X,N,null))}function eo(){E.forEach(ju),ma(n.width,n.height,!0)}_n(Xl,ll,eo);let Jn={};Jn.mousedown=Js,Jn.mousemove=Gs,Jn.mouseup=Qs,Jn.dblclick=Xs,Jn.setSeries=(s,r,m,f)=>{let $=Ne.match[2];m=$(n,r,m),m!=-1&&jt(m,f,!0,!1)},nt&&(lt(ko,y,Js),lt(Ha,y,Gs),lt(xo,y,s=>{yn(s),vl(!1)}),lt(So,y,Ui),lt(Co,y,Xs),ls.add(n),n.syncRect=vl);let Bl=n.hooks=e.hooks||{};function Ye(s,r,m){Ca?hl.push([s,r,m]):s in Bl&&Bl[s].forEach(f=>{f.call(null,n,r,m)})}(e.plugins||[]).forEach(s=>{for(let r in s.hooks)Bl[r]=(Bl[r]||[]).concat(s.hooks[r])});let to=(s,r,m)=>m,Ne=Oe({key:null,setSeries:!1,filters:{pub:No,sub:No},scales:[z,w[1]?w[1].scale:null],match:[zo,zo,to],values:[null,null]},V.sync);Ne.match.length==2&&Ne.match.push(to),V.sync=Ne;let no=Ne.key,La=Lr(no);function yl(s,r,m,f,$,v,k){Ne.filters.pub(s,r,m,f,$,v,k)&&La.pub(s,r,m,f,$,v,k)}La.sub(n);function Wi(s,r,m,f,$,v,k){Ne.filters.sub(s,r,m,f,$,v,k)&&Jn[s](null,r,m,f,$,v,k)}n.pub=Wi;function Hi(){La.unsub(n),ls.delete(n),gn.clear(),Qa(Xl,ll,eo),d.remove(),he?.remove(),Ye("destroy")}n.destroy=Hi;function Ia(){Ye("init",e,t),Ms(t||e.data,!1),H[z]?Ta(z,H[z]):fa(),zl=Ce.show&&(Ce.width>0||Ce.height>0),vn=Ct=!0,ma(e.width,e.height)}return w.forEach(Ps),E.forEach(wi),l?l instanceof HTMLElement?(l.appendChild(d),Ia()):l(n,Ia):Ia(),n}Ze.assign=Oe;Ze.fmtNum=us;Ze.rangeNum=ea;Ze.rangeLog=la;Ze.rangeAsinh=is;Ze.orient=Pn;Ze.pxRatio=ge;Ze.join=Nc;Ze.fmtDate=ps,Ze.tzDate=Kc;Ze.sync=Lr;{Ze.addGap=Du,Ze.clipGaps=oa;let e=Ze.paths={points:Or};e.linear=Ur,e.stepped=Mu,e.bars=Lu,e.spline=Ru}function fn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Gu(e,t){let l=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return l?`rgba(${parseInt(l[1],16)}, ${parseInt(l[2],16)}, ${parseInt(l[3],16)}, ${t})`:e}function Ku(e,t,l,n){return Ze.paths.bars({size:[.7,60]})(e,t,l,n)}function Yu(e,t){return{hooks:{draw:[l=>{if(!e.length)return;let{ctx:n}=l,a=l.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let o of e){let i=Math.round(l.valToPos(o.t,"x",!0));i<l.bbox.left||i>l.bbox.left+l.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(i,a),n.lineTo(i,a+l.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(i,a+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function jr({rows:e,notes:t,currency:l,interval:n,timeZone:a}){let o=Ra(null),i=Ra(null);return Dt(()=>{let u=o.current;if(!u)return;let c=e.map(L=>new Date(L.timestamp).getTime()/1e3),d=e.map(L=>L.visitors??0),h=e.map(L=>L.revenue??0),g=c.length>1?c[1]-c[0]:3600,b=(t||[]).map(L=>{let w=new Date(L.timestamp).getTime()/1e3,E=-1;for(let A=0;A<c.length;A++)c[A]<=w&&(E=A);return E>=0&&w<c[E]+g?{t:c[E],text:L.text}:null}).filter(Boolean),x=L=>{let w=new Date(L*1e3),E=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...E,timeZone:a}).format(w)}catch{return w.toLocaleString()}},y={width:u.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1},v:{range:(L,w,E)=>[0,Math.max(4,E*1.1)]},r:{range:(L,w,E)=>[0,Math.max(1,E*1.1)]}},axes:[{stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},values:(L,w)=>w.map(x),space:70},{scale:"v",stroke:fn("--muted"),grid:{stroke:fn("--border"),width:1},ticks:{show:!1},values:(L,w)=>w.map(E=>ze(E))},{scale:"r",side:1,stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},values:(L,w)=>w.map(E=>Pt(E,l))}],series:[{},{label:"Visitors",scale:"v",stroke:fn("--visitors"),fill:Gu(fn("--visitors"),.45),paths:Ku,points:{show:!1}},{label:"Revenue",scale:"r",stroke:fn("--revenue"),width:2,points:{show:!1}}],plugins:[Yu(b,fn("--accent"))],hooks:{setCursor:[L=>{let w=L.cursor.idx,E=i.current;if(!E)return;if(w==null){E.textContent="";return}let A=b.filter(q=>q.t===c[w]).map(q=>` \xB7 \u270E ${q.text}`).join("");E.textContent=`${x(c[w])}: ${ze(d[w])} visitors, ${Pt(h[w],l)} revenue${A}`}]}},_=new Ze(y,[c,d,h],u),D=new ResizeObserver(()=>_.setSize({width:u.clientWidth,height:260}));return D.observe(u),()=>{D.disconnect(),_.destroy()}},[e,t,l,n,a]),p`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${i} aria-live="off"></span>
    </div>
    <div class="chart" ref=${o} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&p`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(u=>p`<li key=${u.id}>✎ ${new Date(u.timestamp).toLocaleDateString(void 0,{timeZone:a})}: ${u.text}</li>`)}
    </ul>`}
  </div>`}function ys(e){let[t,l]=T(null);return Dt(()=>{import("/assets/map-YOSCEPAB.js").then(n=>l(()=>n.WorldMap))},[]),t?p`<${t} ...${e} />`:p`<div class="map-placeholder" aria-hidden="true"></div>`}function dl(e){return!e||e.length!==2?"":String.fromCodePoint(...[...e.toUpperCase()].map(t=>127462+t.charCodeAt(0)-65))}function qu(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var En=new Set(["Unknown",""]);function Zu(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function Ju(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var vs={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:En.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:Zu(e.campaign||{}),filter:Ju(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=qu(e.image);return{label:e.country,icon:dl(t),filter:En.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:En.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:En.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:En.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:En.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:En.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:e=>({label:e.goal,filter:["goal",e.goal]})}},Kr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Gr=10;function Yr({panel:e,websiteId:t,scope:l,currency:n,onFilter:a}){let[o,i]=T(e.tabs[0]),[u,c]=T(!1),d=vs[o],h=u?100:Gr,g=ce(()=>M.getFull(`/api/v1/analytics/${d.path}`,{websiteId:t,...l,limit:h}),[o,t,JSON.stringify(l),h]),b=g.data?.data||[],x=g.data?.pagination?.total??b.length,y=Math.max(1,...b.map(D=>D.visitors||0)),_=e.tabs.length>1?p`<${oo} label=${e.title} tabs=${e.tabs.map(D=>[D,vs[D].label])} active=${o} onChange=${D=>{i(D),c(!1)}} />`:p`<h2>${vs[o].label}</h2>`;return p`<section class="card panel" data-panel=${e.id} data-tab=${o} aria-label=${e.title}>
    <div class="panel-head">${_}</div>
    ${e.map&&o==="countries"&&b.length>0&&p`<${ys} rows=${b} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${d.goals?"Completions":d.clicks?"Clicks":""}</span><span>Visitors</span>${!d.goals&&!d.clicks?p`<span>Revenue</span>`:p`<span></span>`}
    </div>
    ${g.error&&p`<${le} error=${g.error} />`}
    ${g.loading&&!g.data?p`<${ue} />`:b.length===0?p`<p class="muted empty">No data for this period</p>`:p`<ol class="rows" data-loading=${g.loading?"true":"false"}>
      ${b.map((D,L)=>{let w=d.row(D),E=`${Math.max(2,Math.round((D.visitors||0)/y*100))}%`,A=p`<span class="row-bar" style=${{width:E}}></span><span class="row-label" title=${w.title||w.label}>${w.icon&&p`<span class="flag" aria-hidden="true">${w.icon} </span>`}${w.label}</span>`,q=p`<span class="num">${d.goals?ze(D.completions):d.clicks?ze(D.clicks):""}</span>
          <span class="num" data-visitors=${D.visitors}>${ze(D.visitors)}</span>
          <span class="num rev">${d.goals||d.clicks?"":Pt(D.revenue,n)}</span>`;return p`<li key=${L} class="row">
          ${w.filter?p`<button type="button" class="row-main" data-filter=${w.filter[0]} data-value=${w.filter[1]} onClick=${()=>a(w.filter[0],w.filter[1])} aria-label=${`Filter by ${w.label}`}>${A}</button>`:p`<span class="row-main">${A}</span>`}
          ${q}
        </li>`})}
    </ol>`}
    ${x>Gr&&p`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>c(!u)}>${u?"Show fewer":`Show all ${ze(Math.min(x,100))}${x>100?"+":""}`}</button>`}
  </section>`}function qr({websiteId:e,scope:t,shared:l}){let n=ce(()=>l?Promise.resolve([]):M.get(`/api/v1/admin/websites/${e}/funnels`),[e,l]),a=(n.data||[]).filter(h=>h.isActive!==!1),[o,i]=T(null),u=o||a[0]?._id,c=ce(()=>u?M.get(`/api/v1/analytics/funnels/${u}`,{websiteId:e,...t}):Promise.resolve(null),[u,e,JSON.stringify(t)]),d=c.data?.[0];return p`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${a.length>1&&p`<select class="input input-small" aria-label="Funnel" value=${u} onChange=${h=>i(h.currentTarget.value)}>
        ${a.map(h=>p`<option value=${h._id} selected=${h._id===u}>${h.name}</option>`)}
      </select>`}
    </div>
    ${n.error&&p`<${le} error=${n.error} />`}
    ${!n.loading&&a.length===0&&p`<p class="muted empty">${l?"No funnels shared.":p`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${c.error&&p`<${le} error=${c.error} />`}
    ${d&&p`<ol class="funnel">
        ${d.steps.map((h,g)=>p`<li key=${g} class="funnel-step">
            <div class="funnel-label"><strong>${g+1}. ${h.name||h.url||h.goalName}</strong>
              <span class="num">${ze(h.visitors)} · ${un(h.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,h.conversionRate)}%`}}></span></div>
            ${g>0&&h.dropOff>0&&p`<div class="funnel-drop small">↘ ${ze(h.dropOff)} dropped off (${un(h.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${ze(d.completed)} of ${ze(d.visitors)} (${un(d.conversionRate)})</p>`}
  </section>`}var ws={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function Xu(e){let t={};for(let l of Object.keys(ws)){let n=e.get(`filter_${l}`);n&&(t[`filter_${l}`]=n)}return t}function ed(e,t){let l=new URLSearchParams(e);for(let[a,o]of Object.entries(t))o==null||o===""?l.delete(a):l.set(a,o);let n=l.toString();return n?`?${n}`:""}function td(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Mn({id:e,label:t,value:l,raw:n,delta:a,lowerIsBetter:o}){let i=null;if(a!=null&&Number.isFinite(a)){let u=o?a<0:a>0,c=Math.abs(a)<.05?"flat":u?"up":"down";i=p`<span class=${`kpi-change ${c}`} title="Change against the previous period">${a>0?"\u2191":a<0?"\u2193":"\u2192"} ${un(Math.abs(a))}</span>`}return p`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${l}</div>
    <div class="kpi-foot">${i}</div>
  </div>`}function nd({now:e,before:t,realtime:l,currency:n,comparable:a}){let o=i=>a?td(e?.[i],t?.[i]):null;return p`<div class="kpis" aria-label="Key figures">
    <${Mn} id="visitors" label="Visitors" raw=${e.visitors} value=${ze(e.visitors)} delta=${o("visitors")} />
    <${Mn} id="revenue" label="Revenue" raw=${e.revenue} value=${Pt(e.revenue,n)} delta=${o("revenue")} />
    <${Mn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${un(e.conversion_rate)} delta=${o("conversion_rate")} />
    <${Mn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Pt(e.revenue_per_visitor,n)} delta=${o("revenue_per_visitor")} />
    <${Mn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${un(e.bounce_rate)} delta=${o("bounce_rate")} lowerIsBetter=${!0} />
    <${Mn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${so(e.avg_session_duration)} delta=${o("avg_session_duration")} />
    <${Mn} id="realtime" label="Visitors now" raw=${l??""} value=${p`<span class="live-dot" aria-hidden="true"></span>${l===null?"\u2013":ze(l)}`} />
  </div>`}function ld({period:e,query:t,go:l,timeZone:n}){let[a,o]=T(e.preset==="custom"),i=Va(n),[u,c]=T(t.get("from")||e.startAt?.slice(0,10)||i),[d,h]=T(t.get("to")||e.endAt?.slice(0,10)||i);return p`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${bt}
        name="period"
        value=${a?"custom":e.preset}
        options=${Oa}
        onChange=${g=>{if(g==="custom")return o(!0);o(!1),l({period:g,from:null,to:null,interval:null})}}
      />
    </label>
    ${a&&p`<form
      class="inline custom-range"
      onSubmit=${g=>{g.preventDefault(),l({period:"custom",from:u,to:d,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${u} max=${i} onInput=${g=>c(g.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${d} max=${i} onInput=${g=>h(g.currentTarget.value)} required /></label>
      <${Q} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}function ks({params:e,query:t,navigate:l,site:n,shared:a=!1}){let o=e.websiteId,i=ce(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):M.get("/api/v1/analytics/metadata",{websiteId:o}),[o,n?.timezone,n?.currency]);if(i.error){let u=a&&[401,403,404].includes(i.error.code);return p`<${le}>${u?"This dashboard is not public. Log in to see it.":i.error.message}<//>${u?p`<p><a href=${`/login?next=/sites/${o}`}>Log in</a></p>`:""}`}return i.data?p`<${ad} websiteId=${o} query=${t} navigate=${l} info=${i.data[0]} shared=${a} />`:p`<${ue} />`}function ad({websiteId:e,query:t,navigate:l,info:n,shared:a}){let o=n.timezone||"UTC",i=n.currency||"USD",u=a?`/share/${e}`:`/sites/${e}`,c=S=>l(u+ed(t,S)),d=Ua({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},o),h=bo(d),g=h.some(([S])=>S===t.get("interval"))?t.get("interval"):h.some(([S])=>S===d.interval)?d.interval:h[0][0],b=Xu(t),x={startAt:d.startAt,endAt:d.endAt},y={...x,...b},_=JSON.stringify(y),D=ce(()=>M.get("/api/v1/analytics/overview",{websiteId:e,...y}),[e,_]),L=!!d.prevStartAt,w=ce(()=>L?M.get("/api/v1/analytics/overview",{websiteId:e,...b,startAt:d.prevStartAt,endAt:d.prevEndAt}):Promise.resolve(null),[e,_,d.prevStartAt]),E=d.startAt?x:{startAt:d.chartStartAt,endAt:d.chartEndAt},A=ce(()=>M.getFull("/api/v1/analytics/timeseries",{websiteId:e,...b,...E,interval:g,fields:"visitors,revenue",limit:1e3}),[e,_,g,E.startAt]),q=ce(()=>a?Promise.resolve([]):M.get(`/api/v1/admin/websites/${e}/notes`,{...E,limit:100,order:"asc"}).catch(()=>[]),[e,E.startAt,E.endAt]),[z,ee]=T(null);Xn(async()=>ee((await M.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let K=A.data?.data||[];if(!d.startAt){let S=K.findIndex(j=>(j.visitors||0)>0||(j.revenue||0)>0);K=S>0?K.slice(S):K}let te=(S,j)=>c({[`filter_${S}`]:j}),Y=Object.entries(b);return p`<div class="dash" data-loading=${D.loading||A.loading?"true":"false"}>
    <div class="toolbar">
      <${ld} key=${d.preset} period=${d} query=${t} go=${c} timeZone=${o} />
      <span class="muted small tz" title="Days follow the website's time zone">${o}</span>
      ${a&&p`<span class="badge">Read-only</span>`}
    </div>
    ${Y.length>0&&p`<div class="chips" aria-label="Filters">
      ${Y.map(([S,j])=>p`<span class="chip" data-chip=${S}>
          <span>${ws[S.slice(7)]||S.slice(7)}: <strong>${j.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${ws[S.slice(7)]} filter`} onClick=${()=>c({[S]:null})}>✕</button>
        </span>`)}
      ${Y.length>1&&p`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>c(Object.fromEntries(Y.map(([S])=>[S,null])))}>Clear all</button>`}
    </div>`}
    ${D.error&&p`<${le} error=${D.error} />`}
    ${D.data?p`<${nd} now=${D.data[0]} before=${w.data?.[0]} realtime=${z} currency=${i} comparable=${L} />`:!D.error&&p`<div class="kpis kpis-loading"><${ue} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${h.length>1&&p`<div class="seg" role="group" aria-label="Interval">
          ${h.map(([S,j])=>p`<button type="button" class=${`seg-btn ${S===g?"active":""}`} aria-pressed=${S===g} onClick=${()=>c({interval:S})}>${j}</button>`)}
        </div>`}
      </div>
      ${A.error&&p`<${le} error=${A.error} />`}
      ${A.data?p`<${jr} rows=${K} notes=${q.data||[]} currency=${i} interval=${g} timeZone=${o} />`:!A.error&&p`<div class="chart-placeholder"><${ue} /></div>`}
    </section>
    <div class="panels">
      ${Kr.map(S=>p`<${Yr} key=${S.id} panel=${S} websiteId=${e} scope=${y} currency=${i} onFilter=${te} />`)}
      <${qr} websiteId=${e} scope=${y} shared=${a} />
    </div>
  </div>`}var sd=5e3,od={pageview:"\u{1F441}",goal:"\u{1F3AF}",payment:"\u{1F4B0}",payment_received:"\u{1F4B0}",external_link:"\u2197",identify:"\u{1F464}"};function Zr({params:e}){let t=e.websiteId,[l,n]=T(null),[a,o]=T(null);Xn(async()=>{try{n(await M.get("/api/v1/analytics/realtime/map",{websiteId:t})),o(null)}catch(c){o(c)}},sd,[t]);let i=l?.visitors||[],u=i.filter(c=>typeof c.latitude=="number"&&typeof c.longitude=="number").map(c=>({latitude:c.latitude,longitude:c.longitude,label:`${c.location?.city||c.location?.countryCode||"Visitor"} \xB7 ${c.currentUrl||""}`}));return p`<div class="stack">
    <${le} error=${a} />
    <div class="live-grid">
      <${oe} title=${p`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${l?l.count:"\u2026"}</span>`}>
        <${ys} points=${u} />
        ${i.length===0?p`<p class="muted empty">Nobody right now.</p>`:p`<ul class="feed" aria-label="Visitors now">
              ${i.map(c=>p`<li key=${c.visitorId}>
                  <span aria-hidden="true">${dl(c.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${c.visitorId}`}>${c.currentUrl||"/"} <span class="muted small">${[c.system?.browser?.name,c.system?.os?.name,c.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${c.sessionStartTime?Qn(c.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${oe} title="Live events">
          ${(l?.recentEvents||[]).length===0?p`<p class="muted empty">No events in the last 10 minutes.</p>`:p`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${l.recentEvents.map(c=>p`<li key=${c._id}>
                    <span aria-hidden="true">${od[c.type]||"\u2022"}</span>
                    <span class="what">${c.type==="pageview"?c.path:`${c.type}${c.extraData?.name?`: ${c.extraData.name}`:""} on ${c.path||"/"}`}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${oe} title="Recent payments">
          ${(l?.recentPayments||[]).length===0?p`<p class="muted empty">No payment in the last 10 minutes.</p>`:p`<ul class="feed" aria-label="Recent payments">
                ${l.recentPayments.map(c=>p`<li key=${c._id}>
                    <span aria-hidden="true">💰</span>
                    <span class="what"><strong class="rev">${Pt(c.amount,c.currency)}</strong> ${c.name||c.email||""}${c.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var xs=50,rd=1800*1e3;function Jr({params:e,query:t,navigate:l,site:n}){let a=e.websiteId,[o,i]=T(t.get("page")||""),u=t.get("customers")==="1",c=t.get("goal")||"",d=Number(t.get("offset")||0),h=y=>{let _=new URLSearchParams(t);for(let[L,w]of Object.entries(y))w?_.set(L,w):_.delete(L);let D=_.toString();l(`/sites/${a}/visitors${D?`?${D}`:""}`)},g=ce(()=>M.get("/api/v1/analytics/goals",{websiteId:a,limit:100}),[a]),b=ce(()=>M.getFull("/api/v1/visitors",{websiteId:a,limit:xs,offset:d,visitedPageContains:t.get("page")||void 0,isCustomer:u&&!c?"true":void 0,completedGoal:c||void 0}),[a,t.toString()]),x=b.data?.data||[];return p`<${oe} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${y=>{y.preventDefault(),h({page:o.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${o} onInput=${y=>i(y.currentTarget.value)}
      /></label>
      <${Q} type="submit" class="btn-small">Search<//>
      <${tt} label="Customers only" name="customers" checked=${u} disabled=${!!c} onChange=${y=>h({customers:y?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${y=>h({goal:y.currentTarget.value,offset:null})}>
          <option value="" selected=${!c}>Any</option>
          ${(g.data||[]).map(y=>p`<option value=${y.goal} selected=${y.goal===c}>${y.goal}</option>`)}
        </select>
      </label>
    </form>
    ${b.error&&p`<${le} error=${b.error} />`}
    ${b.loading&&!b.data?p`<${ue} />`:x.length===0?p`<p class="muted empty">No visitor matches.</p>`:p`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${x.map(y=>p`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${a}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${dl(y.identity?.country)} ${[y.identity?.city,y.identity?.country].filter(Boolean).join(", ")||"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${Fe(y.lastSeenAt,n?.timezone)}>${Qn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${d>0&&p`<${Q} class="btn-small" onClick=${()=>h({offset:String(Math.max(0,d-xs))||null})}>← Newer<//>`}
      ${b.data?.pagination?.hasMore&&p`<${Q} class="btn-small" onClick=${()=>h({offset:String(d+xs)})}>Older →<//>`}
    </div>
  <//>`}function id(e){let t=[...(e.activity?.visitedPages||[]).map(a=>({kind:"page",at:a.timestamp,text:a.url})),...(e.activity?.completedGoals||[]).filter(a=>a.origin!=="payment_provider").map(a=>({kind:"goal",at:a.timestamp,text:a.name})),...(e.payments||[]).map(a=>({kind:"payment",at:a.timestamp,text:`${Pt(a.amount,a.currency)} ${a.type!=="new"?`(${a.type})`:""}`}))].sort((a,o)=>new Date(a.at)-new Date(o.at)),l=[],n=-1/0;for(let a of t){let o=new Date(a.at).getTime();(l.length===0||a.kind==="page"&&o-n>rd)&&l.push({start:a.at,items:[]}),l[l.length-1].items.push(a),a.kind==="page"&&(n=o)}return l}function Qr({params:e,site:t}){let{websiteId:l,visitorId:n}=e,a=ce(()=>M.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:l}),[n]);if(a.loading)return p`<${ue} />`;if(a.error)return p`<${le} error=${a.error} /><p><a href=${`/sites/${l}/visitors`}>All visitors</a></p>`;let o=a.data,i=o.identity||{},u=t?.timezone,c=o.profile?.metadata?.name||o.profile?.metadata?.email||o.profile?.userId,d=h=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:u}).format(new Date(h))}catch{return h}};return p`<div class="stack">
    <p><a href=${`/sites/${l}/visitors`}>← All visitors</a></p>
    <${oe} title=${p`${dl(i.countryCode)} ${c||`Visitor ${n.slice(0,8)}`} ${o.isCustomer?p`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[i.city,i.region,i.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[i.browser?.name,i.os?.name,i.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${ze(o.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${ze(o.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${Fe(o.activity?.firstVisitAt,u)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(i.params||{}).filter(([,h])=>h).map(([h,g])=>`${h}=${g}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${oe} title="Journey">
      <ol class="journey">
        ${id(o).map((h,g)=>p`<li key=${h.start} class="journey-session">
              <h3>Visit ${g+1} · ${Fe(h.start,u)}</h3>
              <ol class="journey">
                ${h.items.map((b,x)=>p`<li key=${x} class=${`ev ev-${b.kind}`}>
                    <span class="muted small">${d(b.at)}</span>
                    <span aria-hidden="true">${b.kind==="page"?"\u{1F441}":b.kind==="goal"?"\u{1F3AF}":"\u{1F4B0}"}</span>
                    <span>${b.kind==="goal"?`Goal: ${b.text}`:b.kind==="payment"?`Payment ${b.text}`:b.text}</span>
                  </li>`)}
              </ol>
            </li>`)}
      </ol>
    <//>
  </div>`}function Xr({params:e,navigate:t,onAuth:l}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,a=ce(()=>M.get(n),[e.token]),[o,i]=T(""),[u,c]=T("");return p`<main class="auth" id="main"><div class="auth-card"><${oe} title="Join a website">${(()=>{if(a.loading)return p`<${ue} />`;if(a.error)return p`<${le} error=${a.error} /><p><a href="/login">Log in</a></p>`;let h=a.data?.[0]||{},g=h.domain||"a website",b=Re.user&&Re.user.email===h.email,x=async()=>{xl(),await Gl(),l?.(),t(`/sites/${h.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Re.user&&!b?p`<p>This invitation is for <strong>${h.email}</strong>, and you are logged in as ${Re.user.email}. Log out, then open this link again.</p>`:!Re.user&&h.accountExists?p`<p>You are invited to <strong>${g}</strong> as <strong>${h.role}</strong>. An account with ${h.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:p`<p>You are invited to <strong>${g}</strong>${h.role?p` as <strong>${h.role}</strong>`:""}${h.email?p` (${h.email})`:""}.</p>
      ${b?p`<${ye} submitLabel="Accept the invitation" onSubmit=${async()=>{await M.post(`${n}/accept`,{}),await x()}} />`:p`<${ye}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await M.post(`${n}/accept`,{name:o.trim(),password:u}),await M.post("/api/auth/login",{email:h.email,password:u}),await x()}}
          >
            <${B} label="Your name"><${se} name="name" required value=${o} onInput=${i} /><//>
            <${B} label="Choose a password" hint="At least 8 characters"
              ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${u} onInput=${c}
            /><//>
          <//>
`}`})()}<//></div></main>`}function pl(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Ut(e){return(e||[]).join(`
`)}function Ss({title:e,secret:t,what:l,onClose:n}){return p`<${dt}
    title=${e}
    onClose=${n}
    footer=${p`<${Q} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${l} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${qt} text=${t} label="Copy" />
    </div>
  <//>`}function pt({title:e,message:t,confirmLabel:l="Delete",danger:n=!0,run:a,onClose:o}){let[i,u]=T(!1),[c,d]=T(null);return p`<${dt}
    title=${e}
    onClose=${o}
    footer=${p`
      <${Q} onClick=${o}>Cancel<//>
      <${Q}
        kind=${n?"danger-solid":"primary"}
        disabled=${i}
        onClick=${async()=>{u(!0),d(null);try{await a(),o()}catch(h){d(h),u(!1)}}}
        >${i?"Working\u2026":l}<//
      >
    `}
  >
    <p>${t}</p>
    <${le} error=${c} />
  <//>`}function Xe({children:e}){return p`<p class="muted section-intro">${e}</p>`}function ua({title:e,hint:t,children:l}){return p`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${l}
    ${t&&p`<div class="field-hint">${t}</div>`}
  </div>`}var Cs=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],cd=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function ud(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function ei({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,l=ce(()=>M.get(t),[e]);if(l.loading&&!l.data)return p`<${ue} />`;if(l.error)return p`<${le} error=${l.error} />`;let n=l.data[0],a=async(o,i)=>{let u=(await M.put(t,o))[0];return po(e,{name:u.name,domain:u.domain,timezone:u.timezone,currency:u.currency}),Ie(i),u};return p`
    <${dd} initial=${n} save=${a} />
    <${pd} initial=${n} save=${a} websiteId=${e} />
    <${md} initial=${n} save=${a} />
    <${fd} initial=${n} save=${a} />
    <${gd} initial=${n} save=${a} />
    <${hd} initial=${n} save=${a} />
  `}function dd({initial:e,save:t}){let[l,n]=T(e.name||""),[a,o]=T(e.domain||""),[i,u]=T(e.timezone||"UTC"),[c,d]=T(e.currency||"USD"),h=Cs.includes(c)?Cs:[c,...Cs];return p`<${oe} title="Website">
    <${Xe}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${ye}
      onSubmit=${async()=>{let g=await t({name:l.trim()||null,domain:a.trim(),timezone:i,currency:c},"Website settings saved");n(g.name||""),o(g.domain)}}
    >
      <div class="grid-2">
        <${B} label="Name"><${se} name="name" value=${l} onInput=${n} maxlength="100" /><//>
        <${B} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${se} name="domain" required value=${a} onInput=${o}
        /><//>
      </div>
      <div class="grid-2">
        <${B} label="Time zone"><${bt} name="timezone" value=${i} onChange=${u} options=${ud(i)} /><//>
        <${B} label="Currency" hint="Revenue is reported in this currency"
          ><${bt} name="currency" value=${c} onChange=${d} options=${h}
        /><//>
      </div>
    <//>
  <//>`}function pd({initial:e,save:t,websiteId:l}){let[n,a]=T(!!e.isPublicDashboardEnabled),[o,i]=T(!!e.isPublicDataEnabled),[u,c]=T(!!e.isPublicDashboardEnabled),d=`${window.location.origin}/share/${l}`;return p`<${oe} title="Public dashboard">
    <${Xe}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${ye}
      onSubmit=${async()=>{let h=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:o},n?"The dashboard is public":"The dashboard is private");c(!!h.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${tt} name="isPublicDashboardEnabled" checked=${n} onChange=${a} label="Share a read-only public dashboard" />
        <${tt} name="isPublicDataEnabled" checked=${o} onChange=${i} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${u&&p`<div class="share-link" data-share-link>
        <${ua} title="Share link"><${qt} text=${d} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function md({initial:e,save:t}){let[l,n]=T(!!e.isCookieless),[a,o]=T(!!e.isAllHostnamesAllowed),[i,u]=T(Ut(e.allowedHostnames)),[c,d]=T(!!e.isAttackModeEnabled);return p`<${oe} title="Tracking">
    <${ye}
      onSubmit=${async()=>{let h=await t({isCookieless:l,isAllHostnamesAllowed:a,allowedHostnames:pl(i),isAttackModeEnabled:c},"Tracking settings saved");u(Ut(h.allowedHostnames))}}
    >
      <div class="toggles">
        <${tt} name="isCookieless" checked=${l} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${tt} name="isAttackModeEnabled" checked=${c} onChange=${d} label="Attack mode (stricter bot filtering)" />
        <${tt} name="isAllHostnamesAllowed" checked=${a} onChange=${o} label="Accept events from any hostname" />
      </div>
      <${B} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${a} value=${i} onInput=${h=>u(h.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function fd({initial:e,save:t}){let[l,n]=T(Ut(e.excludedIps)),[a,o]=T(Ut(e.excludedPaths)),[i,u]=T(Ut(e.excludedCountries)),[c,d]=T(Ut(e.excludedHostnames)),h=(g,b,x)=>p`<textarea class="input" name=${g} value=${b} onInput=${y=>x(y.currentTarget.value)}></textarea>`;return p`<${oe} title="Exclusions">
    <${Xe}>Events matching any of these are not recorded. One value per line.<//>
    <${ye}
      onSubmit=${async()=>{let g=await t({excludedIps:pl(l),excludedPaths:pl(a),excludedCountries:pl(i).map(b=>b.toUpperCase()),excludedHostnames:pl(c)},"Exclusions saved");n(Ut(g.excludedIps)),o(Ut(g.excludedPaths)),u(Ut(g.excludedCountries)),d(Ut(g.excludedHostnames))}}
    >
      <div class="grid-2">
        <${B} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${h("excludedIps",l,n)}<//>
        <${B} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${h("excludedPaths",a,o)}<//>
      </div>
      <div class="grid-2">
        <${B} label="Countries" hint="Two-letter codes, e.g. US, FR">${h("excludedCountries",i,u)}<//>
        <${B} label="Hostnames" hint="e.g. staging.example.com">${h("excludedHostnames",c,d)}<//>
      </div>
    <//>
  <//>`}function gd({initial:e,save:t}){let[l,n]=T(e.revenueMetric||"revenue"),[a,o]=T(!!e.includeRenewalRevenue),[i,u]=T(e.kpi||""),[c,d]=T(e.kpiColorScheme||"orange");return p`<${oe} title="Revenue and KPI">
    <${ye}
      onSubmit=${async()=>{await t({revenueMetric:l,includeRenewalRevenue:a,kpi:i.trim()||null,kpiColorScheme:c},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${B} label="Revenue metric"
          ><${bt} name="revenueMetric" value=${l} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${B} label="KPI color"><${bt} name="kpiColorScheme" value=${c} onChange=${d} options=${cd} /><//>
      </div>
      <${B} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${se} name="kpi" value=${i} onInput=${u}
      /><//>
      <${tt} name="includeRenewalRevenue" checked=${a} onChange=${o} label="Count renewals in revenue totals" />
    <//>
  <//>`}function hd({initial:e,save:t}){let[l,n]=T(!!e.sendWeeklyReports),[a,o]=T(!!e.sendViralTrafficAlerts);return p`<${oe} title="Emails">
    <${Xe}>Sent to the website owner's email address.<//>
    <${ye} onSubmit=${()=>t({sendWeeklyReports:l,sendViralTrafficAlerts:a},"Email settings saved")}>
      <div class="toggles">
        <${tt} name="sendWeeklyReports" checked=${l} onChange=${n} label="Weekly report every Monday" />
        <${tt} name="sendViralTrafficAlerts" checked=${a} onChange=${o} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var ti=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function ni({websiteId:e,site:t}){return p`
    <${$d} websiteId=${e} site=${t} />
    <${wd} websiteId=${e} site=${t} />
  `}function li(e){return e?Fe(e):p`<span class="muted">Never</span>`}function $d({websiteId:e,site:t}){let l=`/api/v1/admin/websites/${e}/apikeys`,n=ce(()=>M.get(l),[e]),[a,o]=T(null),i=()=>o(null),u=(c,d)=>{n.reload(),o(p`<${Ss} title=${c} secret=${d[0].key} what="website key" onClose=${i} />`)};return p`<${oe}
    title="Website keys"
    class="website-keys"
    actions=${p`<${Q} kind="primary" onClick=${()=>o(p`<${bd} path=${l} onClose=${i} onCreated=${c=>u("Website key created",c)} />`)}>New website key<//>`}
  >
    <${Xe}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&p`<${le} error=${n.error} />`}
    ${n.loading&&!n.data?p`<${ue} />`:p`<${vt}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(c=>({...c,key:c._id}))}
          columns=${[{key:"name",label:"Name",render:c=>c.name||p`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:c=>p`<code class="mono" data-masked-key>${c.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:c=>li(c.lastUsedAt)},{key:"createdAt",label:"Created",render:c=>Fe(c.createdAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:c=>p`<div class="row-actions">
                <${Q}
                  class="btn-small"
                  aria-label=${`Roll ${c.name||c.displayKey}`}
                  onClick=${()=>o(p`<${pt}
                      title="Roll this key?"
                      message=${`${c.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let d=await M.put(`${l}/${c._id}`);setTimeout(()=>u("Website key rolled",d))}}
                      onClose=${i}
                    />`)}
                  >Roll<//
                >
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${c.name||c.displayKey}`}
                  onClick=${()=>o(p`<${pt}
                      title="Delete this key?"
                      message=${`${c.displayKey} stops working at once. This cannot be undone.`}
                      run=${async()=>{await M.del(`${l}/${c._id}`),Ie("Website key deleted"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${a}
  <//>`}function bd({path:e,onClose:t,onCreated:l}){let[n,a]=T("");return p`<${dt} title="New website key" onClose=${t}>
    <${ye}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let o=await M.post(e,n.trim()?{name:n.trim()}:{});t(),l(o)}}
    >
      <${B} label="Name" hint="Where the key is used, e.g. Production server"
        ><${se} name="keyName" value=${n} onInput=${a} maxlength="100"
      /><//>
    <//>
  <//>`}function vd(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=uo()||[];return e.websiteIds.map(l=>t.find(n=>n._id===l)?.domain||l).join(", ")}function yd(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function wd({websiteId:e,site:t}){let l="/api/v1/admin/access-tokens",n=ce(()=>M.get(l),[]),[a,o]=T(null),i=()=>o(null);return p`<${oe}
    title="Account tokens"
    class="account-tokens"
    actions=${p`<${Q}
      kind="primary"
      onClick=${()=>o(p`<${kd}
          websiteId=${e}
          site=${t}
          onClose=${i}
          onCreated=${u=>{n.reload(),o(p`<${Ss} title="Account token created" secret=${u[0].key} what="token" onClose=${i} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${Xe}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&p`<${le} error=${n.error} />`}
    ${n.loading&&!n.data?p`<${ue} />`:p`<${vt}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name",render:u=>u.name||p`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:u=>p`<code class="mono" data-masked-key>${u.displayKey}</code>`},{key:"permissions",label:"Permissions",render:u=>p`<span class="small">${yd(u)}</span>`},{key:"websiteIds",label:"Websites",render:u=>p`<span class="small">${vd(u)}</span>`},{key:"lastUsedAt",label:"Last used",render:u=>li(u.lastUsedAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:u=>p`<div class="row-actions">
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Revoke ${u.name||u.displayKey}`}
                  onClick=${()=>o(p`<${pt}
                      title="Revoke this token?"
                      message=${`${u.displayKey} stops working at once. This cannot be undone.`}
                      confirmLabel="Revoke"
                      run=${async()=>{await M.del(`${l}/${u._id}`),Ie("Token revoked"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Revoke<//
                >
              </div>`}]}
        />`}
    ${a}
  <//>`}function kd({websiteId:e,site:t,onClose:l,onCreated:n}){let[a,o]=T(""),[i,u]=T(!1),[c,d]=T(["analytics:read","websites:read"]),[h,g]=T(!0),b=(x,y)=>d(_=>y?[..._.filter(D=>D!==x),x]:_.filter(D=>D!==x));return p`<${dt} title="New account token" onClose=${l}>
    <${ye}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let x={permissions:i?["*"]:ti.map(([_])=>_).filter(_=>c.includes(_)),websiteIds:h?[e]:[]};a.trim()&&(x.name=a.trim());let y=await M.post("/api/v1/admin/access-tokens",x);l(),n(y)}}
    >
      <${B} label="Name" hint="e.g. Reporting script"><${se} name="tokenName" value=${a} onInput=${o} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${tt} name="perm-all" checked=${i} onChange=${u} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${i}>
          ${ti.map(([x,y])=>p`<${tt} key=${x} name=${`perm-${x}`} value=${x} checked=${c.includes(x)} onChange=${_=>b(x,_)} label=${p`<span class="perm">${y}<code>${x}</code></span>`} />`)}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Websites</legend>
        <div class="toggles" role="radiogroup">
          <label class="checkbox"><input type="radio" name="scope" checked=${h} onChange=${()=>g(!0)} /> <span>Only ${t?.domain||"this website"}</span></label>
          <label class="checkbox"><input type="radio" name="scope" checked=${!h} onChange=${()=>g(!1)} /> <span>All websites of the account</span></label>
        </div>
      </fieldset>
    <//>
  <//>`}function xd(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function ai({websiteId:e,role:t}){let l=`/api/v1/admin/websites/${e}/team`,n=ce(()=>Promise.all([M.get(l),M.get(`${l}/invitations`)]),[e]),[a,o]=T(null),i=()=>o(null),u=t==="owner",[c,d]=n.data||[[],[]],h=(g,b,x,y)=>o(p`<${pt}
      title=${g}
      message=${b}
      confirmLabel="Remove"
      run=${async()=>{await M.del(l,x),Ie(y),n.reload()}}
      onClose=${i}
    />`);return p`
    ${u&&p`<${Sd} path=${l} onInvited=${g=>{n.reload(),o(p`<${Cd} invitation=${g[0]} onClose=${i} />`)}} />`}
    <${oe} title="Members" class="team-members">
      ${!u&&p`<${Xe}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&p`<${le} error=${n.error} />`}
      ${n.loading&&!n.data?p`<${ue} />`:p`<${vt}
            caption="Members"
            rows=${c.map(g=>({...g,key:g.userId}))}
            columns=${[{key:"name",label:"Name",render:g=>p`${g.name||g.email}${g.email===Re.user?.email?p` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:g=>p`<span class="badge">${g.role}</span>`},{key:"joinedAt",label:"Joined",render:g=>Fe(g.joinedAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:g=>u&&g.role!=="owner"?p`<div class="row-actions"><${Q}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${g.email}`}
                        onClick=${()=>h("Remove this person?",`${g.email} loses access to this website at once, with their tokens and keys for it.`,{userId:g.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${oe} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?p`<${ue} />`:p`<${vt}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${d.map(g=>({...g,key:g.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:g=>p`<span class="badge">${g.role}</span>`},{key:"createdAt",label:"Invited",render:g=>Fe(g.createdAt)},{key:"expiresAt",label:"Expires",render:g=>Fe(g.expiresAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:g=>u?p`<div class="row-actions"><${Q}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${g.email}`}
                        onClick=${()=>h("Revoke this invitation?",`The link sent to ${g.email} stops working.`,{invitationId:g.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${a}
  `}function Sd({path:e,onInvited:t}){let[l,n]=T(""),[a,o]=T("viewer");return p`<${oe} title="Invite someone">
    <${Xe}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${ye}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let i=await M.post(e,{email:l.trim(),role:a});n(""),t(i)}}
    >
      <div class="grid-2">
        <${B} label="Email"><${se} type="email" name="inviteEmail" required value=${l} onInput=${n} autocomplete="off" /><//>
        <${B} label="Role"><${bt} name="inviteRole" value=${a} onChange=${o} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Cd({invitation:e,onClose:t}){let l=xd(e.inviteUrl);return p`<${dt} title="Invitation created" onClose=${t} footer=${p`<${Q} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${Fe(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${qt} text=${l} label="Copy link" /></div>
  <//>`}function si({status:e}){return p`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function oi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,l=ce(()=>M.get(t),[e]),n=ce(()=>M.getFull(`${t}/history`,{limit:50}),[e]),[a,o]=T(null),i=()=>o(null),u=()=>{i(),l.reload(),n.reload()},c=d=>o(p`<${Td} path=${t} alert=${d} onClose=${i} onSaved=${u} />`);return p`
    <${oe} title="Goal alerts" class="alerts" actions=${p`<${Q} kind="primary" onClick=${()=>c(null)}>New alert<//>`}>
      <${Xe}>An email to the website owner each time a visitor completes the goal.<//>
      ${l.error&&p`<${le} error=${l.error} />`}
      ${l.loading&&!l.data?p`<${ue} />`:p`<${vt}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(l.data||[]).map(d=>({...d,key:d._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:d=>p`<code>${d.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:d=>p`<span class="badge">${d.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:d=>d.recentLogs?.[0]?p`<${si} status=${d.recentLogs[0].status} /> ${Fe(d.recentLogs[0].triggeredAt)}`:p`<span class="muted">Never</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:d=>p`<div class="row-actions">
                  <${Q} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>c(d)}>Edit<//>
                  <${Q}
                    class="btn-small btn-danger"
                    aria-label=${`Delete ${d.name}`}
                    onClick=${()=>o(p`<${pt}
                        title="Delete this alert?"
                        message=${`"${d.name}" stops sending emails. Its history stays.`}
                        run=${async()=>{await M.del(`${t}/${d._id}`),Ie("Alert deleted"),l.reload()}}
                        onClose=${i}
                      />`)}
                    >Delete<//
                  >
                </div>`}]}
          />`}
    <//>
    <${oe} title="Delivery history" class="alert-history" actions=${p`<${Q} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&p`<${le} error=${n.error} />`}
      ${n.data&&p`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?p`<${ue} />`:p`<${vt}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:d=>Fe(d.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:d=>p`<code>${d.goalName}</code>`},{key:"status",label:"Status",render:d=>p`<${si} status=${d.status} />${d.error?p` <span class="small muted">${d.error}</span>`:""}`}]}
          />`}
    <//>
    ${a}
  `}function Td({path:e,alert:t,onClose:l,onSaved:n}){let[a,o]=T(t?.name||""),[i,u]=T(t?.trigger?.goalName||""),[c,d]=T(t?.template?.subject||""),[h,g]=T(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[b,x]=T(t?t.isEnabled:!0);return p`<${dt} title=${t?"Edit alert":"New alert"} onClose=${l}>
    <${ye}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:a.trim(),trigger:{type:"goal",goalName:i.trim()},destination:{type:"email"},template:{subject:c.trim()||null,message:h.trim()},isEnabled:b};t?await M.put(`${e}/${t._id}`,y):await M.post(e,y),Ie(t?"Alert saved":"Alert created"),n()}}
    >
      <${B} label="Name"><${se} name="alertName" required value=${a} onInput=${o} maxlength="100" /><//>
      <${B} label="Goal" hint="The goal name your site sends, e.g. signup"><${se} name="alertGoal" required value=${i} onInput=${u} /><//>
      <${B} label="Subject" hint="Empty: the standard subject"><${se} name="alertSubject" value=${c} onInput=${d} maxlength="200" /><//>
      <${B} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${h} onInput=${y=>g(y.currentTarget.value)}></textarea>
      <//>
      <${tt} name="alertEnabled" checked=${b} onChange=${x} label="Enabled" />
    <//>
  <//>`}var Ad=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function ri({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,l=ce(()=>M.get(t),[e]);if(l.loading&&!l.data)return p`<${ue} />`;if(l.error)return p`<${le} error=${l.error} />`;let n=l.data[0];return p`<div class="provider-grid">
    ${Ad.map(([a,o,i,u])=>p`<${_d} key=${a} path=${`${t}/${a}`} slug=${a} name=${o} fields=${i} webhookHelp=${u} state=${n[a]||{}} reload=${l.reload} />`)}
  </div>`}function _d({path:e,slug:t,name:l,fields:n,webhookHelp:a,state:o,reload:i}){let[u,c]=T({}),[d,h]=T(null),[g,b]=T(!1),x=(_,D)=>c(L=>({...L,[_]:D})),y=!!o.connected;return p`<${oe}
    title=${p`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${l}`}
    class=${`provider provider-${t}`}
    actions=${p`<span class=${`badge ${y?"badge-ok":""}`}>${y?"Connected":"Not connected"}</span>`}
  >
    ${y&&p`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${o.displayKey||"\u2014"}</code></dd>
      ${o.storeId&&p`<dt>Store</dt><dd>${o.storeId}</dd>`}
      ${o.orgId&&p`<dt>Organization</dt><dd>${o.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${o.webhookSecretConfigured?p`<code class="mono">${o.displayWebhookSecret}</code>`:p`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${Fe(o.connectedAt)}</dd>
      ${t==="paddle"&&o.resyncRequestedAt&&p`<dt>Resync queued</dt><dd>${Fe(o.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${ua} title="Webhook URL" hint=${a}><${qt} text=${o.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!g?p`<div class="form-actions">
          <${Q} onClick=${()=>b(!0)}>Replace keys<//>
          ${t==="paddle"&&p`<${Q}
            onClick=${async()=>{try{await M.patch(e),Ie("Paddle resync queued"),i()}catch(_){Ie(_.message,"error")}}}
            >Resync payments<//
          >`}
          <${Q}
            class="btn-danger"
            onClick=${()=>h(p`<${pt}
                title=${`Disconnect ${l}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await M.del(e),Ie(`${l} disconnected`),i()}}
                onClose=${()=>h(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:p`<${ye}
          submitLabel=${y?"Save keys":`Connect ${l}`}
          busyLabel="Connecting…"
          extra=${y?p`<${Q} onClick=${()=>b(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let _={};for(let[D]of n)(u[D]||"").trim()&&(_[D]=u[D].trim());(u.webhookSecret||"").trim()&&(_.webhookSecret=u.webhookSecret.trim()),await M.post(e,_),Ie(`${l} connected`),c({}),b(!1),i()}}
        >
          ${n.map(([_,D,L,w])=>p`<${B} key=${_} label=${D} hint=${L}
                ><${se} name=${`${t}-${_}`} type=${w?"password":"text"} autocomplete="off" value=${u[_]||""} onInput=${E=>x(_,E)}
              /><//>`)}
          <${B} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${se} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${u.webhookSecret||""} onInput=${_=>x("webhookSecret",_)}
          /><//>
        <//>`}
    ${d}
  <//>`}var Dd=100;function Pd(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function ii({websiteId:e,site:t}){let l=`/api/v1/admin/websites/${e}/notes`,[n,a]=T(""),o=ce(()=>M.getFull(l,{limit:Dd,q:n.trim()||void 0}),[e,n]),[i,u]=T(null),c=()=>u(null),d=b=>u(p`<${Ed}
      path=${l}
      note=${b}
      timeZone=${t?.timezone}
      onClose=${c}
      onSaved=${()=>{c(),o.reload()}}
    />`),h=o.data?.data||[],g=o.data?.pagination?.total??h.length;return p`<${oe} title="Notes" class="notes" actions=${p`<${Q} kind="primary" onClick=${()=>d(null)}>New note<//>`}>
    <${Xe}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${se} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${a} /></label>
      ${o.data&&p`<span class="muted small">${g} note${g===1?"":"s"}${g>h.length?`, newest ${h.length} shown`:""}</span>`}
    </div>
    ${o.error&&p`<${le} error=${o.error} />`}
    ${o.loading&&!o.data?p`<${ue} />`:p`<${vt}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${h.map(b=>({...b,key:b.id}))}
          columns=${[{key:"timestamp",label:"When",render:b=>p`<span style="white-space:nowrap">${Fe(b.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:b=>p`<span class="note-text">${b.text}</span>`},{key:"author",label:"By",render:b=>b.author?.name||p`<span class="muted">—</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:b=>p`<div class="row-actions">
                <${Q} class="btn-small" aria-label=${`Edit note ${b.text.slice(0,30)}`} onClick=${()=>d(b)}>Edit<//>
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Delete note ${b.text.slice(0,30)}`}
                  onClick=${()=>u(p`<${pt}
                      title="Delete this note?"
                      message=${b.text}
                      run=${async()=>{await M.del(`${l}/${b.id}`),Ie("Note deleted"),o.reload()}}
                      onClose=${c}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${i}
  <//>`}function Ed({path:e,note:t,timeZone:l,onClose:n,onSaved:a}){let o=t?Md(t.timestamp,l):{date:Pd(),time:""},[i,u]=T(t?.text||""),[c,d]=T(o.date),[h,g]=T(o.time);return p`<${dt} title=${t?"Edit note":"New note"} onClose=${n}>
    <${ye}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let b=h?Ld(c,h,l):c,x={text:i.trim(),timestamp:b};t?await M.put(`${e}/${t.id}`,x):await M.post(e,x),Ie(t?"Note saved":"Note added"),a()}}
    >
      <${B} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${i} onInput=${b=>u(b.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${B} label="Date"><${se} type="date" name="noteDate" required value=${c} onInput=${d} /><//>
        <${B} label="Time" hint=${`Optional, ${l||"UTC"}`}><${se} type="time" name="noteTime" value=${h} onInput=${g} /><//>
      </div>
    <//>
  <//>`}function ci(e,t){let l=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(l.formatToParts(new Date(e)).map(a=>[a.type,a.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Md(e,t){let l=ci(Date.parse(e),t);return{date:l.date,time:l.time==="00:00"?"":l.time}}function Ld(e,t,l){let n=Date.parse(`${e}T${t}:00Z`),a=n;for(let o=0;o<2;o++){let i=ci(a,l),u=Date.parse(`${i.date}T${i.time}:00Z`);a+=n-u}return new Date(a).toISOString()}function Id(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function ui({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,l=ce(()=>M.get(t),[e]),[n,a]=T(null),o=()=>a(null),i=u=>a(p`<${Rd}
      path=${t}
      funnel=${u}
      onClose=${o}
      onSaved=${()=>{o(),l.reload()}}
    />`);return p`<${oe} title="Funnels" class="funnels" actions=${p`<${Q} kind="primary" onClick=${()=>i(null)}>New funnel<//>`}>
    <${Xe}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${l.error&&p`<${le} error=${l.error} />`}
    ${l.loading&&!l.data?p`<${ue} />`:p`<${vt}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(l.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:u=>p`<span class="small">${u.steps.map(c=>`${c.name} (${Id(c)})`).join(" \u2192 ")}</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:u=>p`<div class="row-actions">
                <${Q} class="btn-small" aria-label=${`Edit ${u.name}`} onClick=${()=>i(u)}>Edit<//>
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${u.name}`}
                  onClick=${()=>a(p`<${pt}
                      title="Delete this funnel?"
                      message=${`"${u.name}" disappears from the dashboard.`}
                      run=${async()=>{await M.del(`${t}/${u._id}`),Ie("Funnel deleted"),l.reload()}}
                      onClose=${o}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${n}
  <//>`}var Ts=()=>({name:"",type:"pageview",url:"",goalName:""});function Rd({path:e,funnel:t,onClose:l,onSaved:n}){let[a,o]=T(t?.name||""),[i,u]=T(t?t.steps.map(d=>({id:d.id,name:d.name,type:d.type,url:d.url||"",goalName:d.goalName||""})):[Ts(),Ts()]),c=(d,h)=>u(g=>g.map((b,x)=>x===d?{...b,...h}:b));return p`<${dt} title=${t?"Edit funnel":"New funnel"} onClose=${l}>
    <${ye}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let d={name:a.trim(),steps:i.map(h=>{let g={name:h.name.trim(),type:h.type};return h.id&&(g.id=h.id),h.type==="goal"?g.goalName=h.goalName.trim():g.url=h.url.trim(),g})};t?await M.put(`${e}/${t._id}`,d):await M.post(e,d),Ie(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${B} label="Funnel name"><${se} name="funnelName" required value=${a} onInput=${o} maxlength="100" /><//>
      ${i.map((d,h)=>p`<fieldset class="group" key=${h}>
          <legend>Step ${h+1}</legend>
          <div class="grid-2">
            <${B} label=${`Step ${h+1} name`}><${se} name=${`stepName${h}`} required value=${d.name} onInput=${g=>c(h,{name:g})} /><//>
            <${B} label=${`Step ${h+1} kind`}
              ><${bt} name=${`stepType${h}`} value=${d.type} onChange=${g=>c(h,{type:g})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${d.type==="goal"?p`<${B} label=${`Step ${h+1} goal`}><${se} name=${`stepGoal${h}`} required value=${d.goalName} onInput=${g=>c(h,{goalName:g})} /><//>`:p`<${B} label=${`Step ${h+1} page`} hint="A path; * matches anything"
                ><${se} name=${`stepUrl${h}`} required placeholder="/pricing" value=${d.url} onInput=${g=>c(h,{url:g})}
              /><//>`}
          ${i.length>2&&p`<${Q} class="btn-small btn-danger" onClick=${()=>u(g=>g.filter((b,x)=>x!==h))}>Remove step ${h+1}<//>`}
        </fieldset>`)}
      <div><${Q} class="btn-small" onClick=${()=>u(d=>[...d,Ts()])}>Add a step<//></div>
    <//>
  <//>`}var As=[["website","Website",ei],["keys","API keys",ni],["team","Team",ai],["funnels","Funnels",ui],["alerts","Alerts",oi],["integrations","Integrations",ri],["notes","Notes",ii]];function di({websiteId:e,site:t,section:l,role:n,navigate:a}){if(n!=="owner"&&n!=="member")return p`<${oe} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let o=As.find(([d])=>d===l)||As[0],[i,,u]=o,c=`/sites/${e}/settings`;return p`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${As.map(([d,h])=>p`<a href=${`${c}/${d}`} class=${`navtab ${d===i?"active":""}`} aria-current=${d===i?"page":void 0}
            >${h}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${i}>
      <${u} key=${`${e}-${i}`} websiteId=${e} site=${t} role=${n} navigate=${a} />
    </div>
  </div>`}var Nd=[["/login",mo,"anyone"],["/setup",fo,"anyone"],["/invite/:token",Xr,"anyone"],["/share/:websiteId",Ud,"anyone"],["/",ho,"member"],["/sites/:websiteId",Ll(ks,"dashboard"),"member"],["/sites/:websiteId/realtime",Ll(Zr,"realtime"),"member"],["/sites/:websiteId/visitors",Ll(Jr,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",Ll(Qr,"visitors"),"member"],["/sites/:websiteId/settings/:section?",Ll(Vd,"settings"),"member"]];function zd(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[l,n,a]of Nd){let o=l.split("/").filter(Boolean),i={},u=!0;for(let c=0;c<Math.max(o.length,t.length);c++){let d=o[c],h=t[c];if(d===void 0){u=!1;break}if(d.startsWith(":")){let g=d.endsWith("?"),b=d.slice(1).replace(/\?$/,"");if(h===void 0){g||(u=!1);break}i[b]=decodeURIComponent(h)}else if(d!==h){u=!1;break}}if(u)return{screen:n,params:i,access:a}}return null}function pi(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var da=new Set;function Il(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),da.forEach(l=>l()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>da.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let l=new URL(t.href,window.location.href);l.origin!==window.location.origin||l.pathname.startsWith("/api/")||l.pathname.startsWith("/js/")||(e.preventDefault(),Il(l.pathname+l.search))});function Fd(){let[e,t]=T(pi()),[l,n]=T({checked:!1,error:null});if(Dt(()=>{let u=()=>t(pi());return da.add(u),()=>da.delete(u)},[]),Dt(()=>{Gl().then(()=>n({checked:!0,error:null}),u=>n({checked:!0,error:u})),M.onUnauthorized=()=>{Re.user=null,Re.csrfToken=null;let u=window.location.pathname;!["/login","/setup"].includes(u)&&!u.startsWith("/share/")&&!u.startsWith("/invite/")&&Il(`/login?next=${encodeURIComponent(u+window.location.search)}`,{replace:!0})}},[]),!l.checked)return p`<${ue} />`;if(l.error)return p`<main class="page"><${le} error=${l.error} /></main>`;let a=zd(e.path);if(!a)return p`<${mi}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(a.access==="member"&&!Re.user)return p`<${Od} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let o=a.screen,i=p`<${o} params=${a.params} query=${e.query} navigate=${Il} onAuth=${()=>n({checked:!0,error:null})} />`;return a.access==="member"?p`<${mi}>${i}<//>`:i}function Od({to:e}){return Dt(()=>Il(e,{replace:!0}),[e]),null}function mi({children:e}){return p`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Re.user&&p`<span class="muted who">${Re.user.name||Re.user.email}</span>`}
        ${Re.user&&p`<${Q}
          kind="ghost"
          onClick=${async()=>{await co(),Il("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${Na} />
  </div>`}function Ll(e,t){return function(n){let{websiteId:a}=n.params,[o,i]=T({site:Kl(a),error:null});if(Dt(()=>{o.site||kl().then(()=>i({site:Kl(a),error:Kl(a)?null:new Error("This website does not exist or is not shared with you")}),h=>i({site:null,error:h}))},[a]),o.error)return p`<main class="page"><${le} error=${o.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!o.site)return p`<${ue} />`;let u=o.site,c=`/sites/${u._id}`,d=[["dashboard","Dashboard",c],["realtime","Realtime",`${c}/realtime`],["visitors","Visitors",`${c}/visitors`],["settings","Settings",`${c}/settings`]];return p`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${u.name||u.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${d.map(([h,g,b])=>p`<a href=${b} class=${`navtab ${h===t?"active":""}`} aria-current=${h===t?"page":void 0}>${g}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${n} site=${u} /></main>
    </div>`}}function Vd({params:e,site:t,navigate:l}){return p`<${di} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${l} />`}function Ud(e){return p`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${ks} ...${e} site=${null} shared=${!0} /></main>
    <${Na} />
  </div>`}ao(p`<${Fd} />`,document.getElementById("app"));export{zd as match,Il as navigate};
