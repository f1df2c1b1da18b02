import{A as oe,B as ye,C as oo,a as lo,b as A,c as bt,d as Nl,f as p,g as ze,h as Pt,i as un,j as so,k as Fe,l as Qn,m as ce,n as Xn,o as Q,p as j,q as se,r as vt,s as tt,t as yt,u as dt,v as qt,w as Ie,x as zl,y as ae,z as ue}from"/assets/chunk-5KCA4ZVZ.js";var Ga=class extends Error{constructor(t,a){super(a),this.code=t}},Re={user:null,csrfToken:null};function Gi(e,t){let a=new URLSearchParams;for(let[l,o]of Object.entries(t||{}))o==null||o===""||a.set(l,String(o));let n=a.toString();return n?`${e}?${n}`:e}async function ea(e,t,{query:a,body:n}={}){let l={Accept:"application/json"};n!==void 0&&(l["Content-Type"]="application/json"),e!=="GET"&&Re.csrfToken&&(l["X-CSRF-Token"]=Re.csrfToken);let o;try{o=await fetch(Gi(t,a),{method:e,headers:l,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)})}catch{throw new Ga(0,"The server cannot be reached")}let i=null;try{i=await o.json()}catch{}if(o.ok&&i&&i.status==="success")return i;if(o.ok&&i&&i.status===void 0)return{status:"success",data:i};let u=i?.error?.message||`${o.status} ${o.statusText||"error"}`;throw o.status===401&&typeof M.onUnauthorized=="function"&&M.onUnauthorized(),new Ga(i?.error?.code||o.status,u)}var M={async get(e,t){return(await ea("GET",e,{query:t})).data},async getFull(e,t){return ea("GET",e,{query:t})},async post(e,t){return(await ea("POST",e,{body:t??{}})).data},async put(e,t){return(await ea("PUT",e,{body:t??{}})).data},async patch(e,t){return(await ea("PATCH",e,{body:t??{}})).data},async del(e,t){return(await ea("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function ka(e){let t=Array.isArray(e)?e[0]:e;return Re.user=t?.user||null,Re.csrfToken=t?.csrfToken||null,Re}async function Ka(){try{return ka(await M.get("/api/auth/session"))}catch(e){if(e.code===401)return ka(null);throw e}}async function ro(e,t){return ka(await M.post("/api/auth/login",{email:e,password:t}))}async function io(e,t,a){return ka(await M.post("/api/auth/signup",{email:e,password:t,name:a||void 0}))}async function co(){try{await M.post("/api/auth/logout",{})}finally{ka(null)}}var dn=null;async function ta(){return dn=await M.get("/api/v1/admin/websites"),dn}function uo(){return dn}function Ya(e){return dn?.find(t=>t._id===e)||null}function po(e,t){dn&&(dn=dn.map(a=>a._id===e?{...a,...t}:a))}function xa(){dn=null}function Ki(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Fl({title:e,children:t,footer:a}){return p`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${a&&p`<div class="auth-foot muted">${a}</div>`}
    </div>
  </main>`}function mo({query:e,navigate:t,onAuth:a}){let[n,l]=A(""),[o,i]=A(""),[u,c]=A(!1);return bt(()=>{M.get("/api/auth/signup").then(d=>{d?.[0]?.signupOpen&&(c(!0),t("/setup",{replace:!0}))},()=>{})},[]),p`<${Fl}
    title="Log in"
    footer=${u?p`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${ye}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await ro(n.trim(),o),xa(),a?.(),t(Ki(e),{replace:!0})}}
    >
      <${j} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${n} onInput=${l} /><//>
      <${j} label="Password"><${se} type="password" name="password" autocomplete="current-password" required value=${o} onInput=${i} /><//>
    <//>
  <//>`}function fo({navigate:e,onAuth:t}){let[a,n]=A({checked:!1,open:!1}),[l,o]=A(""),[i,u]=A(""),[c,d]=A("");return bt(()=>{M.get("/api/auth/signup").then(h=>n({checked:!0,open:!!h?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),a.checked?a.open?p`<${Fl} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${ye}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await io(i.trim(),c,l.trim()),xa(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${j} label="Your name"><${se} name="name" autocomplete="name" value=${l} onInput=${o} /><//>
      <${j} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${i} onInput=${u} /><//>
      <${j} label="Password" hint="At least 8 characters"
        ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${c} onInput=${d}
      /><//>
    <//>
  <//>`:p`<${Fl} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:p`<${ue} />`}function Yi(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function go({site:e,onFirstEvent:t}){let[a,n]=A(!1);return Xn(async()=>{if(a)return;((await M.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,a]),p`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${qt} text=${Yi(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${a?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${a?p`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}var Vl=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var qi="2015-01-01";function Ul(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Ca(e){let[t,a,n]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,n))}function ho(e){return e.toISOString().slice(0,10)}function Zt(e,t){let a=Ca(e);return a.setUTCDate(a.getUTCDate()+t),ho(a)}function Sa(e,t){let a=Ca(e),n=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+t,1)),l=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(a.getUTCDate(),l)),ho(n)}function Ol(e,t){return Math.round((Ca(t)-Ca(e))/864e5)}var qa=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Ta({preset:e,from:t,to:a},n,l=new Date){let o=Ul(n,l),i=(c,d)=>({startAt:c,endAt:d,prevStartAt:Zt(c,-(Ol(c,d)+1)),prevEndAt:Zt(c,-1)}),u;switch(e){case"today":u={...i(o,o),interval:"hour"};break;case"yesterday":u={...i(Zt(o,-1),Zt(o,-1)),interval:"hour"};break;case"24h":{let c=new Date(Math.floor(l.getTime()/6e4)*6e4),d=new Date(c.getTime()-864e5),h=new Date(d.getTime()-864e5);u={startAt:d.toISOString(),endAt:c.toISOString(),prevStartAt:h.toISOString(),prevEndAt:new Date(d.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":u={...i(Zt(o,-6),o),interval:"day"};break;case"30d":u={...i(Zt(o,-29),o),interval:"day"};break;case"12m":u={...i(Zt(Sa(o,-12),1),o),interval:"month"};break;case"week":{let c=(Ca(o).getUTCDay()+6)%7,d=Zt(o,-c);u={startAt:d,endAt:o,prevStartAt:Zt(d,-7),prevEndAt:Zt(o,-7),interval:"day"};break}case"month":{let c=o.slice(0,8)+"01";u={startAt:c,endAt:o,prevStartAt:Sa(c,-1),prevEndAt:Sa(o,-1),interval:"day"};break}case"year":{let c=o.slice(0,5)+"01-01";u={startAt:c,endAt:o,prevStartAt:Sa(c,-12),prevEndAt:Sa(o,-12),interval:"month"};break}case"all":u={chartStartAt:qi,chartEndAt:o,interval:"month"};break;case"custom":if(qa(t)&&qa(a)&&t<=a){let c=Ol(t,a);u={...i(t,a),interval:c===0?"hour":c<=62?"day":c<=400?"week":"month"};break}default:return Ta({preset:"30d"},n,l)}return{preset:e,...u,label:Vl.find(([c])=>c===e)?.[1]||e}}function $o(e){let t=e.startAt||e.chartStartAt,a=e.endAt||e.chartEndAt,n=qa(t)&&qa(a)?Ol(t,a)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,o])=>o).map(([o,i])=>[o,i])}function Zi(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function Ji({onAdded:e,onCancel:t}){let[a,n]=A(""),[l,o]=A(""),[i,u]=A(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return p`<${oe} title="Add a website">
    <${ye}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&p`<${Q} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let c=a.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),d=await M.post("/api/v1/admin/websites",{domain:c,name:l.trim()||c,timezone:i});await e(d[0])}}
    >
      <div class="grid-2">
        <${j} label="Domain" hint="Without https://, e.g. example.com"
          ><${se} name="domain" required placeholder="example.com" value=${a} onInput=${n}
        /><//>
        <${j} label="Name"><${se} name="name" placeholder="My site" value=${l} onInput=${o} /><//>
      </div>
      <${j} label="Time zone" hint="Days and charts follow this zone"
        ><${vt} name="timezone" value=${i} onChange=${u} options=${Zi()}
      /><//>
    <//>
  <//>`}function Qi({site:e}){let{data:t}=ce(()=>{let a=Ta({preset:"7d"},e.timezone||"UTC");return M.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",startAt:a.startAt,endAt:a.endAt})},[e._id]);return p`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${ze(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function bo({query:e,navigate:t}){let a=ce(()=>ta(),[]),[n,l]=A(!1),[o,i]=A(null);if(a.loading&&!a.data)return p`<${ue} />`;if(a.error)return p`<main class="page"><${ae} error=${a.error} /></main>`;let u=a.data||[],c=n||u.length===0&&!o;return p`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${u.length>0&&!c&&p`<${Q} kind="primary" onClick=${()=>l(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&u.length===0&&p`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${c&&p`<${Ji}
      onCancel=${u.length>0?()=>l(!1):null}
      onAdded=${async d=>{let h=await ta();a.reload(),l(!1),i(h.find(g=>g._id===d.websiteId)||null)}}
    />`}
    ${o&&p`<div class="stack">
      <${go} site=${o} />
      <p><a class="btn btn-primary" href=${`/sites/${o._id}`}>Open the dashboard</a></p>
    </div>`}
    ${u.length>0&&p`<ul class="site-list card">${u.map(d=>p`<${Qi} key=${d._id} site=${d} />`)}</ul>`}
  </main>`}var Xi="uplot",ec="u-hz",tc="u-vt",nc="u-title",ac="u-wrap",lc="u-under",sc="u-over",oc="u-axis",An="u-off",rc="u-select",ic="u-cursor-x",cc="u-cursor-y",uc="u-cursor-pt",dc="u-legend",pc="u-live",mc="u-inline",fc="u-series",gc="u-marker",vo="u-label",hc="u-value",_a="width",Da="height";var yo="bottom",na="left",Wl="right",ss="#000",wo=ss+"0",Hl="mousemove",ko="mousedown",Bl="mouseup",xo="mouseenter",So="mouseleave",Co="dblclick",$c="resize",bc="scroll",To="change",el="dppxchange",os="--",ca=typeof window<"u",ql=ca?document:null,la=ca?window:null,vc=ca?navigator:null,ge,Za;function Zl(){let e=devicePixelRatio;ge!=e&&(ge=e,Za&&Ql(To,Za,Zl),Za=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),_n(To,Za,Zl),la.dispatchEvent(new CustomEvent(el)))}function wt(e,t){if(t!=null){let a=e.classList;!a.contains(t)&&a.add(t)}}function Jl(e,t){let a=e.classList;a.contains(t)&&a.remove(t)}function Ae(e,t,a){e.style[t]=a+"px"}function Ft(e,t,a,n){let l=ql.createElement(e);return t!=null&&wt(l,t),a?.insertBefore(l,n),l}function Et(e,t){return Ft("div",e,t)}var Ao=new WeakMap;function Jt(e,t,a,n,l){let o="translate("+t+"px,"+a+"px)",i=Ao.get(e);o!=i&&(e.style.transform=o,Ao.set(e,o),t<0||a<0||t>n||a>l?wt(e,An):Jl(e,An))}var _o=new WeakMap;function Do(e,t,a){let n=t+a,l=_o.get(e);n!=l&&(_o.set(e,n),e.style.background=t,e.style.borderColor=a)}var Po=new WeakMap;function Eo(e,t,a,n){let l=t+""+a,o=Po.get(e);l!=o&&(Po.set(e,l),e.style.height=a+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-a/2+"px":0)}var rs={passive:!0},yc={...rs,capture:!0};function _n(e,t,a,n){t.addEventListener(e,a,n?yc:rs)}function Ql(e,t,a,n){t.removeEventListener(e,a,rs)}ca&&Zl();function Ot(e,t,a,n){let l;a=a||0,n=n||t.length-1;let o=n<=2147483647;for(;n-a>1;)l=o?a+n>>1:kt((a+n)/2),t[l]<e?a=l:n=l;return e-t[a]<=t[n]-e?a:n}function sr(e){return(a,n,l)=>{let o=-1,i=-1;for(let u=n;u<=l;u++)if(e(a[u])){o=u;break}for(let u=l;u>=n;u--)if(e(a[u])){i=u;break}return[o,i]}}var or=e=>e!=null,rr=e=>e!=null&&e>0,al=sr(or),wc=sr(rr);function kc(e,t,a,n=0,l=!1){let o=l?wc:al,i=l?rr:or;[t,a]=o(e,t,a);let u=e[t],c=e[t];if(t>-1)if(n==1)u=e[t],c=e[a];else if(n==-1)u=e[a],c=e[t];else for(let d=t;d<=a;d++){let h=e[d];i(h)&&(h<u?u=h:h>c&&(c=h))}return[u??we,c??-we]}function ll(e,t,a,n){let l=Io(e),o=Io(t);e==t&&(l==-1?(e*=a,t/=a):(e/=a,t*=a));let i=a==10?tn:ir,u=l==1?kt:Mt,c=o==1?Mt:kt,d=u(i(He(e))),h=c(i(He(t))),g=sa(a,d),$=sa(a,h);return a==10&&(d<0&&(g=ke(g,-d)),h<0&&($=ke($,-h))),n||a==2?(e=g*l,t=$*o):(e=pr(e,g),t=sl(t,$)),[e,t]}function is(e,t,a,n){let l=ll(e,t,a,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var cs=.1,Mo={mode:3,pad:cs},Ea={pad:0,soft:null,mode:0},xc={min:Ea,max:Ea};function tl(e,t,a,n){return ol(a)?Lo(e,t,a):(Ea.pad=a,Ea.soft=n?0:null,Ea.mode=n?3:0,Lo(e,t,xc))}function me(e,t){return e??t}function Sc(e,t,a){for(t=me(t,0),a=me(a,e.length-1);t<=a;){if(e[t]!=null)return!0;t++}return!1}function Lo(e,t,a){let n=a.min,l=a.max,o=me(n.pad,0),i=me(l.pad,0),u=me(n.hard,-we),c=me(l.hard,we),d=me(n.soft,we),h=me(l.soft,-we),g=me(n.mode,0),$=me(l.mode,0),x=t-e,y=tn(x),D=rt(He(e),He(t)),_=tn(D),F=He(_-y);(x<1e-24||F>10)&&(x=0,(e==0||t==0)&&(x=1e-24,g==2&&d!=we&&(o=0),$==2&&h!=-we&&(i=0)));let w=x||D||1e3,E=tn(w),S=sa(10,kt(E)),B=w*(x==0?e==0?.1:1:o),I=ke(pr(e-B,S/10),24),ee=e>=d&&(g==1||g==3&&I<=d||g==2&&I>=d)?d:we,Y=rt(u,I<ee&&e>=ee?ee:Vt(ee,I)),te=w*(x==0?t==0?.1:1:i),q=ke(sl(t+te,S/10),24),C=t<=h&&($==1||$==3&&q>=h||$==2&&q<=h)?h:-we,G=Vt(c,q>C&&t<=C?C:rt(C,q));return Y==G&&Y==0&&(G=100),[Y,G]}var Cc=new Intl.NumberFormat(ca?vc.language:"en-US"),us=e=>Cc.format(e),xt=Math,Xa=xt.PI,He=xt.abs,kt=xt.floor,We=xt.round,Mt=xt.ceil,Vt=xt.min,rt=xt.max,sa=xt.pow,Io=xt.sign,tn=xt.log10,ir=xt.log2,Tc=(e,t=1)=>xt.sinh(e)*t,jl=(e,t=1)=>xt.asinh(e/t),we=1/0;function Ro(e){return(tn((e^e>>31)-(e>>31))|0)+1}function Xl(e,t,a){return Vt(rt(e,t),a)}function cr(e){return typeof e=="function"}function re(e){return cr(e)?e:()=>e}var Ac=()=>{},ur=e=>e,dr=(e,t)=>t,_c=e=>null,No=e=>!0,zo=(e,t)=>e==t,Dc=/\.\d*?(?=9{6,}|0{6,})/gm,Dn=e=>{if(fr(e)||mn.has(e))return e;let t=`${e}`,a=t.match(Dc);if(a==null)return e;let n=a[0].length-1;if(t.indexOf("e-")!=-1){let[l,o]=t.split("e");return+`${Dn(l)}e${o}`}return ke(e,n)};function Cn(e,t){return Dn(ke(Dn(e/t))*t)}function sl(e,t){return Dn(Mt(Dn(e/t))*t)}function pr(e,t){return Dn(kt(Dn(e/t))*t)}function ke(e,t=0){if(fr(e))return e;let a=10**t,n=e*a*(1+Number.EPSILON);return We(n)/a}var mn=new Map;function mr(e){return((""+e).split(".")[1]||"").length}function La(e,t,a,n){let l=[],o=n.map(mr);for(let i=t;i<a;i++){let u=He(i),c=ke(sa(e,i),u);for(let d=0;d<n.length;d++){let h=e==10?+`${n[d]}e${i}`:n[d]*c,g=(i>=0?0:u)+(i>=o[d]?0:o[d]),$=e==10?h:ke(h,g);l.push($),mn.set($,g)}}return l}var Ma={},ds=[],oa=[null,null],pn=Array.isArray,fr=Number.isInteger,Pc=e=>e===void 0;function Fo(e){return typeof e=="string"}function ol(e){let t=!1;if(e!=null){let a=e.constructor;t=a==null||a==Object}return t}function Ec(e){return e!=null&&typeof e=="object"}var Mc=Object.getPrototypeOf(Uint8Array),gr="__proto__";function ra(e,t=ol){let a;if(pn(e)){let n=e.find(l=>l!=null);if(pn(n)||t(n)){a=Array(e.length);for(let l=0;l<e.length;l++)a[l]=ra(e[l],t)}else a=e.slice()}else if(e instanceof Mc)a=e.slice();else if(t(e)){a={};for(let n in e)n!=gr&&(a[n]=ra(e[n],t))}else a=e;return a}function Oe(e){let t=arguments;for(let a=1;a<t.length;a++){let n=t[a];for(let l in n)l!=gr&&(ol(e[l])?Oe(e[l],ra(n[l])):e[l]=ra(n[l]))}return e}var Lc=0,Ic=1,Rc=2;function Nc(e,t,a){for(let n=0,l,o=-1;n<t.length;n++){let i=t[n];if(i>o){for(l=i-1;l>=0&&e[l]==null;)e[l--]=null;for(l=i+1;l<a&&e[l]==null;)e[o=l++]=null}}}function zc(e,t){if(Vc(e)){let i=e[0].slice();for(let u=1;u<e.length;u++)i.push(...e[u].slice(1));return Uc(i[0])||(i=Oc(i)),i}let a=new Set;for(let i=0;i<e.length;i++){let c=e[i][0],d=c.length;for(let h=0;h<d;h++)a.add(c[h])}let n=[Array.from(a).sort((i,u)=>i-u)],l=n[0].length,o=new Map;for(let i=0;i<l;i++)o.set(n[0][i],i);for(let i=0;i<e.length;i++){let u=e[i],c=u[0];for(let d=1;d<u.length;d++){let h=u[d],g=Array(l).fill(void 0),$=t?t[i][d]:Ic,x=[];for(let y=0;y<h.length;y++){let D=h[y],_=o.get(c[y]);D===null?$!=Lc&&(g[_]=D,$==Rc&&x.push(_)):g[_]=D}Nc(g,x,l),n.push(g)}}return n}var Fc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Oc(e){let t=e[0],a=t.length,n=Array(a);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,i)=>t[o]-t[i]);let l=[];for(let o=0;o<e.length;o++){let i=e[o],u=Array(a);for(let c=0;c<a;c++)u[c]=i[n[c]];l.push(u)}return l}function Vc(e){let t=e[0][0],a=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=a)return!1;if(l!=t){for(let o=0;o<a;o++)if(l[o]!=t[o])return!1}}return!0}function Uc(e,t=100){let a=e.length;if(a<=1)return!0;let n=0,l=a-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let o=rt(1,kt((l-n+1)/t));for(let i=e[n],u=n+o;u<=l;u+=o){let c=e[u];if(c!=null){if(c<=i)return!1;i=c}}return!0}var hr=["January","February","March","April","May","June","July","August","September","October","November","December"],$r=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function br(e){return e.slice(0,3)}var Wc=$r.map(br),Hc=hr.map(br),Bc={MMMM:hr,MMM:Hc,WWWW:$r,WWW:Wc};function Aa(e){return(e<10?"0":"")+e}function jc(e){return(e<10?"00":e<100?"0":"")+e}var Gc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Aa(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Aa(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Aa(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Aa(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Aa(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>jc(e.getMilliseconds())};function ps(e,t){t=t||Bc;let a=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)a.push(l[0][0]=="{"?Gc[l[1]]:l[0]);return o=>{let i="";for(let u=0;u<a.length;u++)i+=typeof a[u]=="string"?a[u]:a[u](o,t);return i}}var Kc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Yc(e,t){let a;return t=="UTC"||t=="Etc/UTC"?a=new Date(+e+e.getTimezoneOffset()*6e4):t==Kc?a=e:(a=new Date(e.toLocaleString("en-US",{timeZone:t})),a.setMilliseconds(e.getMilliseconds())),a}var vr=e=>e%1==0,nl=[1,2,2.5,5],qc=La(10,-32,0,nl),yr=La(10,0,32,nl),Zc=yr.filter(vr),Tn=qc.concat(yr),ms=`
`,wr="{YYYY}",Oo=ms+wr,kr="{M}/{D}",Pa=ms+kr,Ja=Pa+"/{YY}",xr="{aa}",Jc="{h}:{mm}",aa=Jc+xr,Vo=ms+aa,Uo=":{ss}",$e=null;function Sr(e){let t=e*1e3,a=t*60,n=a*60,l=n*24,o=l*30,i=l*365,c=(e==1?La(10,0,3,nl).filter(vr):La(10,-3,0,nl)).concat([t,t*5,t*10,t*15,t*30,a,a*5,a*10,a*15,a*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,o,o*2,o*3,o*4,o*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),d=[[i,wr,$e,$e,$e,$e,$e,$e,1],[l*28,"{MMM}",Oo,$e,$e,$e,$e,$e,1],[l,kr,Oo,$e,$e,$e,$e,$e,1],[n,"{h}"+xr,Ja,$e,Pa,$e,$e,$e,1],[a,aa,Ja,$e,Pa,$e,$e,$e,1],[t,Uo,Ja+" "+aa,$e,Pa+" "+aa,$e,Vo,$e,1],[e,Uo+".{fff}",Ja+" "+aa,$e,Pa+" "+aa,$e,Vo,$e,1]];function h(g){return($,x,y,D,_,F)=>{let w=[],E=_>=i,S=_>=o&&_<i,B=g(y),I=ke(B*e,3),ee=Gl(B.getFullYear(),E?0:B.getMonth(),S||E?1:B.getDate()),Y=ke(ee*e,3);if(S||E){let te=S?_/o:0,q=E?_/i:0,C=I==Y?I:ke(Gl(ee.getFullYear()+q,ee.getMonth()+te,1)*e,3),G=new Date(We(C/e)),O=G.getFullYear(),Z=G.getMonth();for(let H=0;C<=D;H++){let ie=Gl(O+q*H,Z+te*H,1),W=ie-g(ke(ie*e,3));C=ke((+ie+W)*e,3),C<=D&&w.push(C)}}else{let te=_>=l?l:_,q=kt(y)-kt(I),C=Y+q+sl(I-Y,te);w.push(C);let G=g(C),O=G.getHours()+G.getMinutes()/a+G.getSeconds()/n,Z=_/n,H=$.axes[x]._space,ie=F/H;for(;C=ke(C+_,e==1?0:3),!(C>D);)if(Z>1){let W=kt(ke(O+Z,6))%24,de=g(C).getHours()-W;de>1&&(de=-1),C-=de*n,O=(O+Z)%24;let be=w[w.length-1];ke((C-be)/_,3)*ie>=.7&&w.push(C)}else w.push(C)}return w}}return[c,d,h]}var[Qc,Xc,eu]=Sr(1),[tu,nu,au]=Sr(.001);La(2,-53,53,[1]);function Wo(e,t){return e.map(a=>a.map((n,l)=>l==0||l==8||n==null?n:t(l==1||a[8]==0?n:a[1]+n)))}function Ho(e,t){return(a,n,l,o,i)=>{let u=t.find(y=>i>=y[0])||t[t.length-1],c,d,h,g,$,x;return n.map(y=>{let D=e(y),_=D.getFullYear(),F=D.getMonth(),w=D.getDate(),E=D.getHours(),S=D.getMinutes(),B=D.getSeconds(),I=_!=c&&u[2]||F!=d&&u[3]||w!=h&&u[4]||E!=g&&u[5]||S!=$&&u[6]||B!=x&&u[7]||u[1];return c=_,d=F,h=w,g=E,$=S,x=B,I(D)})}}function lu(e,t){let a=ps(t);return(n,l,o,i,u)=>l.map(c=>a(e(c)))}function Gl(e,t,a){return new Date(e,t,a)}function Bo(e,t){return t(e)}var su="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function jo(e,t){return(a,n,l,o)=>o==null?os:t(e(n))}function ou(e,t){let a=e.series[t];return a.width?a.stroke(e,t):a.points.width?a.points.stroke(e,t):null}function ru(e,t){return e.series[t].fill(e,t)}var iu={show:!0,live:!0,isolate:!1,mount:Ac,markers:{show:!0,width:2,stroke:ou,fill:ru,dash:"solid"},idx:null,idxs:null,values:[]};function cu(e,t){let a=e.cursor.points,n=Et(),l=a.size(e,t);Ae(n,_a,l),Ae(n,Da,l);let o=l/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let i=a.width(e,t,l);return i&&Ae(n,"borderWidth",i),n}function uu(e,t){let a=e.series[t].points;return a._fill||a._stroke}function du(e,t){let a=e.series[t].points;return a._stroke||a._fill}function pu(e,t){return e.series[t].points.size}var Kl=[0,0];function mu(e,t,a){return Kl[0]=t,Kl[1]=a,Kl}function Qa(e,t,a,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&a(l)}}function Yl(e,t,a,n=!0){return l=>{(!n||l.target==t)&&a(l)}}var fu={show:!0,x:!0,y:!0,lock:!1,move:mu,points:{one:!1,show:cu,size:pu,width:0,stroke:du,fill:uu},bind:{mousedown:Qa,mouseup:Qa,click:Qa,dblclick:Qa,mousemove:Yl,mouseleave:Yl,mouseenter:Yl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,a,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Cr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},fs=Oe({},Cr,{filter:dr}),Tr=Oe({},fs,{size:10}),Ar=Oe({},Cr,{show:!1}),gs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',_r="bold "+gs,Dr=1.5,Go={show:!0,scale:"x",stroke:ss,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:_r,side:2,grid:fs,ticks:Tr,border:Ar,font:gs,lineGap:Dr,rotate:0},gu="Value",hu="Time",Ko={show:!0,scale:"x",auto:!1,sorted:1,min:we,max:-we,idxs:[]};function $u(e,t,a,n,l){return t.map(o=>o==null?"":us(o))}function bu(e,t,a,n,l,o,i){let u=[],c=mn.get(l)||0;a=i?a:ke(sl(a,l),c);for(let d=a;d<=n;d=ke(d+l,c))u.push(Object.is(d,-0)?0:d);return u}function es(e,t,a,n,l,o,i){let u=[],c=e.scales[e.axes[t].scale].log,d=c==10?tn:ir,h=kt(d(a));l=sa(c,h),c==10&&(l=Tn[Ot(l,Tn)]);let g=a,$=l*c;c==10&&($=Tn[Ot($,Tn)]);do u.push(g),g=g+l,c==10&&!mn.has(g)&&(g=ke(g,mn.get(l))),g>=$&&(l=g,$=l*c,c==10&&($=Tn[Ot($,Tn)]));while(g<=n);return u}function vu(e,t,a,n,l,o,i){let c=e.scales[e.axes[t].scale].asinh,d=n>c?es(e,t,rt(c,a),n,l):[c],h=n>=0&&a<=0?[0]:[];return(a<-c?es(e,t,rt(c,-n),-a,l):[c]).reverse().map($=>-$).concat(h,d)}var Pr=/./,yu=/[12357]/,wu=/[125]/,Yo=/1/,ts=(e,t,a,n)=>e.map((l,o)=>t==4&&l==0||o%n==0&&a.test(l.toExponential()[l<0?1:0])?l:null);function ku(e,t,a,n,l){let o=e.axes[a],i=o.scale,u=e.scales[i],c=e.valToPos,d=o._space,h=c(10,i),g=c(9,i)-h>=d?Pr:c(7,i)-h>=d?yu:c(5,i)-h>=d?wu:Yo;if(g==Yo){let $=He(c(1,i)-h);if($<d)return ts(t.slice().reverse(),u.distr,g,Mt(d/$)).reverse()}return ts(t,u.distr,g,1)}function xu(e,t,a,n,l){let o=e.axes[a],i=o.scale,u=o._space,c=e.valToPos,d=He(c(1,i)-c(2,i));return d<u?ts(t.slice().reverse(),3,Pr,Mt(u/d)).reverse():t}function Su(e,t,a,n){return n==null?os:t==null?"":us(t)}var qo={show:!0,scale:"y",stroke:ss,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:_r,side:3,grid:fs,ticks:Tr,border:Ar,font:gs,lineGap:Dr,rotate:0};function Cu(e,t){let a=3+(e||1)*2;return ke(a*t,3)}function Tu(e,t){let{scale:a,idxs:n}=e.series[0],l=e._data[0],o=e.valToPos(l[n[0]],a,!0),i=e.valToPos(l[n[1]],a,!0),u=He(i-o),c=e.series[t],d=u/(c.points.space*ge);return n[1]-n[0]<=d}var Zo={scale:null,auto:!0,sorted:0,min:we,max:-we},Er=(e,t,a,n,l)=>l,Jo={show:!0,auto:!0,sorted:0,gaps:Er,alpha:1,facets:[Oe({},Zo,{scale:"x"}),Oe({},Zo,{scale:"y"})]},Qo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Er,alpha:1,points:{show:Tu,filter:null},values:null,min:we,max:-we,idxs:[],path:null,clip:null};function Au(e,t,a,n,l){return a/10}var Mr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},_u=Oe({},Mr,{time:!1,ori:1}),Xo={};function Lr(e,t){let a=Xo[e];return a||(a={key:e,plots:[],sub(n){a.plots.push(n)},unsub(n){a.plots=a.plots.filter(l=>l!=n)},pub(n,l,o,i,u,c,d){for(let h=0;h<a.plots.length;h++)a.plots[h]!=l&&a.plots[h].pub(n,l,o,i,u,c,d)}},e!=null&&(Xo[e]=a)),a}var ia=1,ns=2;function Pn(e,t,a){let n=e.mode,l=e.series[t],o=n==2?e._data[t]:e._data,i=e.scales,u=e.bbox,c=o[0],d=n==2?o[1]:o[t],h=n==2?i[l.facets[0].scale]:i[e.series[0].scale],g=n==2?i[l.facets[1].scale]:i[l.scale],$=u.left,x=u.top,y=u.width,D=u.height,_=e.valToPosH,F=e.valToPosV;return h.ori==0?a(l,c,d,h,g,_,F,$,x,y,D,il,ua,ul,Rr,zr):a(l,c,d,h,g,F,_,x,$,D,y,cl,da,bs,Nr,Fr)}function hs(e,t){let a=0,n=0,l=me(e.bands,ds);for(let o=0;o<l.length;o++){let i=l[o];i.series[0]==t?a=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[a,n==1?-1:n==2?1:n==3?2:0]}function Du(e,t,a,n,l){let o=e.mode,i=e.series[t],u=o==2?i.facets[1].scale:i.scale,c=e.scales[u];return l==-1?c.min:l==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function nn(e,t,a,n,l,o){return Pn(e,t,(i,u,c,d,h,g,$,x,y,D,_)=>{let F=i.pxRound,w=d.dir*(d.ori==0?1:-1),E=d.ori==0?ua:da,S,B;w==1?(S=a,B=n):(S=n,B=a);let I=F(g(u[S],d,D,x)),ee=F($(c[S],h,_,y)),Y=F(g(u[B],d,D,x)),te=F($(o==1?h.max:h.min,h,_,y)),q=new Path2D(l);return E(q,Y,te),E(q,I,te),E(q,I,ee),q})}function rl(e,t,a,n,l,o){let i=null;if(e.length>0){i=new Path2D;let u=t==0?ul:bs,c=a;for(let g=0;g<e.length;g++){let $=e[g];if($[1]>$[0]){let x=$[0]-c;x>0&&u(i,c,n,x,n+o),c=$[1]}}let d=a+l-c,h=10;d>0&&u(i,c,n-h/2,d,n+o+h)}return i}function Pu(e,t,a){let n=e[e.length-1];n&&n[0]==t?n[1]=a:e.push([t,a])}function $s(e,t,a,n,l,o,i){let u=[],c=e.length;for(let d=l==1?a:n;d>=a&&d<=n;d+=l)if(t[d]===null){let g=d,$=d;if(l==1)for(;++d<=n&&t[d]===null;)$=d;else for(;--d>=a&&t[d]===null;)$=d;let x=o(e[g]),y=$==g?x:o(e[$]),D=g-l;x=i<=0&&D>=0&&D<c?o(e[D]):x;let F=$+l;y=i>=0&&F>=0&&F<c?o(e[F]):y,y>=x&&u.push([x,y])}return u}function er(e){return e==0?ur:e==1?We:t=>Cn(t,e)}function Ir(e){let t=e==0?il:cl,a=e==0?(l,o,i,u,c,d)=>{l.arcTo(o,i,u,c,d)}:(l,o,i,u,c,d)=>{l.arcTo(i,o,c,u,d)},n=e==0?(l,o,i,u,c)=>{l.rect(o,i,u,c)}:(l,o,i,u,c)=>{l.rect(i,o,c,u)};return(l,o,i,u,c,d=0,h=0)=>{d==0&&h==0?n(l,o,i,u,c):(d=Vt(d,u/2,c/2),h=Vt(h,u/2,c/2),t(l,o+d,i),a(l,o+u,i,o+u,i+c,d),a(l,o+u,i+c,o,i+c,h),a(l,o,i+c,o,i,h),a(l,o,i,o+u,i,d),l.closePath())}}var il=(e,t,a)=>{e.moveTo(t,a)},cl=(e,t,a)=>{e.moveTo(a,t)},ua=(e,t,a)=>{e.lineTo(t,a)},da=(e,t,a)=>{e.lineTo(a,t)},ul=Ir(0),bs=Ir(1),Rr=(e,t,a,n,l,o)=>{e.arc(t,a,n,l,o)},Nr=(e,t,a,n,l,o)=>{e.arc(a,t,n,l,o)},zr=(e,t,a,n,l,o,i)=>{e.bezierCurveTo(t,a,n,l,o,i)},Fr=(e,t,a,n,l,o,i)=>{e.bezierCurveTo(a,t,l,n,i,o)};function Or(e){return(t,a,n,l,o)=>Pn(t,a,(i,u,c,d,h,g,$,x,y,D,_)=>{let{pxRound:F,points:w}=i,E,S;d.ori==0?(E=il,S=Rr):(E=cl,S=Nr);let B=ke(w.width*ge,3),I=(w.size-w.width)/2*ge,ee=ke(I*2,3),Y=new Path2D,te=new Path2D,{left:q,top:C,width:G,height:O}=t.bbox;ul(te,q-ee,C-ee,G+ee*2,O+ee*2);let Z=H=>{if(c[H]!=null){let ie=F(g(u[H],d,D,x)),W=F($(c[H],h,_,y));E(Y,ie+I,W),S(Y,ie,W,I,0,Xa*2)}};if(o)o.forEach(Z);else for(let H=n;H<=l;H++)Z(H);return{stroke:B>0?Y:null,fill:Y,clip:te,flags:ia|ns}})}function Vr(e){return(t,a,n,l,o,i)=>{n!=l&&(o!=n&&i!=n&&e(t,a,n),o!=l&&i!=l&&e(t,a,l),e(t,a,i))}}var Eu=Vr(ua),Mu=Vr(da);function Ur(e){let t=me(e?.alignGaps,0);return(a,n,l,o)=>Pn(a,n,(i,u,c,d,h,g,$,x,y,D,_)=>{[l,o]=al(c,l,o);let F=i.pxRound,w=O=>F(g(O,d,D,x)),E=O=>F($(O,h,_,y)),S,B;d.ori==0?(S=ua,B=Eu):(S=da,B=Mu);let I=d.dir*(d.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},Y=ee.stroke,te=!1;if(o-l>=D*4){let O=V=>a.posToVal(V,d.key,!0),Z=null,H=null,ie,W,it,_e=w(u[I==1?l:o]),de=w(u[l]),be=w(u[o]),ne=O(I==1?de+1:be-1);for(let V=I==1?l:o;V>=l&&V<=o;V+=I){let Ve=u[V],De=(I==1?Ve<ne:Ve>ne)?_e:w(Ve),he=c[V];De==_e?he!=null?(W=he,Z==null?(S(Y,De,E(W)),ie=Z=H=W):W<Z?Z=W:W>H&&(H=W)):he===null&&(te=!0):(Z!=null&&B(Y,_e,E(Z),E(H),E(ie),E(W)),he!=null?(W=he,S(Y,De,E(W)),Z=H=ie=W):(Z=H=null,he===null&&(te=!0)),_e=De,ne=O(_e+I))}Z!=null&&Z!=H&&it!=_e&&B(Y,_e,E(Z),E(H),E(ie),E(W))}else for(let O=I==1?l:o;O>=l&&O<=o;O+=I){let Z=c[O];Z===null?te=!0:Z!=null&&S(Y,w(u[O]),E(Z))}let[C,G]=hs(a,n);if(i.fill!=null||C!=0){let O=ee.fill=new Path2D(Y),Z=i.fillTo(a,n,i.min,i.max,C),H=E(Z),ie=w(u[l]),W=w(u[o]);I==-1&&([W,ie]=[ie,W]),S(O,W,H),S(O,ie,H)}if(!i.spanGaps){let O=[];te&&O.push(...$s(u,c,l,o,I,w,t)),ee.gaps=O=i.gaps(a,n,l,o,O),ee.clip=rl(O,d.ori,x,y,D,_)}return G!=0&&(ee.band=G==2?[nn(a,n,l,o,Y,-1),nn(a,n,l,o,Y,1)]:nn(a,n,l,o,Y,G)),ee})}function Lu(e){let t=me(e.align,1),a=me(e.ascDesc,!1),n=me(e.alignGaps,0),l=me(e.extend,!1);return(o,i,u,c)=>Pn(o,i,(d,h,g,$,x,y,D,_,F,w,E)=>{[u,c]=al(g,u,c);let S=d.pxRound,{left:B,width:I}=o.bbox,ee=de=>S(y(de,$,w,_)),Y=de=>S(D(de,x,E,F)),te=$.ori==0?ua:da,q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},C=q.stroke,G=$.dir*($.ori==0?1:-1),O=Y(g[G==1?u:c]),Z=ee(h[G==1?u:c]),H=Z,ie=Z;l&&t==-1&&(ie=B,te(C,ie,O)),te(C,Z,O);for(let de=G==1?u:c;de>=u&&de<=c;de+=G){let be=g[de];if(be==null)continue;let ne=ee(h[de]),V=Y(be);t==1?te(C,ne,O):te(C,H,V),te(C,ne,V),O=V,H=ne}let W=H;l&&t==1&&(W=B+I,te(C,W,O));let[it,_e]=hs(o,i);if(d.fill!=null||it!=0){let de=q.fill=new Path2D(C),be=d.fillTo(o,i,d.min,d.max,it),ne=Y(be);te(de,W,ne),te(de,ie,ne)}if(!d.spanGaps){let de=[];de.push(...$s(h,g,u,c,G,ee,n));let be=d.width*ge/2,ne=a||t==1?be:-be,V=a||t==-1?-be:be;de.forEach(Ve=>{Ve[0]+=ne,Ve[1]+=V}),q.gaps=de=d.gaps(o,i,u,c,de),q.clip=rl(de,$.ori,_,F,w,E)}return _e!=0&&(q.band=_e==2?[nn(o,i,u,c,C,-1),nn(o,i,u,c,C,1)]:nn(o,i,u,c,C,_e)),q})}function tr(e,t,a,n,l,o,i=we){if(e.length>1){let u=null;for(let c=0,d=1/0;c<e.length;c++)if(t[c]!==void 0){if(u!=null){let h=He(e[c]-e[u]);h<d&&(d=h,i=He(a(e[c],n,l,o)-a(e[u],n,l,o)))}u=c}}return i}function Iu(e){e=e||Ma;let t=me(e.size,[.6,we,1]),a=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let o=re(l),i=1-t[0],u=me(t[1],we),c=me(t[2],1),d=me(e.disp,Ma),h=me(e.each,x=>{}),{fill:g,stroke:$}=d;return(x,y,D,_)=>Pn(x,y,(F,w,E,S,B,I,ee,Y,te,q,C)=>{let G=F.pxRound,O=a,Z=n*ge,H=u*ge,ie=c*ge,W,it;S.ori==0?[W,it]=o(x,y):[it,W]=o(x,y);let _e=S.dir*(S.ori==0?1:-1),de=S.ori==0?ul:bs,be=S.ori==0?h:(N,xe,Ue,Nn,$n,Ht,bn)=>{h(N,xe,Ue,$n,Nn,bn,Ht)},ne=me(x.bands,ds).find(N=>N.series[0]==y),V=ne!=null?ne.dir:0,Ve=F.fillTo(x,y,F.min,F.max,V),nt=G(ee(Ve,B,C,te)),De,he,Lt,mt=q,Ee=G(F.width*ge),Wt=!1,Qt=null,St=null,an=null,Ln=null;g!=null&&(Ee==0||$!=null)&&(Wt=!0,Qt=g.values(x,y,D,_),St=new Map,new Set(Qt).forEach(N=>{N!=null&&St.set(N,new Path2D)}),Ee>0&&(an=$.values(x,y,D,_),Ln=new Map,new Set(an).forEach(N=>{N!=null&&Ln.set(N,new Path2D)})));let{x0:In,size:fa}=d;if(In!=null&&fa!=null){O=1,w=In.values(x,y,D,_),In.unit==2&&(w=w.map(Ue=>x.posToVal(Y+Ue*q,S.key,!0)));let N=fa.values(x,y,D,_);fa.unit==2?he=N[0]*q:he=I(N[0],S,q,Y)-I(0,S,q,Y),mt=tr(w,E,I,S,q,Y,mt),Lt=mt-he+Z}else mt=tr(w,E,I,S,q,Y,mt),Lt=mt*i+Z,he=mt-Lt;Lt<1&&(Lt=0),Ee>=he/2&&(Ee=0),Lt<5&&(G=ur);let Na=Lt>0,gn=mt-Lt-(Na?Ee:0);he=G(Xl(gn,ie,H)),De=(O==0?he/2:O==_e?0:he)-O*_e*((O==0?Z/2:0)+(Na?Ee/2:0));let at={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Rn=Wt?null:new Path2D,Xt=null;if(ne!=null)Xt=x.data[ne.series[1]];else{let{y0:N,y1:xe}=d;N!=null&&xe!=null&&(E=xe.values(x,y,D,_),Xt=N.values(x,y,D,_))}let hn=W*he,X=it*he;for(let N=_e==1?D:_;N>=D&&N<=_;N+=_e){let xe=E[N];if(xe==null)continue;if(Xt!=null){let ct=Xt[N]??0;if(xe-ct==0)continue;nt=ee(ct,B,C,te)}let Ue=S.distr!=2||d!=null?w[N]:N,Nn=I(Ue,S,q,Y),$n=ee(me(xe,Ve),B,C,te),Ht=G(Nn-De),bn=G(rt($n,nt)),ft=G(Vt($n,nt)),Ct=bn-ft;if(xe!=null){let ct=xe<0?X:hn,It=xe<0?hn:X;Wt?(Ee>0&&an[N]!=null&&de(Ln.get(an[N]),Ht,ft+kt(Ee/2),he,rt(0,Ct-Ee),ct,It),Qt[N]!=null&&de(St.get(Qt[N]),Ht,ft+kt(Ee/2),he,rt(0,Ct-Ee),ct,It)):de(Rn,Ht,ft+kt(Ee/2),he,rt(0,Ct-Ee),ct,It),be(x,y,N,Ht-Ee/2,ft,he+Ee,Ct)}}return Ee>0?at.stroke=Wt?Ln:Rn:Wt||(at._fill=F.width==0?F._fill:F._stroke??F._fill,at.width=0),at.fill=Wt?St:Rn,at})}function Ru(e,t){let a=me(t?.alignGaps,0);return(n,l,o,i)=>Pn(n,l,(u,c,d,h,g,$,x,y,D,_,F)=>{[o,i]=al(d,o,i);let w=u.pxRound,E=W=>w($(W,h,_,y)),S=W=>w(x(W,g,F,D)),B,I,ee;h.ori==0?(B=il,ee=ua,I=zr):(B=cl,ee=da,I=Fr);let Y=h.dir*(h.ori==0?1:-1),te=E(c[Y==1?o:i]),q=te,C=[],G=[];for(let W=Y==1?o:i;W>=o&&W<=i;W+=Y)if(d[W]!=null){let _e=c[W],de=E(_e);C.push(q=de),G.push(S(d[W]))}let O={stroke:e(C,G,B,ee,I,w),fill:null,clip:null,band:null,gaps:null,flags:ia},Z=O.stroke,[H,ie]=hs(n,l);if(u.fill!=null||H!=0){let W=O.fill=new Path2D(Z),it=u.fillTo(n,l,u.min,u.max,H),_e=S(it);ee(W,q,_e),ee(W,te,_e)}if(!u.spanGaps){let W=[];W.push(...$s(c,d,o,i,Y,E,a)),O.gaps=W=u.gaps(n,l,o,i,W),O.clip=rl(W,h.ori,y,D,_,F)}return ie!=0&&(O.band=ie==2?[nn(n,l,o,i,Z,-1),nn(n,l,o,i,Z,1)]:nn(n,l,o,i,Z,ie)),O})}function Nu(e){return Ru(zu,e)}function zu(e,t,a,n,l,o){let i=e.length;if(i<2)return null;let u=new Path2D;if(a(u,e[0],t[0]),i==2)n(u,e[1],t[1]);else{let c=Array(i),d=Array(i-1),h=Array(i-1),g=Array(i-1);for(let $=0;$<i-1;$++)h[$]=t[$+1]-t[$],g[$]=e[$+1]-e[$],d[$]=h[$]/g[$];c[0]=d[0];for(let $=1;$<i-1;$++)d[$]===0||d[$-1]===0||d[$-1]>0!=d[$]>0?c[$]=0:(c[$]=3*(g[$-1]+g[$])/((2*g[$]+g[$-1])/d[$-1]+(g[$]+2*g[$-1])/d[$]),isFinite(c[$])||(c[$]=0));c[i-1]=d[i-2];for(let $=0;$<i-1;$++)l(u,e[$]+g[$]/3,t[$]+c[$]*g[$]/3,e[$+1]-g[$]/3,t[$+1]-c[$+1]*g[$]/3,e[$+1],t[$+1])}return u}var as=new Set;function nr(){for(let e of as)e.syncRect(!0)}ca&&(_n($c,la,nr),_n(bc,la,nr,!0),_n(el,la,()=>{Ze.pxRatio=ge}));var Fu=Ur(),Ou=Or();function ar(e,t,a,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,i)=>ls(o,i,t,a))}function Vu(e,t){return e.map((a,n)=>n==0?{}:Oe({},t,a))}function ls(e,t,a,n){return Oe({},t==0?a:n,e)}function Wr(e,t,a){return t==null?oa:[t,a]}var Uu=Wr;function Wu(e,t,a){return t==null?oa:tl(t,a,cs,!0)}function Hr(e,t,a,n){return t==null?oa:ll(t,a,e.scales[n].log,!1)}var Hu=Hr;function Br(e,t,a,n){return t==null?oa:is(t,a,e.scales[n].log,!1)}var Bu=Br;function ju(e,t,a,n,l){let o=rt(Ro(e),Ro(t)),i=t-e,u=Ot(l/n*i,a);do{let c=a[u],d=n*c/i;if(d>=l&&o+(c<5?mn.get(c):0)<=17)return[c,d]}while(++u<a.length);return[0,0]}function lr(e){let t,a;return e=e.replace(/(\d+)px/,(n,l)=>(t=We((a=+l)*ge))+"px"),[e,t,a]}function Gu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let a=ke(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,a+"px"),t[1]=a})}function Ze(e,t,a){let n={mode:me(e.mode,1)},l=n.mode;function o(s,r,m,f){let b=r.valToPct(s);return f+m*(r.dir==-1?1-b:b)}function i(s,r,m,f){let b=r.valToPct(s);return f+m*(r.dir==-1?b:1-b)}function u(s,r,m,f){return r.ori==0?o(s,r,m,f):i(s,r,m,f)}n.valToPosH=o,n.valToPosV=i;let c=!1;n.status=0;let d=n.root=Et(Xi);if(e.id!=null&&(d.id=e.id),wt(d,e.class),e.title){let s=Et(nc,d);s.textContent=e.title}let h=Ft("canvas"),g=n.ctx=h.getContext("2d"),$=Et(ac,d);_n("click",$,s=>{s.target===y&&(Se!=Kn||Pe!=Yn)&&Qe.click(n,s)},!0);let x=n.under=Et(lc,$);$.appendChild(h);let y=n.over=Et(sc,$);e=ra(e);let D=+me(e.pxAlign,1),_=er(D);(e.plugins||[]).forEach(s=>{s.opts&&(e=s.opts(n,e)||e)});let F=e.ms||.001,w=n.series=l==1?ar(e.series||[],Ko,Qo,!1):Vu(e.series||[null],Jo),E=n.axes=ar(e.axes||[],Go,qo,!0),S=n.scales={},B=n.bands=e.bands||[];B.forEach(s=>{s.fill=re(s.fill||null),s.dir=me(s.dir,-1)});let I=l==2?w[1].facets[0].scale:w[0].scale,ee={axes:Ei,series:Ti},Y=(e.drawOrder||["axes","series"]).map(s=>ee[s]);function te(s){let r=s.distr==3?m=>tn(m>0?m:s.clamp(n,m,s.min,s.max,s.key)):s.distr==4?m=>jl(m,s.asinh):s.distr==100?m=>s.fwd(m):m=>m;return m=>{let f=r(m),{_min:b,_max:v}=s,k=v-b;return(f-b)/k}}function q(s){let r=S[s];if(r==null){let m=(e.scales||Ma)[s]||Ma;if(m.from!=null){q(m.from);let f=Oe({},S[m.from],m,{key:s});f.valToPct=te(f),S[s]=f}else{r=S[s]=Oe({},s==I?Mr:_u,m),r.key=s;let f=r.time,b=r.range,v=pn(b);if((s!=I||l==2&&!f)&&(v&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Mo:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Mo:{mode:1,hard:b[1],soft:b[1]}},v=!1),!v&&ol(b))){let k=b;b=(T,P,L)=>P==null?oa:tl(P,L,k)}r.range=re(b||(f?Uu:s==I?r.distr==3?Hu:r.distr==4?Bu:Wr:r.distr==3?Hr:r.distr==4?Br:Wu)),r.auto=re(v?!1:r.auto),r.clamp=re(r.clamp||Au),r._min=r._max=null,r.valToPct=te(r)}}}q("x"),q("y"),l==1&&w.forEach(s=>{q(s.scale)}),E.forEach(s=>{q(s.scale)});for(let s in e.scales)q(s);let C=S[I],G=C.distr,O,Z;C.ori==0?(wt(d,ec),O=o,Z=i):(wt(d,tc),O=i,Z=o);let H={};for(let s in S){let r=S[s];(r.min!=null||r.max!=null)&&(H[s]={min:r.min,max:r.max},r.min=r.max=null)}let ie=e.tzDate||(s=>new Date(We(s/F))),W=e.fmtDate||ps,it=F==1?eu(ie):au(ie),_e=Ho(ie,Wo(F==1?Xc:nu,W)),de=jo(ie,Bo(su,W)),be=[],ne=n.legend=Oe({},iu,e.legend),V=n.cursor=Oe({},fu,{drag:{y:l==2}},e.cursor),Ve=ne.show,nt=V.show,De=ne.markers;ne.idxs=be,De.width=re(De.width),De.dash=re(De.dash),De.stroke=re(De.stroke),De.fill=re(De.fill);let he,Lt,mt,Ee=[],Wt=[],Qt,St=!1,an={};if(ne.live){let s=w[1]?w[1].values:null;St=s!=null,Qt=St?s(n,1,0):{_:0};for(let r in Qt)an[r]=os}if(Ve)if(he=Ft("table",dc,d),mt=Ft("tbody",null,he),ne.mount(n,he),St){Lt=Ft("thead",null,he,mt);let s=Ft("tr",null,Lt);Ft("th",null,s);for(var Ln in Qt)Ft("th",vo,s).textContent=Ln}else wt(he,mc),ne.live&&wt(he,pc);let In={show:!0},fa={show:!1};function Na(s,r){if(r==0&&(St||!ne.live||l==2))return oa;let m=[],f=Ft("tr",fc,mt,mt.childNodes[r]);wt(f,s.class),s.show||wt(f,An);let b=Ft("th",null,f);if(De.show){let T=Et(gc,b);if(r>0){let P=De.width(n,r);P&&(T.style.border=P+"px "+De.dash(n,r)+" "+De.stroke(n,r)),T.style.background=De.fill(n,r)}}let v=Et(vo,b);s.label instanceof HTMLElement?v.appendChild(s.label):v.textContent=s.label,r>0&&(De.show||(v.style.color=s.width>0?De.stroke(n,r):De.fill(n,r)),at("click",b,T=>{if(V._lock)return;yn(T);let P=w.indexOf(s);if((T.ctrlKey||T.metaKey)!=ne.isolate){let L=w.some((R,z)=>z>0&&z!=P&&R.show);w.forEach((R,z)=>{z>0&&jt(z,L?z==P?In:fa:In,!0,Ne.setSeries)})}else jt(P,{show:!s.show},!0,Ne.setSeries)},!1),Fn&&at(xo,b,T=>{V._lock||(yn(T),jt(w.indexOf(s),Zn,!0,Ne.setSeries))},!1));for(var k in Qt){let T=Ft("td",hc,f);T.textContent="--",m.push(T)}return[f,m]}let gn=new Map;function at(s,r,m,f=!0){let b=gn.get(r)||{},v=V.bind[s](n,r,m,f);v&&(_n(s,r,b[s]=v),gn.set(r,b))}function Rn(s,r,m){let f=gn.get(r)||{};for(let b in f)(s==null||b==s)&&(Ql(b,r,f[b]),delete f[b]);s==null&&gn.delete(r)}let Xt=0,hn=0,X=0,N=0,xe=0,Ue=0,Nn=xe,$n=Ue,Ht=X,bn=N,ft=0,Ct=0,ct=0,It=0;n.bbox={};let ml=!1,za=!1,zn=!1,vn=!1,Fa=!1,Tt=!1;function fl(s,r,m){(m||s!=n.width||r!=n.height)&&_s(s,r),Hn(!1),zn=!0,za=!0,Bn()}function _s(s,r){n.width=Xt=X=s,n.height=hn=N=r,xe=Ue=0,vi(),yi();let m=n.bbox;ft=m.left=Cn(xe*ge,.5),Ct=m.top=Cn(Ue*ge,.5),ct=m.width=Cn(X*ge,.5),It=m.height=Cn(N*ge,.5)}let hi=3;function $i(){let s=!1,r=0;for(;!s;){r++;let m=Di(r),f=Pi(r);s=r==hi||m&&f,s||(_s(n.width,n.height),za=!0)}}function bi({width:s,height:r}){fl(s,r)}n.setSize=bi;function vi(){let s=!1,r=!1,m=!1,f=!1;E.forEach((b,v)=>{if(b.show&&b._show){let{side:k,_size:T}=b,P=k%2,L=b.label!=null?b.labelSize:0,R=T+L;R>0&&(P?(X-=R,k==3?(xe+=R,f=!0):m=!0):(N-=R,k==0?(Ue+=R,s=!0):r=!0))}}),wn[0]=s,wn[1]=m,wn[2]=r,wn[3]=f,X-=ln[1]+ln[3],xe+=ln[3],N-=ln[2]+ln[0],Ue+=ln[0]}function yi(){let s=xe+X,r=Ue+N,m=xe,f=Ue;function b(v,k){switch(v){case 1:return s+=k,s-k;case 2:return r+=k,r-k;case 3:return m-=k,m+k;case 0:return f-=k,f+k}}E.forEach((v,k)=>{if(v.show&&v._show){let T=v.side;v._pos=b(T,v._size),v.label!=null&&(v._lpos=b(T,v.labelSize))}})}if(V.dataIdx==null){let s=V.hover,r=s.skip=new Set(s.skip??[]);r.add(void 0);let m=s.prox=re(s.prox),f=s.bias??(s.bias=0);V.dataIdx=(b,v,k,T)=>{if(v==0)return k;let P=k,L=m(b,v,k,T)??we,R=L>=0&&L<we,z=C.ori==0?X:N,J=V.left,fe=t[0],pe=t[v];if(r.has(pe[k])){P=null;let le=null,K=null,U;if(f==0||f==-1)for(U=k;le==null&&U-- >0;)r.has(pe[U])||(le=U);if(f==0||f==1)for(U=k;K==null&&U++<pe.length;)r.has(pe[U])||(K=U);if(le!=null||K!=null)if(R){let Te=le==null?-1/0:O(fe[le],C,z,0),Me=K==null?1/0:O(fe[K],C,z,0),qe=J-Te,ve=Me-J;qe<=ve?qe<=L&&(P=le):ve<=L&&(P=K)}else P=K==null?le:le==null?K:k-le<=K-k?le:K}else R&&He(J-O(fe[k],C,z,0))>L&&(P=null);return P}}let yn=s=>{V.event=s};V.idxs=be,V._lock=!1;let et=V.points;et.show=re(et.show),et.size=re(et.size),et.stroke=re(et.stroke),et.width=re(et.width),et.fill=re(et.fill);let Bt=n.focus=Oe({},e.focus||{alpha:.3},V.focus),Fn=Bt.prox>=0,On=Fn&&et.one,At=[],Vn=[],Un=[];function Ds(s,r){let m=et.show(n,r);if(m instanceof HTMLElement)return wt(m,uc),wt(m,s.class),Jt(m,-10,-10,X,N),y.insertBefore(m,At[r]),m}function Ps(s,r){if(l==1||r>0){let m=l==1&&S[s.scale].time,f=s.value;s.value=m?Fo(f)?jo(ie,Bo(f,W)):f||de:f||Su,s.label=s.label||(m?hu:gu)}if(On||r>0){s.width=s.width==null?1:s.width,s.paths=s.paths||Fu||_c,s.fillTo=re(s.fillTo||Du),s.pxAlign=+me(s.pxAlign,D),s.pxRound=er(s.pxAlign),s.stroke=re(s.stroke||null),s.fill=re(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let m=Cu(rt(1,s.width),1),f=s.points=Oe({},{size:m,width:rt(1,m*.2),stroke:s.stroke,space:m*2,paths:Ou,_stroke:null,_fill:null},s.points);f.show=re(f.show),f.filter=re(f.filter),f.fill=re(f.fill),f.stroke=re(f.stroke),f.paths=re(f.paths),f.pxAlign=s.pxAlign}if(Ve){let m=Na(s,r);Ee.splice(r,0,m[0]),Wt.splice(r,0,m[1]),ne.values.push(null)}if(nt){be.splice(r,0,null);let m=null;On?r==0&&(m=Ds(s,r)):r>0&&(m=Ds(s,r)),At.splice(r,0,m),Vn.splice(r,0,0),Un.splice(r,0,0)}Ye("addSeries",r)}function wi(s,r){r=r??w.length,s=l==1?ls(s,r,Ko,Qo):ls(s,r,{},Jo),w.splice(r,0,s),Ps(w[r],r)}n.addSeries=wi;function ki(s){if(w.splice(s,1),Ve){ne.values.splice(s,1),Wt.splice(s,1);let r=Ee.splice(s,1)[0];Rn(null,r.firstChild),r.remove()}nt&&(be.splice(s,1),At.splice(s,1)[0].remove(),Vn.splice(s,1),Un.splice(s,1)),Ye("delSeries",s)}n.delSeries=ki;let wn=[!1,!1,!1,!1];function xi(s,r){if(s._show=s.show,s.show){let m=s.side%2,f=S[s.scale];f==null&&(s.scale=m?w[1].scale:I,f=S[s.scale]);let b=f.time;s.size=re(s.size),s.space=re(s.space),s.rotate=re(s.rotate),pn(s.incrs)&&s.incrs.forEach(k=>{!mn.has(k)&&mn.set(k,mr(k))}),s.incrs=re(s.incrs||(f.distr==2?Zc:b?F==1?Qc:tu:Tn)),s.splits=re(s.splits||(b&&f.distr==1?it:f.distr==3?es:f.distr==4?vu:bu)),s.stroke=re(s.stroke),s.grid.stroke=re(s.grid.stroke),s.ticks.stroke=re(s.ticks.stroke),s.border.stroke=re(s.border.stroke);let v=s.values;s.values=pn(v)&&!pn(v[0])?re(v):b?pn(v)?Ho(ie,Wo(v,W)):Fo(v)?lu(ie,v):v||_e:v||$u,s.filter=re(s.filter||(f.distr>=3&&f.log==10?ku:f.distr==3&&f.log==2?xu:dr)),s.font=lr(s.font),s.labelFont=lr(s.labelFont),s._size=s.size(n,null,r,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(wn[r]=!0,s._el=Et(oc,$))}}function ga(s,r,m,f){let[b,v,k,T]=m,P=r%2,L=0;return P==0&&(T||v)&&(L=r==0&&!b||r==2&&!k?We(Go.size/3):0),P==1&&(b||k)&&(L=r==1&&!v||r==3&&!T?We(qo.size/2):0),L}let Es=n.padding=(e.padding||[ga,ga,ga,ga]).map(s=>re(me(s,ga))),ln=n._padding=Es.map((s,r)=>s(n,r,wn,0)),Je,Be=null,je=null,Oa=l==1?w[0].idxs:null,Rt=null,ha=!1;function Ms(s,r){if(t=s??[],n.data=n._data=t,l==2){Je=0;for(let m=1;m<w.length;m++)Je+=t[m][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Je=Rt.length;let m=t;if(G==2){m=t.slice();let f=m[0]=Array(Je);for(let b=0;b<Je;b++)f[b]=b}n._data=t=m}if(Hn(!0),Ye("setData"),G==2&&(zn=!0),r!==!1){let m=C;m.auto(n,ha)?gl():on(I,m.min,m.max),vn=vn||V.left>=0,Tt=!0,Bn()}}n.setData=Ms;function gl(){ha=!0;let s,r;l==1&&(Je>0?(Be=Oa[0]=0,je=Oa[1]=Je-1,s=t[0][Be],r=t[0][je],G==2?(s=Be,r=je):s==r&&(G==3?[s,r]=ll(s,s,C.log,!1):G==4?[s,r]=is(s,s,C.log,!1):C.time?r=s+We(86400/F):[s,r]=tl(s,r,cs,!0))):(Be=Oa[0]=s=null,je=Oa[1]=r=null)),on(I,s,r)}let Va,Wn,hl,$l,bl,vl,yl,wl,kl,ut;function Ls(s,r,m,f,b,v){s??(s=wo),m??(m=ds),f??(f="butt"),b??(b=wo),v??(v="round"),s!=Va&&(g.strokeStyle=Va=s),b!=Wn&&(g.fillStyle=Wn=b),r!=hl&&(g.lineWidth=hl=r),v!=bl&&(g.lineJoin=bl=v),f!=vl&&(g.lineCap=vl=f),m!=$l&&g.setLineDash($l=m)}function Is(s,r,m,f){r!=Wn&&(g.fillStyle=Wn=r),s!=yl&&(g.font=yl=s),m!=wl&&(g.textAlign=wl=m),f!=kl&&(g.textBaseline=kl=f)}function xl(s,r,m,f,b=0){if(f.length>0&&s.auto(n,ha)&&(r==null||r.min==null)){let v=me(Be,0),k=me(je,f.length-1),T=m.min==null?kc(f,v,k,b,s.distr==3):[m.min,m.max];s.min=Vt(s.min,m.min=T[0]),s.max=rt(s.max,m.max=T[1])}}let Rs={min:null,max:null};function Si(){for(let f in S){let b=S[f];H[f]==null&&(b.min==null||H[I]!=null&&b.auto(n,ha))&&(H[f]=Rs)}for(let f in S){let b=S[f];H[f]==null&&b.from!=null&&H[b.from]!=null&&(H[f]=Rs)}H[I]!=null&&Hn(!0);let s={};for(let f in H){let b=H[f];if(b!=null){let v=s[f]=ra(S[f],Ec);if(b.min!=null)Oe(v,b);else if(f!=I||l==2)if(Je==0&&v.from==null){let k=v.range(n,null,null,f);v.min=k[0],v.max=k[1]}else v.min=we,v.max=-we}}if(Je>0){w.forEach((f,b)=>{if(l==1){let v=f.scale,k=H[v];if(k==null)return;let T=s[v];if(b==0){let P=T.range(n,T.min,T.max,v);T.min=P[0],T.max=P[1],Be=Ot(T.min,t[0]),je=Ot(T.max,t[0]),je-Be>1&&(t[0][Be]<T.min&&Be++,t[0][je]>T.max&&je--),f.min=Rt[Be],f.max=Rt[je]}else f.show&&f.auto&&xl(T,k,f,t[b],f.sorted);f.idxs[0]=Be,f.idxs[1]=je}else if(b>0&&f.show&&f.auto){let[v,k]=f.facets,T=v.scale,P=k.scale,[L,R]=t[b],z=s[T],J=s[P];z!=null&&xl(z,H[T],v,L,v.sorted),J!=null&&xl(J,H[P],k,R,k.sorted),f.min=k.min,f.max=k.max}});for(let f in s){let b=s[f],v=H[f];if(b.from==null&&(v==null||v.min==null)){let k=b.range(n,b.min==we?null:b.min,b.max==-we?null:b.max,f);b.min=k[0],b.max=k[1]}}}for(let f in s){let b=s[f];if(b.from!=null){let v=s[b.from];if(v.min==null)b.min=b.max=null;else{let k=b.range(n,v.min,v.max,f);b.min=k[0],b.max=k[1]}}}let r={},m=!1;for(let f in s){let b=s[f],v=S[f];if(v.min!=b.min||v.max!=b.max){v.min=b.min,v.max=b.max;let k=v.distr;v._min=k==3?tn(v.min):k==4?jl(v.min,v.asinh):k==100?v.fwd(v.min):v.min,v._max=k==3?tn(v.max):k==4?jl(v.max,v.asinh):k==100?v.fwd(v.max):v.max,r[f]=m=!0}}if(m){w.forEach((f,b)=>{l==2?b>0&&r.y&&(f._paths=null):r[f.scale]&&(f._paths=null)});for(let f in r)zn=!0,Ye("setScale",f);nt&&V.left>=0&&(vn=Tt=!0)}for(let f in H)H[f]=null}function Ci(s){let r=Xl(Be-1,0,Je-1),m=Xl(je+1,0,Je-1);for(;s[r]==null&&r>0;)r--;for(;s[m]==null&&m<Je-1;)m++;return[r,m]}function Ti(){if(Je>0){let s=w.some(r=>r._focus)&&ut!=Bt.alpha;s&&(g.globalAlpha=ut=Bt.alpha),w.forEach((r,m)=>{if(m>0&&r.show&&(Ns(m,!1),Ns(m,!0),r._paths==null)){let f=ut;ut!=r.alpha&&(g.globalAlpha=ut=r.alpha);let b=l==2?[0,t[m][0].length-1]:Ci(t[m]);r._paths=r.paths(n,m,b[0],b[1]),ut!=f&&(g.globalAlpha=ut=f)}}),w.forEach((r,m)=>{if(m>0&&r.show){let f=ut;ut!=r.alpha&&(g.globalAlpha=ut=r.alpha),r._paths!=null&&zs(m,!1);{let b=r._paths!=null?r._paths.gaps:null,v=r.points.show(n,m,Be,je,b),k=r.points.filter(n,m,v,b);(v||k)&&(r.points._paths=r.points.paths(n,m,Be,je,k),zs(m,!0))}ut!=f&&(g.globalAlpha=ut=f),Ye("drawSeries",m)}}),s&&(g.globalAlpha=ut=1)}}function Ns(s,r){let m=r?w[s].points:w[s];m._stroke=m.stroke(n,s),m._fill=m.fill(n,s)}function zs(s,r){let m=r?w[s].points:w[s],{stroke:f,fill:b,clip:v,flags:k,_stroke:T=m._stroke,_fill:P=m._fill,_width:L=m.width}=m._paths;L=ke(L*ge,3);let R=null,z=L%2/2;r&&P==null&&(P=L>0?"#fff":T);let J=m.pxAlign==1&&z>0;if(J&&g.translate(z,z),!r){let fe=ft-L/2,pe=Ct-L/2,le=ct+L,K=It+L;R=new Path2D,R.rect(fe,pe,le,K)}r?Sl(T,L,m.dash,m.cap,P,f,b,k,v):Ai(s,T,L,m.dash,m.cap,P,f,b,k,R,v),J&&g.translate(-z,-z)}function Ai(s,r,m,f,b,v,k,T,P,L,R){let z=!1;P!=0&&B.forEach((J,fe)=>{if(J.series[0]==s){let pe=w[J.series[1]],le=t[J.series[1]],K=(pe._paths||Ma).band;pn(K)&&(K=J.dir==1?K[0]:K[1]);let U,Te=null;pe.show&&K&&Sc(le,Be,je)?(Te=J.fill(n,fe)||v,U=pe._paths.clip):K=null,Sl(r,m,f,b,Te,k,T,P,L,R,U,K),z=!0}}),z||Sl(r,m,f,b,v,k,T,P,L,R)}let Fs=ia|ns;function Sl(s,r,m,f,b,v,k,T,P,L,R,z){Ls(s,r,m,f,b),(P||L||z)&&(g.save(),P&&g.clip(P),L&&g.clip(L)),z?(T&Fs)==Fs?(g.clip(z),R&&g.clip(R),Wa(b,k),Ua(s,v,r)):T&ns?(Wa(b,k),g.clip(z),Ua(s,v,r)):T&ia&&(g.save(),g.clip(z),R&&g.clip(R),Wa(b,k),g.restore(),Ua(s,v,r)):(Wa(b,k),Ua(s,v,r)),(P||L||z)&&g.restore()}function Ua(s,r,m){m>0&&(r instanceof Map?r.forEach((f,b)=>{g.strokeStyle=Va=b,g.stroke(f)}):r!=null&&s&&g.stroke(r))}function Wa(s,r){r instanceof Map?r.forEach((m,f)=>{g.fillStyle=Wn=f,g.fill(m)}):r!=null&&s&&g.fill(r)}function _i(s,r,m,f){let b=E[s],v;if(f<=0)v=[0,0];else{let k=b._space=b.space(n,s,r,m,f),T=b._incrs=b.incrs(n,s,r,m,f,k);v=ju(r,m,T,f,k)}return b._found=v}function Cl(s,r,m,f,b,v,k,T,P,L){let R=k%2/2;D==1&&g.translate(R,R),Ls(T,k,P,L,T),g.beginPath();let z,J,fe,pe,le=b+(f==0||f==3?-v:v);m==0?(J=b,pe=le):(z=b,fe=le);for(let K=0;K<s.length;K++)r[K]!=null&&(m==0?z=fe=s[K]:J=pe=s[K],g.moveTo(z,J),g.lineTo(fe,pe));g.stroke(),D==1&&g.translate(-R,-R)}function Di(s){let r=!0;return E.forEach((m,f)=>{if(!m.show)return;let b=S[m.scale];if(b.min==null){m._show&&(r=!1,m._show=!1,Hn(!1));return}else m._show||(r=!1,m._show=!0,Hn(!1));let v=m.side,k=v%2,{min:T,max:P}=b,[L,R]=_i(f,T,P,k==0?X:N);if(R==0)return;let z=b.distr==2,J=m._splits=m.splits(n,f,T,P,L,R,z),fe=b.distr==2?J.map(U=>Rt[U]):J,pe=b.distr==2?Rt[J[1]]-Rt[J[0]]:L,le=m._values=m.values(n,m.filter(n,fe,f,R,pe),f,R,pe);m._rotate=v==2?m.rotate(n,le,f,R):0;let K=m._size;m._size=Mt(m.size(n,le,f,s)),K!=null&&m._size!=K&&(r=!1)}),r}function Pi(s){let r=!0;return Es.forEach((m,f)=>{let b=m(n,f,wn,s);b!=ln[f]&&(r=!1),ln[f]=b}),r}function Ei(){for(let s=0;s<E.length;s++){let r=E[s];if(!r.show||!r._show)continue;let m=r.side,f=m%2,b,v,k=r.stroke(n,s),T=m==0||m==3?-1:1,[P,L]=r._found;if(r.label!=null){let st=r.labelGap*T,$t=We((r._lpos+st)*ge);Is(r.labelFont[0],k,"center",m==2?"top":yo),g.save(),f==1?(b=v=0,g.translate($t,We(Ct+It/2)),g.rotate((m==3?-Xa:Xa)/2)):(b=We(ft+ct/2),v=$t);let Sn=cr(r.label)?r.label(n,s,P,L):r.label;g.fillText(Sn,b,v),g.restore()}if(L==0)continue;let R=S[r.scale],z=f==0?ct:It,J=f==0?ft:Ct,fe=r._splits,pe=R.distr==2?fe.map(st=>Rt[st]):fe,le=R.distr==2?Rt[fe[1]]-Rt[fe[0]]:P,K=r.ticks,U=r.border,Te=K.show?K.size:0,Me=We(Te*ge),qe=We((r.alignTo==2?r._size-Te-r.gap:r.gap)*ge),ve=r._rotate*-Xa/180,Le=_(r._pos*ge),gt=(Me+qe)*T,lt=Le+gt;v=f==0?lt:0,b=f==1?lt:0;let _t=r.font[0],Nt=r.align==1?na:r.align==2?Wl:ve>0?na:ve<0?Wl:f==0?"center":m==3?Wl:na,Kt=ve||f==1?"middle":m==2?"top":yo;Is(_t,k,Nt,Kt);let ht=r.font[1]*r.lineGap,Dt=fe.map(st=>_(u(st,R,z,J))),zt=r._values;for(let st=0;st<zt.length;st++){let $t=zt[st];if($t!=null){f==0?b=Dt[st]:v=Dt[st],$t=""+$t;let Sn=$t.indexOf(`
`)==-1?[$t]:$t.split(/\n/gm);for(let ot=0;ot<Sn.length;ot++){let ao=Sn[ot];ve?(g.save(),g.translate(b,v+ot*ht),g.rotate(ve),g.fillText(ao,0,0),g.restore()):g.fillText(ao,b,v+ot*ht)}}}K.show&&Cl(Dt,K.filter(n,pe,s,L,le),f,m,Le,Me,ke(K.width*ge,3),K.stroke(n,s),K.dash,K.cap);let Yt=r.grid;Yt.show&&Cl(Dt,Yt.filter(n,pe,s,L,le),f,f==0?2:1,f==0?Ct:ft,f==0?It:ct,ke(Yt.width*ge,3),Yt.stroke(n,s),Yt.dash,Yt.cap),U.show&&Cl([Le],[1],f==0?1:0,f==0?1:2,f==1?Ct:ft,f==1?It:ct,ke(U.width*ge,3),U.stroke(n,s),U.dash,U.cap)}Ye("drawAxes")}function Hn(s){w.forEach((r,m)=>{m>0&&(r._paths=null,s&&(l==1?(r.min=null,r.max=null):r.facets.forEach(f=>{f.min=null,f.max=null})))})}let Ha=!1,Tl=!1,$a=[];function Mi(){Tl=!1;for(let s=0;s<$a.length;s++)Ye(...$a[s]);$a.length=0}function Bn(){Ha||(Fc(Os),Ha=!0)}function Li(s,r=!1){Ha=!0,Tl=r,s(n),Os(),r&&$a.length>0&&queueMicrotask(Mi)}n.batch=Li;function Os(){if(ml&&(Si(),ml=!1),zn&&($i(),zn=!1),za){if(Ae(x,na,xe),Ae(x,"top",Ue),Ae(x,_a,X),Ae(x,Da,N),Ae(y,na,xe),Ae(y,"top",Ue),Ae(y,_a,X),Ae(y,Da,N),Ae($,_a,Xt),Ae($,Da,hn),h.width=We(Xt*ge),h.height=We(hn*ge),E.forEach(({_el:s,_show:r,_size:m,_pos:f,side:b})=>{if(s!=null)if(r){let v=b===3||b===0?m:0,k=b%2==1;Ae(s,k?"left":"top",f-v),Ae(s,k?"width":"height",m),Ae(s,k?"top":"left",k?Ue:xe),Ae(s,k?"height":"width",k?N:X),Jl(s,An)}else wt(s,An)}),Va=Wn=hl=bl=vl=yl=wl=kl=$l=null,ut=1,ya(!0),xe!=Nn||Ue!=$n||X!=Ht||N!=bn){Hn(!1);let s=X/Ht,r=N/bn;if(nt&&!vn&&V.left>=0){V.left*=s,V.top*=r,jn&&Jt(jn,We(V.left),0,X,N),Gn&&Jt(Gn,0,We(V.top),X,N);for(let m=0;m<At.length;m++){let f=At[m];f!=null&&(Vn[m]*=s,Un[m]*=r,Jt(f,Mt(Vn[m]),Mt(Un[m]),X,N))}}if(Ce.show&&!Fa&&Ce.left>=0&&Ce.width>0){Ce.left*=s,Ce.width*=s,Ce.top*=r,Ce.height*=r;for(let m in Ml)Ae(qn,m,Ce[m])}Nn=xe,$n=Ue,Ht=X,bn=N}Ye("setSize"),za=!1}Xt>0&&hn>0&&(g.clearRect(0,0,h.width,h.height),Ye("drawClear"),Y.forEach(s=>s()),Ye("draw")),Ce.show&&Fa&&(Ba(Ce),Fa=!1),nt&&vn&&(xn(null,!0,!1),vn=!1),ne.show&&ne.live&&Tt&&(Pl(),Tt=!1),c||(c=!0,n.status=1,Ye("ready")),ha=!1,Ha=!1}n.redraw=(s,r)=>{zn=r||!1,s!==!1?on(I,C.min,C.max):Bn()};function Al(s,r){let m=S[s];if(m.from==null){if(Je==0){let f=m.range(n,r.min,r.max,s);r.min=f[0],r.max=f[1]}if(r.min>r.max){let f=r.min;r.min=r.max,r.max=f}if(Je>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;s==I&&m.distr==2&&Je>0&&(r.min=Ot(r.min,t[0]),r.max=Ot(r.max,t[0]),r.min==r.max&&r.max++),H[s]=r,ml=!0,Bn()}}n.setScale=Al;let _l,Dl,jn,Gn,Vs,Us,Kn,Yn,Ws,Hs,Se,Pe,sn=!1,Qe=V.drag,Ge=Qe.x,Ke=Qe.y;nt&&(V.x&&(_l=Et(ic,y)),V.y&&(Dl=Et(cc,y)),C.ori==0?(jn=_l,Gn=Dl):(jn=Dl,Gn=_l),Se=V.left,Pe=V.top);let Ce=n.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qn=Ce.show?Et(rc,Ce.over?y:x):null;function Ba(s,r){if(Ce.show){for(let m in s)Ce[m]=s[m],m in Ml&&Ae(qn,m,s[m]);r!==!1&&Ye("setSelect")}}n.setSelect=Ba;function Ii(s){if(w[s].show)Ve&&Jl(Ee[s],An);else if(Ve&&wt(Ee[s],An),nt){let m=On?At[0]:At[s];m!=null&&Jt(m,-10,-10,X,N)}}function on(s,r,m){Al(s,{min:r,max:m})}function jt(s,r,m,f){r.focus!=null&&Oi(s),r.show!=null&&w.forEach((b,v)=>{v>0&&(s==v||s==null)&&(b.show=r.show,Ii(v),l==2?(on(b.facets[0].scale,null,null),on(b.facets[1].scale,null,null)):on(b.scale,null,null),Bn())}),m!==!1&&Ye("setSeries",s,r),f&&wa("setSeries",n,s,r)}n.setSeries=jt;function Ri(s,r){Oe(B[s],r)}function Ni(s,r){s.fill=re(s.fill||null),s.dir=me(s.dir,-1),r=r??B.length,B.splice(r,0,s)}function zi(s){s==null?B.length=0:B.splice(s,1)}n.addBand=Ni,n.setBand=Ri,n.delBand=zi;function Fi(s,r){w[s].alpha=r,nt&&At[s]!=null&&(At[s].style.opacity=r),Ve&&Ee[s]&&(Ee[s].style.opacity=r)}let en,rn,kn,Zn={focus:!0};function Oi(s){if(s!=kn){let r=s==null,m=Bt.alpha!=1;w.forEach((f,b)=>{if(l==1||b>0){let v=r||b==0||b==s;f._focus=r?null:v,m&&Fi(b,v?1:Bt.alpha)}}),kn=s,m&&Bn()}}Ve&&Fn&&at(So,he,s=>{V._lock||(yn(s),kn!=null&&jt(null,Zn,!0,Ne.setSeries))});function Gt(s,r,m){let f=S[r];m&&(s=s/ge-(f.ori==1?Ue:xe));let b=X;f.ori==1&&(b=N,s=b-s),f.dir==-1&&(s=b-s);let v=f._min,k=f._max,T=s/b,P=v+(k-v)*T,L=f.distr;return L==3?sa(10,P):L==4?Tc(P,f.asinh):L==100?f.bwd(P):P}function Vi(s,r){let m=Gt(s,I,r);return Ot(m,t[0],Be,je)}n.valToIdx=s=>Ot(s,t[0]),n.posToIdx=Vi,n.posToVal=Gt,n.valToPos=(s,r,m)=>S[r].ori==0?o(s,S[r],m?ct:X,m?ft:0):i(s,S[r],m?It:N,m?Ct:0),n.setCursor=(s,r,m)=>{Se=s.left,Pe=s.top,xn(null,r,m)};function Bs(s,r){Ae(qn,na,Ce.left=s),Ae(qn,_a,Ce.width=r)}function js(s,r){Ae(qn,"top",Ce.top=s),Ae(qn,Da,Ce.height=r)}let ba=C.ori==0?Bs:js,va=C.ori==1?Bs:js;function Ui(){if(Ve&&ne.live)for(let s=l==2?1:0;s<w.length;s++){if(s==0&&St)continue;let r=ne.values[s],m=0;for(let f in r)Wt[s][m++].firstChild.nodeValue=r[f]}}function Pl(s,r){if(s!=null&&(s.idxs?s.idxs.forEach((m,f)=>{be[f]=m}):Pc(s.idx)||be.fill(s.idx),ne.idx=be[0]),Ve&&ne.live){for(let m=0;m<w.length;m++)(m>0||l==1&&!St)&&Wi(m,be[m]);Ui()}Tt=!1,r!==!1&&Ye("setLegend")}n.setLegend=Pl;function Wi(s,r){let m=w[s],f=s==0&&G==2?Rt:t[s],b;St?b=m.values(n,s,r)??an:(b=m.value(n,r==null?null:f[r],s,r),b=b==null?an:{_:b}),ne.values[s]=b}function xn(s,r,m){Ws=Se,Hs=Pe,[Se,Pe]=V.move(n,Se,Pe),V.left=Se,V.top=Pe,nt&&(jn&&Jt(jn,We(Se),0,X,N),Gn&&Jt(Gn,0,We(Pe),X,N));let f,b=Be>je;en=we,rn=null;let v=C.ori==0?X:N,k=C.ori==1?X:N;if(Se<0||Je==0||b){f=V.idx=null;for(let T=0;T<w.length;T++){let P=At[T];P!=null&&Jt(P,-10,-10,X,N)}Fn&&jt(null,Zn,!0,s==null&&Ne.setSeries),ne.live&&(be.fill(f),Tt=!0)}else{let T,P,L;l==1&&(T=C.ori==0?Se:Pe,P=Gt(T,I),f=V.idx=Ot(P,t[0],Be,je),L=O(t[0][f],C,v,0));let R=-10,z=-10,J=0,fe=0,pe=!0,le="",K="";for(let U=l==2?1:0;U<w.length;U++){let Te=w[U],Me=be[U],qe=Me==null?null:l==1?t[U][Me]:t[U][1][Me],ve=V.dataIdx(n,U,f,P),Le=ve==null?null:l==1?t[U][ve]:t[U][1][ve];if(Tt=Tt||Le!=qe||ve!=Me,be[U]=ve,U>0&&Te.show){let gt=ve==null?-10:ve==f?L:O(l==1?t[0][ve]:t[U][0][ve],C,v,0),lt=Le==null?-10:Z(Le,l==1?S[Te.scale]:S[Te.facets[1].scale],k,0);if(Fn&&Le!=null){let _t=C.ori==1?Se:Pe,Nt=He(Bt.dist(n,U,ve,lt,_t));if(Nt<en){let Kt=Bt.bias;if(Kt!=0){let ht=Gt(_t,Te.scale),Dt=Le>=0?1:-1,zt=ht>=0?1:-1;zt==Dt&&(zt==1?Kt==1?Le>=ht:Le<=ht:Kt==1?Le<=ht:Le>=ht)&&(en=Nt,rn=U)}else en=Nt,rn=U}}if(Tt||On){let _t,Nt;C.ori==0?(_t=gt,Nt=lt):(_t=lt,Nt=gt);let Kt,ht,Dt,zt,Yt,st,$t=!0,Sn=et.bbox;if(Sn!=null){$t=!1;let ot=Sn(n,U);Dt=ot.left,zt=ot.top,Kt=ot.width,ht=ot.height}else Dt=_t,zt=Nt,Kt=ht=et.size(n,U);if(st=et.fill(n,U),Yt=et.stroke(n,U),On)U==rn&&en<=Bt.prox&&(R=Dt,z=zt,J=Kt,fe=ht,pe=$t,le=st,K=Yt);else{let ot=At[U];ot!=null&&(Vn[U]=Dt,Un[U]=zt,Eo(ot,Kt,ht,$t),Do(ot,st,Yt),Jt(ot,Mt(Dt),Mt(zt),X,N))}}}}if(On){let U=Bt.prox,Te=kn==null?en<=U:en>U||rn!=kn;if(Tt||Te){let Me=At[0];Me!=null&&(Vn[0]=R,Un[0]=z,Eo(Me,J,fe,pe),Do(Me,le,K),Jt(Me,Mt(R),Mt(z),X,N))}}}if(Ce.show&&sn)if(s!=null){let[T,P]=Ne.scales,[L,R]=Ne.match,[z,J]=s.cursor.sync.scales,fe=s.cursor.drag;if(Ge=fe._x,Ke=fe._y,Ge||Ke){let{left:pe,top:le,width:K,height:U}=s.select,Te=s.scales[z].ori,Me=s.posToVal,qe,ve,Le,gt,lt,_t=T!=null&&L(T,z),Nt=P!=null&&R(P,J);_t&&Ge?(Te==0?(qe=pe,ve=K):(qe=le,ve=U),Le=S[T],gt=O(Me(qe,z),Le,v,0),lt=O(Me(qe+ve,z),Le,v,0),ba(Vt(gt,lt),He(lt-gt))):ba(0,v),Nt&&Ke?(Te==1?(qe=pe,ve=K):(qe=le,ve=U),Le=S[P],gt=Z(Me(qe,J),Le,k,0),lt=Z(Me(qe+ve,J),Le,k,0),va(Vt(gt,lt),He(lt-gt))):va(0,k)}else Ll()}else{let T=He(Ws-Vs),P=He(Hs-Us);if(C.ori==1){let J=T;T=P,P=J}Ge=Qe.x&&T>=Qe.dist,Ke=Qe.y&&P>=Qe.dist;let L=Qe.uni;L!=null?Ge&&Ke&&(Ge=T>=L,Ke=P>=L,!Ge&&!Ke&&(P>T?Ke=!0:Ge=!0)):Qe.x&&Qe.y&&(Ge||Ke)&&(Ge=Ke=!0);let R,z;Ge&&(C.ori==0?(R=Kn,z=Se):(R=Yn,z=Pe),ba(Vt(R,z),He(z-R)),Ke||va(0,k)),Ke&&(C.ori==1?(R=Kn,z=Se):(R=Yn,z=Pe),va(Vt(R,z),He(z-R)),Ge||ba(0,v)),!Ge&&!Ke&&(ba(0,0),va(0,0))}if(Qe._x=Ge,Qe._y=Ke,s==null){if(m){if(no!=null){let[T,P]=Ne.scales;Ne.values[0]=T!=null?Gt(C.ori==0?Se:Pe,T):null,Ne.values[1]=P!=null?Gt(C.ori==1?Se:Pe,P):null}wa(Hl,n,Se,Pe,X,N,f)}if(Fn){let T=m&&Ne.setSeries,P=Bt.prox;kn==null?en<=P&&jt(rn,Zn,!0,T):en>P?jt(null,Zn,!0,T):rn!=kn&&jt(rn,Zn,!0,T)}}Tt&&(ne.idx=f,Pl()),r!==!1&&Ye("setCursor")}let cn=null;Object.defineProperty(n,"rect",{get(){return cn==null&&ya(!1),cn}});function ya(s=!1){s?cn=null:(cn=y.getBoundingClientRect(),Ye("syncRect",cn))}function Gs(s,r,m,f,b,v,k){V._lock||sn&&s!=null&&s.movementX==0&&s.movementY==0||(El(s,r,m,f,b,v,k,!1,s!=null),s!=null?xn(null,!0,!0):xn(r,!0,!1))}function El(s,r,m,f,b,v,k,T,P){if(cn==null&&ya(!1),yn(s),s!=null)m=s.clientX-cn.left,f=s.clientY-cn.top;else{if(m<0||f<0){Se=-10,Pe=-10;return}let[L,R]=Ne.scales,z=r.cursor.sync,[J,fe]=z.values,[pe,le]=z.scales,[K,U]=Ne.match,Te=r.axes[0].side%2==1,Me=C.ori==0?X:N,qe=C.ori==1?X:N,ve=Te?v:b,Le=Te?b:v,gt=Te?f:m,lt=Te?m:f;if(pe!=null?m=K(L,pe)?u(J,S[L],Me,0):-10:m=Me*(gt/ve),le!=null?f=U(R,le)?u(fe,S[R],qe,0):-10:f=qe*(lt/Le),C.ori==1){let _t=m;m=f,f=_t}}P&&(r==null||r.cursor.event.type==Hl)&&((m<=1||m>=X-1)&&(m=Cn(m,X)),(f<=1||f>=N-1)&&(f=Cn(f,N))),T?(Vs=m,Us=f,[Kn,Yn]=V.move(n,m,f)):(Se=m,Pe=f)}let Ml={width:0,height:0,left:0,top:0};function Ll(){Ba(Ml,!1)}let Ks,Ys,qs,Zs;function Js(s,r,m,f,b,v,k){sn=!0,Ge=Ke=Qe._x=Qe._y=!1,El(s,r,m,f,b,v,k,!0,!1),s!=null&&(at(Bl,ql,Qs,!1),wa(ko,n,Kn,Yn,X,N,null));let{left:T,top:P,width:L,height:R}=Ce;Ks=T,Ys=P,qs=L,Zs=R}function Qs(s,r,m,f,b,v,k){sn=Qe._x=Qe._y=!1,El(s,r,m,f,b,v,k,!1,!0);let{left:T,top:P,width:L,height:R}=Ce,z=L>0||R>0,J=Ks!=T||Ys!=P||qs!=L||Zs!=R;if(z&&J&&Ba(Ce),Qe.setScale&&z&&J){let fe=T,pe=L,le=P,K=R;if(C.ori==1&&(fe=P,pe=R,le=T,K=L),Ge&&on(I,Gt(fe,I),Gt(fe+pe,I)),Ke)for(let U in S){let Te=S[U];U!=I&&Te.from==null&&Te.min!=we&&on(U,Gt(le+K,U),Gt(le,U))}Ll()}else V.lock&&(V._lock=!V._lock,xn(r,!0,s!=null));s!=null&&(Rn(Bl,ql),wa(Bl,n,Se,Pe,X,N,null))}function Hi(s,r,m,f,b,v,k){if(V._lock)return;yn(s);let T=sn;if(sn){let P=!0,L=!0,R=10,z,J;C.ori==0?(z=Ge,J=Ke):(z=Ke,J=Ge),z&&J&&(P=Se<=R||Se>=X-R,L=Pe<=R||Pe>=N-R),z&&P&&(Se=Se<Kn?0:X),J&&L&&(Pe=Pe<Yn?0:N),xn(null,!0,!0),sn=!1}Se=-10,Pe=-10,be.fill(null),xn(null,!0,!0),T&&(sn=T)}function Xs(s,r,m,f,b,v,k){V._lock||(yn(s),gl(),Ll(),s!=null&&wa(Co,n,Se,Pe,X,N,null))}function eo(){E.forEach(Gu),fl(n.width,n.height,!0)}_n(el,la,eo);let Jn={};Jn.mousedown=Js,Jn.mousemove=Gs,Jn.mouseup=Qs,Jn.dblclick=Xs,Jn.setSeries=(s,r,m,f)=>{let b=Ne.match[2];m=b(n,r,m),m!=-1&&jt(m,f,!0,!1)},nt&&(at(ko,y,Js),at(Hl,y,Gs),at(xo,y,s=>{yn(s),ya(!1)}),at(So,y,Hi),at(Co,y,Xs),as.add(n),n.syncRect=ya);let ja=n.hooks=e.hooks||{};function Ye(s,r,m){Tl?$a.push([s,r,m]):s in ja&&ja[s].forEach(f=>{f.call(null,n,r,m)})}(e.plugins||[]).forEach(s=>{for(let r in s.hooks)ja[r]=(ja[r]||[]).concat(s.hooks[r])});let to=(s,r,m)=>m,Ne=Oe({key:null,setSeries:!1,filters:{pub:No,sub:No},scales:[I,w[1]?w[1].scale:null],match:[zo,zo,to],values:[null,null]},V.sync);Ne.match.length==2&&Ne.match.push(to),V.sync=Ne;let no=Ne.key,Il=Lr(no);function wa(s,r,m,f,b,v,k){Ne.filters.pub(s,r,m,f,b,v,k)&&Il.pub(s,r,m,f,b,v,k)}Il.sub(n);function Bi(s,r,m,f,b,v,k){Ne.filters.sub(s,r,m,f,b,v,k)&&Jn[s](null,r,m,f,b,v,k)}n.pub=Bi;function ji(){Il.unsub(n),as.delete(n),gn.clear(),Ql(el,la,eo),d.remove(),he?.remove(),Ye("destroy")}n.destroy=ji;function Rl(){Ye("init",e,t),Ms(t||e.data,!1),H[I]?Al(I,H[I]):gl(),Fa=Ce.show&&(Ce.width>0||Ce.height>0),vn=Tt=!0,fl(e.width,e.height)}return w.forEach(Ps),E.forEach(xi),a?a instanceof HTMLElement?(a.appendChild(d),Rl()):a(n,Rl):Rl(),n}Ze.assign=Oe;Ze.fmtNum=us;Ze.rangeNum=tl;Ze.rangeLog=ll;Ze.rangeAsinh=is;Ze.orient=Pn;Ze.pxRatio=ge;Ze.join=zc;Ze.fmtDate=ps,Ze.tzDate=Yc;Ze.sync=Lr;{Ze.addGap=Pu,Ze.clipGaps=rl;let e=Ze.paths={points:Or};e.linear=Ur,e.stepped=Lu,e.bars=Iu,e.spline=Nu}function fn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Ku(e,t){let a=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return a?`rgba(${parseInt(a[1],16)}, ${parseInt(a[2],16)}, ${parseInt(a[3],16)}, ${t})`:e}function Yu(e,t,a,n){return Ze.paths.bars({size:[.7,60]})(e,t,a,n)}function qu(e,t){return{hooks:{draw:[a=>{if(!e.length)return;let{ctx:n}=a,l=a.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let o of e){let i=Math.round(a.valToPos(o.t,"x",!0));i<a.bbox.left||i>a.bbox.left+a.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(i,l),n.lineTo(i,l+a.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(i,l+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function Zu(){let e=window.matchMedia?.("(prefers-color-scheme: dark)"),[t,a]=A(!!e?.matches);return bt(()=>{if(!e)return;let n=l=>a(l.matches);return e.addEventListener("change",n),()=>e.removeEventListener("change",n)},[]),t}function Ju(e,t){let a=Math.max(2,Math.floor(t/90)),n=Math.max(1,Math.ceil(e.length/a));return e.filter((l,o)=>o%n===0)}function jr({rows:e,notes:t,currency:a,interval:n,timeZone:l}){let o=Nl(null),i=Nl(null),u=Zu();return bt(()=>{let c=o.current;if(!c)return;let d=e.map(w=>new Date(w.timestamp).getTime()/1e3),h=e.map(w=>w.visitors??0),g=e.map(w=>w.revenue??0),$=d.length>1?d[1]-d[0]:3600,x=(t||[]).map(w=>{let E=new Date(w.timestamp).getTime()/1e3,S=-1;for(let B=0;B<d.length;B++)d[B]<=E&&(S=B);return S>=0&&E<d[S]+$?{t:d[S],text:w.text}:null}).filter(Boolean),y=w=>{let E=new Date(w*1e3),S=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...S,timeZone:l}).format(E)}catch{return E.toLocaleString()}},D={width:c.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1,range:(w,E,S)=>[E-$/2,S+$/2]},v:{range:(w,E,S)=>[0,Math.max(4,S*1.1)]},r:{range:(w,E,S)=>[0,Math.max(1,S*1.1)]}},axes:[{stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},splits:w=>Ju(d,w.bbox.width/devicePixelRatio),values:(w,E)=>E.map(y)},{scale:"v",stroke:fn("--muted"),grid:{stroke:fn("--border"),width:1},ticks:{show:!1},values:(w,E)=>E.map(S=>ze(S))},{scale:"r",side:1,stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},values:(w,E)=>E.map(S=>Pt(S,a))}],series:[{},{label:"Visitors",scale:"v",stroke:fn("--visitors"),fill:Ku(fn("--visitors"),.45),paths:Yu,points:{show:!1}},{label:"Revenue",scale:"r",stroke:fn("--revenue"),width:2,points:{show:!1}}],plugins:[qu(x,fn("--accent"))],hooks:{setCursor:[w=>{let E=w.cursor.idx,S=i.current;if(!S)return;if(E==null){S.textContent="";return}let B=x.filter(I=>I.t===d[E]).map(I=>` \xB7 \u270E ${I.text}`).join("");S.textContent=`${y(d[E])}: ${ze(h[E])} visitors, ${Pt(g[E],a)} revenue${B}`}]}},_=new Ze(D,[d,h,g],c),F=new ResizeObserver(()=>_.setSize({width:c.clientWidth,height:260}));return F.observe(c),()=>{F.disconnect(),_.destroy()}},[e,t,a,n,l,u]),p`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${i} aria-live="off"></span>
    </div>
    <div class="chart" ref=${o} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&p`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(c=>p`<li key=${c.id}>✎ ${new Date(c.timestamp).toLocaleDateString(void 0,{timeZone:l})}: ${c.text}</li>`)}
    </ul>`}
  </div>`}function ys(e){let[t,a]=A(null);return bt(()=>{import("/assets/map-YOSCEPAB.js").then(n=>a(()=>n.WorldMap))},[]),t?p`<${t} ...${e} />`:p`<div class="map-placeholder" aria-hidden="true"></div>`}function pa(e){return!e||e.length!==2?"":p`<span class="cc" title=${e.toUpperCase()}>${e.toUpperCase()}</span>`}function Qu(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var En=new Set(["Unknown",""]);function Xu(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function ed(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var vs={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:En.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:Xu(e.campaign||{}),filter:ed(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=Qu(e.image);return{label:e.country,icon:t,filter:En.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:En.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:En.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:En.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:En.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:En.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:e=>({label:e.goal,filter:["goal",e.goal]})}},Kr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Gr=10;function Yr({panel:e,websiteId:t,scope:a,currency:n,onFilter:l}){let[o,i]=A(e.tabs[0]),[u,c]=A(!1),d=vs[o],h=u?100:Gr,g=ce(()=>M.getFull(`/api/v1/analytics/${d.path}`,{websiteId:t,...a,limit:h}),[o,t,JSON.stringify(a),h]),$=g.data?.data||[],x=g.data?.pagination?.total??$.length,y=Math.max(1,...$.map(_=>_.visitors||0)),D=e.tabs.length>1?p`<${oo} label=${e.title} tabs=${e.tabs.map(_=>[_,vs[_].label])} active=${o} onChange=${_=>{i(_),c(!1)}} />`:p`<h2>${vs[o].label}</h2>`;return p`<section class="card panel" data-panel=${e.id} data-tab=${o} aria-label=${e.title}>
    <div class="panel-head">${D}</div>
    ${e.map&&o==="countries"&&$.length>0&&p`<${ys} rows=${$} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${d.goals?"Completions":d.clicks?"Clicks":""}</span><span>Visitors</span>${!d.goals&&!d.clicks?p`<span>Revenue</span>`:p`<span></span>`}
    </div>
    ${g.error&&p`<${ae} error=${g.error} />`}
    ${g.loading&&!g.data?p`<${ue} />`:$.length===0?p`<p class="muted empty">No data for this period</p>`:p`<ol class="rows" data-loading=${g.loading?"true":"false"}>
      ${$.map((_,F)=>{let w=d.row(_),E=`${Math.max(2,Math.round((_.visitors||0)/y*100))}%`,S=p`<span class="row-label" title=${w.title||w.label}>${w.icon&&p`<span class="flag" aria-hidden="true">${pa(w.icon)} </span>`}${w.label}</span>`,B=p`<span class="num">${d.goals?ze(_.completions):d.clicks?ze(_.clicks):""}</span>
          <span class="num" data-visitors=${_.visitors}>${ze(_.visitors)}</span>
          <span class="num rev">${d.goals||d.clicks?"":Pt(_.revenue,n)}</span>`;return p`<li key=${F} class="row">
          <span class="row-bar" style=${{width:E}} aria-hidden="true"></span>
          ${w.filter?p`<button type="button" class="row-main" data-filter=${w.filter[0]} data-value=${w.filter[1]} onClick=${()=>l(w.filter[0],w.filter[1])} aria-label=${`Filter by ${w.label}`}>${S}</button>`:p`<span class="row-main">${S}</span>`}
          ${B}
        </li>`})}
    </ol>`}
    ${x>Gr&&p`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>c(!u)}>${u?"Show fewer":`Show all ${ze(Math.min(x,100))}${x>100?"+":""}`}</button>`}
  </section>`}function qr({websiteId:e,scope:t,shared:a}){let n=ce(()=>a?Promise.resolve([]):M.get(`/api/v1/admin/websites/${e}/funnels`),[e,a]),l=(n.data||[]).filter(h=>h.isActive!==!1),[o,i]=A(null),u=o||l[0]?._id,c=ce(()=>u?M.get(`/api/v1/analytics/funnels/${u}`,{websiteId:e,...t}):Promise.resolve(null),[u,e,JSON.stringify(t)]),d=c.data?.[0];return p`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${l.length>1&&p`<select class="input input-small" aria-label="Funnel" value=${u} onChange=${h=>i(h.currentTarget.value)}>
        ${l.map(h=>p`<option value=${h._id} selected=${h._id===u}>${h.name}</option>`)}
      </select>`}
    </div>
    ${n.error&&p`<${ae} error=${n.error} />`}
    ${!n.loading&&l.length===0&&p`<p class="muted empty">${a?"No funnels shared.":p`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${c.error&&p`<${ae} error=${c.error} />`}
    ${d&&p`<ol class="funnel">
        ${d.steps.map((h,g)=>p`<li key=${g} class="funnel-step">
            <div class="funnel-label"><strong>${g+1}. ${h.name||h.url||h.goalName}</strong>
              <span class="num">${ze(h.visitors)} · ${un(h.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,h.conversionRate)}%`}}></span></div>
            ${g>0&&h.dropOff>0&&p`<div class="funnel-drop small">↘ ${ze(h.dropOff)} dropped off (${un(h.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${ze(d.completed)} of ${ze(d.visitors)} (${un(d.conversionRate)})</p>`}
  </section>`}var ws={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function nd(e){let t={};for(let a of Object.keys(ws)){let n=e.get(`filter_${a}`);n&&(t[`filter_${a}`]=n)}return t}function ad(e,t){let a=new URLSearchParams(e);for(let[l,o]of Object.entries(t))o==null||o===""?a.delete(l):a.set(l,o);let n=a.toString();return n?`?${n}`:""}function ld(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Mn({id:e,label:t,value:a,raw:n,delta:l,lowerIsBetter:o}){let i=null;if(l!=null&&Number.isFinite(l)){let u=o?l<0:l>0,c=Math.abs(l)<.05?"flat":u?"up":"down";i=p`<span class=${`kpi-change ${c}`} title="Change against the previous period">${l>0?"\u2191":l<0?"\u2193":"\u2192"} ${un(Math.abs(l))}</span>`}return p`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${a}</div>
    <div class="kpi-foot">${i}</div>
  </div>`}function sd({now:e,before:t,realtime:a,currency:n,comparable:l}){let o=i=>l?ld(e?.[i],t?.[i]):null;return p`<div class="kpis" aria-label="Key figures">
    <${Mn} id="visitors" label="Visitors" raw=${e.visitors} value=${ze(e.visitors)} delta=${o("visitors")} />
    <${Mn} id="revenue" label="Revenue" raw=${e.revenue} value=${Pt(e.revenue,n)} delta=${o("revenue")} />
    <${Mn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${un(e.conversion_rate)} delta=${o("conversion_rate")} />
    <${Mn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Pt(e.revenue_per_visitor,n)} delta=${o("revenue_per_visitor")} />
    <${Mn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${un(e.bounce_rate)} delta=${o("bounce_rate")} lowerIsBetter=${!0} />
    <${Mn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${so(e.avg_session_duration)} delta=${o("avg_session_duration")} />
    <${Mn} id="realtime" label="Visitors now" raw=${a??""} value=${p`<span class="live-dot" aria-hidden="true"></span>${a===null?"\u2013":ze(a)}`} />
  </div>`}function od({period:e,query:t,go:a,timeZone:n}){let[l,o]=A(e.preset==="custom"),i=Ul(n),[u,c]=A(t.get("from")||e.startAt?.slice(0,10)||i),[d,h]=A(t.get("to")||e.endAt?.slice(0,10)||i);return p`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${vt}
        name="period"
        value=${l?"custom":e.preset}
        options=${Vl}
        onChange=${g=>{if(g==="custom")return o(!0);o(!1),a({period:g,from:null,to:null,interval:null})}}
      />
    </label>
    ${l&&p`<form
      class="inline custom-range"
      onSubmit=${g=>{g.preventDefault(),a({period:"custom",from:u,to:d,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${u} max=${i} onInput=${g=>c(g.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${d} max=${i} onInput=${g=>h(g.currentTarget.value)} required /></label>
      <${Q} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}function ks({params:e,query:t,navigate:a,site:n,shared:l=!1}){let o=e.websiteId,i=ce(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):M.get("/api/v1/analytics/metadata",{websiteId:o}),[o,n?.timezone,n?.currency]);if(i.error){let u=l&&[401,403,404].includes(i.error.code);return p`<${ae}>${u?"This dashboard is not public. Log in to see it.":i.error.message}<//>${u?p`<p><a href=${`/login?next=/sites/${o}`}>Log in</a></p>`:""}`}return i.data?p`<${rd} websiteId=${o} query=${t} navigate=${a} info=${i.data[0]} shared=${l} />`:p`<${ue} />`}function rd({websiteId:e,query:t,navigate:a,info:n,shared:l}){let o=n.timezone||"UTC",i=n.currency||"USD",u=l?`/share/${e}`:`/sites/${e}`,c=C=>a(u+ad(t,C)),d=Ta({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},o),h=$o(d),g=h.some(([C])=>C===t.get("interval"))?t.get("interval"):h.some(([C])=>C===d.interval)?d.interval:h[0][0],$=nd(t),x={startAt:d.startAt,endAt:d.endAt},y={...x,...$},D=JSON.stringify(y),_=ce(()=>M.get("/api/v1/analytics/overview",{websiteId:e,...y}),[e,D]),F=!!d.prevStartAt,w=ce(()=>F?M.get("/api/v1/analytics/overview",{websiteId:e,...$,startAt:d.prevStartAt,endAt:d.prevEndAt}):Promise.resolve(null),[e,D,d.prevStartAt]),E=d.startAt?x:{startAt:d.chartStartAt,endAt:d.chartEndAt},S=ce(()=>M.getFull("/api/v1/analytics/timeseries",{websiteId:e,...$,...E,interval:g,fields:"visitors,revenue",limit:1e3}),[e,D,g,E.startAt]),B=ce(()=>l?Promise.resolve([]):M.get(`/api/v1/admin/websites/${e}/notes`,{...E,limit:100,order:"asc"}).catch(()=>[]),[e,E.startAt,E.endAt]),[I,ee]=A(null);Xn(async()=>ee((await M.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let Y=S.data?.data||[];if(!d.startAt){let C=Y.findIndex(G=>(G.visitors||0)>0||(G.revenue||0)>0);Y=C>0?Y.slice(C):Y}let te=(C,G)=>c({[`filter_${C}`]:G}),q=Object.entries($);return p`<div class="dash" data-loading=${_.loading||S.loading?"true":"false"}>
    <div class="toolbar">
      <${od} key=${d.preset} period=${d} query=${t} go=${c} timeZone=${o} />
      <span class="muted small tz" title="Days follow the website's time zone">${o}</span>
      ${l&&p`<span class="badge">Read-only</span>`}
    </div>
    ${q.length>0&&p`<div class="chips" aria-label="Filters">
      ${q.map(([C,G])=>p`<span class="chip" data-chip=${C}>
          <span>${ws[C.slice(7)]||C.slice(7)}: <strong>${G.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${ws[C.slice(7)]} filter`} onClick=${()=>c({[C]:null})}>✕</button>
        </span>`)}
      ${q.length>1&&p`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>c(Object.fromEntries(q.map(([C])=>[C,null])))}>Clear all</button>`}
    </div>`}
    ${_.error&&p`<${ae} error=${_.error} />`}
    ${_.data?p`<${sd} now=${_.data[0]} before=${w.data?.[0]} realtime=${I} currency=${i} comparable=${F} />`:!_.error&&p`<div class="kpis kpis-loading"><${ue} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${h.length>1&&p`<div class="seg" role="group" aria-label="Interval">
          ${h.map(([C,G])=>p`<button type="button" class=${`seg-btn ${C===g?"active":""}`} aria-pressed=${C===g} onClick=${()=>c({interval:C})}>${G}</button>`)}
        </div>`}
      </div>
      ${S.error&&p`<${ae} error=${S.error} />`}
      ${S.data?p`<${jr} rows=${Y} notes=${B.data||[]} currency=${i} interval=${g} timeZone=${o} />`:!S.error&&p`<div class="chart-placeholder"><${ue} /></div>`}
    </section>
    ${""}
    ${(_.data||_.error)&&p`<div class="panels">
      ${Kr.map(C=>p`<${Yr} key=${C.id} panel=${C} websiteId=${e} scope=${y} currency=${i} onFilter=${te} />`)}
      <${qr} websiteId=${e} scope=${y} shared=${l} />
    </div>`}
  </div>`}var id=5e3,Zr={pageview:"view",goal:"goal",payment:"paid",payment_received:"paid",external_link:"out",identify:"id"};function Jr({kind:e}){return p`<span class=${`tag tag-${Zr[e]||"other"}`}>${Zr[e]||e}</span>`}function Qr({params:e}){let t=e.websiteId,[a,n]=A(null),[l,o]=A(null);Xn(async()=>{try{n(await M.get("/api/v1/analytics/realtime/map",{websiteId:t})),o(null)}catch(c){o(c)}},id,[t]);let i=a?.visitors||[],u=i.filter(c=>typeof c.latitude=="number"&&typeof c.longitude=="number").map(c=>({latitude:c.latitude,longitude:c.longitude,label:`${c.location?.city||c.location?.countryCode||"Visitor"} \xB7 ${c.currentUrl||""}`}));return p`<div class="stack">
    <${ae} error=${l} />
    <div class="live-grid">
      <${oe} title=${p`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${a?a.count:"\u2026"}</span>`}>
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
        <${oe} title="Live events">
          ${(a?.recentEvents||[]).length===0?p`<p class="muted empty">No events in the last 10 minutes.</p>`:p`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${a.recentEvents.map(c=>p`<li key=${c._id}>
                    <${Jr} kind=${c.type} />
                    <span class="what">${c.type==="pageview"?c.path:`${c.type}${c.extraData?.name?`: ${c.extraData.name}`:""} on ${c.path||"/"}`}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${oe} title="Recent payments">
          ${(a?.recentPayments||[]).length===0?p`<p class="muted empty">No payment in the last 10 minutes.</p>`:p`<ul class="feed" aria-label="Recent payments">
                ${a.recentPayments.map(c=>p`<li key=${c._id}>
                    <${Jr} kind="payment" />
                    <span class="what"><strong class="rev">${Pt(c.amount,c.currency)}</strong> ${c.name||c.email||""}${c.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var xs=50,cd=1800*1e3;function Xr({params:e,query:t,navigate:a,site:n}){let l=e.websiteId,[o,i]=A(t.get("page")||""),u=t.get("customers")==="1",c=t.get("goal")||"",d=Number(t.get("offset")||0),h=y=>{let D=new URLSearchParams(t);for(let[F,w]of Object.entries(y))w?D.set(F,w):D.delete(F);let _=D.toString();a(`/sites/${l}/visitors${_?`?${_}`:""}`)},g=ce(()=>M.get("/api/v1/analytics/goals",{websiteId:l,limit:100}),[l]),$=ce(()=>M.getFull("/api/v1/visitors",{websiteId:l,limit:xs,offset:d,visitedPageContains:t.get("page")||void 0,isCustomer:u&&!c?"true":void 0,completedGoal:c||void 0}),[l,t.toString()]),x=$.data?.data||[];return p`<${oe} title="Visitors">
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
    ${$.error&&p`<${ae} error=${$.error} />`}
    ${$.loading&&!$.data?p`<${ue} />`:x.length===0?p`<p class="muted empty">No visitor matches.</p>`:p`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${x.map(y=>p`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${l}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${y.identity?.country?p`${pa(y.identity.country)||y.identity.country} ${y.identity.city||""}`:"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${Fe(y.lastSeenAt,n?.timezone)}>${Qn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${d>0&&p`<${Q} class="btn-small" onClick=${()=>h({offset:String(Math.max(0,d-xs))||null})}>← Newer<//>`}
      ${$.data?.pagination?.hasMore&&p`<${Q} class="btn-small" onClick=${()=>h({offset:String(d+xs)})}>Older →<//>`}
    </div>
  <//>`}function ud(e){let t=[...(e.activity?.visitedPages||[]).map(l=>({kind:"page",at:l.timestamp,text:l.url})),...(e.activity?.completedGoals||[]).filter(l=>l.origin!=="payment_provider").map(l=>({kind:"goal",at:l.timestamp,text:l.name})),...(e.payments||[]).map(l=>({kind:"payment",at:l.timestamp,text:`${Pt(l.amount,l.currency)} ${l.type!=="new"?`(${l.type})`:""}`}))].sort((l,o)=>new Date(l.at)-new Date(o.at)),a=[],n=-1/0;for(let l of t){let o=new Date(l.at).getTime();(a.length===0||l.kind==="page"&&o-n>cd)&&a.push({start:l.at,items:[]}),a[a.length-1].items.push(l),l.kind==="page"&&(n=o)}return a}function ei({params:e,site:t}){let{websiteId:a,visitorId:n}=e,l=ce(()=>M.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:a}),[n]);if(l.loading)return p`<${ue} />`;if(l.error)return p`<${ae} error=${l.error} /><p><a href=${`/sites/${a}/visitors`}>All visitors</a></p>`;let o=l.data,i=o.identity||{},u=t?.timezone,c=o.profile?.metadata?.name||o.profile?.metadata?.email||o.profile?.userId,d=h=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:u}).format(new Date(h))}catch{return h}};return p`<div class="stack">
    <p><a href=${`/sites/${a}/visitors`}>← All visitors</a></p>
    <${oe} title=${p`${pa(i.countryCode)} ${c||`Visitor ${n.slice(0,8)}`} ${o.isCustomer?p`<span class="badge">customer</span>`:""}`}>
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
        ${ud(o).map((h,g)=>p`<li key=${h.start} class="journey-session">
              <h3>Visit ${g+1} · ${Fe(h.start,u)}</h3>
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
  </div>`}function ti({params:e,navigate:t,onAuth:a}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,l=ce(()=>M.get(n),[e.token]),[o,i]=A(""),[u,c]=A("");return p`<main class="auth" id="main"><div class="auth-card"><${oe} title="Join a website">${(()=>{if(l.loading)return p`<${ue} />`;if(l.error)return p`<${ae} error=${l.error} /><p><a href="/login">Log in</a></p>`;let h=l.data?.[0]||{},g=h.domain||"a website",$=Re.user&&Re.user.email===h.email,x=async()=>{xa(),await Ka(),a?.(),t(`/sites/${h.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Re.user&&!$?p`<p>This invitation is for <strong>${h.email}</strong>, and you are logged in as ${Re.user.email}. Log out, then open this link again.</p>`:!Re.user&&h.accountExists?p`<p>You are invited to <strong>${g}</strong> as <strong>${h.role}</strong>. An account with ${h.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:p`<p>You are invited to <strong>${g}</strong>${h.role?p` as <strong>${h.role}</strong>`:""}${h.email?p` (${h.email})`:""}.</p>
      ${$?p`<${ye} submitLabel="Accept the invitation" onSubmit=${async()=>{await M.post(`${n}/accept`,{}),await x()}} />`:p`<${ye}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await M.post(`${n}/accept`,{name:o.trim(),password:u}),await M.post("/api/auth/login",{email:h.email,password:u}),await x()}}
          >
            <${j} label="Your name"><${se} name="name" required value=${o} onInput=${i} /><//>
            <${j} label="Choose a password" hint="At least 8 characters"
              ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${u} onInput=${c}
            /><//>
          <//>
`}`})()}<//></div></main>`}function ma(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Ut(e){return(e||[]).join(`
`)}function Ss({title:e,secret:t,what:a,onClose:n}){return p`<${dt}
    title=${e}
    onClose=${n}
    footer=${p`<${Q} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${a} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${qt} text=${t} label="Copy" />
    </div>
  <//>`}function pt({title:e,message:t,confirmLabel:a="Delete",danger:n=!0,run:l,onClose:o}){let[i,u]=A(!1),[c,d]=A(null);return p`<${dt}
    title=${e}
    onClose=${o}
    footer=${p`
      <${Q} onClick=${o}>Cancel<//>
      <${Q}
        kind=${n?"danger-solid":"primary"}
        disabled=${i}
        onClick=${async()=>{u(!0),d(null);try{await l(),o()}catch(h){d(h),u(!1)}}}
        >${i?"Working\u2026":a}<//
      >
    `}
  >
    <p>${t}</p>
    <${ae} error=${c} />
  <//>`}function Xe({children:e}){return p`<p class="muted section-intro">${e}</p>`}function dl({title:e,hint:t,children:a}){return p`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${a}
    ${t&&p`<div class="field-hint">${t}</div>`}
  </div>`}var Cs=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],dd=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function pd(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function ni({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,a=ce(()=>M.get(t),[e]);if(a.loading&&!a.data)return p`<${ue} />`;if(a.error)return p`<${ae} error=${a.error} />`;let n=a.data[0],l=async(o,i)=>{let u=(await M.put(t,o))[0];return po(e,{name:u.name,domain:u.domain,timezone:u.timezone,currency:u.currency}),Ie(i),u};return p`
    <${md} initial=${n} save=${l} />
    <${fd} initial=${n} save=${l} websiteId=${e} />
    <${gd} initial=${n} save=${l} />
    <${hd} initial=${n} save=${l} />
    <${$d} initial=${n} save=${l} />
    <${bd} initial=${n} save=${l} />
  `}function md({initial:e,save:t}){let[a,n]=A(e.name||""),[l,o]=A(e.domain||""),[i,u]=A(e.timezone||"UTC"),[c,d]=A(e.currency||"USD"),h=Cs.includes(c)?Cs:[c,...Cs];return p`<${oe} title="Website">
    <${Xe}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${ye}
      onSubmit=${async()=>{let g=await t({name:a.trim()||null,domain:l.trim(),timezone:i,currency:c},"Website settings saved");n(g.name||""),o(g.domain)}}
    >
      <div class="grid-2">
        <${j} label="Name"><${se} name="name" value=${a} onInput=${n} maxlength="100" /><//>
        <${j} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${se} name="domain" required value=${l} onInput=${o}
        /><//>
      </div>
      <div class="grid-2">
        <${j} label="Time zone"><${vt} name="timezone" value=${i} onChange=${u} options=${pd(i)} /><//>
        <${j} label="Currency" hint="Revenue is reported in this currency"
          ><${vt} name="currency" value=${c} onChange=${d} options=${h}
        /><//>
      </div>
    <//>
  <//>`}function fd({initial:e,save:t,websiteId:a}){let[n,l]=A(!!e.isPublicDashboardEnabled),[o,i]=A(!!e.isPublicDataEnabled),[u,c]=A(!!e.isPublicDashboardEnabled),d=`${window.location.origin}/share/${a}`;return p`<${oe} title="Public dashboard">
    <${Xe}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${ye}
      onSubmit=${async()=>{let h=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:o},n?"The dashboard is public":"The dashboard is private");c(!!h.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${tt} name="isPublicDashboardEnabled" checked=${n} onChange=${l} label="Share a read-only public dashboard" />
        <${tt} name="isPublicDataEnabled" checked=${o} onChange=${i} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${u&&p`<div class="share-link" data-share-link>
        <${dl} title="Share link"><${qt} text=${d} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function gd({initial:e,save:t}){let[a,n]=A(!!e.isCookieless),[l,o]=A(!!e.isAllHostnamesAllowed),[i,u]=A(Ut(e.allowedHostnames)),[c,d]=A(!!e.isAttackModeEnabled);return p`<${oe} title="Tracking">
    <${ye}
      onSubmit=${async()=>{let h=await t({isCookieless:a,isAllHostnamesAllowed:l,allowedHostnames:ma(i),isAttackModeEnabled:c},"Tracking settings saved");u(Ut(h.allowedHostnames))}}
    >
      <div class="toggles">
        <${tt} name="isCookieless" checked=${a} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${tt} name="isAttackModeEnabled" checked=${c} onChange=${d} label="Attack mode (stricter bot filtering)" />
        <${tt} name="isAllHostnamesAllowed" checked=${l} onChange=${o} label="Accept events from any hostname" />
      </div>
      <${j} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${l} value=${i} onInput=${h=>u(h.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function hd({initial:e,save:t}){let[a,n]=A(Ut(e.excludedIps)),[l,o]=A(Ut(e.excludedPaths)),[i,u]=A(Ut(e.excludedCountries)),[c,d]=A(Ut(e.excludedHostnames)),h=(g,$,x)=>p`<textarea class="input" name=${g} value=${$} onInput=${y=>x(y.currentTarget.value)}></textarea>`;return p`<${oe} title="Exclusions">
    <${Xe}>Events matching any of these are not recorded. One value per line.<//>
    <${ye}
      onSubmit=${async()=>{let g=await t({excludedIps:ma(a),excludedPaths:ma(l),excludedCountries:ma(i).map($=>$.toUpperCase()),excludedHostnames:ma(c)},"Exclusions saved");n(Ut(g.excludedIps)),o(Ut(g.excludedPaths)),u(Ut(g.excludedCountries)),d(Ut(g.excludedHostnames))}}
    >
      <div class="grid-2">
        <${j} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${h("excludedIps",a,n)}<//>
        <${j} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${h("excludedPaths",l,o)}<//>
      </div>
      <div class="grid-2">
        <${j} label="Countries" hint="Two-letter codes, e.g. US, FR">${h("excludedCountries",i,u)}<//>
        <${j} label="Hostnames" hint="e.g. staging.example.com">${h("excludedHostnames",c,d)}<//>
      </div>
    <//>
  <//>`}function $d({initial:e,save:t}){let[a,n]=A(e.revenueMetric||"revenue"),[l,o]=A(!!e.includeRenewalRevenue),[i,u]=A(e.kpi||""),[c,d]=A(e.kpiColorScheme||"orange");return p`<${oe} title="Revenue and KPI">
    <${ye}
      onSubmit=${async()=>{await t({revenueMetric:a,includeRenewalRevenue:l,kpi:i.trim()||null,kpiColorScheme:c},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${j} label="Revenue metric"
          ><${vt} name="revenueMetric" value=${a} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${j} label="KPI color"><${vt} name="kpiColorScheme" value=${c} onChange=${d} options=${dd} /><//>
      </div>
      <${j} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${se} name="kpi" value=${i} onInput=${u}
      /><//>
      <${tt} name="includeRenewalRevenue" checked=${l} onChange=${o} label="Count renewals in revenue totals" />
    <//>
  <//>`}function bd({initial:e,save:t}){let[a,n]=A(!!e.sendWeeklyReports),[l,o]=A(!!e.sendViralTrafficAlerts);return p`<${oe} title="Emails">
    <${Xe}>Sent to the website owner's email address.<//>
    <${ye} onSubmit=${()=>t({sendWeeklyReports:a,sendViralTrafficAlerts:l},"Email settings saved")}>
      <div class="toggles">
        <${tt} name="sendWeeklyReports" checked=${a} onChange=${n} label="Weekly report every Monday" />
        <${tt} name="sendViralTrafficAlerts" checked=${l} onChange=${o} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var ai=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function li({websiteId:e,site:t}){return p`
    <${vd} websiteId=${e} site=${t} />
    <${xd} websiteId=${e} site=${t} />
  `}function si(e){return e?Fe(e):p`<span class="muted">Never</span>`}function vd({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/apikeys`,n=ce(()=>M.get(a),[e]),[l,o]=A(null),i=()=>o(null),u=(c,d)=>{n.reload(),o(p`<${Ss} title=${c} secret=${d[0].key} what="website key" onClose=${i} />`)};return p`<${oe}
    title="Website keys"
    class="website-keys"
    actions=${p`<${Q} kind="primary" onClick=${()=>o(p`<${yd} path=${a} onClose=${i} onCreated=${c=>u("Website key created",c)} />`)}>New website key<//>`}
  >
    <${Xe}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&p`<${ae} error=${n.error} />`}
    ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(c=>({...c,key:c._id}))}
          columns=${[{key:"name",label:"Name",render:c=>c.name||p`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:c=>p`<code class="mono" data-masked-key>${c.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:c=>si(c.lastUsedAt)},{key:"createdAt",label:"Created",render:c=>Fe(c.createdAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:c=>p`<div class="row-actions">
                <${Q}
                  class="btn-small"
                  aria-label=${`Roll ${c.name||c.displayKey}`}
                  onClick=${()=>o(p`<${pt}
                      title="Roll this key?"
                      message=${`${c.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let d=await M.put(`${a}/${c._id}`);setTimeout(()=>u("Website key rolled",d))}}
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
                      run=${async()=>{await M.del(`${a}/${c._id}`),Ie("Website key deleted"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function yd({path:e,onClose:t,onCreated:a}){let[n,l]=A("");return p`<${dt} title="New website key" onClose=${t}>
    <${ye}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let o=await M.post(e,n.trim()?{name:n.trim()}:{});t(),a(o)}}
    >
      <${j} label="Name" hint="Where the key is used, e.g. Production server"
        ><${se} name="keyName" value=${n} onInput=${l} maxlength="100"
      /><//>
    <//>
  <//>`}function wd(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=uo()||[];return e.websiteIds.map(a=>t.find(n=>n._id===a)?.domain||a).join(", ")}function kd(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function xd({websiteId:e,site:t}){let a="/api/v1/admin/access-tokens",n=ce(()=>M.get(a),[]),[l,o]=A(null),i=()=>o(null);return p`<${oe}
    title="Account tokens"
    class="account-tokens"
    actions=${p`<${Q}
      kind="primary"
      onClick=${()=>o(p`<${Sd}
          websiteId=${e}
          site=${t}
          onClose=${i}
          onCreated=${u=>{n.reload(),o(p`<${Ss} title="Account token created" secret=${u[0].key} what="token" onClose=${i} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${Xe}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&p`<${ae} error=${n.error} />`}
    ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name",render:u=>u.name||p`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:u=>p`<code class="mono" data-masked-key>${u.displayKey}</code>`},{key:"permissions",label:"Permissions",render:u=>p`<span class="small">${kd(u)}</span>`},{key:"websiteIds",label:"Websites",render:u=>p`<span class="small">${wd(u)}</span>`},{key:"lastUsedAt",label:"Last used",render:u=>si(u.lastUsedAt)},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:u=>p`<div class="row-actions">
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Revoke ${u.name||u.displayKey}`}
                  onClick=${()=>o(p`<${pt}
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
  <//>`}function Sd({websiteId:e,site:t,onClose:a,onCreated:n}){let[l,o]=A(""),[i,u]=A(!1),[c,d]=A(["analytics:read","websites:read"]),[h,g]=A(!0),$=(x,y)=>d(D=>y?[...D.filter(_=>_!==x),x]:D.filter(_=>_!==x));return p`<${dt} title="New account token" onClose=${a}>
    <${ye}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let x={permissions:i?["*"]:ai.map(([D])=>D).filter(D=>c.includes(D)),websiteIds:h?[e]:[]};l.trim()&&(x.name=l.trim());let y=await M.post("/api/v1/admin/access-tokens",x);a(),n(y)}}
    >
      <${j} label="Name" hint="e.g. Reporting script"><${se} name="tokenName" value=${l} onInput=${o} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${tt} name="perm-all" checked=${i} onChange=${u} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${i}>
          ${ai.map(([x,y])=>p`<${tt} key=${x} name=${`perm-${x}`} value=${x} checked=${c.includes(x)} onChange=${D=>$(x,D)} label=${p`<span class="perm">${y}<code>${x}</code></span>`} />`)}
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
  <//>`}function Cd(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function oi({websiteId:e,role:t}){let a=`/api/v1/admin/websites/${e}/team`,n=ce(()=>Promise.all([M.get(a),M.get(`${a}/invitations`)]),[e]),[l,o]=A(null),i=()=>o(null),u=t==="owner",[c,d]=n.data||[[],[]],h=(g,$,x,y)=>o(p`<${pt}
      title=${g}
      message=${$}
      confirmLabel="Remove"
      run=${async()=>{await M.del(a,x),Ie(y),n.reload()}}
      onClose=${i}
    />`);return p`
    ${u&&p`<${Td} path=${a} onInvited=${g=>{n.reload(),o(p`<${Ad} invitation=${g[0]} onClose=${i} />`)}} />`}
    <${oe} title="Members" class="team-members">
      ${!u&&p`<${Xe}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&p`<${ae} error=${n.error} />`}
      ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
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
      ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
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
    ${l}
  `}function Td({path:e,onInvited:t}){let[a,n]=A(""),[l,o]=A("viewer");return p`<${oe} title="Invite someone">
    <${Xe}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${ye}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let i=await M.post(e,{email:a.trim(),role:l});n(""),t(i)}}
    >
      <div class="grid-2">
        <${j} label="Email"><${se} type="email" name="inviteEmail" required value=${a} onInput=${n} autocomplete="off" /><//>
        <${j} label="Role"><${vt} name="inviteRole" value=${l} onChange=${o} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Ad({invitation:e,onClose:t}){let a=Cd(e.inviteUrl);return p`<${dt} title="Invitation created" onClose=${t} footer=${p`<${Q} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${Fe(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${qt} text=${a} label="Copy link" /></div>
  <//>`}function ri({status:e}){return p`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function ii({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,a=ce(()=>M.get(t),[e]),n=ce(()=>M.getFull(`${t}/history`,{limit:50}),[e]),[l,o]=A(null),i=()=>o(null),u=()=>{i(),a.reload(),n.reload()},c=d=>o(p`<${_d} path=${t} alert=${d} onClose=${i} onSaved=${u} />`);return p`
    <${oe} title="Goal alerts" class="alerts" actions=${p`<${Q} kind="primary" onClick=${()=>c(null)}>New alert<//>`}>
      <${Xe}>An email to the website owner each time a visitor completes the goal.<//>
      ${a.error&&p`<${ae} error=${a.error} />`}
      ${a.loading&&!a.data?p`<${ue} />`:p`<${yt}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(a.data||[]).map(d=>({...d,key:d._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:d=>p`<code>${d.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:d=>p`<span class="badge">${d.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:d=>d.recentLogs?.[0]?p`<${ri} status=${d.recentLogs[0].status} /> ${Fe(d.recentLogs[0].triggeredAt)}`:p`<span class="muted">Never</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:d=>p`<div class="row-actions">
                  <${Q} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>c(d)}>Edit<//>
                  <${Q}
                    class="btn-small btn-danger"
                    aria-label=${`Delete ${d.name}`}
                    onClick=${()=>o(p`<${pt}
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
    <${oe} title="Delivery history" class="alert-history" actions=${p`<${Q} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&p`<${ae} error=${n.error} />`}
      ${n.data&&p`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?p`<${ue} />`:p`<${yt}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:d=>Fe(d.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:d=>p`<code>${d.goalName}</code>`},{key:"status",label:"Status",render:d=>p`<${ri} status=${d.status} />${d.error?p` <span class="small muted">${d.error}</span>`:""}`}]}
          />`}
    <//>
    ${l}
  `}function _d({path:e,alert:t,onClose:a,onSaved:n}){let[l,o]=A(t?.name||""),[i,u]=A(t?.trigger?.goalName||""),[c,d]=A(t?.template?.subject||""),[h,g]=A(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[$,x]=A(t?t.isEnabled:!0);return p`<${dt} title=${t?"Edit alert":"New alert"} onClose=${a}>
    <${ye}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:l.trim(),trigger:{type:"goal",goalName:i.trim()},destination:{type:"email"},template:{subject:c.trim()||null,message:h.trim()},isEnabled:$};t?await M.put(`${e}/${t._id}`,y):await M.post(e,y),Ie(t?"Alert saved":"Alert created"),n()}}
    >
      <${j} label="Name"><${se} name="alertName" required value=${l} onInput=${o} maxlength="100" /><//>
      <${j} label="Goal" hint="The goal name your site sends, e.g. signup"><${se} name="alertGoal" required value=${i} onInput=${u} /><//>
      <${j} label="Subject" hint="Empty: the standard subject"><${se} name="alertSubject" value=${c} onInput=${d} maxlength="200" /><//>
      <${j} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${h} onInput=${y=>g(y.currentTarget.value)}></textarea>
      <//>
      <${tt} name="alertEnabled" checked=${$} onChange=${x} label="Enabled" />
    <//>
  <//>`}var Dd=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function ci({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,a=ce(()=>M.get(t),[e]);if(a.loading&&!a.data)return p`<${ue} />`;if(a.error)return p`<${ae} error=${a.error} />`;let n=a.data[0];return p`<div class="provider-grid">
    ${Dd.map(([l,o,i,u])=>p`<${Pd} key=${l} path=${`${t}/${l}`} slug=${l} name=${o} fields=${i} webhookHelp=${u} state=${n[l]||{}} reload=${a.reload} />`)}
  </div>`}function Pd({path:e,slug:t,name:a,fields:n,webhookHelp:l,state:o,reload:i}){let[u,c]=A({}),[d,h]=A(null),[g,$]=A(!1),x=(D,_)=>c(F=>({...F,[D]:_})),y=!!o.connected;return p`<${oe}
    title=${p`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${a}`}
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
    <${dl} title="Webhook URL" hint=${l}><${qt} text=${o.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!g?p`<div class="form-actions">
          <${Q} onClick=${()=>$(!0)}>Replace keys<//>
          ${t==="paddle"&&p`<${Q}
            onClick=${async()=>{try{await M.patch(e),Ie("Paddle resync queued"),i()}catch(D){Ie(D.message,"error")}}}
            >Resync payments<//
          >`}
          <${Q}
            class="btn-danger"
            onClick=${()=>h(p`<${pt}
                title=${`Disconnect ${a}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await M.del(e),Ie(`${a} disconnected`),i()}}
                onClose=${()=>h(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:p`<${ye}
          submitLabel=${y?"Save keys":`Connect ${a}`}
          busyLabel="Connecting…"
          extra=${y?p`<${Q} onClick=${()=>$(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let D={};for(let[_]of n)(u[_]||"").trim()&&(D[_]=u[_].trim());(u.webhookSecret||"").trim()&&(D.webhookSecret=u.webhookSecret.trim()),await M.post(e,D),Ie(`${a} connected`),c({}),$(!1),i()}}
        >
          ${n.map(([D,_,F,w])=>p`<${j} key=${D} label=${_} hint=${F}
                ><${se} name=${`${t}-${D}`} type=${w?"password":"text"} autocomplete="off" value=${u[D]||""} onInput=${E=>x(D,E)}
              /><//>`)}
          <${j} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${se} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${u.webhookSecret||""} onInput=${D=>x("webhookSecret",D)}
          /><//>
        <//>`}
    ${d}
  <//>`}var Ed=100;function Md(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function ui({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/notes`,[n,l]=A(""),o=ce(()=>M.getFull(a,{limit:Ed,q:n.trim()||void 0}),[e,n]),[i,u]=A(null),c=()=>u(null),d=$=>u(p`<${Ld}
      path=${a}
      note=${$}
      timeZone=${t?.timezone}
      onClose=${c}
      onSaved=${()=>{c(),o.reload()}}
    />`),h=o.data?.data||[],g=o.data?.pagination?.total??h.length;return p`<${oe} title="Notes" class="notes" actions=${p`<${Q} kind="primary" onClick=${()=>d(null)}>New note<//>`}>
    <${Xe}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${se} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${l} /></label>
      ${o.data&&p`<span class="muted small">${g} note${g===1?"":"s"}${g>h.length?`, newest ${h.length} shown`:""}</span>`}
    </div>
    ${o.error&&p`<${ae} error=${o.error} />`}
    ${o.loading&&!o.data?p`<${ue} />`:p`<${yt}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${h.map($=>({...$,key:$.id}))}
          columns=${[{key:"timestamp",label:"When",render:$=>p`<span style="white-space:nowrap">${Fe($.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:$=>p`<span class="note-text">${$.text}</span>`},{key:"author",label:"By",render:$=>$.author?.name||p`<span class="muted">—</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:$=>p`<div class="row-actions">
                <${Q} class="btn-small" aria-label=${`Edit note ${$.text.slice(0,30)}`} onClick=${()=>d($)}>Edit<//>
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Delete note ${$.text.slice(0,30)}`}
                  onClick=${()=>u(p`<${pt}
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
  <//>`}function Ld({path:e,note:t,timeZone:a,onClose:n,onSaved:l}){let o=t?Id(t.timestamp,a):{date:Md(),time:""},[i,u]=A(t?.text||""),[c,d]=A(o.date),[h,g]=A(o.time);return p`<${dt} title=${t?"Edit note":"New note"} onClose=${n}>
    <${ye}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let $=h?Rd(c,h,a):c,x={text:i.trim(),timestamp:$};t?await M.put(`${e}/${t.id}`,x):await M.post(e,x),Ie(t?"Note saved":"Note added"),l()}}
    >
      <${j} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${i} onInput=${$=>u($.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${j} label="Date"><${se} type="date" name="noteDate" required value=${c} onInput=${d} /><//>
        <${j} label="Time" hint=${`Optional, ${a||"UTC"}`}><${se} type="time" name="noteTime" value=${h} onInput=${g} /><//>
      </div>
    <//>
  <//>`}function di(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(a.formatToParts(new Date(e)).map(l=>[l.type,l.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Id(e,t){let a=di(Date.parse(e),t);return{date:a.date,time:a.time==="00:00"?"":a.time}}function Rd(e,t,a){let n=Date.parse(`${e}T${t}:00Z`),l=n;for(let o=0;o<2;o++){let i=di(l,a),u=Date.parse(`${i.date}T${i.time}:00Z`);l+=n-u}return new Date(l).toISOString()}function Nd(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function pi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,a=ce(()=>M.get(t),[e]),[n,l]=A(null),o=()=>l(null),i=u=>l(p`<${zd}
      path=${t}
      funnel=${u}
      onClose=${o}
      onSaved=${()=>{o(),a.reload()}}
    />`);return p`<${oe} title="Funnels" class="funnels" actions=${p`<${Q} kind="primary" onClick=${()=>i(null)}>New funnel<//>`}>
    <${Xe}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${a.error&&p`<${ae} error=${a.error} />`}
    ${a.loading&&!a.data?p`<${ue} />`:p`<${yt}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(a.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:u=>p`<span class="small">${u.steps.map(c=>`${c.name} (${Nd(c)})`).join(" \u2192 ")}</span>`},{key:"actions",label:p`<span class="sr-only">Actions</span>`,render:u=>p`<div class="row-actions">
                <${Q} class="btn-small" aria-label=${`Edit ${u.name}`} onClick=${()=>i(u)}>Edit<//>
                <${Q}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${u.name}`}
                  onClick=${()=>l(p`<${pt}
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
  <//>`}var Ts=()=>({name:"",type:"pageview",url:"",goalName:""});function zd({path:e,funnel:t,onClose:a,onSaved:n}){let[l,o]=A(t?.name||""),[i,u]=A(t?t.steps.map(d=>({id:d.id,name:d.name,type:d.type,url:d.url||"",goalName:d.goalName||""})):[Ts(),Ts()]),c=(d,h)=>u(g=>g.map(($,x)=>x===d?{...$,...h}:$));return p`<${dt} title=${t?"Edit funnel":"New funnel"} onClose=${a}>
    <${ye}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let d={name:l.trim(),steps:i.map(h=>{let g={name:h.name.trim(),type:h.type};return h.id&&(g.id=h.id),h.type==="goal"?g.goalName=h.goalName.trim():g.url=h.url.trim(),g})};t?await M.put(`${e}/${t._id}`,d):await M.post(e,d),Ie(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${j} label="Funnel name"><${se} name="funnelName" required value=${l} onInput=${o} maxlength="100" /><//>
      ${i.map((d,h)=>p`<fieldset class="group" key=${h}>
          <legend>Step ${h+1}</legend>
          <div class="grid-2">
            <${j} label=${`Step ${h+1} name`}><${se} name=${`stepName${h}`} required value=${d.name} onInput=${g=>c(h,{name:g})} /><//>
            <${j} label=${`Step ${h+1} kind`}
              ><${vt} name=${`stepType${h}`} value=${d.type} onChange=${g=>c(h,{type:g})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${d.type==="goal"?p`<${j} label=${`Step ${h+1} goal`}><${se} name=${`stepGoal${h}`} required value=${d.goalName} onInput=${g=>c(h,{goalName:g})} /><//>`:p`<${j} label=${`Step ${h+1} page`} hint="A path; * matches anything"
                ><${se} name=${`stepUrl${h}`} required placeholder="/pricing" value=${d.url} onInput=${g=>c(h,{url:g})}
              /><//>`}
          ${i.length>2&&p`<${Q} class="btn-small btn-danger" onClick=${()=>u(g=>g.filter(($,x)=>x!==h))}>Remove step ${h+1}<//>`}
        </fieldset>`)}
      <div><${Q} class="btn-small" onClick=${()=>u(d=>[...d,Ts()])}>Add a step<//></div>
    <//>
  <//>`}var As=[["website","Website",ni],["keys","API keys",li],["team","Team",oi],["funnels","Funnels",pi],["alerts","Alerts",ii],["integrations","Integrations",ci],["notes","Notes",ui]];function mi({websiteId:e,site:t,section:a,role:n,navigate:l}){if(n!=="owner"&&n!=="member")return p`<${oe} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let o=As.find(([d])=>d===a)||As[0],[i,,u]=o,c=`/sites/${e}/settings`;return p`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${As.map(([d,h])=>p`<a href=${`${c}/${d}`} class=${`navtab ${d===i?"active":""}`} aria-current=${d===i?"page":void 0}
            >${h}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${i}>
      <${u} key=${`${e}-${i}`} websiteId=${e} site=${t} role=${n} navigate=${l} />
    </div>
  </div>`}var Fd=[["/login",mo,"anyone"],["/setup",fo,"anyone"],["/invite/:token",ti,"anyone"],["/share/:websiteId",Hd,"anyone"],["/",bo,"member"],["/sites/:websiteId",Ia(ks,"dashboard"),"member"],["/sites/:websiteId/realtime",Ia(Qr,"realtime"),"member"],["/sites/:websiteId/visitors",Ia(Xr,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",Ia(ei,"visitors"),"member"],["/sites/:websiteId/settings/:section?",Ia(Wd,"settings"),"member"]];function Od(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[a,n,l]of Fd){let o=a.split("/").filter(Boolean),i={},u=!0;for(let c=0;c<Math.max(o.length,t.length);c++){let d=o[c],h=t[c];if(d===void 0){u=!1;break}if(d.startsWith(":")){let g=d.endsWith("?"),$=d.slice(1).replace(/\?$/,"");if(h===void 0){g||(u=!1);break}i[$]=decodeURIComponent(h)}else if(d!==h){u=!1;break}}if(u)return{screen:n,params:i,access:l}}return null}function fi(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var pl=new Set;function Ra(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),pl.forEach(a=>a()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>pl.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href,window.location.href);a.origin!==window.location.origin||a.pathname.startsWith("/api/")||a.pathname.startsWith("/js/")||(e.preventDefault(),Ra(a.pathname+a.search))});function Vd(){let[e,t]=A(fi()),[a,n]=A({checked:!1,error:null});if(bt(()=>{let u=()=>t(fi());return pl.add(u),()=>pl.delete(u)},[]),bt(()=>{let u=window.location.pathname.startsWith("/sites/")?ta().catch(()=>null):null;Promise.all([Ka(),u]).then(()=>n({checked:!0,error:null}),c=>n({checked:!0,error:c})),M.onUnauthorized=()=>{Re.user=null,Re.csrfToken=null;let c=window.location.pathname;!["/login","/setup"].includes(c)&&!c.startsWith("/share/")&&!c.startsWith("/invite/")&&Ra(`/login?next=${encodeURIComponent(c+window.location.search)}`,{replace:!0})}},[]),!a.checked)return p`<${ue} />`;if(a.error)return p`<main class="page"><${ae} error=${a.error} /></main>`;let l=Od(e.path);if(!l)return p`<${gi}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(l.access==="member"&&!Re.user)return p`<${Ud} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let o=l.screen,i=p`<${o} params=${l.params} query=${e.query} navigate=${Ra} onAuth=${()=>n({checked:!0,error:null})} />`;return l.access==="member"?p`<${gi}>${i}<//>`:i}function Ud({to:e}){return bt(()=>Ra(e,{replace:!0}),[e]),null}function gi({children:e}){return p`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Re.user&&p`<span class="muted who">${Re.user.name||Re.user.email}</span>`}
        ${Re.user&&p`<${Q}
          kind="ghost"
          onClick=${async()=>{await co(),Ra("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${zl} />
  </div>`}function Ia(e,t){return function(n){let{websiteId:l}=n.params,[o,i]=A({site:Ya(l),error:null});if(bt(()=>{o.site||ta().then(()=>i({site:Ya(l),error:Ya(l)?null:new Error("This website does not exist or is not shared with you")}),h=>i({site:null,error:h}))},[l]),o.error)return p`<main class="page"><${ae} error=${o.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!o.site)return p`<${ue} />`;let u=o.site,c=`/sites/${u._id}`,d=[["dashboard","Dashboard",c],["realtime","Realtime",`${c}/realtime`],["visitors","Visitors",`${c}/visitors`],...u.role==="viewer"?[]:[["settings","Settings",`${c}/settings`]]];return p`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${u.name||u.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${d.map(([h,g,$])=>p`<a href=${$} class=${`navtab ${h===t?"active":""}`} aria-current=${h===t?"page":void 0}>${g}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${n} site=${u} /></main>
    </div>`}}function Wd({params:e,site:t,navigate:a}){return p`<${mi} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${a} />`}function Hd(e){return p`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${ks} ...${e} site=${null} shared=${!0} /></main>
    <${zl} />
  </div>`}lo(p`<${Vd} />`,document.getElementById("app"));export{Od as match,Ra as navigate};
