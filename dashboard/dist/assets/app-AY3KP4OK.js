import{A as re,B as ye,C as ro,a as so,b as C,c as dt,d as ka,f as p,g as ze,h as Pt,i as un,j as oo,k as Fe,l as Qn,m as ce,n as Xn,o as X,p as G,q as oe,r as vt,s as nt,t as yt,u as pt,v as qt,w as Ie,x as zl,y as le,z as ue}from"/assets/chunk-5KCA4ZVZ.js";var Ka=class extends Error{constructor(t,a){super(a),this.code=t}},Re={user:null,csrfToken:null};function Yi(e,t){let a=new URLSearchParams;for(let[l,o]of Object.entries(t||{}))o==null||o===""||a.set(l,String(o));let n=a.toString();return n?`${e}?${n}`:e}async function ea(e,t,{query:a,body:n}={}){let l={Accept:"application/json"};n!==void 0&&(l["Content-Type"]="application/json"),e!=="GET"&&Re.csrfToken&&(l["X-CSRF-Token"]=Re.csrfToken);let o;try{o=await fetch(Yi(t,a),{method:e,headers:l,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)})}catch{throw new Ka(0,"The server cannot be reached")}let i=null;try{i=await o.json()}catch{}if(o.ok&&i&&i.status==="success")return i;if(o.ok&&i&&i.status===void 0)return{status:"success",data:i};let u=i?.error?.message||`${o.status} ${o.statusText||"error"}`;throw o.status===401&&typeof M.onUnauthorized=="function"&&M.onUnauthorized(),new Ka(i?.error?.code||o.status,u)}var M={async get(e,t){return(await ea("GET",e,{query:t})).data},async getFull(e,t){return ea("GET",e,{query:t})},async post(e,t){return(await ea("POST",e,{body:t??{}})).data},async put(e,t){return(await ea("PUT",e,{body:t??{}})).data},async patch(e,t){return(await ea("PATCH",e,{body:t??{}})).data},async del(e,t){return(await ea("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function xa(e){let t=Array.isArray(e)?e[0]:e;return Re.user=t?.user||null,Re.csrfToken=t?.csrfToken||null,Re}async function Ya(){try{return xa(await M.get("/api/auth/session"))}catch(e){if(e.code===401)return xa(null);throw e}}async function io(e,t){return xa(await M.post("/api/auth/login",{email:e,password:t}))}async function co(e,t,a){return xa(await M.post("/api/auth/signup",{email:e,password:t,name:a||void 0}))}async function uo(){try{await M.post("/api/auth/logout",{})}finally{xa(null)}}var dn=null;async function ta(){return dn=await M.get("/api/v1/admin/websites"),dn}function po(){return dn}function qa(e){return dn?.find(t=>t._id===e)||null}function mo(e,t){dn&&(dn=dn.map(a=>a._id===e?{...a,...t}:a))}function Sa(){dn=null}function qi(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Fl({title:e,children:t,footer:a}){return p`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${a&&p`<div class="auth-foot muted">${a}</div>`}
    </div>
  </main>`}function fo({query:e,navigate:t,onAuth:a}){let[n,l]=C(""),[o,i]=C(""),[u,c]=C(!1);return dt(()=>{M.get("/api/auth/signup").then(d=>{d?.[0]?.signupOpen&&(c(!0),t("/setup",{replace:!0}))},()=>{})},[]),p`<${Fl}
    title="Log in"
    footer=${u?p`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${ye}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await io(n.trim(),o),Sa(),a?.(),t(qi(e),{replace:!0})}}
    >
      <${G} label="Email"><${oe} type="email" name="email" autocomplete="username" required value=${n} onInput=${l} /><//>
      <${G} label="Password"><${oe} type="password" name="password" autocomplete="current-password" required value=${o} onInput=${i} /><//>
    <//>
  <//>`}function go({navigate:e,onAuth:t}){let[a,n]=C({checked:!1,open:!1}),[l,o]=C(""),[i,u]=C(""),[c,d]=C("");return dt(()=>{M.get("/api/auth/signup").then(h=>n({checked:!0,open:!!h?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),a.checked?a.open?p`<${Fl} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${ye}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await co(i.trim(),c,l.trim()),Sa(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${G} label="Your name"><${oe} name="name" autocomplete="name" value=${l} onInput=${o} /><//>
      <${G} label="Email"><${oe} type="email" name="email" autocomplete="username" required value=${i} onInput=${u} /><//>
      <${G} label="Password" hint="At least 8 characters"
        ><${oe} type="password" name="password" autocomplete="new-password" minlength="8" required value=${c} onInput=${d}
      /><//>
    <//>
  <//>`:p`<${Fl} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:p`<${ue} />`}function Zi(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function ho({site:e,onFirstEvent:t}){let[a,n]=C(!1);return Xn(async()=>{if(a)return;((await M.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,a]),p`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${qt} text=${Zi(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${a?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${a?p`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}var Vl=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var Ji="2015-01-01";function Ul(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Ta(e){let[t,a,n]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,n))}function $o(e){return e.toISOString().slice(0,10)}function Zt(e,t){let a=Ta(e);return a.setUTCDate(a.getUTCDate()+t),$o(a)}function Ca(e,t){let a=Ta(e),n=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+t,1)),l=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(a.getUTCDate(),l)),$o(n)}function Ol(e,t){return Math.round((Ta(t)-Ta(e))/864e5)}var Za=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Aa({preset:e,from:t,to:a},n,l=new Date){let o=Ul(n,l),i=(c,d)=>({startAt:c,endAt:d,prevStartAt:Zt(c,-(Ol(c,d)+1)),prevEndAt:Zt(c,-1)}),u;switch(e){case"today":u={...i(o,o),interval:"hour"};break;case"yesterday":u={...i(Zt(o,-1),Zt(o,-1)),interval:"hour"};break;case"24h":{let c=new Date(Math.floor(l.getTime()/6e4)*6e4),d=new Date(c.getTime()-864e5),h=new Date(d.getTime()-864e5);u={startAt:d.toISOString(),endAt:c.toISOString(),prevStartAt:h.toISOString(),prevEndAt:new Date(d.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":u={...i(Zt(o,-6),o),interval:"day"};break;case"30d":u={...i(Zt(o,-29),o),interval:"day"};break;case"12m":u={...i(Zt(Ca(o,-12),1),o),interval:"month"};break;case"week":{let c=(Ta(o).getUTCDay()+6)%7,d=Zt(o,-c);u={startAt:d,endAt:o,prevStartAt:Zt(d,-7),prevEndAt:Zt(o,-7),interval:"day"};break}case"month":{let c=o.slice(0,8)+"01";u={startAt:c,endAt:o,prevStartAt:Ca(c,-1),prevEndAt:Ca(o,-1),interval:"day"};break}case"year":{let c=o.slice(0,5)+"01-01";u={startAt:c,endAt:o,prevStartAt:Ca(c,-12),prevEndAt:Ca(o,-12),interval:"month"};break}case"all":u={chartStartAt:Ji,chartEndAt:o,interval:"month"};break;case"custom":if(Za(t)&&Za(a)&&t<=a){let c=Ol(t,a);u={...i(t,a),interval:c===0?"hour":c<=62?"day":c<=400?"week":"month"};break}default:return Aa({preset:"30d"},n,l)}return{preset:e,...u,label:Vl.find(([c])=>c===e)?.[1]||e}}function bo(e){let t=e.startAt||e.chartStartAt,a=e.endAt||e.chartEndAt,n=Za(t)&&Za(a)?Ol(t,a)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,o])=>o).map(([o,i])=>[o,i])}function Qi(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function Xi({onAdded:e,onCancel:t}){let[a,n]=C(""),[l,o]=C(""),[i,u]=C(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return p`<${re} title="Add a website">
    <${ye}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&p`<${X} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let c=a.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),d=await M.post("/api/v1/admin/websites",{domain:c,name:l.trim()||c,timezone:i});await e(d[0])}}
    >
      <div class="grid-2">
        <${G} label="Domain" hint="Without https://, e.g. example.com"
          ><${oe} name="domain" required placeholder="example.com" value=${a} onInput=${n}
        /><//>
        <${G} label="Name"><${oe} name="name" placeholder="My site" value=${l} onInput=${o} /><//>
      </div>
      <${G} label="Time zone" hint="Days and charts follow this zone"
        ><${vt} name="timezone" value=${i} onChange=${u} options=${Qi()}
      /><//>
    <//>
  <//>`}function ec({site:e}){let{data:t}=ce(()=>{let a=Aa({preset:"7d"},e.timezone||"UTC");return M.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",startAt:a.startAt,endAt:a.endAt})},[e._id]);return p`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${ze(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function vo({query:e,navigate:t}){let a=ce(()=>ta(),[]),[n,l]=C(!1),[o,i]=C(null);if(a.loading&&!a.data)return p`<${ue} />`;if(a.error)return p`<main class="page"><${le} error=${a.error} /></main>`;let u=a.data||[],c=n||u.length===0&&!o;return p`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${u.length>0&&!c&&p`<${X} kind="primary" onClick=${()=>l(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&u.length===0&&p`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${c&&p`<${Xi}
      onCancel=${u.length>0?()=>l(!1):null}
      onAdded=${async d=>{let h=await ta();a.reload(),l(!1),i(h.find(f=>f._id===d.websiteId)||null)}}
    />`}
    ${o&&p`<div class="stack">
      <${ho} site=${o} />
      <p><a class="btn btn-primary" href=${`/sites/${o._id}`}>Open the dashboard</a></p>
    </div>`}
    ${u.length>0&&p`<ul class="site-list card">${u.map(d=>p`<${ec} key=${d._id} site=${d} />`)}</ul>`}
  </main>`}var tc="uplot",nc="u-hz",ac="u-vt",lc="u-title",sc="u-wrap",oc="u-under",rc="u-over",ic="u-axis",An="u-off",cc="u-select",uc="u-cursor-x",dc="u-cursor-y",pc="u-cursor-pt",mc="u-legend",fc="u-live",gc="u-inline",hc="u-series",$c="u-marker",yo="u-label",bc="u-value",Da="width",Pa="height";var wo="bottom",na="left",Wl="right",ss="#000",ko=ss+"0",Hl="mousemove",xo="mousedown",Bl="mouseup",So="mouseenter",Co="mouseleave",To="dblclick",vc="resize",yc="scroll",Ao="change",tl="dppxchange",os="--",ca=typeof window<"u",ql=ca?document:null,la=ca?window:null,wc=ca?navigator:null,ge,Ja;function Zl(){let e=devicePixelRatio;ge!=e&&(ge=e,Ja&&Ql(Ao,Ja,Zl),Ja=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),_n(Ao,Ja,Zl),la.dispatchEvent(new CustomEvent(tl)))}function wt(e,t){if(t!=null){let a=e.classList;!a.contains(t)&&a.add(t)}}function Jl(e,t){let a=e.classList;a.contains(t)&&a.remove(t)}function Ae(e,t,a){e.style[t]=a+"px"}function Ft(e,t,a,n){let l=ql.createElement(e);return t!=null&&wt(l,t),a?.insertBefore(l,n),l}function Et(e,t){return Ft("div",e,t)}var _o=new WeakMap;function Jt(e,t,a,n,l){let o="translate("+t+"px,"+a+"px)",i=_o.get(e);o!=i&&(e.style.transform=o,_o.set(e,o),t<0||a<0||t>n||a>l?wt(e,An):Jl(e,An))}var Do=new WeakMap;function Po(e,t,a){let n=t+a,l=Do.get(e);n!=l&&(Do.set(e,n),e.style.background=t,e.style.borderColor=a)}var Eo=new WeakMap;function Mo(e,t,a,n){let l=t+""+a,o=Eo.get(e);l!=o&&(Eo.set(e,l),e.style.height=a+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-a/2+"px":0)}var rs={passive:!0},kc={...rs,capture:!0};function _n(e,t,a,n){t.addEventListener(e,a,n?kc:rs)}function Ql(e,t,a,n){t.removeEventListener(e,a,rs)}ca&&Zl();function Ot(e,t,a,n){let l;a=a||0,n=n||t.length-1;let o=n<=2147483647;for(;n-a>1;)l=o?a+n>>1:kt((a+n)/2),t[l]<e?a=l:n=l;return e-t[a]<=t[n]-e?a:n}function or(e){return(a,n,l)=>{let o=-1,i=-1;for(let u=n;u<=l;u++)if(e(a[u])){o=u;break}for(let u=l;u>=n;u--)if(e(a[u])){i=u;break}return[o,i]}}var rr=e=>e!=null,ir=e=>e!=null&&e>0,ll=or(rr),xc=or(ir);function Sc(e,t,a,n=0,l=!1){let o=l?xc:ll,i=l?ir:rr;[t,a]=o(e,t,a);let u=e[t],c=e[t];if(t>-1)if(n==1)u=e[t],c=e[a];else if(n==-1)u=e[a],c=e[t];else for(let d=t;d<=a;d++){let h=e[d];i(h)&&(h<u?u=h:h>c&&(c=h))}return[u??we,c??-we]}function sl(e,t,a,n){let l=Ro(e),o=Ro(t);e==t&&(l==-1?(e*=a,t/=a):(e/=a,t*=a));let i=a==10?tn:cr,u=l==1?kt:Mt,c=o==1?Mt:kt,d=u(i(He(e))),h=c(i(He(t))),f=sa(a,d),$=sa(a,h);return a==10&&(d<0&&(f=ke(f,-d)),h<0&&($=ke($,-h))),n||a==2?(e=f*l,t=$*o):(e=mr(e,f),t=ol(t,$)),[e,t]}function is(e,t,a,n){let l=sl(e,t,a,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var cs=.1,Lo={mode:3,pad:cs},Ma={pad:0,soft:null,mode:0},Cc={min:Ma,max:Ma};function nl(e,t,a,n){return rl(a)?Io(e,t,a):(Ma.pad=a,Ma.soft=n?0:null,Ma.mode=n?3:0,Io(e,t,Cc))}function me(e,t){return e??t}function Tc(e,t,a){for(t=me(t,0),a=me(a,e.length-1);t<=a;){if(e[t]!=null)return!0;t++}return!1}function Io(e,t,a){let n=a.min,l=a.max,o=me(n.pad,0),i=me(l.pad,0),u=me(n.hard,-we),c=me(l.hard,we),d=me(n.soft,we),h=me(l.soft,-we),f=me(n.mode,0),$=me(l.mode,0),x=t-e,w=tn(x),A=it(He(e),He(t)),P=tn(A),O=He(P-w);(x<1e-24||O>10)&&(x=0,(e==0||t==0)&&(x=1e-24,f==2&&d!=we&&(o=0),$==2&&h!=-we&&(i=0)));let y=x||A||1e3,D=tn(y),S=sa(10,kt(D)),j=y*(x==0?e==0?.1:1:o),L=ke(mr(e-j,S/10),24),q=e>=d&&(f==1||f==3&&L<=d||f==2&&L>=d)?d:we,Z=it(u,L<q&&e>=q?q:Vt(q,L)),ne=y*(x==0?t==0?.1:1:i),J=ke(ol(t+ne,S/10),24),E=t<=h&&($==1||$==3&&J>=h||$==2&&J<=h)?h:-we,ee=Vt(c,J>E&&t<=E?E:it(E,J));return Z==ee&&Z==0&&(ee=100),[Z,ee]}var Ac=new Intl.NumberFormat(ca?wc.language:"en-US"),us=e=>Ac.format(e),xt=Math,el=xt.PI,He=xt.abs,kt=xt.floor,We=xt.round,Mt=xt.ceil,Vt=xt.min,it=xt.max,sa=xt.pow,Ro=xt.sign,tn=xt.log10,cr=xt.log2,_c=(e,t=1)=>xt.sinh(e)*t,jl=(e,t=1)=>xt.asinh(e/t),we=1/0;function No(e){return(tn((e^e>>31)-(e>>31))|0)+1}function Xl(e,t,a){return Vt(it(e,t),a)}function ur(e){return typeof e=="function"}function ie(e){return ur(e)?e:()=>e}var Dc=()=>{},dr=e=>e,pr=(e,t)=>t,Pc=e=>null,zo=e=>!0,Fo=(e,t)=>e==t,Ec=/\.\d*?(?=9{6,}|0{6,})/gm,Dn=e=>{if(gr(e)||mn.has(e))return e;let t=`${e}`,a=t.match(Ec);if(a==null)return e;let n=a[0].length-1;if(t.indexOf("e-")!=-1){let[l,o]=t.split("e");return+`${Dn(l)}e${o}`}return ke(e,n)};function Cn(e,t){return Dn(ke(Dn(e/t))*t)}function ol(e,t){return Dn(Mt(Dn(e/t))*t)}function mr(e,t){return Dn(kt(Dn(e/t))*t)}function ke(e,t=0){if(gr(e))return e;let a=10**t,n=e*a*(1+Number.EPSILON);return We(n)/a}var mn=new Map;function fr(e){return((""+e).split(".")[1]||"").length}function Ia(e,t,a,n){let l=[],o=n.map(fr);for(let i=t;i<a;i++){let u=He(i),c=ke(sa(e,i),u);for(let d=0;d<n.length;d++){let h=e==10?+`${n[d]}e${i}`:n[d]*c,f=(i>=0?0:u)+(i>=o[d]?0:o[d]),$=e==10?h:ke(h,f);l.push($),mn.set($,f)}}return l}var La={},ds=[],oa=[null,null],pn=Array.isArray,gr=Number.isInteger,Mc=e=>e===void 0;function Oo(e){return typeof e=="string"}function rl(e){let t=!1;if(e!=null){let a=e.constructor;t=a==null||a==Object}return t}function Lc(e){return e!=null&&typeof e=="object"}var Ic=Object.getPrototypeOf(Uint8Array),hr="__proto__";function ra(e,t=rl){let a;if(pn(e)){let n=e.find(l=>l!=null);if(pn(n)||t(n)){a=Array(e.length);for(let l=0;l<e.length;l++)a[l]=ra(e[l],t)}else a=e.slice()}else if(e instanceof Ic)a=e.slice();else if(t(e)){a={};for(let n in e)n!=hr&&(a[n]=ra(e[n],t))}else a=e;return a}function Oe(e){let t=arguments;for(let a=1;a<t.length;a++){let n=t[a];for(let l in n)l!=hr&&(rl(e[l])?Oe(e[l],ra(n[l])):e[l]=ra(n[l]))}return e}var Rc=0,Nc=1,zc=2;function Fc(e,t,a){for(let n=0,l,o=-1;n<t.length;n++){let i=t[n];if(i>o){for(l=i-1;l>=0&&e[l]==null;)e[l--]=null;for(l=i+1;l<a&&e[l]==null;)e[o=l++]=null}}}function Oc(e,t){if(Wc(e)){let i=e[0].slice();for(let u=1;u<e.length;u++)i.push(...e[u].slice(1));return Hc(i[0])||(i=Uc(i)),i}let a=new Set;for(let i=0;i<e.length;i++){let c=e[i][0],d=c.length;for(let h=0;h<d;h++)a.add(c[h])}let n=[Array.from(a).sort((i,u)=>i-u)],l=n[0].length,o=new Map;for(let i=0;i<l;i++)o.set(n[0][i],i);for(let i=0;i<e.length;i++){let u=e[i],c=u[0];for(let d=1;d<u.length;d++){let h=u[d],f=Array(l).fill(void 0),$=t?t[i][d]:Nc,x=[];for(let w=0;w<h.length;w++){let A=h[w],P=o.get(c[w]);A===null?$!=Rc&&(f[P]=A,$==zc&&x.push(P)):f[P]=A}Fc(f,x,l),n.push(f)}}return n}var Vc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Uc(e){let t=e[0],a=t.length,n=Array(a);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,i)=>t[o]-t[i]);let l=[];for(let o=0;o<e.length;o++){let i=e[o],u=Array(a);for(let c=0;c<a;c++)u[c]=i[n[c]];l.push(u)}return l}function Wc(e){let t=e[0][0],a=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=a)return!1;if(l!=t){for(let o=0;o<a;o++)if(l[o]!=t[o])return!1}}return!0}function Hc(e,t=100){let a=e.length;if(a<=1)return!0;let n=0,l=a-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let o=it(1,kt((l-n+1)/t));for(let i=e[n],u=n+o;u<=l;u+=o){let c=e[u];if(c!=null){if(c<=i)return!1;i=c}}return!0}var $r=["January","February","March","April","May","June","July","August","September","October","November","December"],br=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function vr(e){return e.slice(0,3)}var Bc=br.map(vr),jc=$r.map(vr),Gc={MMMM:$r,MMM:jc,WWWW:br,WWW:Bc};function _a(e){return(e<10?"0":"")+e}function Kc(e){return(e<10?"00":e<100?"0":"")+e}var Yc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>_a(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>_a(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>_a(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>_a(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>_a(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Kc(e.getMilliseconds())};function ps(e,t){t=t||Gc;let a=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)a.push(l[0][0]=="{"?Yc[l[1]]:l[0]);return o=>{let i="";for(let u=0;u<a.length;u++)i+=typeof a[u]=="string"?a[u]:a[u](o,t);return i}}var qc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Zc(e,t){let a;return t=="UTC"||t=="Etc/UTC"?a=new Date(+e+e.getTimezoneOffset()*6e4):t==qc?a=e:(a=new Date(e.toLocaleString("en-US",{timeZone:t})),a.setMilliseconds(e.getMilliseconds())),a}var yr=e=>e%1==0,al=[1,2,2.5,5],Jc=Ia(10,-32,0,al),wr=Ia(10,0,32,al),Qc=wr.filter(yr),Tn=Jc.concat(wr),ms=`
`,kr="{YYYY}",Vo=ms+kr,xr="{M}/{D}",Ea=ms+xr,Qa=Ea+"/{YY}",Sr="{aa}",Xc="{h}:{mm}",aa=Xc+Sr,Uo=ms+aa,Wo=":{ss}",$e=null;function Cr(e){let t=e*1e3,a=t*60,n=a*60,l=n*24,o=l*30,i=l*365,c=(e==1?Ia(10,0,3,al).filter(yr):Ia(10,-3,0,al)).concat([t,t*5,t*10,t*15,t*30,a,a*5,a*10,a*15,a*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,o,o*2,o*3,o*4,o*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),d=[[i,kr,$e,$e,$e,$e,$e,$e,1],[l*28,"{MMM}",Vo,$e,$e,$e,$e,$e,1],[l,xr,Vo,$e,$e,$e,$e,$e,1],[n,"{h}"+Sr,Qa,$e,Ea,$e,$e,$e,1],[a,aa,Qa,$e,Ea,$e,$e,$e,1],[t,Wo,Qa+" "+aa,$e,Ea+" "+aa,$e,Uo,$e,1],[e,Wo+".{fff}",Qa+" "+aa,$e,Ea+" "+aa,$e,Uo,$e,1]];function h(f){return($,x,w,A,P,O)=>{let y=[],D=P>=i,S=P>=o&&P<i,j=f(w),L=ke(j*e,3),q=Gl(j.getFullYear(),D?0:j.getMonth(),S||D?1:j.getDate()),Z=ke(q*e,3);if(S||D){let ne=S?P/o:0,J=D?P/i:0,E=L==Z?L:ke(Gl(q.getFullYear()+J,q.getMonth()+ne,1)*e,3),ee=new Date(We(E/e)),U=ee.getFullYear(),Y=ee.getMonth();for(let W=0;E<=A;W++){let V=Gl(U+J*W,Y+ne*W,1),z=V-f(ke(V*e,3));E=ke((+V+z)*e,3),E<=A&&y.push(E)}}else{let ne=P>=l?l:P,J=kt(w)-kt(L),E=Z+J+ol(L-Z,ne);y.push(E);let ee=f(E),U=ee.getHours()+ee.getMinutes()/a+ee.getSeconds()/n,Y=P/n,W=$.axes[x]._space,V=O/W;for(;E=ke(E+P,e==1?0:3),!(E>A);)if(Y>1){let z=kt(ke(U+Y,6))%24,de=f(E).getHours()-z;de>1&&(de=-1),E-=de*n,U=(U+Y)%24;let be=y[y.length-1];ke((E-be)/P,3)*V>=.7&&y.push(E)}else y.push(E)}return y}}return[c,d,h]}var[eu,tu,nu]=Cr(1),[au,lu,su]=Cr(.001);Ia(2,-53,53,[1]);function Ho(e,t){return e.map(a=>a.map((n,l)=>l==0||l==8||n==null?n:t(l==1||a[8]==0?n:a[1]+n)))}function Bo(e,t){return(a,n,l,o,i)=>{let u=t.find(w=>i>=w[0])||t[t.length-1],c,d,h,f,$,x;return n.map(w=>{let A=e(w),P=A.getFullYear(),O=A.getMonth(),y=A.getDate(),D=A.getHours(),S=A.getMinutes(),j=A.getSeconds(),L=P!=c&&u[2]||O!=d&&u[3]||y!=h&&u[4]||D!=f&&u[5]||S!=$&&u[6]||j!=x&&u[7]||u[1];return c=P,d=O,h=y,f=D,$=S,x=j,L(A)})}}function ou(e,t){let a=ps(t);return(n,l,o,i,u)=>l.map(c=>a(e(c)))}function Gl(e,t,a){return new Date(e,t,a)}function jo(e,t){return t(e)}var ru="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Go(e,t){return(a,n,l,o)=>o==null?os:t(e(n))}function iu(e,t){let a=e.series[t];return a.width?a.stroke(e,t):a.points.width?a.points.stroke(e,t):null}function cu(e,t){return e.series[t].fill(e,t)}var uu={show:!0,live:!0,isolate:!1,mount:Dc,markers:{show:!0,width:2,stroke:iu,fill:cu,dash:"solid"},idx:null,idxs:null,values:[]};function du(e,t){let a=e.cursor.points,n=Et(),l=a.size(e,t);Ae(n,Da,l),Ae(n,Pa,l);let o=l/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let i=a.width(e,t,l);return i&&Ae(n,"borderWidth",i),n}function pu(e,t){let a=e.series[t].points;return a._fill||a._stroke}function mu(e,t){let a=e.series[t].points;return a._stroke||a._fill}function fu(e,t){return e.series[t].points.size}var Kl=[0,0];function gu(e,t,a){return Kl[0]=t,Kl[1]=a,Kl}function Xa(e,t,a,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&a(l)}}function Yl(e,t,a,n=!0){return l=>{(!n||l.target==t)&&a(l)}}var hu={show:!0,x:!0,y:!0,lock:!1,move:gu,points:{one:!1,show:du,size:fu,width:0,stroke:mu,fill:pu},bind:{mousedown:Xa,mouseup:Xa,click:Xa,dblclick:Xa,mousemove:Yl,mouseleave:Yl,mouseenter:Yl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,a,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Tr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},fs=Oe({},Tr,{filter:pr}),Ar=Oe({},fs,{size:10}),_r=Oe({},Tr,{show:!1}),gs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Dr="bold "+gs,Pr=1.5,Ko={show:!0,scale:"x",stroke:ss,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Dr,side:2,grid:fs,ticks:Ar,border:_r,font:gs,lineGap:Pr,rotate:0},$u="Value",bu="Time",Yo={show:!0,scale:"x",auto:!1,sorted:1,min:we,max:-we,idxs:[]};function vu(e,t,a,n,l){return t.map(o=>o==null?"":us(o))}function yu(e,t,a,n,l,o,i){let u=[],c=mn.get(l)||0;a=i?a:ke(ol(a,l),c);for(let d=a;d<=n;d=ke(d+l,c))u.push(Object.is(d,-0)?0:d);return u}function es(e,t,a,n,l,o,i){let u=[],c=e.scales[e.axes[t].scale].log,d=c==10?tn:cr,h=kt(d(a));l=sa(c,h),c==10&&(l=Tn[Ot(l,Tn)]);let f=a,$=l*c;c==10&&($=Tn[Ot($,Tn)]);do u.push(f),f=f+l,c==10&&!mn.has(f)&&(f=ke(f,mn.get(l))),f>=$&&(l=f,$=l*c,c==10&&($=Tn[Ot($,Tn)]));while(f<=n);return u}function wu(e,t,a,n,l,o,i){let c=e.scales[e.axes[t].scale].asinh,d=n>c?es(e,t,it(c,a),n,l):[c],h=n>=0&&a<=0?[0]:[];return(a<-c?es(e,t,it(c,-n),-a,l):[c]).reverse().map($=>-$).concat(h,d)}var Er=/./,ku=/[12357]/,xu=/[125]/,qo=/1/,ts=(e,t,a,n)=>e.map((l,o)=>t==4&&l==0||o%n==0&&a.test(l.toExponential()[l<0?1:0])?l:null);function Su(e,t,a,n,l){let o=e.axes[a],i=o.scale,u=e.scales[i],c=e.valToPos,d=o._space,h=c(10,i),f=c(9,i)-h>=d?Er:c(7,i)-h>=d?ku:c(5,i)-h>=d?xu:qo;if(f==qo){let $=He(c(1,i)-h);if($<d)return ts(t.slice().reverse(),u.distr,f,Mt(d/$)).reverse()}return ts(t,u.distr,f,1)}function Cu(e,t,a,n,l){let o=e.axes[a],i=o.scale,u=o._space,c=e.valToPos,d=He(c(1,i)-c(2,i));return d<u?ts(t.slice().reverse(),3,Er,Mt(u/d)).reverse():t}function Tu(e,t,a,n){return n==null?os:t==null?"":us(t)}var Zo={show:!0,scale:"y",stroke:ss,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Dr,side:3,grid:fs,ticks:Ar,border:_r,font:gs,lineGap:Pr,rotate:0};function Au(e,t){let a=3+(e||1)*2;return ke(a*t,3)}function _u(e,t){let{scale:a,idxs:n}=e.series[0],l=e._data[0],o=e.valToPos(l[n[0]],a,!0),i=e.valToPos(l[n[1]],a,!0),u=He(i-o),c=e.series[t],d=u/(c.points.space*ge);return n[1]-n[0]<=d}var Jo={scale:null,auto:!0,sorted:0,min:we,max:-we},Mr=(e,t,a,n,l)=>l,Qo={show:!0,auto:!0,sorted:0,gaps:Mr,alpha:1,facets:[Oe({},Jo,{scale:"x"}),Oe({},Jo,{scale:"y"})]},Xo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Mr,alpha:1,points:{show:_u,filter:null},values:null,min:we,max:-we,idxs:[],path:null,clip:null};function Du(e,t,a,n,l){return a/10}var Lr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Pu=Oe({},Lr,{time:!1,ori:1}),er={};function Ir(e,t){let a=er[e];return a||(a={key:e,plots:[],sub(n){a.plots.push(n)},unsub(n){a.plots=a.plots.filter(l=>l!=n)},pub(n,l,o,i,u,c,d){for(let h=0;h<a.plots.length;h++)a.plots[h]!=l&&a.plots[h].pub(n,l,o,i,u,c,d)}},e!=null&&(er[e]=a)),a}var ia=1,ns=2;function Pn(e,t,a){let n=e.mode,l=e.series[t],o=n==2?e._data[t]:e._data,i=e.scales,u=e.bbox,c=o[0],d=n==2?o[1]:o[t],h=n==2?i[l.facets[0].scale]:i[e.series[0].scale],f=n==2?i[l.facets[1].scale]:i[l.scale],$=u.left,x=u.top,w=u.width,A=u.height,P=e.valToPosH,O=e.valToPosV;return h.ori==0?a(l,c,d,h,f,P,O,$,x,w,A,cl,ua,dl,Nr,Fr):a(l,c,d,h,f,O,P,x,$,A,w,ul,da,bs,zr,Or)}function hs(e,t){let a=0,n=0,l=me(e.bands,ds);for(let o=0;o<l.length;o++){let i=l[o];i.series[0]==t?a=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[a,n==1?-1:n==2?1:n==3?2:0]}function Eu(e,t,a,n,l){let o=e.mode,i=e.series[t],u=o==2?i.facets[1].scale:i.scale,c=e.scales[u];return l==-1?c.min:l==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function nn(e,t,a,n,l,o){return Pn(e,t,(i,u,c,d,h,f,$,x,w,A,P)=>{let O=i.pxRound,y=d.dir*(d.ori==0?1:-1),D=d.ori==0?ua:da,S,j;y==1?(S=a,j=n):(S=n,j=a);let L=O(f(u[S],d,A,x)),q=O($(c[S],h,P,w)),Z=O(f(u[j],d,A,x)),ne=O($(o==1?h.max:h.min,h,P,w)),J=new Path2D(l);return D(J,Z,ne),D(J,L,ne),D(J,L,q),J})}function il(e,t,a,n,l,o){let i=null;if(e.length>0){i=new Path2D;let u=t==0?dl:bs,c=a;for(let f=0;f<e.length;f++){let $=e[f];if($[1]>$[0]){let x=$[0]-c;x>0&&u(i,c,n,x,n+o),c=$[1]}}let d=a+l-c,h=10;d>0&&u(i,c,n-h/2,d,n+o+h)}return i}function Mu(e,t,a){let n=e[e.length-1];n&&n[0]==t?n[1]=a:e.push([t,a])}function $s(e,t,a,n,l,o,i){let u=[],c=e.length;for(let d=l==1?a:n;d>=a&&d<=n;d+=l)if(t[d]===null){let f=d,$=d;if(l==1)for(;++d<=n&&t[d]===null;)$=d;else for(;--d>=a&&t[d]===null;)$=d;let x=o(e[f]),w=$==f?x:o(e[$]),A=f-l;x=i<=0&&A>=0&&A<c?o(e[A]):x;let O=$+l;w=i>=0&&O>=0&&O<c?o(e[O]):w,w>=x&&u.push([x,w])}return u}function tr(e){return e==0?dr:e==1?We:t=>Cn(t,e)}function Rr(e){let t=e==0?cl:ul,a=e==0?(l,o,i,u,c,d)=>{l.arcTo(o,i,u,c,d)}:(l,o,i,u,c,d)=>{l.arcTo(i,o,c,u,d)},n=e==0?(l,o,i,u,c)=>{l.rect(o,i,u,c)}:(l,o,i,u,c)=>{l.rect(i,o,c,u)};return(l,o,i,u,c,d=0,h=0)=>{d==0&&h==0?n(l,o,i,u,c):(d=Vt(d,u/2,c/2),h=Vt(h,u/2,c/2),t(l,o+d,i),a(l,o+u,i,o+u,i+c,d),a(l,o+u,i+c,o,i+c,h),a(l,o,i+c,o,i,h),a(l,o,i,o+u,i,d),l.closePath())}}var cl=(e,t,a)=>{e.moveTo(t,a)},ul=(e,t,a)=>{e.moveTo(a,t)},ua=(e,t,a)=>{e.lineTo(t,a)},da=(e,t,a)=>{e.lineTo(a,t)},dl=Rr(0),bs=Rr(1),Nr=(e,t,a,n,l,o)=>{e.arc(t,a,n,l,o)},zr=(e,t,a,n,l,o)=>{e.arc(a,t,n,l,o)},Fr=(e,t,a,n,l,o,i)=>{e.bezierCurveTo(t,a,n,l,o,i)},Or=(e,t,a,n,l,o,i)=>{e.bezierCurveTo(a,t,l,n,i,o)};function Vr(e){return(t,a,n,l,o)=>Pn(t,a,(i,u,c,d,h,f,$,x,w,A,P)=>{let{pxRound:O,points:y}=i,D,S;d.ori==0?(D=cl,S=Nr):(D=ul,S=zr);let j=ke(y.width*ge,3),L=(y.size-y.width)/2*ge,q=ke(L*2,3),Z=new Path2D,ne=new Path2D,{left:J,top:E,width:ee,height:U}=t.bbox;dl(ne,J-q,E-q,ee+q*2,U+q*2);let Y=W=>{if(c[W]!=null){let V=O(f(u[W],d,A,x)),z=O($(c[W],h,P,w));D(Z,V+L,z),S(Z,V,z,L,0,el*2)}};if(o)o.forEach(Y);else for(let W=n;W<=l;W++)Y(W);return{stroke:j>0?Z:null,fill:Z,clip:ne,flags:ia|ns}})}function Ur(e){return(t,a,n,l,o,i)=>{n!=l&&(o!=n&&i!=n&&e(t,a,n),o!=l&&i!=l&&e(t,a,l),e(t,a,i))}}var Lu=Ur(ua),Iu=Ur(da);function Wr(e){let t=me(e?.alignGaps,0);return(a,n,l,o)=>Pn(a,n,(i,u,c,d,h,f,$,x,w,A,P)=>{[l,o]=ll(c,l,o);let O=i.pxRound,y=U=>O(f(U,d,A,x)),D=U=>O($(U,h,P,w)),S,j;d.ori==0?(S=ua,j=Lu):(S=da,j=Iu);let L=d.dir*(d.ori==0?1:-1),q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},Z=q.stroke,ne=!1;if(o-l>=A*4){let U=H=>a.posToVal(H,d.key,!0),Y=null,W=null,V,z,et,_e=y(u[L==1?l:o]),de=y(u[l]),be=y(u[o]),ae=U(L==1?de+1:be-1);for(let H=L==1?l:o;H>=l&&H<=o;H+=L){let Ve=u[H],De=(L==1?Ve<ae:Ve>ae)?_e:y(Ve),he=c[H];De==_e?he!=null?(z=he,Y==null?(S(Z,De,D(z)),V=Y=W=z):z<Y?Y=z:z>W&&(W=z)):he===null&&(ne=!0):(Y!=null&&j(Z,_e,D(Y),D(W),D(V),D(z)),he!=null?(z=he,S(Z,De,D(z)),Y=W=V=z):(Y=W=null,he===null&&(ne=!0)),_e=De,ae=U(_e+L))}Y!=null&&Y!=W&&et!=_e&&j(Z,_e,D(Y),D(W),D(V),D(z))}else for(let U=L==1?l:o;U>=l&&U<=o;U+=L){let Y=c[U];Y===null?ne=!0:Y!=null&&S(Z,y(u[U]),D(Y))}let[E,ee]=hs(a,n);if(i.fill!=null||E!=0){let U=q.fill=new Path2D(Z),Y=i.fillTo(a,n,i.min,i.max,E),W=D(Y),V=y(u[l]),z=y(u[o]);L==-1&&([z,V]=[V,z]),S(U,z,W),S(U,V,W)}if(!i.spanGaps){let U=[];ne&&U.push(...$s(u,c,l,o,L,y,t)),q.gaps=U=i.gaps(a,n,l,o,U),q.clip=il(U,d.ori,x,w,A,P)}return ee!=0&&(q.band=ee==2?[nn(a,n,l,o,Z,-1),nn(a,n,l,o,Z,1)]:nn(a,n,l,o,Z,ee)),q})}function Ru(e){let t=me(e.align,1),a=me(e.ascDesc,!1),n=me(e.alignGaps,0),l=me(e.extend,!1);return(o,i,u,c)=>Pn(o,i,(d,h,f,$,x,w,A,P,O,y,D)=>{[u,c]=ll(f,u,c);let S=d.pxRound,{left:j,width:L}=o.bbox,q=de=>S(w(de,$,y,P)),Z=de=>S(A(de,x,D,O)),ne=$.ori==0?ua:da,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},E=J.stroke,ee=$.dir*($.ori==0?1:-1),U=Z(f[ee==1?u:c]),Y=q(h[ee==1?u:c]),W=Y,V=Y;l&&t==-1&&(V=j,ne(E,V,U)),ne(E,Y,U);for(let de=ee==1?u:c;de>=u&&de<=c;de+=ee){let be=f[de];if(be==null)continue;let ae=q(h[de]),H=Z(be);t==1?ne(E,ae,U):ne(E,W,H),ne(E,ae,H),U=H,W=ae}let z=W;l&&t==1&&(z=j+L,ne(E,z,U));let[et,_e]=hs(o,i);if(d.fill!=null||et!=0){let de=J.fill=new Path2D(E),be=d.fillTo(o,i,d.min,d.max,et),ae=Z(be);ne(de,z,ae),ne(de,V,ae)}if(!d.spanGaps){let de=[];de.push(...$s(h,f,u,c,ee,q,n));let be=d.width*ge/2,ae=a||t==1?be:-be,H=a||t==-1?-be:be;de.forEach(Ve=>{Ve[0]+=ae,Ve[1]+=H}),J.gaps=de=d.gaps(o,i,u,c,de),J.clip=il(de,$.ori,P,O,y,D)}return _e!=0&&(J.band=_e==2?[nn(o,i,u,c,E,-1),nn(o,i,u,c,E,1)]:nn(o,i,u,c,E,_e)),J})}function nr(e,t,a,n,l,o,i=we){if(e.length>1){let u=null;for(let c=0,d=1/0;c<e.length;c++)if(t[c]!==void 0){if(u!=null){let h=He(e[c]-e[u]);h<d&&(d=h,i=He(a(e[c],n,l,o)-a(e[u],n,l,o)))}u=c}}return i}function Nu(e){e=e||La;let t=me(e.size,[.6,we,1]),a=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let o=ie(l),i=1-t[0],u=me(t[1],we),c=me(t[2],1),d=me(e.disp,La),h=me(e.each,x=>{}),{fill:f,stroke:$}=d;return(x,w,A,P)=>Pn(x,w,(O,y,D,S,j,L,q,Z,ne,J,E)=>{let ee=O.pxRound,U=a,Y=n*ge,W=u*ge,V=c*ge,z,et;S.ori==0?[z,et]=o(x,w):[et,z]=o(x,w);let _e=S.dir*(S.ori==0?1:-1),de=S.ori==0?dl:bs,be=S.ori==0?h:(N,xe,Ue,Nn,$n,Ht,bn)=>{h(N,xe,Ue,$n,Nn,bn,Ht)},ae=me(x.bands,ds).find(N=>N.series[0]==w),H=ae!=null?ae.dir:0,Ve=O.fillTo(x,w,O.min,O.max,H),at=ee(q(Ve,j,E,ne)),De,he,Lt,ft=J,Ee=ee(O.width*ge),Wt=!1,Qt=null,St=null,an=null,Ln=null;f!=null&&(Ee==0||$!=null)&&(Wt=!0,Qt=f.values(x,w,A,P),St=new Map,new Set(Qt).forEach(N=>{N!=null&&St.set(N,new Path2D)}),Ee>0&&(an=$.values(x,w,A,P),Ln=new Map,new Set(an).forEach(N=>{N!=null&&Ln.set(N,new Path2D)})));let{x0:In,size:fa}=d;if(In!=null&&fa!=null){U=1,y=In.values(x,w,A,P),In.unit==2&&(y=y.map(Ue=>x.posToVal(Z+Ue*J,S.key,!0)));let N=fa.values(x,w,A,P);fa.unit==2?he=N[0]*J:he=L(N[0],S,J,Z)-L(0,S,J,Z),ft=nr(y,D,L,S,J,Z,ft),Lt=ft-he+Y}else ft=nr(y,D,L,S,J,Z,ft),Lt=ft*i+Y,he=ft-Lt;Lt<1&&(Lt=0),Ee>=he/2&&(Ee=0),Lt<5&&(ee=dr);let za=Lt>0,gn=ft-Lt-(za?Ee:0);he=ee(Xl(gn,V,W)),De=(U==0?he/2:U==_e?0:he)-U*_e*((U==0?Y/2:0)+(za?Ee/2:0));let lt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Rn=Wt?null:new Path2D,Xt=null;if(ae!=null)Xt=x.data[ae.series[1]];else{let{y0:N,y1:xe}=d;N!=null&&xe!=null&&(D=xe.values(x,w,A,P),Xt=N.values(x,w,A,P))}let hn=z*he,te=et*he;for(let N=_e==1?A:P;N>=A&&N<=P;N+=_e){let xe=D[N];if(xe==null)continue;if(Xt!=null){let ct=Xt[N]??0;if(xe-ct==0)continue;at=q(ct,j,E,ne)}let Ue=S.distr!=2||d!=null?y[N]:N,Nn=L(Ue,S,J,Z),$n=q(me(xe,Ve),j,E,ne),Ht=ee(Nn-De),bn=ee(it($n,at)),gt=ee(Vt($n,at)),Ct=bn-gt;if(xe!=null){let ct=xe<0?te:hn,It=xe<0?hn:te;Wt?(Ee>0&&an[N]!=null&&de(Ln.get(an[N]),Ht,gt+kt(Ee/2),he,it(0,Ct-Ee),ct,It),Qt[N]!=null&&de(St.get(Qt[N]),Ht,gt+kt(Ee/2),he,it(0,Ct-Ee),ct,It)):de(Rn,Ht,gt+kt(Ee/2),he,it(0,Ct-Ee),ct,It),be(x,w,N,Ht-Ee/2,gt,he+Ee,Ct)}}return Ee>0?lt.stroke=Wt?Ln:Rn:Wt||(lt._fill=O.width==0?O._fill:O._stroke??O._fill,lt.width=0),lt.fill=Wt?St:Rn,lt})}function zu(e,t){let a=me(t?.alignGaps,0);return(n,l,o,i)=>Pn(n,l,(u,c,d,h,f,$,x,w,A,P,O)=>{[o,i]=ll(d,o,i);let y=u.pxRound,D=z=>y($(z,h,P,w)),S=z=>y(x(z,f,O,A)),j,L,q;h.ori==0?(j=cl,q=ua,L=Fr):(j=ul,q=da,L=Or);let Z=h.dir*(h.ori==0?1:-1),ne=D(c[Z==1?o:i]),J=ne,E=[],ee=[];for(let z=Z==1?o:i;z>=o&&z<=i;z+=Z)if(d[z]!=null){let _e=c[z],de=D(_e);E.push(J=de),ee.push(S(d[z]))}let U={stroke:e(E,ee,j,q,L,y),fill:null,clip:null,band:null,gaps:null,flags:ia},Y=U.stroke,[W,V]=hs(n,l);if(u.fill!=null||W!=0){let z=U.fill=new Path2D(Y),et=u.fillTo(n,l,u.min,u.max,W),_e=S(et);q(z,J,_e),q(z,ne,_e)}if(!u.spanGaps){let z=[];z.push(...$s(c,d,o,i,Z,D,a)),U.gaps=z=u.gaps(n,l,o,i,z),U.clip=il(z,h.ori,w,A,P,O)}return V!=0&&(U.band=V==2?[nn(n,l,o,i,Y,-1),nn(n,l,o,i,Y,1)]:nn(n,l,o,i,Y,V)),U})}function Fu(e){return zu(Ou,e)}function Ou(e,t,a,n,l,o){let i=e.length;if(i<2)return null;let u=new Path2D;if(a(u,e[0],t[0]),i==2)n(u,e[1],t[1]);else{let c=Array(i),d=Array(i-1),h=Array(i-1),f=Array(i-1);for(let $=0;$<i-1;$++)h[$]=t[$+1]-t[$],f[$]=e[$+1]-e[$],d[$]=h[$]/f[$];c[0]=d[0];for(let $=1;$<i-1;$++)d[$]===0||d[$-1]===0||d[$-1]>0!=d[$]>0?c[$]=0:(c[$]=3*(f[$-1]+f[$])/((2*f[$]+f[$-1])/d[$-1]+(f[$]+2*f[$-1])/d[$]),isFinite(c[$])||(c[$]=0));c[i-1]=d[i-2];for(let $=0;$<i-1;$++)l(u,e[$]+f[$]/3,t[$]+c[$]*f[$]/3,e[$+1]-f[$]/3,t[$+1]-c[$+1]*f[$]/3,e[$+1],t[$+1])}return u}var as=new Set;function ar(){for(let e of as)e.syncRect(!0)}ca&&(_n(vc,la,ar),_n(yc,la,ar,!0),_n(tl,la,()=>{Ze.pxRatio=ge}));var Vu=Wr(),Uu=Vr();function lr(e,t,a,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,i)=>ls(o,i,t,a))}function Wu(e,t){return e.map((a,n)=>n==0?{}:Oe({},t,a))}function ls(e,t,a,n){return Oe({},t==0?a:n,e)}function Hr(e,t,a){return t==null?oa:[t,a]}var Hu=Hr;function Bu(e,t,a){return t==null?oa:nl(t,a,cs,!0)}function Br(e,t,a,n){return t==null?oa:sl(t,a,e.scales[n].log,!1)}var ju=Br;function jr(e,t,a,n){return t==null?oa:is(t,a,e.scales[n].log,!1)}var Gu=jr;function Ku(e,t,a,n,l){let o=it(No(e),No(t)),i=t-e,u=Ot(l/n*i,a);do{let c=a[u],d=n*c/i;if(d>=l&&o+(c<5?mn.get(c):0)<=17)return[c,d]}while(++u<a.length);return[0,0]}function sr(e){let t,a;return e=e.replace(/(\d+)px/,(n,l)=>(t=We((a=+l)*ge))+"px"),[e,t,a]}function Yu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let a=ke(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,a+"px"),t[1]=a})}function Ze(e,t,a){let n={mode:me(e.mode,1)},l=n.mode;function o(s,r,m,g){let b=r.valToPct(s);return g+m*(r.dir==-1?1-b:b)}function i(s,r,m,g){let b=r.valToPct(s);return g+m*(r.dir==-1?b:1-b)}function u(s,r,m,g){return r.ori==0?o(s,r,m,g):i(s,r,m,g)}n.valToPosH=o,n.valToPosV=i;let c=!1;n.status=0;let d=n.root=Et(tc);if(e.id!=null&&(d.id=e.id),wt(d,e.class),e.title){let s=Et(lc,d);s.textContent=e.title}let h=Ft("canvas"),f=n.ctx=h.getContext("2d"),$=Et(sc,d);_n("click",$,s=>{s.target===w&&(Se!=Kn||Pe!=Yn)&&Qe.click(n,s)},!0);let x=n.under=Et(oc,$);$.appendChild(h);let w=n.over=Et(rc,$);e=ra(e);let A=+me(e.pxAlign,1),P=tr(A);(e.plugins||[]).forEach(s=>{s.opts&&(e=s.opts(n,e)||e)});let O=e.ms||.001,y=n.series=l==1?lr(e.series||[],Yo,Xo,!1):Wu(e.series||[null],Qo),D=n.axes=lr(e.axes||[],Ko,Zo,!0),S=n.scales={},j=n.bands=e.bands||[];j.forEach(s=>{s.fill=ie(s.fill||null),s.dir=me(s.dir,-1)});let L=l==2?y[1].facets[0].scale:y[0].scale,q={axes:Li,series:_i},Z=(e.drawOrder||["axes","series"]).map(s=>q[s]);function ne(s){let r=s.distr==3?m=>tn(m>0?m:s.clamp(n,m,s.min,s.max,s.key)):s.distr==4?m=>jl(m,s.asinh):s.distr==100?m=>s.fwd(m):m=>m;return m=>{let g=r(m),{_min:b,_max:v}=s,k=v-b;return(g-b)/k}}function J(s){let r=S[s];if(r==null){let m=(e.scales||La)[s]||La;if(m.from!=null){J(m.from);let g=Oe({},S[m.from],m,{key:s});g.valToPct=ne(g),S[s]=g}else{r=S[s]=Oe({},s==L?Lr:Pu,m),r.key=s;let g=r.time,b=r.range,v=pn(b);if((s!=L||l==2&&!g)&&(v&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Lo:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Lo:{mode:1,hard:b[1],soft:b[1]}},v=!1),!v&&rl(b))){let k=b;b=(T,_,I)=>_==null?oa:nl(_,I,k)}r.range=ie(b||(g?Hu:s==L?r.distr==3?ju:r.distr==4?Gu:Hr:r.distr==3?Br:r.distr==4?jr:Bu)),r.auto=ie(v?!1:r.auto),r.clamp=ie(r.clamp||Du),r._min=r._max=null,r.valToPct=ne(r)}}}J("x"),J("y"),l==1&&y.forEach(s=>{J(s.scale)}),D.forEach(s=>{J(s.scale)});for(let s in e.scales)J(s);let E=S[L],ee=E.distr,U,Y;E.ori==0?(wt(d,nc),U=o,Y=i):(wt(d,ac),U=i,Y=o);let W={};for(let s in S){let r=S[s];(r.min!=null||r.max!=null)&&(W[s]={min:r.min,max:r.max},r.min=r.max=null)}let V=e.tzDate||(s=>new Date(We(s/O))),z=e.fmtDate||ps,et=O==1?nu(V):su(V),_e=Bo(V,Ho(O==1?tu:lu,z)),de=Go(V,jo(ru,z)),be=[],ae=n.legend=Oe({},uu,e.legend),H=n.cursor=Oe({},hu,{drag:{y:l==2}},e.cursor),Ve=ae.show,at=H.show,De=ae.markers;ae.idxs=be,De.width=ie(De.width),De.dash=ie(De.dash),De.stroke=ie(De.stroke),De.fill=ie(De.fill);let he,Lt,ft,Ee=[],Wt=[],Qt,St=!1,an={};if(ae.live){let s=y[1]?y[1].values:null;St=s!=null,Qt=St?s(n,1,0):{_:0};for(let r in Qt)an[r]=os}if(Ve)if(he=Ft("table",mc,d),ft=Ft("tbody",null,he),ae.mount(n,he),St){Lt=Ft("thead",null,he,ft);let s=Ft("tr",null,Lt);Ft("th",null,s);for(var Ln in Qt)Ft("th",yo,s).textContent=Ln}else wt(he,gc),ae.live&&wt(he,fc);let In={show:!0},fa={show:!1};function za(s,r){if(r==0&&(St||!ae.live||l==2))return oa;let m=[],g=Ft("tr",hc,ft,ft.childNodes[r]);wt(g,s.class),s.show||wt(g,An);let b=Ft("th",null,g);if(De.show){let T=Et($c,b);if(r>0){let _=De.width(n,r);_&&(T.style.border=_+"px "+De.dash(n,r)+" "+De.stroke(n,r)),T.style.background=De.fill(n,r)}}let v=Et(yo,b);s.label instanceof HTMLElement?v.appendChild(s.label):v.textContent=s.label,r>0&&(De.show||(v.style.color=s.width>0?De.stroke(n,r):De.fill(n,r)),lt("click",b,T=>{if(H._lock)return;yn(T);let _=y.indexOf(s);if((T.ctrlKey||T.metaKey)!=ae.isolate){let I=y.some((R,F)=>F>0&&F!=_&&R.show);y.forEach((R,F)=>{F>0&&jt(F,I?F==_?In:fa:In,!0,Ne.setSeries)})}else jt(_,{show:!s.show},!0,Ne.setSeries)},!1),Fn&&lt(So,b,T=>{H._lock||(yn(T),jt(y.indexOf(s),Zn,!0,Ne.setSeries))},!1));for(var k in Qt){let T=Ft("td",bc,g);T.textContent="--",m.push(T)}return[g,m]}let gn=new Map;function lt(s,r,m,g=!0){let b=gn.get(r)||{},v=H.bind[s](n,r,m,g);v&&(_n(s,r,b[s]=v),gn.set(r,b))}function Rn(s,r,m){let g=gn.get(r)||{};for(let b in g)(s==null||b==s)&&(Ql(b,r,g[b]),delete g[b]);s==null&&gn.delete(r)}let Xt=0,hn=0,te=0,N=0,xe=0,Ue=0,Nn=xe,$n=Ue,Ht=te,bn=N,gt=0,Ct=0,ct=0,It=0;n.bbox={};let fl=!1,Fa=!1,zn=!1,vn=!1,Oa=!1,Tt=!1;function gl(s,r,m){(m||s!=n.width||r!=n.height)&&Ds(s,r),Hn(!1),zn=!0,Fa=!0,Bn()}function Ds(s,r){n.width=Xt=te=s,n.height=hn=N=r,xe=Ue=0,wi(),ki();let m=n.bbox;gt=m.left=Cn(xe*ge,.5),Ct=m.top=Cn(Ue*ge,.5),ct=m.width=Cn(te*ge,.5),It=m.height=Cn(N*ge,.5)}let bi=3;function vi(){let s=!1,r=0;for(;!s;){r++;let m=Ei(r),g=Mi(r);s=r==bi||m&&g,s||(Ds(n.width,n.height),Fa=!0)}}function yi({width:s,height:r}){gl(s,r)}n.setSize=yi;function wi(){let s=!1,r=!1,m=!1,g=!1;D.forEach((b,v)=>{if(b.show&&b._show){let{side:k,_size:T}=b,_=k%2,I=b.label!=null?b.labelSize:0,R=T+I;R>0&&(_?(te-=R,k==3?(xe+=R,g=!0):m=!0):(N-=R,k==0?(Ue+=R,s=!0):r=!0))}}),wn[0]=s,wn[1]=m,wn[2]=r,wn[3]=g,te-=ln[1]+ln[3],xe+=ln[3],N-=ln[2]+ln[0],Ue+=ln[0]}function ki(){let s=xe+te,r=Ue+N,m=xe,g=Ue;function b(v,k){switch(v){case 1:return s+=k,s-k;case 2:return r+=k,r-k;case 3:return m-=k,m+k;case 0:return g-=k,g+k}}D.forEach((v,k)=>{if(v.show&&v._show){let T=v.side;v._pos=b(T,v._size),v.label!=null&&(v._lpos=b(T,v.labelSize))}})}if(H.dataIdx==null){let s=H.hover,r=s.skip=new Set(s.skip??[]);r.add(void 0);let m=s.prox=ie(s.prox),g=s.bias??(s.bias=0);H.dataIdx=(b,v,k,T)=>{if(v==0)return k;let _=k,I=m(b,v,k,T)??we,R=I>=0&&I<we,F=E.ori==0?te:N,Q=H.left,fe=t[0],pe=t[v];if(r.has(pe[k])){_=null;let se=null,K=null,B;if(g==0||g==-1)for(B=k;se==null&&B-- >0;)r.has(pe[B])||(se=B);if(g==0||g==1)for(B=k;K==null&&B++<pe.length;)r.has(pe[B])||(K=B);if(se!=null||K!=null)if(R){let Te=se==null?-1/0:U(fe[se],E,F,0),Me=K==null?1/0:U(fe[K],E,F,0),qe=Q-Te,ve=Me-Q;qe<=ve?qe<=I&&(_=se):ve<=I&&(_=K)}else _=K==null?se:se==null?K:k-se<=K-k?se:K}else R&&He(Q-U(fe[k],E,F,0))>I&&(_=null);return _}}let yn=s=>{H.event=s};H.idxs=be,H._lock=!1;let tt=H.points;tt.show=ie(tt.show),tt.size=ie(tt.size),tt.stroke=ie(tt.stroke),tt.width=ie(tt.width),tt.fill=ie(tt.fill);let Bt=n.focus=Oe({},e.focus||{alpha:.3},H.focus),Fn=Bt.prox>=0,On=Fn&&tt.one,At=[],Vn=[],Un=[];function Ps(s,r){let m=tt.show(n,r);if(m instanceof HTMLElement)return wt(m,pc),wt(m,s.class),Jt(m,-10,-10,te,N),w.insertBefore(m,At[r]),m}function Es(s,r){if(l==1||r>0){let m=l==1&&S[s.scale].time,g=s.value;s.value=m?Oo(g)?Go(V,jo(g,z)):g||de:g||Tu,s.label=s.label||(m?bu:$u)}if(On||r>0){s.width=s.width==null?1:s.width,s.paths=s.paths||Vu||Pc,s.fillTo=ie(s.fillTo||Eu),s.pxAlign=+me(s.pxAlign,A),s.pxRound=tr(s.pxAlign),s.stroke=ie(s.stroke||null),s.fill=ie(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let m=Au(it(1,s.width),1),g=s.points=Oe({},{size:m,width:it(1,m*.2),stroke:s.stroke,space:m*2,paths:Uu,_stroke:null,_fill:null},s.points);g.show=ie(g.show),g.filter=ie(g.filter),g.fill=ie(g.fill),g.stroke=ie(g.stroke),g.paths=ie(g.paths),g.pxAlign=s.pxAlign}if(Ve){let m=za(s,r);Ee.splice(r,0,m[0]),Wt.splice(r,0,m[1]),ae.values.push(null)}if(at){be.splice(r,0,null);let m=null;On?r==0&&(m=Ps(s,r)):r>0&&(m=Ps(s,r)),At.splice(r,0,m),Vn.splice(r,0,0),Un.splice(r,0,0)}Ye("addSeries",r)}function xi(s,r){r=r??y.length,s=l==1?ls(s,r,Yo,Xo):ls(s,r,{},Qo),y.splice(r,0,s),Es(y[r],r)}n.addSeries=xi;function Si(s){if(y.splice(s,1),Ve){ae.values.splice(s,1),Wt.splice(s,1);let r=Ee.splice(s,1)[0];Rn(null,r.firstChild),r.remove()}at&&(be.splice(s,1),At.splice(s,1)[0].remove(),Vn.splice(s,1),Un.splice(s,1)),Ye("delSeries",s)}n.delSeries=Si;let wn=[!1,!1,!1,!1];function Ci(s,r){if(s._show=s.show,s.show){let m=s.side%2,g=S[s.scale];g==null&&(s.scale=m?y[1].scale:L,g=S[s.scale]);let b=g.time;s.size=ie(s.size),s.space=ie(s.space),s.rotate=ie(s.rotate),pn(s.incrs)&&s.incrs.forEach(k=>{!mn.has(k)&&mn.set(k,fr(k))}),s.incrs=ie(s.incrs||(g.distr==2?Qc:b?O==1?eu:au:Tn)),s.splits=ie(s.splits||(b&&g.distr==1?et:g.distr==3?es:g.distr==4?wu:yu)),s.stroke=ie(s.stroke),s.grid.stroke=ie(s.grid.stroke),s.ticks.stroke=ie(s.ticks.stroke),s.border.stroke=ie(s.border.stroke);let v=s.values;s.values=pn(v)&&!pn(v[0])?ie(v):b?pn(v)?Bo(V,Ho(v,z)):Oo(v)?ou(V,v):v||_e:v||vu,s.filter=ie(s.filter||(g.distr>=3&&g.log==10?Su:g.distr==3&&g.log==2?Cu:pr)),s.font=sr(s.font),s.labelFont=sr(s.labelFont),s._size=s.size(n,null,r,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(wn[r]=!0,s._el=Et(ic,$))}}function ga(s,r,m,g){let[b,v,k,T]=m,_=r%2,I=0;return _==0&&(T||v)&&(I=r==0&&!b||r==2&&!k?We(Ko.size/3):0),_==1&&(b||k)&&(I=r==1&&!v||r==3&&!T?We(Zo.size/2):0),I}let Ms=n.padding=(e.padding||[ga,ga,ga,ga]).map(s=>ie(me(s,ga))),ln=n._padding=Ms.map((s,r)=>s(n,r,wn,0)),Je,Be=null,je=null,Va=l==1?y[0].idxs:null,Rt=null,ha=!1;function Ls(s,r){if(t=s??[],n.data=n._data=t,l==2){Je=0;for(let m=1;m<y.length;m++)Je+=t[m][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Je=Rt.length;let m=t;if(ee==2){m=t.slice();let g=m[0]=Array(Je);for(let b=0;b<Je;b++)g[b]=b}n._data=t=m}if(Hn(!0),Ye("setData"),ee==2&&(zn=!0),r!==!1){let m=E;m.auto(n,ha)?hl():on(L,m.min,m.max),vn=vn||H.left>=0,Tt=!0,Bn()}}n.setData=Ls;function hl(){ha=!0;let s,r;l==1&&(Je>0?(Be=Va[0]=0,je=Va[1]=Je-1,s=t[0][Be],r=t[0][je],ee==2?(s=Be,r=je):s==r&&(ee==3?[s,r]=sl(s,s,E.log,!1):ee==4?[s,r]=is(s,s,E.log,!1):E.time?r=s+We(86400/O):[s,r]=nl(s,r,cs,!0))):(Be=Va[0]=s=null,je=Va[1]=r=null)),on(L,s,r)}let Ua,Wn,$l,bl,vl,yl,wl,kl,xl,ut;function Is(s,r,m,g,b,v){s??(s=ko),m??(m=ds),g??(g="butt"),b??(b=ko),v??(v="round"),s!=Ua&&(f.strokeStyle=Ua=s),b!=Wn&&(f.fillStyle=Wn=b),r!=$l&&(f.lineWidth=$l=r),v!=vl&&(f.lineJoin=vl=v),g!=yl&&(f.lineCap=yl=g),m!=bl&&f.setLineDash(bl=m)}function Rs(s,r,m,g){r!=Wn&&(f.fillStyle=Wn=r),s!=wl&&(f.font=wl=s),m!=kl&&(f.textAlign=kl=m),g!=xl&&(f.textBaseline=xl=g)}function Sl(s,r,m,g,b=0){if(g.length>0&&s.auto(n,ha)&&(r==null||r.min==null)){let v=me(Be,0),k=me(je,g.length-1),T=m.min==null?Sc(g,v,k,b,s.distr==3):[m.min,m.max];s.min=Vt(s.min,m.min=T[0]),s.max=it(s.max,m.max=T[1])}}let Ns={min:null,max:null};function Ti(){for(let g in S){let b=S[g];W[g]==null&&(b.min==null||W[L]!=null&&b.auto(n,ha))&&(W[g]=Ns)}for(let g in S){let b=S[g];W[g]==null&&b.from!=null&&W[b.from]!=null&&(W[g]=Ns)}W[L]!=null&&Hn(!0);let s={};for(let g in W){let b=W[g];if(b!=null){let v=s[g]=ra(S[g],Lc);if(b.min!=null)Oe(v,b);else if(g!=L||l==2)if(Je==0&&v.from==null){let k=v.range(n,null,null,g);v.min=k[0],v.max=k[1]}else v.min=we,v.max=-we}}if(Je>0){y.forEach((g,b)=>{if(l==1){let v=g.scale,k=W[v];if(k==null)return;let T=s[v];if(b==0){let _=T.range(n,T.min,T.max,v);T.min=_[0],T.max=_[1],Be=Ot(T.min,t[0]),je=Ot(T.max,t[0]),je-Be>1&&(t[0][Be]<T.min&&Be++,t[0][je]>T.max&&je--),g.min=Rt[Be],g.max=Rt[je]}else g.show&&g.auto&&Sl(T,k,g,t[b],g.sorted);g.idxs[0]=Be,g.idxs[1]=je}else if(b>0&&g.show&&g.auto){let[v,k]=g.facets,T=v.scale,_=k.scale,[I,R]=t[b],F=s[T],Q=s[_];F!=null&&Sl(F,W[T],v,I,v.sorted),Q!=null&&Sl(Q,W[_],k,R,k.sorted),g.min=k.min,g.max=k.max}});for(let g in s){let b=s[g],v=W[g];if(b.from==null&&(v==null||v.min==null)){let k=b.range(n,b.min==we?null:b.min,b.max==-we?null:b.max,g);b.min=k[0],b.max=k[1]}}}for(let g in s){let b=s[g];if(b.from!=null){let v=s[b.from];if(v.min==null)b.min=b.max=null;else{let k=b.range(n,v.min,v.max,g);b.min=k[0],b.max=k[1]}}}let r={},m=!1;for(let g in s){let b=s[g],v=S[g];if(v.min!=b.min||v.max!=b.max){v.min=b.min,v.max=b.max;let k=v.distr;v._min=k==3?tn(v.min):k==4?jl(v.min,v.asinh):k==100?v.fwd(v.min):v.min,v._max=k==3?tn(v.max):k==4?jl(v.max,v.asinh):k==100?v.fwd(v.max):v.max,r[g]=m=!0}}if(m){y.forEach((g,b)=>{l==2?b>0&&r.y&&(g._paths=null):r[g.scale]&&(g._paths=null)});for(let g in r)zn=!0,Ye("setScale",g);at&&H.left>=0&&(vn=Tt=!0)}for(let g in W)W[g]=null}function Ai(s){let r=Xl(Be-1,0,Je-1),m=Xl(je+1,0,Je-1);for(;s[r]==null&&r>0;)r--;for(;s[m]==null&&m<Je-1;)m++;return[r,m]}function _i(){if(Je>0){let s=y.some(r=>r._focus)&&ut!=Bt.alpha;s&&(f.globalAlpha=ut=Bt.alpha),y.forEach((r,m)=>{if(m>0&&r.show&&(zs(m,!1),zs(m,!0),r._paths==null)){let g=ut;ut!=r.alpha&&(f.globalAlpha=ut=r.alpha);let b=l==2?[0,t[m][0].length-1]:Ai(t[m]);r._paths=r.paths(n,m,b[0],b[1]),ut!=g&&(f.globalAlpha=ut=g)}}),y.forEach((r,m)=>{if(m>0&&r.show){let g=ut;ut!=r.alpha&&(f.globalAlpha=ut=r.alpha),r._paths!=null&&Fs(m,!1);{let b=r._paths!=null?r._paths.gaps:null,v=r.points.show(n,m,Be,je,b),k=r.points.filter(n,m,v,b);(v||k)&&(r.points._paths=r.points.paths(n,m,Be,je,k),Fs(m,!0))}ut!=g&&(f.globalAlpha=ut=g),Ye("drawSeries",m)}}),s&&(f.globalAlpha=ut=1)}}function zs(s,r){let m=r?y[s].points:y[s];m._stroke=m.stroke(n,s),m._fill=m.fill(n,s)}function Fs(s,r){let m=r?y[s].points:y[s],{stroke:g,fill:b,clip:v,flags:k,_stroke:T=m._stroke,_fill:_=m._fill,_width:I=m.width}=m._paths;I=ke(I*ge,3);let R=null,F=I%2/2;r&&_==null&&(_=I>0?"#fff":T);let Q=m.pxAlign==1&&F>0;if(Q&&f.translate(F,F),!r){let fe=gt-I/2,pe=Ct-I/2,se=ct+I,K=It+I;R=new Path2D,R.rect(fe,pe,se,K)}r?Cl(T,I,m.dash,m.cap,_,g,b,k,v):Di(s,T,I,m.dash,m.cap,_,g,b,k,R,v),Q&&f.translate(-F,-F)}function Di(s,r,m,g,b,v,k,T,_,I,R){let F=!1;_!=0&&j.forEach((Q,fe)=>{if(Q.series[0]==s){let pe=y[Q.series[1]],se=t[Q.series[1]],K=(pe._paths||La).band;pn(K)&&(K=Q.dir==1?K[0]:K[1]);let B,Te=null;pe.show&&K&&Tc(se,Be,je)?(Te=Q.fill(n,fe)||v,B=pe._paths.clip):K=null,Cl(r,m,g,b,Te,k,T,_,I,R,B,K),F=!0}}),F||Cl(r,m,g,b,v,k,T,_,I,R)}let Os=ia|ns;function Cl(s,r,m,g,b,v,k,T,_,I,R,F){Is(s,r,m,g,b),(_||I||F)&&(f.save(),_&&f.clip(_),I&&f.clip(I)),F?(T&Os)==Os?(f.clip(F),R&&f.clip(R),Ha(b,k),Wa(s,v,r)):T&ns?(Ha(b,k),f.clip(F),Wa(s,v,r)):T&ia&&(f.save(),f.clip(F),R&&f.clip(R),Ha(b,k),f.restore(),Wa(s,v,r)):(Ha(b,k),Wa(s,v,r)),(_||I||F)&&f.restore()}function Wa(s,r,m){m>0&&(r instanceof Map?r.forEach((g,b)=>{f.strokeStyle=Ua=b,f.stroke(g)}):r!=null&&s&&f.stroke(r))}function Ha(s,r){r instanceof Map?r.forEach((m,g)=>{f.fillStyle=Wn=g,f.fill(m)}):r!=null&&s&&f.fill(r)}function Pi(s,r,m,g){let b=D[s],v;if(g<=0)v=[0,0];else{let k=b._space=b.space(n,s,r,m,g),T=b._incrs=b.incrs(n,s,r,m,g,k);v=Ku(r,m,T,g,k)}return b._found=v}function Tl(s,r,m,g,b,v,k,T,_,I){let R=k%2/2;A==1&&f.translate(R,R),Is(T,k,_,I,T),f.beginPath();let F,Q,fe,pe,se=b+(g==0||g==3?-v:v);m==0?(Q=b,pe=se):(F=b,fe=se);for(let K=0;K<s.length;K++)r[K]!=null&&(m==0?F=fe=s[K]:Q=pe=s[K],f.moveTo(F,Q),f.lineTo(fe,pe));f.stroke(),A==1&&f.translate(-R,-R)}function Ei(s){let r=!0;return D.forEach((m,g)=>{if(!m.show)return;let b=S[m.scale];if(b.min==null){m._show&&(r=!1,m._show=!1,Hn(!1));return}else m._show||(r=!1,m._show=!0,Hn(!1));let v=m.side,k=v%2,{min:T,max:_}=b,[I,R]=Pi(g,T,_,k==0?te:N);if(R==0)return;let F=b.distr==2,Q=m._splits=m.splits(n,g,T,_,I,R,F),fe=b.distr==2?Q.map(B=>Rt[B]):Q,pe=b.distr==2?Rt[Q[1]]-Rt[Q[0]]:I,se=m._values=m.values(n,m.filter(n,fe,g,R,pe),g,R,pe);m._rotate=v==2?m.rotate(n,se,g,R):0;let K=m._size;m._size=Mt(m.size(n,se,g,s)),K!=null&&m._size!=K&&(r=!1)}),r}function Mi(s){let r=!0;return Ms.forEach((m,g)=>{let b=m(n,g,wn,s);b!=ln[g]&&(r=!1),ln[g]=b}),r}function Li(){for(let s=0;s<D.length;s++){let r=D[s];if(!r.show||!r._show)continue;let m=r.side,g=m%2,b,v,k=r.stroke(n,s),T=m==0||m==3?-1:1,[_,I]=r._found;if(r.label!=null){let ot=r.labelGap*T,bt=We((r._lpos+ot)*ge);Rs(r.labelFont[0],k,"center",m==2?"top":wo),f.save(),g==1?(b=v=0,f.translate(bt,We(Ct+It/2)),f.rotate((m==3?-el:el)/2)):(b=We(gt+ct/2),v=bt);let Sn=ur(r.label)?r.label(n,s,_,I):r.label;f.fillText(Sn,b,v),f.restore()}if(I==0)continue;let R=S[r.scale],F=g==0?ct:It,Q=g==0?gt:Ct,fe=r._splits,pe=R.distr==2?fe.map(ot=>Rt[ot]):fe,se=R.distr==2?Rt[fe[1]]-Rt[fe[0]]:_,K=r.ticks,B=r.border,Te=K.show?K.size:0,Me=We(Te*ge),qe=We((r.alignTo==2?r._size-Te-r.gap:r.gap)*ge),ve=r._rotate*-el/180,Le=P(r._pos*ge),ht=(Me+qe)*T,st=Le+ht;v=g==0?st:0,b=g==1?st:0;let _t=r.font[0],Nt=r.align==1?na:r.align==2?Wl:ve>0?na:ve<0?Wl:g==0?"center":m==3?Wl:na,Kt=ve||g==1?"middle":m==2?"top":wo;Rs(_t,k,Nt,Kt);let $t=r.font[1]*r.lineGap,Dt=fe.map(ot=>P(u(ot,R,F,Q))),zt=r._values;for(let ot=0;ot<zt.length;ot++){let bt=zt[ot];if(bt!=null){g==0?b=Dt[ot]:v=Dt[ot],bt=""+bt;let Sn=bt.indexOf(`
`)==-1?[bt]:bt.split(/\n/gm);for(let rt=0;rt<Sn.length;rt++){let lo=Sn[rt];ve?(f.save(),f.translate(b,v+rt*$t),f.rotate(ve),f.fillText(lo,0,0),f.restore()):f.fillText(lo,b,v+rt*$t)}}}K.show&&Tl(Dt,K.filter(n,pe,s,I,se),g,m,Le,Me,ke(K.width*ge,3),K.stroke(n,s),K.dash,K.cap);let Yt=r.grid;Yt.show&&Tl(Dt,Yt.filter(n,pe,s,I,se),g,g==0?2:1,g==0?Ct:gt,g==0?It:ct,ke(Yt.width*ge,3),Yt.stroke(n,s),Yt.dash,Yt.cap),B.show&&Tl([Le],[1],g==0?1:0,g==0?1:2,g==1?Ct:gt,g==1?It:ct,ke(B.width*ge,3),B.stroke(n,s),B.dash,B.cap)}Ye("drawAxes")}function Hn(s){y.forEach((r,m)=>{m>0&&(r._paths=null,s&&(l==1?(r.min=null,r.max=null):r.facets.forEach(g=>{g.min=null,g.max=null})))})}let Ba=!1,Al=!1,$a=[];function Ii(){Al=!1;for(let s=0;s<$a.length;s++)Ye(...$a[s]);$a.length=0}function Bn(){Ba||(Vc(Vs),Ba=!0)}function Ri(s,r=!1){Ba=!0,Al=r,s(n),Vs(),r&&$a.length>0&&queueMicrotask(Ii)}n.batch=Ri;function Vs(){if(fl&&(Ti(),fl=!1),zn&&(vi(),zn=!1),Fa){if(Ae(x,na,xe),Ae(x,"top",Ue),Ae(x,Da,te),Ae(x,Pa,N),Ae(w,na,xe),Ae(w,"top",Ue),Ae(w,Da,te),Ae(w,Pa,N),Ae($,Da,Xt),Ae($,Pa,hn),h.width=We(Xt*ge),h.height=We(hn*ge),D.forEach(({_el:s,_show:r,_size:m,_pos:g,side:b})=>{if(s!=null)if(r){let v=b===3||b===0?m:0,k=b%2==1;Ae(s,k?"left":"top",g-v),Ae(s,k?"width":"height",m),Ae(s,k?"top":"left",k?Ue:xe),Ae(s,k?"height":"width",k?N:te),Jl(s,An)}else wt(s,An)}),Ua=Wn=$l=vl=yl=wl=kl=xl=bl=null,ut=1,ya(!0),xe!=Nn||Ue!=$n||te!=Ht||N!=bn){Hn(!1);let s=te/Ht,r=N/bn;if(at&&!vn&&H.left>=0){H.left*=s,H.top*=r,jn&&Jt(jn,We(H.left),0,te,N),Gn&&Jt(Gn,0,We(H.top),te,N);for(let m=0;m<At.length;m++){let g=At[m];g!=null&&(Vn[m]*=s,Un[m]*=r,Jt(g,Mt(Vn[m]),Mt(Un[m]),te,N))}}if(Ce.show&&!Oa&&Ce.left>=0&&Ce.width>0){Ce.left*=s,Ce.width*=s,Ce.top*=r,Ce.height*=r;for(let m in Ll)Ae(qn,m,Ce[m])}Nn=xe,$n=Ue,Ht=te,bn=N}Ye("setSize"),Fa=!1}Xt>0&&hn>0&&(f.clearRect(0,0,h.width,h.height),Ye("drawClear"),Z.forEach(s=>s()),Ye("draw")),Ce.show&&Oa&&(ja(Ce),Oa=!1),at&&vn&&(xn(null,!0,!1),vn=!1),ae.show&&ae.live&&Tt&&(El(),Tt=!1),c||(c=!0,n.status=1,Ye("ready")),ha=!1,Ba=!1}n.redraw=(s,r)=>{zn=r||!1,s!==!1?on(L,E.min,E.max):Bn()};function _l(s,r){let m=S[s];if(m.from==null){if(Je==0){let g=m.range(n,r.min,r.max,s);r.min=g[0],r.max=g[1]}if(r.min>r.max){let g=r.min;r.min=r.max,r.max=g}if(Je>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;s==L&&m.distr==2&&Je>0&&(r.min=Ot(r.min,t[0]),r.max=Ot(r.max,t[0]),r.min==r.max&&r.max++),W[s]=r,fl=!0,Bn()}}n.setScale=_l;let Dl,Pl,jn,Gn,Us,Ws,Kn,Yn,Hs,Bs,Se,Pe,sn=!1,Qe=H.drag,Ge=Qe.x,Ke=Qe.y;at&&(H.x&&(Dl=Et(uc,w)),H.y&&(Pl=Et(dc,w)),E.ori==0?(jn=Dl,Gn=Pl):(jn=Pl,Gn=Dl),Se=H.left,Pe=H.top);let Ce=n.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qn=Ce.show?Et(cc,Ce.over?w:x):null;function ja(s,r){if(Ce.show){for(let m in s)Ce[m]=s[m],m in Ll&&Ae(qn,m,s[m]);r!==!1&&Ye("setSelect")}}n.setSelect=ja;function Ni(s){if(y[s].show)Ve&&Jl(Ee[s],An);else if(Ve&&wt(Ee[s],An),at){let m=On?At[0]:At[s];m!=null&&Jt(m,-10,-10,te,N)}}function on(s,r,m){_l(s,{min:r,max:m})}function jt(s,r,m,g){r.focus!=null&&Ui(s),r.show!=null&&y.forEach((b,v)=>{v>0&&(s==v||s==null)&&(b.show=r.show,Ni(v),l==2?(on(b.facets[0].scale,null,null),on(b.facets[1].scale,null,null)):on(b.scale,null,null),Bn())}),m!==!1&&Ye("setSeries",s,r),g&&wa("setSeries",n,s,r)}n.setSeries=jt;function zi(s,r){Oe(j[s],r)}function Fi(s,r){s.fill=ie(s.fill||null),s.dir=me(s.dir,-1),r=r??j.length,j.splice(r,0,s)}function Oi(s){s==null?j.length=0:j.splice(s,1)}n.addBand=Fi,n.setBand=zi,n.delBand=Oi;function Vi(s,r){y[s].alpha=r,at&&At[s]!=null&&(At[s].style.opacity=r),Ve&&Ee[s]&&(Ee[s].style.opacity=r)}let en,rn,kn,Zn={focus:!0};function Ui(s){if(s!=kn){let r=s==null,m=Bt.alpha!=1;y.forEach((g,b)=>{if(l==1||b>0){let v=r||b==0||b==s;g._focus=r?null:v,m&&Vi(b,v?1:Bt.alpha)}}),kn=s,m&&Bn()}}Ve&&Fn&&lt(Co,he,s=>{H._lock||(yn(s),kn!=null&&jt(null,Zn,!0,Ne.setSeries))});function Gt(s,r,m){let g=S[r];m&&(s=s/ge-(g.ori==1?Ue:xe));let b=te;g.ori==1&&(b=N,s=b-s),g.dir==-1&&(s=b-s);let v=g._min,k=g._max,T=s/b,_=v+(k-v)*T,I=g.distr;return I==3?sa(10,_):I==4?_c(_,g.asinh):I==100?g.bwd(_):_}function Wi(s,r){let m=Gt(s,L,r);return Ot(m,t[0],Be,je)}n.valToIdx=s=>Ot(s,t[0]),n.posToIdx=Wi,n.posToVal=Gt,n.valToPos=(s,r,m)=>S[r].ori==0?o(s,S[r],m?ct:te,m?gt:0):i(s,S[r],m?It:N,m?Ct:0),n.setCursor=(s,r,m)=>{Se=s.left,Pe=s.top,xn(null,r,m)};function js(s,r){Ae(qn,na,Ce.left=s),Ae(qn,Da,Ce.width=r)}function Gs(s,r){Ae(qn,"top",Ce.top=s),Ae(qn,Pa,Ce.height=r)}let ba=E.ori==0?js:Gs,va=E.ori==1?js:Gs;function Hi(){if(Ve&&ae.live)for(let s=l==2?1:0;s<y.length;s++){if(s==0&&St)continue;let r=ae.values[s],m=0;for(let g in r)Wt[s][m++].firstChild.nodeValue=r[g]}}function El(s,r){if(s!=null&&(s.idxs?s.idxs.forEach((m,g)=>{be[g]=m}):Mc(s.idx)||be.fill(s.idx),ae.idx=be[0]),Ve&&ae.live){for(let m=0;m<y.length;m++)(m>0||l==1&&!St)&&Bi(m,be[m]);Hi()}Tt=!1,r!==!1&&Ye("setLegend")}n.setLegend=El;function Bi(s,r){let m=y[s],g=s==0&&ee==2?Rt:t[s],b;St?b=m.values(n,s,r)??an:(b=m.value(n,r==null?null:g[r],s,r),b=b==null?an:{_:b}),ae.values[s]=b}function xn(s,r,m){Hs=Se,Bs=Pe,[Se,Pe]=H.move(n,Se,Pe),H.left=Se,H.top=Pe,at&&(jn&&Jt(jn,We(Se),0,te,N),Gn&&Jt(Gn,0,We(Pe),te,N));let g,b=Be>je;en=we,rn=null;let v=E.ori==0?te:N,k=E.ori==1?te:N;if(Se<0||Je==0||b){g=H.idx=null;for(let T=0;T<y.length;T++){let _=At[T];_!=null&&Jt(_,-10,-10,te,N)}Fn&&jt(null,Zn,!0,s==null&&Ne.setSeries),ae.live&&(be.fill(g),Tt=!0)}else{let T,_,I;l==1&&(T=E.ori==0?Se:Pe,_=Gt(T,L),g=H.idx=Ot(_,t[0],Be,je),I=U(t[0][g],E,v,0));let R=-10,F=-10,Q=0,fe=0,pe=!0,se="",K="";for(let B=l==2?1:0;B<y.length;B++){let Te=y[B],Me=be[B],qe=Me==null?null:l==1?t[B][Me]:t[B][1][Me],ve=H.dataIdx(n,B,g,_),Le=ve==null?null:l==1?t[B][ve]:t[B][1][ve];if(Tt=Tt||Le!=qe||ve!=Me,be[B]=ve,B>0&&Te.show){let ht=ve==null?-10:ve==g?I:U(l==1?t[0][ve]:t[B][0][ve],E,v,0),st=Le==null?-10:Y(Le,l==1?S[Te.scale]:S[Te.facets[1].scale],k,0);if(Fn&&Le!=null){let _t=E.ori==1?Se:Pe,Nt=He(Bt.dist(n,B,ve,st,_t));if(Nt<en){let Kt=Bt.bias;if(Kt!=0){let $t=Gt(_t,Te.scale),Dt=Le>=0?1:-1,zt=$t>=0?1:-1;zt==Dt&&(zt==1?Kt==1?Le>=$t:Le<=$t:Kt==1?Le<=$t:Le>=$t)&&(en=Nt,rn=B)}else en=Nt,rn=B}}if(Tt||On){let _t,Nt;E.ori==0?(_t=ht,Nt=st):(_t=st,Nt=ht);let Kt,$t,Dt,zt,Yt,ot,bt=!0,Sn=tt.bbox;if(Sn!=null){bt=!1;let rt=Sn(n,B);Dt=rt.left,zt=rt.top,Kt=rt.width,$t=rt.height}else Dt=_t,zt=Nt,Kt=$t=tt.size(n,B);if(ot=tt.fill(n,B),Yt=tt.stroke(n,B),On)B==rn&&en<=Bt.prox&&(R=Dt,F=zt,Q=Kt,fe=$t,pe=bt,se=ot,K=Yt);else{let rt=At[B];rt!=null&&(Vn[B]=Dt,Un[B]=zt,Mo(rt,Kt,$t,bt),Po(rt,ot,Yt),Jt(rt,Mt(Dt),Mt(zt),te,N))}}}}if(On){let B=Bt.prox,Te=kn==null?en<=B:en>B||rn!=kn;if(Tt||Te){let Me=At[0];Me!=null&&(Vn[0]=R,Un[0]=F,Mo(Me,Q,fe,pe),Po(Me,se,K),Jt(Me,Mt(R),Mt(F),te,N))}}}if(Ce.show&&sn)if(s!=null){let[T,_]=Ne.scales,[I,R]=Ne.match,[F,Q]=s.cursor.sync.scales,fe=s.cursor.drag;if(Ge=fe._x,Ke=fe._y,Ge||Ke){let{left:pe,top:se,width:K,height:B}=s.select,Te=s.scales[F].ori,Me=s.posToVal,qe,ve,Le,ht,st,_t=T!=null&&I(T,F),Nt=_!=null&&R(_,Q);_t&&Ge?(Te==0?(qe=pe,ve=K):(qe=se,ve=B),Le=S[T],ht=U(Me(qe,F),Le,v,0),st=U(Me(qe+ve,F),Le,v,0),ba(Vt(ht,st),He(st-ht))):ba(0,v),Nt&&Ke?(Te==1?(qe=pe,ve=K):(qe=se,ve=B),Le=S[_],ht=Y(Me(qe,Q),Le,k,0),st=Y(Me(qe+ve,Q),Le,k,0),va(Vt(ht,st),He(st-ht))):va(0,k)}else Il()}else{let T=He(Hs-Us),_=He(Bs-Ws);if(E.ori==1){let Q=T;T=_,_=Q}Ge=Qe.x&&T>=Qe.dist,Ke=Qe.y&&_>=Qe.dist;let I=Qe.uni;I!=null?Ge&&Ke&&(Ge=T>=I,Ke=_>=I,!Ge&&!Ke&&(_>T?Ke=!0:Ge=!0)):Qe.x&&Qe.y&&(Ge||Ke)&&(Ge=Ke=!0);let R,F;Ge&&(E.ori==0?(R=Kn,F=Se):(R=Yn,F=Pe),ba(Vt(R,F),He(F-R)),Ke||va(0,k)),Ke&&(E.ori==1?(R=Kn,F=Se):(R=Yn,F=Pe),va(Vt(R,F),He(F-R)),Ge||ba(0,v)),!Ge&&!Ke&&(ba(0,0),va(0,0))}if(Qe._x=Ge,Qe._y=Ke,s==null){if(m){if(ao!=null){let[T,_]=Ne.scales;Ne.values[0]=T!=null?Gt(E.ori==0?Se:Pe,T):null,Ne.values[1]=_!=null?Gt(E.ori==1?Se:Pe,_):null}wa(Hl,n,Se,Pe,te,N,g)}if(Fn){let T=m&&Ne.setSeries,_=Bt.prox;kn==null?en<=_&&jt(rn,Zn,!0,T):en>_?jt(null,Zn,!0,T):rn!=kn&&jt(rn,Zn,!0,T)}}Tt&&(ae.idx=g,El()),r!==!1&&Ye("setCursor")}let cn=null;Object.defineProperty(n,"rect",{get(){return cn==null&&ya(!1),cn}});function ya(s=!1){s?cn=null:(cn=w.getBoundingClientRect(),Ye("syncRect",cn))}function Ks(s,r,m,g,b,v,k){H._lock||sn&&s!=null&&s.movementX==0&&s.movementY==0||(Ml(s,r,m,g,b,v,k,!1,s!=null),s!=null?xn(null,!0,!0):xn(r,!0,!1))}function Ml(s,r,m,g,b,v,k,T,_){if(cn==null&&ya(!1),yn(s),s!=null)m=s.clientX-cn.left,g=s.clientY-cn.top;else{if(m<0||g<0){Se=-10,Pe=-10;return}let[I,R]=Ne.scales,F=r.cursor.sync,[Q,fe]=F.values,[pe,se]=F.scales,[K,B]=Ne.match,Te=r.axes[0].side%2==1,Me=E.ori==0?te:N,qe=E.ori==1?te:N,ve=Te?v:b,Le=Te?b:v,ht=Te?g:m,st=Te?m:g;if(pe!=null?m=K(I,pe)?u(Q,S[I],Me,0):-10:m=Me*(ht/ve),se!=null?g=B(R,se)?u(fe,S[R],qe,0):-10:g=qe*(st/Le),E.ori==1){let _t=m;m=g,g=_t}}_&&(r==null||r.cursor.event.type==Hl)&&((m<=1||m>=te-1)&&(m=Cn(m,te)),(g<=1||g>=N-1)&&(g=Cn(g,N))),T?(Us=m,Ws=g,[Kn,Yn]=H.move(n,m,g)):(Se=m,Pe=g)}let Ll={width:0,height:0,left:0,top:0};function Il(){ja(Ll,!1)}let Ys,qs,Zs,Js;function Qs(s,r,m,g,b,v,k){sn=!0,Ge=Ke=Qe._x=Qe._y=!1,Ml(s,r,m,g,b,v,k,!0,!1),s!=null&&(lt(Bl,ql,Xs,!1),wa(xo,n,Kn,Yn,te,N,null));let{left:T,top:_,width:I,height:R}=Ce;Ys=T,qs=_,Zs=I,Js=R}function Xs(s,r,m,g,b,v,k){sn=Qe._x=Qe._y=!1,Ml(s,r,m,g,b,v,k,!1,!0);let{left:T,top:_,width:I,height:R}=Ce,F=I>0||R>0,Q=Ys!=T||qs!=_||Zs!=I||Js!=R;if(F&&Q&&ja(Ce),Qe.setScale&&F&&Q){let fe=T,pe=I,se=_,K=R;if(E.ori==1&&(fe=_,pe=R,se=T,K=I),Ge&&on(L,Gt(fe,L),Gt(fe+pe,L)),Ke)for(let B in S){let Te=S[B];B!=L&&Te.from==null&&Te.min!=we&&on(B,Gt(se+K,B),Gt(se,B))}Il()}else H.lock&&(H._lock=!H._lock,xn(r,!0,s!=null));s!=null&&(Rn(Bl,ql),wa(Bl,n,Se,Pe,te,N,null))}function ji(s,r,m,g,b,v,k){if(H._lock)return;yn(s);let T=sn;if(sn){let _=!0,I=!0,R=10,F,Q;E.ori==0?(F=Ge,Q=Ke):(F=Ke,Q=Ge),F&&Q&&(_=Se<=R||Se>=te-R,I=Pe<=R||Pe>=N-R),F&&_&&(Se=Se<Kn?0:te),Q&&I&&(Pe=Pe<Yn?0:N),xn(null,!0,!0),sn=!1}Se=-10,Pe=-10,be.fill(null),xn(null,!0,!0),T&&(sn=T)}function eo(s,r,m,g,b,v,k){H._lock||(yn(s),hl(),Il(),s!=null&&wa(To,n,Se,Pe,te,N,null))}function to(){D.forEach(Yu),gl(n.width,n.height,!0)}_n(tl,la,to);let Jn={};Jn.mousedown=Qs,Jn.mousemove=Ks,Jn.mouseup=Xs,Jn.dblclick=eo,Jn.setSeries=(s,r,m,g)=>{let b=Ne.match[2];m=b(n,r,m),m!=-1&&jt(m,g,!0,!1)},at&&(lt(xo,w,Qs),lt(Hl,w,Ks),lt(So,w,s=>{yn(s),ya(!1)}),lt(Co,w,ji),lt(To,w,eo),as.add(n),n.syncRect=ya);let Ga=n.hooks=e.hooks||{};function Ye(s,r,m){Al?$a.push([s,r,m]):s in Ga&&Ga[s].forEach(g=>{g.call(null,n,r,m)})}(e.plugins||[]).forEach(s=>{for(let r in s.hooks)Ga[r]=(Ga[r]||[]).concat(s.hooks[r])});let no=(s,r,m)=>m,Ne=Oe({key:null,setSeries:!1,filters:{pub:zo,sub:zo},scales:[L,y[1]?y[1].scale:null],match:[Fo,Fo,no],values:[null,null]},H.sync);Ne.match.length==2&&Ne.match.push(no),H.sync=Ne;let ao=Ne.key,Rl=Ir(ao);function wa(s,r,m,g,b,v,k){Ne.filters.pub(s,r,m,g,b,v,k)&&Rl.pub(s,r,m,g,b,v,k)}Rl.sub(n);function Gi(s,r,m,g,b,v,k){Ne.filters.sub(s,r,m,g,b,v,k)&&Jn[s](null,r,m,g,b,v,k)}n.pub=Gi;function Ki(){Rl.unsub(n),as.delete(n),gn.clear(),Ql(tl,la,to),d.remove(),he?.remove(),Ye("destroy")}n.destroy=Ki;function Nl(){Ye("init",e,t),Ls(t||e.data,!1),W[L]?_l(L,W[L]):hl(),Oa=Ce.show&&(Ce.width>0||Ce.height>0),vn=Tt=!0,gl(e.width,e.height)}return y.forEach(Es),D.forEach(Ci),a?a instanceof HTMLElement?(a.appendChild(d),Nl()):a(n,Nl):Nl(),n}Ze.assign=Oe;Ze.fmtNum=us;Ze.rangeNum=nl;Ze.rangeLog=sl;Ze.rangeAsinh=is;Ze.orient=Pn;Ze.pxRatio=ge;Ze.join=Oc;Ze.fmtDate=ps,Ze.tzDate=Zc;Ze.sync=Ir;{Ze.addGap=Mu,Ze.clipGaps=il;let e=Ze.paths={points:Vr};e.linear=Wr,e.stepped=Ru,e.bars=Nu,e.spline=Fu}function fn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function qu(e,t){let a=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return a?`rgba(${parseInt(a[1],16)}, ${parseInt(a[2],16)}, ${parseInt(a[3],16)}, ${t})`:e}function Zu(e,t,a,n){return Ze.paths.bars({size:[.7,60]})(e,t,a,n)}function Ju(e,t){return{hooks:{draw:[a=>{if(!e.length)return;let{ctx:n}=a,l=a.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let o of e){let i=Math.round(a.valToPos(o.t,"x",!0));i<a.bbox.left||i>a.bbox.left+a.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(i,l),n.lineTo(i,l+a.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(i,l+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function Qu(){let e=window.matchMedia?.("(prefers-color-scheme: dark)"),[t,a]=C(!!e?.matches);return dt(()=>{if(!e)return;let n=l=>a(l.matches);return e.addEventListener("change",n),()=>e.removeEventListener("change",n)},[]),t}function Xu(e,t){let a=Math.max(2,Math.floor(t/90)),n=Math.max(1,Math.ceil(e.length/a));return e.filter((l,o)=>o%n===0)}function Gr({rows:e,notes:t,currency:a,interval:n,timeZone:l}){let o=ka(null),i=ka(null),u=Qu();return dt(()=>{let c=o.current;if(!c)return;let d=e.map(y=>new Date(y.timestamp).getTime()/1e3),h=e.map(y=>y.visitors??0),f=e.map(y=>y.revenue??0),$=d.length>1?d[1]-d[0]:3600,x=(t||[]).map(y=>{let D=new Date(y.timestamp).getTime()/1e3,S=-1;for(let j=0;j<d.length;j++)d[j]<=D&&(S=j);return S>=0&&D<d[S]+$?{t:d[S],text:y.text}:null}).filter(Boolean),w=y=>{let D=new Date(y*1e3),S=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...S,timeZone:l}).format(D)}catch{return D.toLocaleString()}},A={width:c.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1,range:(y,D,S)=>[D-$/2,S+$/2]},v:{range:(y,D,S)=>[0,Math.max(4,S*1.1)]},r:{range:(y,D,S)=>[0,Math.max(1,S*1.1)]}},axes:[{stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},splits:y=>Xu(d,y.bbox.width/devicePixelRatio),values:(y,D)=>D.map(w)},{scale:"v",stroke:fn("--muted"),grid:{stroke:fn("--border"),width:1},ticks:{show:!1},values:(y,D)=>D.map(S=>ze(S))},{scale:"r",side:1,stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},values:(y,D)=>D.map(S=>Pt(S,a))}],series:[{},{label:"Visitors",scale:"v",stroke:fn("--visitors"),fill:qu(fn("--visitors"),.45),paths:Zu,points:{show:!1}},{label:"Revenue",scale:"r",stroke:fn("--revenue"),width:2,points:{show:!1}}],plugins:[Ju(x,fn("--accent"))],hooks:{setCursor:[y=>{let D=y.cursor.idx,S=i.current;if(!S)return;if(D==null){S.textContent="";return}let j=x.filter(L=>L.t===d[D]).map(L=>` \xB7 \u270E ${L.text}`).join("");S.textContent=`${w(d[D])}: ${ze(h[D])} visitors, ${Pt(f[D],a)} revenue${j}`}]}},P=new Ze(A,[d,h,f],c),O=new ResizeObserver(()=>P.setSize({width:c.clientWidth,height:260}));return O.observe(c),()=>{O.disconnect(),P.destroy()}},[e,t,a,n,l,u]),p`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${i} aria-live="off"></span>
    </div>
    <div class="chart" ref=${o} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&p`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(c=>p`<li key=${c.id}>✎ ${new Date(c.timestamp).toLocaleDateString(void 0,{timeZone:l})}: ${c.text}</li>`)}
    </ul>`}
  </div>`}function ys(e){let[t,a]=C(null);return dt(()=>{import("/assets/map-YOSCEPAB.js").then(n=>a(()=>n.WorldMap))},[]),t?p`<${t} ...${e} />`:p`<div class="map-placeholder" aria-hidden="true"></div>`}function pa(e){return!e||e.length!==2?"":p`<span class="cc" title=${e.toUpperCase()}>${e.toUpperCase()}</span>`}function ed(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var En=new Set(["Unknown",""]);function td(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function nd(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var vs={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:En.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:td(e.campaign||{}),filter:nd(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=ed(e.image);return{label:e.country,icon:t,filter:En.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:En.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:En.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:En.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:En.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:En.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:e=>({label:e.goal,filter:["goal",e.goal]})}},Yr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Kr=10,qr=()=>new Promise(()=>{});function ad(e,t){let a=ka(!1);dt(()=>{!a.current&&(e.data!==void 0||e.error)&&!e.loading&&(a.current=!0,t?.())},[e.data,e.error,e.loading])}function Zr({panel:e,websiteId:t,scope:a,currency:n,onFilter:l,active:o=!0,onAnswered:i}){let[u,c]=C(e.tabs[0]),[d,h]=C(!1),f=vs[u],$=d?100:Kr,x=ce(()=>o?M.getFull(`/api/v1/analytics/${f.path}`,{websiteId:t,...a,limit:$}):qr(),[u,t,JSON.stringify(a),$,o]);ad(x,i);let w=x.data?.data||[],A=x.data?.pagination?.total??w.length,P=Math.max(1,...w.map(y=>y.visitors||0)),O=e.tabs.length>1?p`<${ro} label=${e.title} tabs=${e.tabs.map(y=>[y,vs[y].label])} active=${u} onChange=${y=>{c(y),h(!1)}} />`:p`<h2>${vs[u].label}</h2>`;return p`<section class="card panel" data-panel=${e.id} data-tab=${u} aria-label=${e.title}>
    <div class="panel-head">${O}</div>
    ${e.map&&u==="countries"&&w.length>0&&p`<${ys} rows=${w} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${f.goals?"Completions":f.clicks?"Clicks":""}</span><span>Visitors</span>${!f.goals&&!f.clicks?p`<span>Revenue</span>`:p`<span></span>`}
    </div>
    ${x.error&&p`<${le} error=${x.error} />`}
    ${x.loading&&!x.data?p`<${ue} />`:w.length===0?p`<p class="muted empty">No data for this period</p>`:p`<ol class="rows" data-loading=${x.loading?"true":"false"}>
      ${w.map((y,D)=>{let S=f.row(y),j=`${Math.max(2,Math.round((y.visitors||0)/P*100))}%`,L=p`<span class="row-label" title=${S.title||S.label}>${S.icon&&p`<span class="flag" aria-hidden="true">${pa(S.icon)} </span>`}${S.label}</span>`,q=p`<span class="num">${f.goals?ze(y.completions):f.clicks?ze(y.clicks):""}</span>
          <span class="num" data-visitors=${y.visitors}>${ze(y.visitors)}</span>
          <span class="num rev">${f.goals||f.clicks?"":Pt(y.revenue,n)}</span>`;return p`<li key=${D} class="row">
          <span class="row-bar" style=${{width:j}} aria-hidden="true"></span>
          ${S.filter?p`<button type="button" class="row-main" data-filter=${S.filter[0]} data-value=${S.filter[1]} onClick=${()=>l(S.filter[0],S.filter[1])} aria-label=${`Filter by ${S.label}`}>${L}</button>`:p`<span class="row-main">${L}</span>`}
          ${q}
        </li>`})}
    </ol>`}
    ${A>Kr&&p`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>h(!d)}>${d?"Show fewer":`Show all ${ze(Math.min(A,100))}${A>100?"+":""}`}</button>`}
  </section>`}function Jr({websiteId:e,scope:t,shared:a,active:n=!0}){let l=ce(()=>n?a?Promise.resolve([]):M.get(`/api/v1/admin/websites/${e}/funnels`):qr(),[e,a,n]),o=(l.data||[]).filter(f=>f.isActive!==!1),[i,u]=C(null),c=i||o[0]?._id,d=ce(()=>c?M.get(`/api/v1/analytics/funnels/${c}`,{websiteId:e,...t}):Promise.resolve(null),[c,e,JSON.stringify(t)]),h=d.data?.[0];return p`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${o.length>1&&p`<select class="input input-small" aria-label="Funnel" value=${c} onChange=${f=>u(f.currentTarget.value)}>
        ${o.map(f=>p`<option value=${f._id} selected=${f._id===c}>${f.name}</option>`)}
      </select>`}
    </div>
    ${l.error&&p`<${le} error=${l.error} />`}
    ${!l.loading&&o.length===0&&p`<p class="muted empty">${a?"No funnels shared.":p`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${d.error&&p`<${le} error=${d.error} />`}
    ${h&&p`<ol class="funnel">
        ${h.steps.map((f,$)=>p`<li key=${$} class="funnel-step">
            <div class="funnel-label"><strong>${$+1}. ${f.name||f.url||f.goalName}</strong>
              <span class="num">${ze(f.visitors)} · ${un(f.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,f.conversionRate)}%`}}></span></div>
            ${$>0&&f.dropOff>0&&p`<div class="funnel-drop small">↘ ${ze(f.dropOff)} dropped off (${un(f.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${ze(h.completed)} of ${ze(h.visitors)} (${un(h.conversionRate)})</p>`}
  </section>`}var ks={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function sd(e){let t={};for(let a of Object.keys(ks)){let n=e.get(`filter_${a}`);n&&(t[`filter_${a}`]=n)}return t}function od(e,t){let a=new URLSearchParams(e);for(let[l,o]of Object.entries(t))o==null||o===""?a.delete(l):a.set(l,o);let n=a.toString();return n?`?${n}`:""}function rd(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Mn({id:e,label:t,value:a,raw:n,delta:l,lowerIsBetter:o}){let i=null;if(l!=null&&Number.isFinite(l)){let u=o?l<0:l>0,c=Math.abs(l)<.05?"flat":u?"up":"down";i=p`<span class=${`kpi-change ${c}`} title="Change against the previous period">${l>0?"\u2191":l<0?"\u2193":"\u2192"} ${un(Math.abs(l))}</span>`}return p`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${a}</div>
    <div class="kpi-foot">${i}</div>
  </div>`}function id({now:e,before:t,realtime:a,currency:n,comparable:l}){let o=i=>l?rd(e?.[i],t?.[i]):null;return p`<div class="kpis" aria-label="Key figures">
    <${Mn} id="visitors" label="Visitors" raw=${e.visitors} value=${ze(e.visitors)} delta=${o("visitors")} />
    <${Mn} id="revenue" label="Revenue" raw=${e.revenue} value=${Pt(e.revenue,n)} delta=${o("revenue")} />
    <${Mn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${un(e.conversion_rate)} delta=${o("conversion_rate")} />
    <${Mn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Pt(e.revenue_per_visitor,n)} delta=${o("revenue_per_visitor")} />
    <${Mn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${un(e.bounce_rate)} delta=${o("bounce_rate")} lowerIsBetter=${!0} />
    <${Mn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${oo(e.avg_session_duration)} delta=${o("avg_session_duration")} />
    <${Mn} id="realtime" label="Visitors now" raw=${a??""} value=${p`<span class="live-dot" aria-hidden="true"></span>${a===null?"\u2013":ze(a)}`} />
  </div>`}function cd({period:e,query:t,go:a,timeZone:n}){let[l,o]=C(e.preset==="custom"),i=Ul(n),[u,c]=C(t.get("from")||e.startAt?.slice(0,10)||i),[d,h]=C(t.get("to")||e.endAt?.slice(0,10)||i);return p`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${vt}
        name="period"
        value=${l?"custom":e.preset}
        options=${Vl}
        onChange=${f=>{if(f==="custom")return o(!0);o(!1),a({period:f,from:null,to:null,interval:null})}}
      />
    </label>
    ${l&&p`<form
      class="inline custom-range"
      onSubmit=${f=>{f.preventDefault(),a({period:"custom",from:u,to:d,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${u} max=${i} onInput=${f=>c(f.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${d} max=${i} onInput=${f=>h(f.currentTarget.value)} required /></label>
      <${X} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}var ws=2;function xs({params:e,query:t,navigate:a,site:n,shared:l=!1}){let o=e.websiteId,i=ce(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):M.get("/api/v1/analytics/metadata",{websiteId:o}),[o,n?.timezone,n?.currency]);if(i.error){let u=l&&[401,403,404].includes(i.error.code);return p`<${le}>${u?"This dashboard is not public. Log in to see it.":i.error.message}<//>${u?p`<p><a href=${`/login?next=/sites/${o}`}>Log in</a></p>`:""}`}return i.data?p`<${ud} websiteId=${o} query=${t} navigate=${a} info=${i.data[0]} shared=${l} />`:p`<${ue} />`}function ud({websiteId:e,query:t,navigate:a,info:n,shared:l}){let o=n.timezone||"UTC",i=n.currency||"USD",u=l?`/share/${e}`:`/sites/${e}`,c=V=>a(u+od(t,V)),d=Aa({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},o),h=bo(d),f=h.some(([V])=>V===t.get("interval"))?t.get("interval"):h.some(([V])=>V===d.interval)?d.interval:h[0][0],$=sd(t),x={startAt:d.startAt,endAt:d.endAt},w={...x,...$},A=JSON.stringify(w),P=ce(()=>M.get("/api/v1/analytics/overview",{websiteId:e,...w}),[e,A]),O=d.startAt?x:{startAt:d.chartStartAt,endAt:d.chartEndAt},y=ce(()=>M.getFull("/api/v1/analytics/timeseries",{websiteId:e,...$,...O,interval:f,fields:"visitors,revenue",limit:1e3}),[e,A,f,O.startAt]),D=V=>V.data!==void 0||!!V.error,S=D(P)&&D(y),[j,L]=C(0),q=S&&j>=ws,Z=!!d.prevStartAt,ne=ce(()=>Z?q?M.get("/api/v1/analytics/overview",{websiteId:e,...$,startAt:d.prevStartAt,endAt:d.prevEndAt}):new Promise(()=>{}):Promise.resolve(null),[e,A,d.prevStartAt,q]),J=ce(()=>l?Promise.resolve([]):M.get(`/api/v1/admin/websites/${e}/notes`,{...O,limit:100,order:"asc"}).catch(()=>[]),[e,O.startAt,O.endAt]),[E,ee]=C(null);Xn(async()=>ee((await M.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let U=y.data?.data||[];if(!d.startAt){let V=U.findIndex(z=>(z.visitors||0)>0||(z.revenue||0)>0);U=V>0?U.slice(V):U}let Y=(V,z)=>c({[`filter_${V}`]:z}),W=Object.entries($);return p`<div class="dash" data-loading=${P.loading||y.loading?"true":"false"}>
    <div class="toolbar">
      <${cd} key=${d.preset} period=${d} query=${t} go=${c} timeZone=${o} />
      <span class="muted small tz" title="Days follow the website's time zone">${o}</span>
      ${l&&p`<span class="badge">Read-only</span>`}
    </div>
    ${W.length>0&&p`<div class="chips" aria-label="Filters">
      ${W.map(([V,z])=>p`<span class="chip" data-chip=${V}>
          <span>${ks[V.slice(7)]||V.slice(7)}: <strong>${z.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${ks[V.slice(7)]} filter`} onClick=${()=>c({[V]:null})}>✕</button>
        </span>`)}
      ${W.length>1&&p`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>c(Object.fromEntries(W.map(([V])=>[V,null])))}>Clear all</button>`}
    </div>`}
    ${P.error&&p`<${le} error=${P.error} />`}
    ${P.data?p`<${id} now=${P.data[0]} before=${ne.data?.[0]} realtime=${E} currency=${i} comparable=${Z} />`:!P.error&&p`<div class="kpis kpis-loading"><${ue} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${h.length>1&&p`<div class="seg" role="group" aria-label="Interval">
          ${h.map(([V,z])=>p`<button type="button" class=${`seg-btn ${V===f?"active":""}`} aria-pressed=${V===f} onClick=${()=>c({interval:V})}>${z}</button>`)}
        </div>`}
      </div>
      ${y.error&&p`<${le} error=${y.error} />`}
      ${y.data?p`<${Gr} rows=${U} notes=${J.data||[]} currency=${i} interval=${f} timeZone=${o} />`:!y.error&&p`<div class="chart-placeholder"><${ue} /></div>`}
    </section>
    ${(P.data||P.error)&&p`<div class="panels">
      ${Yr.map((V,z)=>p`<${Zr}
            key=${V.id}
            panel=${V}
            websiteId=${e}
            scope=${w}
            currency=${i}
            onFilter=${Y}
            active=${z<ws?S:q}
            onAnswered=${z<ws?()=>L(et=>et+1):void 0}
          />`)}
      <${Jr} websiteId=${e} scope=${w} shared=${l} active=${q} />
    </div>`}
  </div>`}var dd=5e3,Qr={pageview:"view",goal:"goal",payment:"paid",payment_received:"paid",external_link:"out",identify:"id"};function Xr({kind:e}){return p`<span class=${`tag tag-${Qr[e]||"other"}`}>${Qr[e]||e}</span>`}function ei({params:e}){let t=e.websiteId,[a,n]=C(null),[l,o]=C(null);Xn(async()=>{try{n(await M.get("/api/v1/analytics/realtime/map",{websiteId:t})),o(null)}catch(c){o(c)}},dd,[t]);let i=a?.visitors||[],u=i.filter(c=>typeof c.latitude=="number"&&typeof c.longitude=="number").map(c=>({latitude:c.latitude,longitude:c.longitude,label:`${c.location?.city||c.location?.countryCode||"Visitor"} \xB7 ${c.currentUrl||""}`}));return p`<div class="stack">
    <${le} error=${l} />
    <div class="live-grid">
      <${re} title=${p`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${a?a.count:"\u2026"}</span>`}>
        <${ys} points=${u} />
        ${i.length===0?p`<p class="muted empty">Nobody right now.</p>`:p`<ul class="feed" aria-label="Visitors now">
              ${i.map(c=>p`<li key=${c.visitorId}>
                  <span aria-hidden="true">${pa(c.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${c.visitorId}`}>${c.currentUrl||"/"} <span class="muted small">${[c.system?.browser?.name,c.system?.os?.name,c.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${c.sessionStartTime?Qn(c.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${re} title="Live events">
          ${(a?.recentEvents||[]).length===0?p`<p class="muted empty">No events in the last 10 minutes.</p>`:p`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${a.recentEvents.map(c=>p`<li key=${c._id}>
                    <${Xr} kind=${c.type} />
                    <span class="what">${c.type==="pageview"?c.path:`${c.type}${c.extraData?.name?`: ${c.extraData.name}`:""} on ${c.path||"/"}`}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${re} title="Recent payments">
          ${(a?.recentPayments||[]).length===0?p`<p class="muted empty">No payment in the last 10 minutes.</p>`:p`<ul class="feed" aria-label="Recent payments">
                ${a.recentPayments.map(c=>p`<li key=${c._id}>
                    <${Xr} kind="payment" />
                    <span class="what"><strong class="rev">${Pt(c.amount,c.currency)}</strong> ${c.name||c.email||""}${c.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var Ss=50,pd=1800*1e3;function ti({params:e,query:t,navigate:a,site:n}){let l=e.websiteId,[o,i]=C(t.get("page")||""),u=t.get("customers")==="1",c=t.get("goal")||"",d=Number(t.get("offset")||0),h=w=>{let A=new URLSearchParams(t);for(let[O,y]of Object.entries(w))y?A.set(O,y):A.delete(O);let P=A.toString();a(`/sites/${l}/visitors${P?`?${P}`:""}`)},f=ce(()=>M.get("/api/v1/analytics/goals",{websiteId:l,limit:100}),[l]),$=ce(()=>M.getFull("/api/v1/visitors",{websiteId:l,limit:Ss,offset:d,visitedPageContains:t.get("page")||void 0,isCustomer:u&&!c?"true":void 0,completedGoal:c||void 0}),[l,t.toString()]),x=$.data?.data||[];return p`<${re} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${w=>{w.preventDefault(),h({page:o.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${o} onInput=${w=>i(w.currentTarget.value)}
      /></label>
      <${X} type="submit" class="btn-small">Search<//>
      <${nt} label="Customers only" name="customers" checked=${u} disabled=${!!c} onChange=${w=>h({customers:w?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${w=>h({goal:w.currentTarget.value,offset:null})}>
          <option value="" selected=${!c}>Any</option>
          ${(f.data||[]).map(w=>p`<option value=${w.goal} selected=${w.goal===c}>${w.goal}</option>`)}
        </select>
      </label>
    </form>
    ${$.error&&p`<${le} error=${$.error} />`}
    ${$.loading&&!$.data?p`<${ue} />`:x.length===0?p`<p class="muted empty">No visitor matches.</p>`:p`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${x.map(w=>p`<tr key=${w.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${l}/visitors/${w.visitorId}`}>${w.visitorId.slice(0,8)}</a></td>
                <td>${w.identity?.country?p`${pa(w.identity.country)||w.identity.country} ${w.identity.city||""}`:"\u2013"}</td>
                <td>${w.acquisition?.referrer||w.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[w.identity?.browser,w.identity?.os,w.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${w.currentUrl||"\u2013"}</td>
                <td class="num" title=${Fe(w.lastSeenAt,n?.timezone)}>${Qn(w.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${d>0&&p`<${X} class="btn-small" onClick=${()=>h({offset:String(Math.max(0,d-Ss))||null})}>← Newer<//>`}
      ${$.data?.pagination?.hasMore&&p`<${X} class="btn-small" onClick=${()=>h({offset:String(d+Ss)})}>Older →<//>`}
    </div>
  <//>`}function md(e){let t=[...(e.activity?.visitedPages||[]).map(l=>({kind:"page",at:l.timestamp,text:l.url})),...(e.activity?.completedGoals||[]).filter(l=>l.origin!=="payment_provider").map(l=>({kind:"goal",at:l.timestamp,text:l.name})),...(e.payments||[]).map(l=>({kind:"payment",at:l.timestamp,text:`${Pt(l.amount,l.currency)} ${l.type!=="new"?`(${l.type})`:""}`}))].sort((l,o)=>new Date(l.at)-new Date(o.at)),a=[],n=-1/0;for(let l of t){let o=new Date(l.at).getTime();(a.length===0||l.kind==="page"&&o-n>pd)&&a.push({start:l.at,items:[]}),a[a.length-1].items.push(l),l.kind==="page"&&(n=o)}return a}function ni({params:e,site:t}){let{websiteId:a,visitorId:n}=e,l=ce(()=>M.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:a}),[n]);if(l.loading)return p`<${ue} />`;if(l.error)return p`<${le} error=${l.error} /><p><a href=${`/sites/${a}/visitors`}>All visitors</a></p>`;let o=l.data,i=o.identity||{},u=t?.timezone,c=o.profile?.metadata?.name||o.profile?.metadata?.email||o.profile?.userId,d=h=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:u}).format(new Date(h))}catch{return h}};return p`<div class="stack">
    <p><a href=${`/sites/${a}/visitors`}>← All visitors</a></p>
    <${re} title=${p`${pa(i.countryCode)} ${c||`Visitor ${n.slice(0,8)}`} ${o.isCustomer?p`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[i.city,i.region,i.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[i.browser?.name,i.os?.name,i.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${ze(o.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${ze(o.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${Fe(o.activity?.firstVisitAt,u)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(i.params||{}).filter(([,h])=>h).map(([h,f])=>`${h}=${f}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${re} title="Journey">
      <ol class="journey">
        ${md(o).map((h,f)=>p`<li key=${h.start} class="journey-session">
              <h3>Visit ${f+1} · ${Fe(h.start,u)}</h3>
              <ol class="journey">
                ${h.items.map(($,x)=>p`<li key=${x} class=${`ev ev-${$.kind}`}>
                    <span class="muted small">${d($.at)}</span>
                    <span class=${`tag tag-${$.kind==="page"?"view":$.kind==="goal"?"goal":"paid"}`}>${$.kind==="page"?"view":$.kind==="goal"?"goal":"paid"}</span>
                    <span>${$.kind==="goal"?`Goal: ${$.text}`:$.kind==="payment"?`Payment ${$.text}`:$.text}</span>
                  </li>`)}
              </ol>
            </li>`)}
      </ol>
    <//>
  </div>`}function ai({params:e,navigate:t,onAuth:a}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,l=ce(()=>M.get(n),[e.token]),[o,i]=C(""),[u,c]=C("");return p`<main class="auth" id="main"><div class="auth-card"><${re} title="Join a website">${(()=>{if(l.loading)return p`<${ue} />`;if(l.error)return p`<${le} error=${l.error} /><p><a href="/login">Log in</a></p>`;let h=l.data?.[0]||{},f=h.domain||"a website",$=Re.user&&Re.user.email===h.email,x=async()=>{Sa(),await Ya(),a?.(),t(`/sites/${h.websiteId}`,{replace:!0})},w=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Re.user&&!$?p`<p>This invitation is for <strong>${h.email}</strong>, and you are logged in as ${Re.user.email}. Log out, then open this link again.</p>`:!Re.user&&h.accountExists?p`<p>You are invited to <strong>${f}</strong> as <strong>${h.role}</strong>. An account with ${h.email} exists:
        <a href=${w}>log in</a> to accept.</p>`:p`<p>You are invited to <strong>${f}</strong>${h.role?p` as <strong>${h.role}</strong>`:""}${h.email?p` (${h.email})`:""}.</p>
      ${$?p`<${ye} submitLabel="Accept the invitation" onSubmit=${async()=>{await M.post(`${n}/accept`,{}),await x()}} />`:p`<${ye}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await M.post(`${n}/accept`,{name:o.trim(),password:u}),await M.post("/api/auth/login",{email:h.email,password:u}),await x()}}
          >
            <${G} label="Your name"><${oe} name="name" required value=${o} onInput=${i} /><//>
            <${G} label="Choose a password" hint="At least 8 characters"
              ><${oe} type="password" name="password" autocomplete="new-password" minlength="8" required value=${u} onInput=${c}
            /><//>
          <//>
`}`})()}<//></div></main>`}function ma(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Ut(e){return(e||[]).join(`
`)}function Cs({title:e,secret:t,what:a,onClose:n}){return p`<${pt}
    title=${e}
    onClose=${n}
    footer=${p`<${X} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${a} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${qt} text=${t} label="Copy" />
    </div>
  <//>`}function mt({title:e,message:t,confirmLabel:a="Delete",danger:n=!0,run:l,onClose:o}){let[i,u]=C(!1),[c,d]=C(null);return p`<${pt}
    title=${e}
    onClose=${o}
    footer=${p`
      <${X} onClick=${o}>Cancel<//>
      <${X}
        kind=${n?"danger-solid":"primary"}
        disabled=${i}
        onClick=${async()=>{u(!0),d(null);try{await l(),o()}catch(h){d(h),u(!1)}}}
        >${i?"Working\u2026":a}<//
      >
    `}
  >
    <p>${t}</p>
    <${le} error=${c} />
  <//>`}function Xe({children:e}){return p`<p class="muted section-intro">${e}</p>`}function pl({title:e,hint:t,children:a}){return p`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${a}
    ${t&&p`<div class="field-hint">${t}</div>`}
  </div>`}var Ts=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],fd=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function gd(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function li({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,a=ce(()=>M.get(t),[e]);if(a.loading&&!a.data)return p`<${ue} />`;if(a.error)return p`<${le} error=${a.error} />`;let n=a.data[0],l=async(o,i)=>{let u=(await M.put(t,o))[0];return mo(e,{name:u.name,domain:u.domain,timezone:u.timezone,currency:u.currency}),Ie(i),u};return p`
    <${hd} initial=${n} save=${l} />
    <${$d} initial=${n} save=${l} websiteId=${e} />
    <${bd} initial=${n} save=${l} />
    <${vd} initial=${n} save=${l} />
    <${yd} initial=${n} save=${l} />
    <${wd} initial=${n} save=${l} />
  `}function hd({initial:e,save:t}){let[a,n]=C(e.name||""),[l,o]=C(e.domain||""),[i,u]=C(e.timezone||"UTC"),[c,d]=C(e.currency||"USD"),h=Ts.includes(c)?Ts:[c,...Ts];return p`<${re} title="Website">
    <${Xe}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${ye}
      onSubmit=${async()=>{let f=await t({name:a.trim()||null,domain:l.trim(),timezone:i,currency:c},"Website settings saved");n(f.name||""),o(f.domain)}}
    >
      <div class="grid-2">
        <${G} label="Name"><${oe} name="name" value=${a} onInput=${n} maxlength="100" /><//>
        <${G} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${oe} name="domain" required value=${l} onInput=${o}
        /><//>
      </div>
      <div class="grid-2">
        <${G} label="Time zone"><${vt} name="timezone" value=${i} onChange=${u} options=${gd(i)} /><//>
        <${G} label="Currency" hint="Revenue is reported in this currency"
          ><${vt} name="currency" value=${c} onChange=${d} options=${h}
        /><//>
      </div>
    <//>
  <//>`}function $d({initial:e,save:t,websiteId:a}){let[n,l]=C(!!e.isPublicDashboardEnabled),[o,i]=C(!!e.isPublicDataEnabled),[u,c]=C(!!e.isPublicDashboardEnabled),d=`${window.location.origin}/share/${a}`;return p`<${re} title="Public dashboard">
    <${Xe}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${ye}
      onSubmit=${async()=>{let h=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:o},n?"The dashboard is public":"The dashboard is private");c(!!h.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${nt} name="isPublicDashboardEnabled" checked=${n} onChange=${l} label="Share a read-only public dashboard" />
        <${nt} name="isPublicDataEnabled" checked=${o} onChange=${i} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${u&&p`<div class="share-link" data-share-link>
        <${pl} title="Share link"><${qt} text=${d} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function bd({initial:e,save:t}){let[a,n]=C(!!e.isCookieless),[l,o]=C(!!e.isAllHostnamesAllowed),[i,u]=C(Ut(e.allowedHostnames)),[c,d]=C(!!e.isAttackModeEnabled);return p`<${re} title="Tracking">
    <${ye}
      onSubmit=${async()=>{let h=await t({isCookieless:a,isAllHostnamesAllowed:l,allowedHostnames:ma(i),isAttackModeEnabled:c},"Tracking settings saved");u(Ut(h.allowedHostnames))}}
    >
      <div class="toggles">
        <${nt} name="isCookieless" checked=${a} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${nt} name="isAttackModeEnabled" checked=${c} onChange=${d} label="Attack mode (stricter bot filtering)" />
        <${nt} name="isAllHostnamesAllowed" checked=${l} onChange=${o} label="Accept events from any hostname" />
      </div>
      <${G} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${l} value=${i} onInput=${h=>u(h.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function vd({initial:e,save:t}){let[a,n]=C(Ut(e.excludedIps)),[l,o]=C(Ut(e.excludedPaths)),[i,u]=C(Ut(e.excludedCountries)),[c,d]=C(Ut(e.excludedHostnames)),h=(f,$,x)=>p`<textarea class="input" name=${f} value=${$} onInput=${w=>x(w.currentTarget.value)}></textarea>`;return p`<${re} title="Exclusions">
    <${Xe}>Events matching any of these are not recorded. One value per line.<//>
    <${ye}
      onSubmit=${async()=>{let f=await t({excludedIps:ma(a),excludedPaths:ma(l),excludedCountries:ma(i).map($=>$.toUpperCase()),excludedHostnames:ma(c)},"Exclusions saved");n(Ut(f.excludedIps)),o(Ut(f.excludedPaths)),u(Ut(f.excludedCountries)),d(Ut(f.excludedHostnames))}}
    >
      <div class="grid-2">
        <${G} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${h("excludedIps",a,n)}<//>
        <${G} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${h("excludedPaths",l,o)}<//>
      </div>
      <div class="grid-2">
        <${G} label="Countries" hint="Two-letter codes, e.g. US, FR">${h("excludedCountries",i,u)}<//>
        <${G} label="Hostnames" hint="e.g. staging.example.com">${h("excludedHostnames",c,d)}<//>
      </div>
    <//>
  <//>`}function yd({initial:e,save:t}){let[a,n]=C(e.revenueMetric||"revenue"),[l,o]=C(!!e.includeRenewalRevenue),[i,u]=C(e.kpi||""),[c,d]=C(e.kpiColorScheme||"orange");return p`<${re} title="Revenue and KPI">
    <${ye}
      onSubmit=${async()=>{await t({revenueMetric:a,includeRenewalRevenue:l,kpi:i.trim()||null,kpiColorScheme:c},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${G} label="Revenue metric"
          ><${vt} name="revenueMetric" value=${a} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${G} label="KPI color"><${vt} name="kpiColorScheme" value=${c} onChange=${d} options=${fd} /><//>
      </div>
      <${G} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${oe} name="kpi" value=${i} onInput=${u}
      /><//>
      <${nt} name="includeRenewalRevenue" checked=${l} onChange=${o} label="Count renewals in revenue totals" />
    <//>
  <//>`}function wd({initial:e,save:t}){let[a,n]=C(!!e.sendWeeklyReports),[l,o]=C(!!e.sendViralTrafficAlerts);return p`<${re} title="Emails">
    <${Xe}>Sent to the website owner's email address.<//>
    <${ye} onSubmit=${()=>t({sendWeeklyReports:a,sendViralTrafficAlerts:l},"Email settings saved")}>
      <div class="toggles">
        <${nt} name="sendWeeklyReports" checked=${a} onChange=${n} label="Weekly report every Monday" />
        <${nt} name="sendViralTrafficAlerts" checked=${l} onChange=${o} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var si=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function oi({websiteId:e,site:t}){return p`
    <${kd} websiteId=${e} site=${t} />
    <${Td} websiteId=${e} site=${t} />
  `}function ri(e){return e?Fe(e):p`<span class="muted">Never</span>`}function kd({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/apikeys`,n=ce(()=>M.get(a),[e]),[l,o]=C(null),i=()=>o(null),u=(c,d)=>{n.reload(),o(p`<${Cs} title=${c} secret=${d[0].key} what="website key" onClose=${i} />`)};return p`<${re}
    title="Website keys"
    class="website-keys"
    actions=${p`<${X} kind="primary" onClick=${()=>o(p`<${xd} path=${a} onClose=${i} onCreated=${c=>u("Website key created",c)} />`)}>New website key<//>`}
  >
    <${Xe}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&p`<${le} error=${n.error} />`}
    ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(c=>({...c,key:c._id}))}
          columns=${[{key:"name",label:"Name",render:c=>c.name||p`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:c=>p`<code class="mono" data-masked-key>${c.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:c=>ri(c.lastUsedAt)},{key:"createdAt",label:"Created",render:c=>Fe(c.createdAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:c=>p`<div class="row-actions">
                <${X}
                  class="btn-small"
                  aria-label=${`Roll ${c.name||c.displayKey}`}
                  onClick=${()=>o(p`<${mt}
                      title="Roll this key?"
                      message=${`${c.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let d=await M.put(`${a}/${c._id}`);setTimeout(()=>u("Website key rolled",d))}}
                      onClose=${i}
                    />`)}
                  >Roll<//
                >
                <${X}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${c.name||c.displayKey}`}
                  onClick=${()=>o(p`<${mt}
                      title="Delete this key?"
                      message=${`${c.displayKey} stops working at once. This cannot be undone.`}
                      run=${async()=>{await M.del(`${a}/${c._id}`),Ie("Website key deleted"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function xd({path:e,onClose:t,onCreated:a}){let[n,l]=C("");return p`<${pt} title="New website key" onClose=${t}>
    <${ye}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let o=await M.post(e,n.trim()?{name:n.trim()}:{});t(),a(o)}}
    >
      <${G} label="Name" hint="Where the key is used, e.g. Production server"
        ><${oe} name="keyName" value=${n} onInput=${l} maxlength="100"
      /><//>
    <//>
  <//>`}function Sd(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=po()||[];return e.websiteIds.map(a=>t.find(n=>n._id===a)?.domain||a).join(", ")}function Cd(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function Td({websiteId:e,site:t}){let a="/api/v1/admin/access-tokens",n=ce(()=>M.get(a),[]),[l,o]=C(null),i=()=>o(null);return p`<${re}
    title="Account tokens"
    class="account-tokens"
    actions=${p`<${X}
      kind="primary"
      onClick=${()=>o(p`<${Ad}
          websiteId=${e}
          site=${t}
          onClose=${i}
          onCreated=${u=>{n.reload(),o(p`<${Cs} title="Account token created" secret=${u[0].key} what="token" onClose=${i} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${Xe}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&p`<${le} error=${n.error} />`}
    ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name",render:u=>u.name||p`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:u=>p`<code class="mono" data-masked-key>${u.displayKey}</code>`},{key:"permissions",label:"Permissions",render:u=>p`<span class="small">${Cd(u)}</span>`},{key:"websiteIds",label:"Websites",render:u=>p`<span class="small">${Sd(u)}</span>`},{key:"lastUsedAt",label:"Last used",render:u=>ri(u.lastUsedAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:u=>p`<div class="row-actions">
                <${X}
                  class="btn-small btn-danger"
                  aria-label=${`Revoke ${u.name||u.displayKey}`}
                  onClick=${()=>o(p`<${mt}
                      title="Revoke this token?"
                      message=${`${u.displayKey} stops working at once. This cannot be undone.`}
                      confirmLabel="Revoke"
                      run=${async()=>{await M.del(`${a}/${u._id}`),Ie("Token revoked"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Revoke<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function Ad({websiteId:e,site:t,onClose:a,onCreated:n}){let[l,o]=C(""),[i,u]=C(!1),[c,d]=C(["analytics:read","websites:read"]),[h,f]=C(!0),$=(x,w)=>d(A=>w?[...A.filter(P=>P!==x),x]:A.filter(P=>P!==x));return p`<${pt} title="New account token" onClose=${a}>
    <${ye}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let x={permissions:i?["*"]:si.map(([A])=>A).filter(A=>c.includes(A)),websiteIds:h?[e]:[]};l.trim()&&(x.name=l.trim());let w=await M.post("/api/v1/admin/access-tokens",x);a(),n(w)}}
    >
      <${G} label="Name" hint="e.g. Reporting script"><${oe} name="tokenName" value=${l} onInput=${o} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${nt} name="perm-all" checked=${i} onChange=${u} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${i}>
          ${si.map(([x,w])=>p`<${nt} key=${x} name=${`perm-${x}`} value=${x} checked=${c.includes(x)} onChange=${A=>$(x,A)} label=${p`<span class="perm">${w}<code>${x}</code></span>`} />`)}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Websites</legend>
        <div class="toggles" role="radiogroup">
          <label class="checkbox"><input type="radio" name="scope" checked=${h} onChange=${()=>f(!0)} /> <span>Only ${t?.domain||"this website"}</span></label>
          <label class="checkbox"><input type="radio" name="scope" checked=${!h} onChange=${()=>f(!1)} /> <span>All websites of the account</span></label>
        </div>
      </fieldset>
    <//>
  <//>`}function _d(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function ii({websiteId:e,role:t}){let a=`/api/v1/admin/websites/${e}/team`,n=ce(()=>Promise.all([M.get(a),M.get(`${a}/invitations`)]),[e]),[l,o]=C(null),i=()=>o(null),u=t==="owner",[c,d]=n.data||[[],[]],h=(f,$,x,w)=>o(p`<${mt}
      title=${f}
      message=${$}
      confirmLabel="Remove"
      run=${async()=>{await M.del(a,x),Ie(w),n.reload()}}
      onClose=${i}
    />`);return p`
    ${u&&p`<${Dd} path=${a} onInvited=${f=>{n.reload(),o(p`<${Pd} invitation=${f[0]} onClose=${i} />`)}} />`}
    <${re} title="Members" class="team-members">
      ${!u&&p`<${Xe}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&p`<${le} error=${n.error} />`}
      ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
            caption="Members"
            rows=${c.map(f=>({...f,key:f.userId}))}
            columns=${[{key:"name",label:"Name",render:f=>p`${f.name||f.email}${f.email===Re.user?.email?p` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>p`<span class="badge">${f.role}</span>`},{key:"joinedAt",label:"Joined",render:f=>Fe(f.joinedAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:f=>u&&f.role!=="owner"?p`<div class="row-actions"><${X}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${f.email}`}
                        onClick=${()=>h("Remove this person?",`${f.email} loses access to this website at once, with their tokens and keys for it.`,{userId:f.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${re} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${d.map(f=>({...f,key:f.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>p`<span class="badge">${f.role}</span>`},{key:"createdAt",label:"Invited",render:f=>Fe(f.createdAt)},{key:"expiresAt",label:"Expires",render:f=>Fe(f.expiresAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:f=>u?p`<div class="row-actions"><${X}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${f.email}`}
                        onClick=${()=>h("Revoke this invitation?",`The link sent to ${f.email} stops working.`,{invitationId:f.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${l}
  `}function Dd({path:e,onInvited:t}){let[a,n]=C(""),[l,o]=C("viewer");return p`<${re} title="Invite someone">
    <${Xe}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${ye}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let i=await M.post(e,{email:a.trim(),role:l});n(""),t(i)}}
    >
      <div class="grid-2">
        <${G} label="Email"><${oe} type="email" name="inviteEmail" required value=${a} onInput=${n} autocomplete="off" /><//>
        <${G} label="Role"><${vt} name="inviteRole" value=${l} onChange=${o} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Pd({invitation:e,onClose:t}){let a=_d(e.inviteUrl);return p`<${pt} title="Invitation created" onClose=${t} footer=${p`<${X} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${Fe(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${qt} text=${a} label="Copy link" /></div>
  <//>`}function ci({status:e}){return p`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function ui({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,a=ce(()=>M.get(t),[e]),n=ce(()=>M.getFull(`${t}/history`,{limit:50}),[e]),[l,o]=C(null),i=()=>o(null),u=()=>{i(),a.reload(),n.reload()},c=d=>o(p`<${Ed} path=${t} alert=${d} onClose=${i} onSaved=${u} />`);return p`
    <${re} title="Goal alerts" class="alerts" actions=${p`<${X} kind="primary" onClick=${()=>c(null)}>New alert<//>`}>
      <${Xe}>An email to the website owner each time a visitor completes the goal.<//>
      ${a.error&&p`<${le} error=${a.error} />`}
      ${a.loading&&!a.data?p`<${ue} />`:p`<${yt}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(a.data||[]).map(d=>({...d,key:d._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:d=>p`<code>${d.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:d=>p`<span class="badge">${d.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:d=>d.recentLogs?.[0]?p`<${ci} status=${d.recentLogs[0].status} /> ${Fe(d.recentLogs[0].triggeredAt)}`:p`<span class="muted">Never</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:d=>p`<div class="row-actions">
                  <${X} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>c(d)}>Edit<//>
                  <${X}
                    class="btn-small btn-danger"
                    aria-label=${`Delete ${d.name}`}
                    onClick=${()=>o(p`<${mt}
                        title="Delete this alert?"
                        message=${`"${d.name}" stops sending emails. Its history stays.`}
                        run=${async()=>{await M.del(`${t}/${d._id}`),Ie("Alert deleted"),a.reload()}}
                        onClose=${i}
                      />`)}
                    >Delete<//
                  >
                </div>`}]}
          />`}
    <//>
    <${re} title="Delivery history" class="alert-history" actions=${p`<${X} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&p`<${le} error=${n.error} />`}
      ${n.data&&p`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:d=>Fe(d.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:d=>p`<code>${d.goalName}</code>`},{key:"status",label:"Status",render:d=>p`<${ci} status=${d.status} />${d.error?p` <span class="small muted">${d.error}</span>`:""}`}]}
          />`}
    <//>
    ${l}
  `}function Ed({path:e,alert:t,onClose:a,onSaved:n}){let[l,o]=C(t?.name||""),[i,u]=C(t?.trigger?.goalName||""),[c,d]=C(t?.template?.subject||""),[h,f]=C(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[$,x]=C(t?t.isEnabled:!0);return p`<${pt} title=${t?"Edit alert":"New alert"} onClose=${a}>
    <${ye}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let w={name:l.trim(),trigger:{type:"goal",goalName:i.trim()},destination:{type:"email"},template:{subject:c.trim()||null,message:h.trim()},isEnabled:$};t?await M.put(`${e}/${t._id}`,w):await M.post(e,w),Ie(t?"Alert saved":"Alert created"),n()}}
    >
      <${G} label="Name"><${oe} name="alertName" required value=${l} onInput=${o} maxlength="100" /><//>
      <${G} label="Goal" hint="The goal name your site sends, e.g. signup"><${oe} name="alertGoal" required value=${i} onInput=${u} /><//>
      <${G} label="Subject" hint="Empty: the standard subject"><${oe} name="alertSubject" value=${c} onInput=${d} maxlength="200" /><//>
      <${G} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${h} onInput=${w=>f(w.currentTarget.value)}></textarea>
      <//>
      <${nt} name="alertEnabled" checked=${$} onChange=${x} label="Enabled" />
    <//>
  <//>`}var Md=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function di({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,a=ce(()=>M.get(t),[e]);if(a.loading&&!a.data)return p`<${ue} />`;if(a.error)return p`<${le} error=${a.error} />`;let n=a.data[0];return p`<div class="provider-grid">
    ${Md.map(([l,o,i,u])=>p`<${Ld} key=${l} path=${`${t}/${l}`} slug=${l} name=${o} fields=${i} webhookHelp=${u} state=${n[l]||{}} reload=${a.reload} />`)}
  </div>`}function Ld({path:e,slug:t,name:a,fields:n,webhookHelp:l,state:o,reload:i}){let[u,c]=C({}),[d,h]=C(null),[f,$]=C(!1),x=(A,P)=>c(O=>({...O,[A]:P})),w=!!o.connected;return p`<${re}
    title=${p`<span class=${`status-dot ${w?"on":""}`} aria-hidden="true"></span>${a}`}
    class=${`provider provider-${t}`}
    actions=${p`<span class=${`badge ${w?"badge-ok":""}`}>${w?"Connected":"Not connected"}</span>`}
  >
    ${w&&p`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${o.displayKey||"\u2014"}</code></dd>
      ${o.storeId&&p`<dt>Store</dt><dd>${o.storeId}</dd>`}
      ${o.orgId&&p`<dt>Organization</dt><dd>${o.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${o.webhookSecretConfigured?p`<code class="mono">${o.displayWebhookSecret}</code>`:p`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${Fe(o.connectedAt)}</dd>
      ${t==="paddle"&&o.resyncRequestedAt&&p`<dt>Resync queued</dt><dd>${Fe(o.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${pl} title="Webhook URL" hint=${l}><${qt} text=${o.webhookUrl||""} label="Copy URL" /><//>
    ${w&&!f?p`<div class="form-actions">
          <${X} onClick=${()=>$(!0)}>Replace keys<//>
          ${t==="paddle"&&p`<${X}
            onClick=${async()=>{try{await M.patch(e),Ie("Paddle resync queued"),i()}catch(A){Ie(A.message,"error")}}}
            >Resync payments<//
          >`}
          <${X}
            class="btn-danger"
            onClick=${()=>h(p`<${mt}
                title=${`Disconnect ${a}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await M.del(e),Ie(`${a} disconnected`),i()}}
                onClose=${()=>h(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:p`<${ye}
          submitLabel=${w?"Save keys":`Connect ${a}`}
          busyLabel="Connecting…"
          extra=${w?p`<${X} onClick=${()=>$(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let A={};for(let[P]of n)(u[P]||"").trim()&&(A[P]=u[P].trim());(u.webhookSecret||"").trim()&&(A.webhookSecret=u.webhookSecret.trim()),await M.post(e,A),Ie(`${a} connected`),c({}),$(!1),i()}}
        >
          ${n.map(([A,P,O,y])=>p`<${G} key=${A} label=${P} hint=${O}
                ><${oe} name=${`${t}-${A}`} type=${y?"password":"text"} autocomplete="off" value=${u[A]||""} onInput=${D=>x(A,D)}
              /><//>`)}
          <${G} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${oe} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${u.webhookSecret||""} onInput=${A=>x("webhookSecret",A)}
          /><//>
        <//>`}
    ${d}
  <//>`}var Id=100;function Rd(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function pi({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/notes`,[n,l]=C(""),o=ce(()=>M.getFull(a,{limit:Id,q:n.trim()||void 0}),[e,n]),[i,u]=C(null),c=()=>u(null),d=$=>u(p`<${Nd}
      path=${a}
      note=${$}
      timeZone=${t?.timezone}
      onClose=${c}
      onSaved=${()=>{c(),o.reload()}}
    />`),h=o.data?.data||[],f=o.data?.pagination?.total??h.length;return p`<${re} title="Notes" class="notes" actions=${p`<${X} kind="primary" onClick=${()=>d(null)}>New note<//>`}>
    <${Xe}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${oe} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${l} /></label>
      ${o.data&&p`<span class="muted small">${f} note${f===1?"":"s"}${f>h.length?`, newest ${h.length} shown`:""}</span>`}
    </div>
    ${o.error&&p`<${le} error=${o.error} />`}
    ${o.loading&&!o.data?p`<${ue} />`:p`<${yt}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${h.map($=>({...$,key:$.id}))}
          columns=${[{key:"timestamp",label:"When",render:$=>p`<span style="white-space:nowrap">${Fe($.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:$=>p`<span class="note-text">${$.text}</span>`},{key:"author",label:"By",render:$=>$.author?.name||p`<span class="muted">—</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:$=>p`<div class="row-actions">
                <${X} class="btn-small" aria-label=${`Edit note ${$.text.slice(0,30)}`} onClick=${()=>d($)}>Edit<//>
                <${X}
                  class="btn-small btn-danger"
                  aria-label=${`Delete note ${$.text.slice(0,30)}`}
                  onClick=${()=>u(p`<${mt}
                      title="Delete this note?"
                      message=${$.text}
                      run=${async()=>{await M.del(`${a}/${$.id}`),Ie("Note deleted"),o.reload()}}
                      onClose=${c}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${i}
  <//>`}function Nd({path:e,note:t,timeZone:a,onClose:n,onSaved:l}){let o=t?zd(t.timestamp,a):{date:Rd(),time:""},[i,u]=C(t?.text||""),[c,d]=C(o.date),[h,f]=C(o.time);return p`<${pt} title=${t?"Edit note":"New note"} onClose=${n}>
    <${ye}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let $=h?Fd(c,h,a):c,x={text:i.trim(),timestamp:$};t?await M.put(`${e}/${t.id}`,x):await M.post(e,x),Ie(t?"Note saved":"Note added"),l()}}
    >
      <${G} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${i} onInput=${$=>u($.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${G} label="Date"><${oe} type="date" name="noteDate" required value=${c} onInput=${d} /><//>
        <${G} label="Time" hint=${`Optional, ${a||"UTC"}`}><${oe} type="time" name="noteTime" value=${h} onInput=${f} /><//>
      </div>
    <//>
  <//>`}function mi(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(a.formatToParts(new Date(e)).map(l=>[l.type,l.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function zd(e,t){let a=mi(Date.parse(e),t);return{date:a.date,time:a.time==="00:00"?"":a.time}}function Fd(e,t,a){let n=Date.parse(`${e}T${t}:00Z`),l=n;for(let o=0;o<2;o++){let i=mi(l,a),u=Date.parse(`${i.date}T${i.time}:00Z`);l+=n-u}return new Date(l).toISOString()}function Od(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function fi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,a=ce(()=>M.get(t),[e]),[n,l]=C(null),o=()=>l(null),i=u=>l(p`<${Vd}
      path=${t}
      funnel=${u}
      onClose=${o}
      onSaved=${()=>{o(),a.reload()}}
    />`);return p`<${re} title="Funnels" class="funnels" actions=${p`<${X} kind="primary" onClick=${()=>i(null)}>New funnel<//>`}>
    <${Xe}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${a.error&&p`<${le} error=${a.error} />`}
    ${a.loading&&!a.data?p`<${ue} />`:p`<${yt}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(a.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:u=>p`<span class="small">${u.steps.map(c=>`${c.name} (${Od(c)})`).join(" \u2192 ")}</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:u=>p`<div class="row-actions">
                <${X} class="btn-small" aria-label=${`Edit ${u.name}`} onClick=${()=>i(u)}>Edit<//>
                <${X}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${u.name}`}
                  onClick=${()=>l(p`<${mt}
                      title="Delete this funnel?"
                      message=${`"${u.name}" disappears from the dashboard.`}
                      run=${async()=>{await M.del(`${t}/${u._id}`),Ie("Funnel deleted"),a.reload()}}
                      onClose=${o}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${n}
  <//>`}var As=()=>({name:"",type:"pageview",url:"",goalName:""});function Vd({path:e,funnel:t,onClose:a,onSaved:n}){let[l,o]=C(t?.name||""),[i,u]=C(t?t.steps.map(d=>({id:d.id,name:d.name,type:d.type,url:d.url||"",goalName:d.goalName||""})):[As(),As()]),c=(d,h)=>u(f=>f.map(($,x)=>x===d?{...$,...h}:$));return p`<${pt} title=${t?"Edit funnel":"New funnel"} onClose=${a}>
    <${ye}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let d={name:l.trim(),steps:i.map(h=>{let f={name:h.name.trim(),type:h.type};return h.id&&(f.id=h.id),h.type==="goal"?f.goalName=h.goalName.trim():f.url=h.url.trim(),f})};t?await M.put(`${e}/${t._id}`,d):await M.post(e,d),Ie(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${G} label="Funnel name"><${oe} name="funnelName" required value=${l} onInput=${o} maxlength="100" /><//>
      ${i.map((d,h)=>p`<fieldset class="group" key=${h}>
          <legend>Step ${h+1}</legend>
          <div class="grid-2">
            <${G} label=${`Step ${h+1} name`}><${oe} name=${`stepName${h}`} required value=${d.name} onInput=${f=>c(h,{name:f})} /><//>
            <${G} label=${`Step ${h+1} kind`}
              ><${vt} name=${`stepType${h}`} value=${d.type} onChange=${f=>c(h,{type:f})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${d.type==="goal"?p`<${G} label=${`Step ${h+1} goal`}><${oe} name=${`stepGoal${h}`} required value=${d.goalName} onInput=${f=>c(h,{goalName:f})} /><//>`:p`<${G} label=${`Step ${h+1} page`} hint="A path; * matches anything"
                ><${oe} name=${`stepUrl${h}`} required placeholder="/pricing" value=${d.url} onInput=${f=>c(h,{url:f})}
              /><//>`}
          ${i.length>2&&p`<${X} class="btn-small btn-danger" onClick=${()=>u(f=>f.filter(($,x)=>x!==h))}>Remove step ${h+1}<//>`}
        </fieldset>`)}
      <div><${X} class="btn-small" onClick=${()=>u(d=>[...d,As()])}>Add a step<//></div>
    <//>
  <//>`}var _s=[["website","Website",li],["keys","API keys",oi],["team","Team",ii],["funnels","Funnels",fi],["alerts","Alerts",ui],["integrations","Integrations",di],["notes","Notes",pi]];function gi({websiteId:e,site:t,section:a,role:n,navigate:l}){if(n!=="owner"&&n!=="member")return p`<${re} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let o=_s.find(([d])=>d===a)||_s[0],[i,,u]=o,c=`/sites/${e}/settings`;return p`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${_s.map(([d,h])=>p`<a href=${`${c}/${d}`} class=${`navtab ${d===i?"active":""}`} aria-current=${d===i?"page":void 0}
            >${h}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${i}>
      <${u} key=${`${e}-${i}`} websiteId=${e} site=${t} role=${n} navigate=${l} />
    </div>
  </div>`}var Ud=[["/login",fo,"anyone"],["/setup",go,"anyone"],["/invite/:token",ai,"anyone"],["/share/:websiteId",Gd,"anyone"],["/",vo,"member"],["/sites/:websiteId",Ra(xs,"dashboard"),"member"],["/sites/:websiteId/realtime",Ra(ei,"realtime"),"member"],["/sites/:websiteId/visitors",Ra(ti,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",Ra(ni,"visitors"),"member"],["/sites/:websiteId/settings/:section?",Ra(jd,"settings"),"member"]];function Wd(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[a,n,l]of Ud){let o=a.split("/").filter(Boolean),i={},u=!0;for(let c=0;c<Math.max(o.length,t.length);c++){let d=o[c],h=t[c];if(d===void 0){u=!1;break}if(d.startsWith(":")){let f=d.endsWith("?"),$=d.slice(1).replace(/\?$/,"");if(h===void 0){f||(u=!1);break}i[$]=decodeURIComponent(h)}else if(d!==h){u=!1;break}}if(u)return{screen:n,params:i,access:l}}return null}function hi(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var ml=new Set;function Na(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),ml.forEach(a=>a()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>ml.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href,window.location.href);a.origin!==window.location.origin||a.pathname.startsWith("/api/")||a.pathname.startsWith("/js/")||(e.preventDefault(),Na(a.pathname+a.search))});function Hd(){let[e,t]=C(hi()),[a,n]=C({checked:!1,error:null});if(dt(()=>{let u=()=>t(hi());return ml.add(u),()=>ml.delete(u)},[]),dt(()=>{let u=window.location.pathname.startsWith("/sites/")?ta().catch(()=>null):null;Promise.all([Ya(),u]).then(()=>n({checked:!0,error:null}),c=>n({checked:!0,error:c})),M.onUnauthorized=()=>{Re.user=null,Re.csrfToken=null;let c=window.location.pathname;!["/login","/setup"].includes(c)&&!c.startsWith("/share/")&&!c.startsWith("/invite/")&&Na(`/login?next=${encodeURIComponent(c+window.location.search)}`,{replace:!0})}},[]),!a.checked)return p`<${ue} />`;if(a.error)return p`<main class="page"><${le} error=${a.error} /></main>`;let l=Wd(e.path);if(!l)return p`<${$i}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(l.access==="member"&&!Re.user)return p`<${Bd} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let o=l.screen,i=p`<${o} params=${l.params} query=${e.query} navigate=${Na} onAuth=${()=>n({checked:!0,error:null})} />`;return l.access==="member"?p`<${$i}>${i}<//>`:i}function Bd({to:e}){return dt(()=>Na(e,{replace:!0}),[e]),null}function $i({children:e}){return p`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Re.user&&p`<span class="muted who">${Re.user.name||Re.user.email}</span>`}
        ${Re.user&&p`<${X}
          kind="ghost"
          onClick=${async()=>{await uo(),Na("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${zl} />
  </div>`}function Ra(e,t){return function(n){let{websiteId:l}=n.params,[o,i]=C({site:qa(l),error:null});if(dt(()=>{o.site||ta().then(()=>i({site:qa(l),error:qa(l)?null:new Error("This website does not exist or is not shared with you")}),h=>i({site:null,error:h}))},[l]),o.error)return p`<main class="page"><${le} error=${o.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!o.site)return p`<${ue} />`;let u=o.site,c=`/sites/${u._id}`,d=[["dashboard","Dashboard",c],["realtime","Realtime",`${c}/realtime`],["visitors","Visitors",`${c}/visitors`],...u.role==="viewer"?[]:[["settings","Settings",`${c}/settings`]]];return p`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${u.name||u.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${d.map(([h,f,$])=>p`<a href=${$} class=${`navtab ${h===t?"active":""}`} aria-current=${h===t?"page":void 0}>${f}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${n} site=${u} /></main>
    </div>`}}function jd({params:e,site:t,navigate:a}){return p`<${gi} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${a} />`}function Gd(e){return p`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${xs} ...${e} site=${null} shared=${!0} /></main>
    <${zl} />
  </div>`}so(p`<${Hd} />`,document.getElementById("app"));export{Wd as match,Na as navigate};
