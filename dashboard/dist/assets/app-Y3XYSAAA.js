import{A as ne,B as be,C as ds,a as is,b as S,c as at,d as xa,f as u,g as Re,h as Dt,i as un,j as cs,k as Ne,l as Xn,m as le,n as ea,o as q,p as j,q as ce,r as dt,s as Ve,t as ut,u as lt,v as Yt,w as Pe,x as Vl,y as X,z as ie}from"/assets/chunk-IXRY7JOY.js";function Ul(e,t){let a=new URLSearchParams;for(let[l,s]of Object.entries(t||{}))s==null||s===""||a.set(l,String(s));let n=a.toString();return n?`${e}?${n}`:e}var Ya=class extends Error{constructor(t,a){super(a),this.code=t}},Fe={user:null,csrfToken:null};async function Xi(e,t,a){let n=window.__datafastEarly;if(e!=="GET"||!n)return null;let l=Ul(t,a);if(n.settled||n.asked.add(l),!(l in n.responses))return null;let s=n.responses[l];return delete n.responses[l],s}async function ta(e,t,{query:a,body:n}={}){let l={Accept:"application/json"};n!==void 0&&(l["Content-Type"]="application/json"),e!=="GET"&&Fe.csrfToken&&(l["X-CSRF-Token"]=Fe.csrfToken);let s=await Xi(e,t,a);try{s??(s=await fetch(Ul(t,a),{method:e,headers:l,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)}))}catch{throw new Ya(0,"The server cannot be reached")}let r=null;try{r=await s.json()}catch{}if(s.ok&&r&&r.status==="success")return r;if(s.ok&&r&&r.status===void 0)return{status:"success",data:r};let d=r?.error?.message||`${s.status} ${s.statusText||"error"}`;throw s.status===401&&typeof E.onUnauthorized=="function"&&E.onUnauthorized(),new Ya(r?.error?.code||s.status,d)}var E={async get(e,t){return(await ta("GET",e,{query:t})).data},async getFull(e,t){return ta("GET",e,{query:t})},async post(e,t){return(await ta("POST",e,{body:t??{}})).data},async put(e,t){return(await ta("PUT",e,{body:t??{}})).data},async patch(e,t){return(await ta("PATCH",e,{body:t??{}})).data},async del(e,t){return(await ta("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function Sa(e){let t=Array.isArray(e)?e[0]:e;return Fe.user=t?.user||null,Fe.csrfToken=t?.csrfToken||null,Fe}async function Za(){try{return Sa(await E.get("/api/auth/session"))}catch(e){if(e.code===401)return Sa(null);throw e}}async function us(e,t){return Sa(await E.post("/api/auth/login",{email:e,password:t}))}async function ms(e,t,a){return Sa(await E.post("/api/auth/signup",{email:e,password:t,name:a||void 0}))}async function ps(){try{await E.post("/api/auth/logout",{})}finally{Sa(null)}}var mn=null;async function na(){return mn=await E.get("/api/v1/admin/websites"),mn}function fs(){return mn}function Ja(e){return mn?.find(t=>t._id===e)||null}function gs(e,t){mn&&(mn=mn.map(a=>a._id===e?{...a,...t}:a))}function Ca(){mn=null}function ec(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Wl({title:e,children:t,footer:a}){return u`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${a&&u`<div class="auth-foot muted">${a}</div>`}
    </div>
  </main>`}function hs({query:e,navigate:t,onAuth:a}){let[n,l]=S(""),[s,r]=S(""),[d,i]=S(!1);return at(()=>{E.get("/api/auth/signup").then(m=>{m?.[0]?.signupOpen&&(i(!0),t("/setup",{replace:!0}))},()=>{})},[]),u`<${Wl}
    title="Log in"
    footer=${d?u`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${be}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await us(n.trim(),s),Ca(),a?.(),t(ec(e),{replace:!0})}}
    >
      <${j} label="Email"><${ce} type="email" name="email" autocomplete="username" required value=${n} onInput=${l} /><//>
      <${j} label="Password"><${ce} type="password" name="password" autocomplete="current-password" required value=${s} onInput=${r} /><//>
    <//>
  <//>`}function $s({navigate:e,onAuth:t}){let[a,n]=S({checked:!1,open:!1}),[l,s]=S(""),[r,d]=S(""),[i,m]=S("");return at(()=>{E.get("/api/auth/signup").then($=>n({checked:!0,open:!!$?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),a.checked?a.open?u`<${Wl} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${be}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await ms(r.trim(),i,l.trim()),Ca(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${j} label="Your name"><${ce} name="name" autocomplete="name" value=${l} onInput=${s} /><//>
      <${j} label="Email"><${ce} type="email" name="email" autocomplete="username" required value=${r} onInput=${d} /><//>
      <${j} label="Password" hint="At least 8 characters"
        ><${ce} type="password" name="password" autocomplete="new-password" minlength="8" required value=${i} onInput=${m}
      /><//>
    <//>
  <//>`:u`<${Wl} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:u`<${ie} />`}function tc(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function bs({site:e,onFirstEvent:t}){let[a,n]=S(!1);return ea(async()=>{if(a)return;((await E.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,a]),u`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${Yt} text=${tc(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${a?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${a?u`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}var Hl=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var nc="2015-01-01";function Gl(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Aa(e){let[t,a,n]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,n))}function vs(e){return e.toISOString().slice(0,10)}function Zt(e,t){let a=Aa(e);return a.setUTCDate(a.getUTCDate()+t),vs(a)}function Ta(e,t){let a=Aa(e),n=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+t,1)),l=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(a.getUTCDate(),l)),vs(n)}function Bl(e,t){return Math.round((Aa(t)-Aa(e))/864e5)}var Qa=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function _a({preset:e,from:t,to:a},n,l=new Date){let s=Gl(n,l),r=(i,m)=>({startAt:i,endAt:m,prevStartAt:Zt(i,-(Bl(i,m)+1)),prevEndAt:Zt(i,-1)}),d;switch(e){case"today":d={...r(s,s),interval:"hour"};break;case"yesterday":d={...r(Zt(s,-1),Zt(s,-1)),interval:"hour"};break;case"24h":{let i=new Date(Math.floor(l.getTime()/6e4)*6e4),m=new Date(i.getTime()-864e5),$=new Date(m.getTime()-864e5);d={startAt:m.toISOString(),endAt:i.toISOString(),prevStartAt:$.toISOString(),prevEndAt:new Date(m.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":d={...r(Zt(s,-6),s),interval:"day"};break;case"30d":d={...r(Zt(s,-29),s),interval:"day"};break;case"12m":d={...r(Zt(Ta(s,-12),1),s),interval:"month"};break;case"week":{let i=(Aa(s).getUTCDay()+6)%7,m=Zt(s,-i);d={startAt:m,endAt:s,prevStartAt:Zt(m,-7),prevEndAt:Zt(s,-7),interval:"day"};break}case"month":{let i=s.slice(0,8)+"01";d={startAt:i,endAt:s,prevStartAt:Ta(i,-1),prevEndAt:Ta(s,-1),interval:"day"};break}case"year":{let i=s.slice(0,5)+"01-01";d={startAt:i,endAt:s,prevStartAt:Ta(i,-12),prevEndAt:Ta(s,-12),interval:"month"};break}case"all":d={chartStartAt:nc,chartEndAt:s,interval:"month"};break;case"custom":if(Qa(t)&&Qa(a)&&t<=a){let i=Bl(t,a);d={...r(t,a),interval:i===0?"hour":i<=62?"day":i<=400?"week":"month"};break}default:return _a({preset:"30d"},n,l)}return{preset:e,...d,label:Hl.find(([i])=>i===e)?.[1]||e}}function ys(e){let t=e.startAt||e.chartStartAt,a=e.endAt||e.chartEndAt,n=Qa(t)&&Qa(a)?Bl(t,a)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,s])=>s).map(([s,r])=>[s,r])}function ac(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function lc({onAdded:e,onCancel:t}){let[a,n]=S(""),[l,s]=S(""),[r,d]=S(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return u`<${ne} title="Add a website">
    <${be}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&u`<${q} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let i=a.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),m=await E.post("/api/v1/admin/websites",{domain:i,name:l.trim()||i,timezone:r});await e(m[0])}}
    >
      <div class="grid-2">
        <${j} label="Domain" hint="Without https://, e.g. example.com"
          ><${ce} name="domain" required placeholder="example.com" value=${a} onInput=${n}
        /><//>
        <${j} label="Name"><${ce} name="name" placeholder="My site" value=${l} onInput=${s} /><//>
      </div>
      <${j} label="Time zone" hint="Days and charts follow this zone"
        ><${dt} name="timezone" value=${r} onChange=${d} options=${ac()}
      /><//>
    <//>
  <//>`}function oc({site:e}){let{data:t}=le(()=>{let a=_a({preset:"7d"},e.timezone||"UTC");return E.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",startAt:a.startAt,endAt:a.endAt})},[e._id]);return u`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${Re(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function ws({query:e,navigate:t}){let a=le(()=>na(),[]),[n,l]=S(!1),[s,r]=S(null);if(a.loading&&!a.data)return u`<${ie} />`;if(a.error)return u`<main class="page"><${X} error=${a.error} /></main>`;let d=a.data||[],i=n||d.length===0&&!s;return u`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${d.length>0&&!i&&u`<${q} kind="primary" onClick=${()=>l(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&d.length===0&&u`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${i&&u`<${lc}
      onCancel=${d.length>0?()=>l(!1):null}
      onAdded=${async m=>{let $=await na();a.reload(),l(!1),r($.find(f=>f._id===m.websiteId)||null)}}
    />`}
    ${s&&u`<div class="stack">
      <${bs} site=${s} />
      <p><a class="btn btn-primary" href=${`/sites/${s._id}`}>Open the dashboard</a></p>
    </div>`}
    ${d.length>0&&u`<ul class="site-list card">${d.map(m=>u`<${oc} key=${m._id} site=${m} />`)}</ul>`}
  </main>`}var Xa={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function rc(e){let t={};for(let a of Object.keys(Xa)){let n=e.get(`filter_${a}`);n&&(t[`filter_${a}`]=n)}return t}function ks(e,t,a,n=new Date){let l=a||"UTC",s=_a({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},l,n),r=ys(s),d=t.get("interval"),i=r.some(([w])=>w===d)?d:r.some(([w])=>w===s.interval)?s.interval:r[0][0],m=rc(t),$={startAt:s.startAt,endAt:s.endAt},f={...$,...m},h=s.startAt?$:{startAt:s.chartStartAt,endAt:s.chartEndAt};return{timeZone:l,period:s,intervals:r,interval:i,filters:m,range:$,scope:f,chartRange:h,overviewRead:["/api/v1/analytics/overview",{websiteId:e,...f}],seriesRead:["/api/v1/analytics/timeseries",{websiteId:e,...m,...h,interval:i,fields:"visitors,revenue",limit:1e3}]}}var ic="uplot",cc="u-hz",dc="u-vt",uc="u-title",mc="u-wrap",pc="u-under",fc="u-over",gc="u-axis",_n="u-off",hc="u-select",$c="u-cursor-x",bc="u-cursor-y",vc="u-cursor-pt",yc="u-legend",wc="u-live",kc="u-inline",xc="u-series",Sc="u-marker",xs="u-label",Cc="u-value",Ea="width",Pa="height";var Ss="bottom",aa="left",jl="right",co="#000",Cs=co+"0",Kl="mousemove",Ts="mousedown",ql="mouseup",As="mouseenter",_s="mouseleave",Ds="dblclick",Tc="resize",Ac="scroll",Es="change",ll="dppxchange",uo="--",da=typeof window<"u",Xl=da?document:null,oa=da?window:null,_c=da?navigator:null,he,el;function eo(){let e=devicePixelRatio;he!=e&&(he=e,el&&no(Es,el,eo),el=matchMedia(`(min-resolution: ${he-.001}dppx) and (max-resolution: ${he+.001}dppx)`),Dn(Es,el,eo),oa.dispatchEvent(new CustomEvent(ll)))}function yt(e,t){if(t!=null){let a=e.classList;!a.contains(t)&&a.add(t)}}function to(e,t){let a=e.classList;a.contains(t)&&a.remove(t)}function _e(e,t,a){e.style[t]=a+"px"}function zt(e,t,a,n){let l=Xl.createElement(e);return t!=null&&yt(l,t),a?.insertBefore(l,n),l}function Et(e,t){return zt("div",e,t)}var Ps=new WeakMap;function Jt(e,t,a,n,l){let s="translate("+t+"px,"+a+"px)",r=Ps.get(e);s!=r&&(e.style.transform=s,Ps.set(e,s),t<0||a<0||t>n||a>l?yt(e,_n):to(e,_n))}var Ms=new WeakMap;function Rs(e,t,a){let n=t+a,l=Ms.get(e);n!=l&&(Ms.set(e,n),e.style.background=t,e.style.borderColor=a)}var Ls=new WeakMap;function Is(e,t,a,n){let l=t+""+a,s=Ls.get(e);l!=s&&(Ls.set(e,l),e.style.height=a+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-a/2+"px":0)}var mo={passive:!0},Dc={...mo,capture:!0};function Dn(e,t,a,n){t.addEventListener(e,a,n?Dc:mo)}function no(e,t,a,n){t.removeEventListener(e,a,mo)}da&&eo();function Ft(e,t,a,n){let l;a=a||0,n=n||t.length-1;let s=n<=2147483647;for(;n-a>1;)l=s?a+n>>1:wt((a+n)/2),t[l]<e?a=l:n=l;return e-t[a]<=t[n]-e?a:n}function cr(e){return(a,n,l)=>{let s=-1,r=-1;for(let d=n;d<=l;d++)if(e(a[d])){s=d;break}for(let d=l;d>=n;d--)if(e(a[d])){r=d;break}return[s,r]}}var dr=e=>e!=null,ur=e=>e!=null&&e>0,rl=cr(dr),Ec=cr(ur);function Pc(e,t,a,n=0,l=!1){let s=l?Ec:rl,r=l?ur:dr;[t,a]=s(e,t,a);let d=e[t],i=e[t];if(t>-1)if(n==1)d=e[t],i=e[a];else if(n==-1)d=e[a],i=e[t];else for(let m=t;m<=a;m++){let $=e[m];r($)&&($<d?d=$:$>i&&(i=$))}return[d??ke,i??-ke]}function il(e,t,a,n){let l=Fs(e),s=Fs(t);e==t&&(l==-1?(e*=a,t/=a):(e/=a,t*=a));let r=a==10?tn:mr,d=l==1?wt:Pt,i=s==1?Pt:wt,m=d(r(Ge(e))),$=i(r(Ge(t))),f=sa(a,m),h=sa(a,$);return a==10&&(m<0&&(f=xe(f,-m)),$<0&&(h=xe(h,-$))),n||a==2?(e=f*l,t=h*s):(e=hr(e,f),t=cl(t,h)),[e,t]}function po(e,t,a,n){let l=il(e,t,a,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var fo=.1,Ns={mode:3,pad:fo},Ra={pad:0,soft:null,mode:0},Mc={min:Ra,max:Ra};function ol(e,t,a,n){return dl(a)?zs(e,t,a):(Ra.pad=a,Ra.soft=n?0:null,Ra.mode=n?3:0,zs(e,t,Mc))}function fe(e,t){return e??t}function Rc(e,t,a){for(t=fe(t,0),a=fe(a,e.length-1);t<=a;){if(e[t]!=null)return!0;t++}return!1}function zs(e,t,a){let n=a.min,l=a.max,s=fe(n.pad,0),r=fe(l.pad,0),d=fe(n.hard,-ke),i=fe(l.hard,ke),m=fe(n.soft,ke),$=fe(l.soft,-ke),f=fe(n.mode,0),h=fe(l.mode,0),w=t-e,y=tn(w),A=mt(Ge(e),Ge(t)),M=tn(A),V=Ge(M-y);(w<1e-24||V>10)&&(w=0,(e==0||t==0)&&(w=1e-24,f==2&&m!=ke&&(s=0),h==2&&$!=-ke&&(r=0)));let k=w||A||1e3,T=tn(k),C=sa(10,wt(T)),F=k*(w==0?e==0?.1:1:s),R=xe(hr(e-F,C/10),24),ee=e>=m&&(f==1||f==3&&R<=m||f==2&&R>=m)?m:ke,Z=mt(d,R<ee&&e>=ee?ee:Ot(ee,R)),te=k*(w==0?t==0?.1:1:r),J=xe(cl(t+te,C/10),24),P=t<=$&&(h==1||h==3&&J>=$||h==2&&J<=$)?$:-ke,ae=Ot(i,J>P&&t<=P?P:mt(P,J));return Z==ae&&Z==0&&(ae=100),[Z,ae]}var Lc=new Intl.NumberFormat(da?_c.language:"en-US"),go=e=>Lc.format(e),kt=Math,al=kt.PI,Ge=kt.abs,wt=kt.floor,He=kt.round,Pt=kt.ceil,Ot=kt.min,mt=kt.max,sa=kt.pow,Fs=kt.sign,tn=kt.log10,mr=kt.log2,Ic=(e,t=1)=>kt.sinh(e)*t,Yl=(e,t=1)=>kt.asinh(e/t),ke=1/0;function Os(e){return(tn((e^e>>31)-(e>>31))|0)+1}function ao(e,t,a){return Ot(mt(e,t),a)}function pr(e){return typeof e=="function"}function me(e){return pr(e)?e:()=>e}var Nc=()=>{},fr=e=>e,gr=(e,t)=>t,zc=e=>null,Vs=e=>!0,Us=(e,t)=>e==t,Fc=/\.\d*?(?=9{6,}|0{6,})/gm,En=e=>{if(br(e)||fn.has(e))return e;let t=`${e}`,a=t.match(Fc);if(a==null)return e;let n=a[0].length-1;if(t.indexOf("e-")!=-1){let[l,s]=t.split("e");return+`${En(l)}e${s}`}return xe(e,n)};function Tn(e,t){return En(xe(En(e/t))*t)}function cl(e,t){return En(Pt(En(e/t))*t)}function hr(e,t){return En(wt(En(e/t))*t)}function xe(e,t=0){if(br(e))return e;let a=10**t,n=e*a*(1+Number.EPSILON);return He(n)/a}var fn=new Map;function $r(e){return((""+e).split(".")[1]||"").length}function Ia(e,t,a,n){let l=[],s=n.map($r);for(let r=t;r<a;r++){let d=Ge(r),i=xe(sa(e,r),d);for(let m=0;m<n.length;m++){let $=e==10?+`${n[m]}e${r}`:n[m]*i,f=(r>=0?0:d)+(r>=s[m]?0:s[m]),h=e==10?$:xe($,f);l.push(h),fn.set(h,f)}}return l}var La={},ho=[],ra=[null,null],pn=Array.isArray,br=Number.isInteger,Oc=e=>e===void 0;function Ws(e){return typeof e=="string"}function dl(e){let t=!1;if(e!=null){let a=e.constructor;t=a==null||a==Object}return t}function Vc(e){return e!=null&&typeof e=="object"}var Uc=Object.getPrototypeOf(Uint8Array),vr="__proto__";function ia(e,t=dl){let a;if(pn(e)){let n=e.find(l=>l!=null);if(pn(n)||t(n)){a=Array(e.length);for(let l=0;l<e.length;l++)a[l]=ia(e[l],t)}else a=e.slice()}else if(e instanceof Uc)a=e.slice();else if(t(e)){a={};for(let n in e)n!=vr&&(a[n]=ia(e[n],t))}else a=e;return a}function Ue(e){let t=arguments;for(let a=1;a<t.length;a++){let n=t[a];for(let l in n)l!=vr&&(dl(e[l])?Ue(e[l],ia(n[l])):e[l]=ia(n[l]))}return e}var Wc=0,Bc=1,Hc=2;function Gc(e,t,a){for(let n=0,l,s=-1;n<t.length;n++){let r=t[n];if(r>s){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<a&&e[l]==null;)e[s=l++]=null}}}function jc(e,t){if(Yc(e)){let r=e[0].slice();for(let d=1;d<e.length;d++)r.push(...e[d].slice(1));return Zc(r[0])||(r=qc(r)),r}let a=new Set;for(let r=0;r<e.length;r++){let i=e[r][0],m=i.length;for(let $=0;$<m;$++)a.add(i[$])}let n=[Array.from(a).sort((r,d)=>r-d)],l=n[0].length,s=new Map;for(let r=0;r<l;r++)s.set(n[0][r],r);for(let r=0;r<e.length;r++){let d=e[r],i=d[0];for(let m=1;m<d.length;m++){let $=d[m],f=Array(l).fill(void 0),h=t?t[r][m]:Bc,w=[];for(let y=0;y<$.length;y++){let A=$[y],M=s.get(i[y]);A===null?h!=Wc&&(f[M]=A,h==Hc&&w.push(M)):f[M]=A}Gc(f,w,l),n.push(f)}}return n}var Kc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function qc(e){let t=e[0],a=t.length,n=Array(a);for(let s=0;s<n.length;s++)n[s]=s;n.sort((s,r)=>t[s]-t[r]);let l=[];for(let s=0;s<e.length;s++){let r=e[s],d=Array(a);for(let i=0;i<a;i++)d[i]=r[n[i]];l.push(d)}return l}function Yc(e){let t=e[0][0],a=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=a)return!1;if(l!=t){for(let s=0;s<a;s++)if(l[s]!=t[s])return!1}}return!0}function Zc(e,t=100){let a=e.length;if(a<=1)return!0;let n=0,l=a-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let s=mt(1,wt((l-n+1)/t));for(let r=e[n],d=n+s;d<=l;d+=s){let i=e[d];if(i!=null){if(i<=r)return!1;r=i}}return!0}var yr=["January","February","March","April","May","June","July","August","September","October","November","December"],wr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function kr(e){return e.slice(0,3)}var Jc=wr.map(kr),Qc=yr.map(kr),Xc={MMMM:yr,MMM:Qc,WWWW:wr,WWW:Jc};function Da(e){return(e<10?"0":"")+e}function ed(e){return(e<10?"00":e<100?"0":"")+e}var td={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Da(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Da(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Da(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Da(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Da(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>ed(e.getMilliseconds())};function $o(e,t){t=t||Xc;let a=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)a.push(l[0][0]=="{"?td[l[1]]:l[0]);return s=>{let r="";for(let d=0;d<a.length;d++)r+=typeof a[d]=="string"?a[d]:a[d](s,t);return r}}var nd=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ad(e,t){let a;return t=="UTC"||t=="Etc/UTC"?a=new Date(+e+e.getTimezoneOffset()*6e4):t==nd?a=e:(a=new Date(e.toLocaleString("en-US",{timeZone:t})),a.setMilliseconds(e.getMilliseconds())),a}var xr=e=>e%1==0,sl=[1,2,2.5,5],ld=Ia(10,-32,0,sl),Sr=Ia(10,0,32,sl),od=Sr.filter(xr),An=ld.concat(Sr),bo=`
`,Cr="{YYYY}",Bs=bo+Cr,Tr="{M}/{D}",Ma=bo+Tr,tl=Ma+"/{YY}",Ar="{aa}",sd="{h}:{mm}",la=sd+Ar,Hs=bo+la,Gs=":{ss}",ve=null;function _r(e){let t=e*1e3,a=t*60,n=a*60,l=n*24,s=l*30,r=l*365,i=(e==1?Ia(10,0,3,sl).filter(xr):Ia(10,-3,0,sl)).concat([t,t*5,t*10,t*15,t*30,a,a*5,a*10,a*15,a*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,s,s*2,s*3,s*4,s*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),m=[[r,Cr,ve,ve,ve,ve,ve,ve,1],[l*28,"{MMM}",Bs,ve,ve,ve,ve,ve,1],[l,Tr,Bs,ve,ve,ve,ve,ve,1],[n,"{h}"+Ar,tl,ve,Ma,ve,ve,ve,1],[a,la,tl,ve,Ma,ve,ve,ve,1],[t,Gs,tl+" "+la,ve,Ma+" "+la,ve,Hs,ve,1],[e,Gs+".{fff}",tl+" "+la,ve,Ma+" "+la,ve,Hs,ve,1]];function $(f){return(h,w,y,A,M,V)=>{let k=[],T=M>=r,C=M>=s&&M<r,F=f(y),R=xe(F*e,3),ee=Zl(F.getFullYear(),T?0:F.getMonth(),C||T?1:F.getDate()),Z=xe(ee*e,3);if(C||T){let te=C?M/s:0,J=T?M/r:0,P=R==Z?R:xe(Zl(ee.getFullYear()+J,ee.getMonth()+te,1)*e,3),ae=new Date(He(P/e)),W=ae.getFullYear(),Y=ae.getMonth();for(let G=0;P<=A;G++){let de=Zl(W+J*G,Y+te*G,1),O=de-f(xe(de*e,3));P=xe((+de+O)*e,3),P<=A&&k.push(P)}}else{let te=M>=l?l:M,J=wt(y)-wt(R),P=Z+J+cl(R-Z,te);k.push(P);let ae=f(P),W=ae.getHours()+ae.getMinutes()/a+ae.getSeconds()/n,Y=M/n,G=h.axes[w]._space,de=V/G;for(;P=xe(P+M,e==1?0:3),!(P>A);)if(Y>1){let O=wt(xe(W+Y,6))%24,U=f(P).getHours()-O;U>1&&(U=-1),P-=U*n,W=(W+Y)%24;let se=k[k.length-1];xe((P-se)/M,3)*de>=.7&&k.push(P)}else k.push(P)}return k}}return[i,m,$]}var[rd,id,cd]=_r(1),[dd,ud,md]=_r(.001);Ia(2,-53,53,[1]);function js(e,t){return e.map(a=>a.map((n,l)=>l==0||l==8||n==null?n:t(l==1||a[8]==0?n:a[1]+n)))}function Ks(e,t){return(a,n,l,s,r)=>{let d=t.find(y=>r>=y[0])||t[t.length-1],i,m,$,f,h,w;return n.map(y=>{let A=e(y),M=A.getFullYear(),V=A.getMonth(),k=A.getDate(),T=A.getHours(),C=A.getMinutes(),F=A.getSeconds(),R=M!=i&&d[2]||V!=m&&d[3]||k!=$&&d[4]||T!=f&&d[5]||C!=h&&d[6]||F!=w&&d[7]||d[1];return i=M,m=V,$=k,f=T,h=C,w=F,R(A)})}}function pd(e,t){let a=$o(t);return(n,l,s,r,d)=>l.map(i=>a(e(i)))}function Zl(e,t,a){return new Date(e,t,a)}function qs(e,t){return t(e)}var fd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Ys(e,t){return(a,n,l,s)=>s==null?uo:t(e(n))}function gd(e,t){let a=e.series[t];return a.width?a.stroke(e,t):a.points.width?a.points.stroke(e,t):null}function hd(e,t){return e.series[t].fill(e,t)}var $d={show:!0,live:!0,isolate:!1,mount:Nc,markers:{show:!0,width:2,stroke:gd,fill:hd,dash:"solid"},idx:null,idxs:null,values:[]};function bd(e,t){let a=e.cursor.points,n=Et(),l=a.size(e,t);_e(n,Ea,l),_e(n,Pa,l);let s=l/-2;_e(n,"marginLeft",s),_e(n,"marginTop",s);let r=a.width(e,t,l);return r&&_e(n,"borderWidth",r),n}function vd(e,t){let a=e.series[t].points;return a._fill||a._stroke}function yd(e,t){let a=e.series[t].points;return a._stroke||a._fill}function wd(e,t){return e.series[t].points.size}var Jl=[0,0];function kd(e,t,a){return Jl[0]=t,Jl[1]=a,Jl}function nl(e,t,a,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&a(l)}}function Ql(e,t,a,n=!0){return l=>{(!n||l.target==t)&&a(l)}}var xd={show:!0,x:!0,y:!0,lock:!1,move:kd,points:{one:!1,show:bd,size:wd,width:0,stroke:yd,fill:vd},bind:{mousedown:nl,mouseup:nl,click:nl,dblclick:nl,mousemove:Ql,mouseleave:Ql,mouseenter:Ql},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,a,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Dr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},vo=Ue({},Dr,{filter:gr}),Er=Ue({},vo,{size:10}),Pr=Ue({},Dr,{show:!1}),yo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Mr="bold "+yo,Rr=1.5,Zs={show:!0,scale:"x",stroke:co,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Mr,side:2,grid:vo,ticks:Er,border:Pr,font:yo,lineGap:Rr,rotate:0},Sd="Value",Cd="Time",Js={show:!0,scale:"x",auto:!1,sorted:1,min:ke,max:-ke,idxs:[]};function Td(e,t,a,n,l){return t.map(s=>s==null?"":go(s))}function Ad(e,t,a,n,l,s,r){let d=[],i=fn.get(l)||0;a=r?a:xe(cl(a,l),i);for(let m=a;m<=n;m=xe(m+l,i))d.push(Object.is(m,-0)?0:m);return d}function lo(e,t,a,n,l,s,r){let d=[],i=e.scales[e.axes[t].scale].log,m=i==10?tn:mr,$=wt(m(a));l=sa(i,$),i==10&&(l=An[Ft(l,An)]);let f=a,h=l*i;i==10&&(h=An[Ft(h,An)]);do d.push(f),f=f+l,i==10&&!fn.has(f)&&(f=xe(f,fn.get(l))),f>=h&&(l=f,h=l*i,i==10&&(h=An[Ft(h,An)]));while(f<=n);return d}function _d(e,t,a,n,l,s,r){let i=e.scales[e.axes[t].scale].asinh,m=n>i?lo(e,t,mt(i,a),n,l):[i],$=n>=0&&a<=0?[0]:[];return(a<-i?lo(e,t,mt(i,-n),-a,l):[i]).reverse().map(h=>-h).concat($,m)}var Lr=/./,Dd=/[12357]/,Ed=/[125]/,Qs=/1/,oo=(e,t,a,n)=>e.map((l,s)=>t==4&&l==0||s%n==0&&a.test(l.toExponential()[l<0?1:0])?l:null);function Pd(e,t,a,n,l){let s=e.axes[a],r=s.scale,d=e.scales[r],i=e.valToPos,m=s._space,$=i(10,r),f=i(9,r)-$>=m?Lr:i(7,r)-$>=m?Dd:i(5,r)-$>=m?Ed:Qs;if(f==Qs){let h=Ge(i(1,r)-$);if(h<m)return oo(t.slice().reverse(),d.distr,f,Pt(m/h)).reverse()}return oo(t,d.distr,f,1)}function Md(e,t,a,n,l){let s=e.axes[a],r=s.scale,d=s._space,i=e.valToPos,m=Ge(i(1,r)-i(2,r));return m<d?oo(t.slice().reverse(),3,Lr,Pt(d/m)).reverse():t}function Rd(e,t,a,n){return n==null?uo:t==null?"":go(t)}var Xs={show:!0,scale:"y",stroke:co,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Mr,side:3,grid:vo,ticks:Er,border:Pr,font:yo,lineGap:Rr,rotate:0};function Ld(e,t){let a=3+(e||1)*2;return xe(a*t,3)}function Id(e,t){let{scale:a,idxs:n}=e.series[0],l=e._data[0],s=e.valToPos(l[n[0]],a,!0),r=e.valToPos(l[n[1]],a,!0),d=Ge(r-s),i=e.series[t],m=d/(i.points.space*he);return n[1]-n[0]<=m}var er={scale:null,auto:!0,sorted:0,min:ke,max:-ke},Ir=(e,t,a,n,l)=>l,tr={show:!0,auto:!0,sorted:0,gaps:Ir,alpha:1,facets:[Ue({},er,{scale:"x"}),Ue({},er,{scale:"y"})]},nr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ir,alpha:1,points:{show:Id,filter:null},values:null,min:ke,max:-ke,idxs:[],path:null,clip:null};function Nd(e,t,a,n,l){return a/10}var Nr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},zd=Ue({},Nr,{time:!1,ori:1}),ar={};function zr(e,t){let a=ar[e];return a||(a={key:e,plots:[],sub(n){a.plots.push(n)},unsub(n){a.plots=a.plots.filter(l=>l!=n)},pub(n,l,s,r,d,i,m){for(let $=0;$<a.plots.length;$++)a.plots[$]!=l&&a.plots[$].pub(n,l,s,r,d,i,m)}},e!=null&&(ar[e]=a)),a}var ca=1,so=2;function Pn(e,t,a){let n=e.mode,l=e.series[t],s=n==2?e._data[t]:e._data,r=e.scales,d=e.bbox,i=s[0],m=n==2?s[1]:s[t],$=n==2?r[l.facets[0].scale]:r[e.series[0].scale],f=n==2?r[l.facets[1].scale]:r[l.scale],h=d.left,w=d.top,y=d.width,A=d.height,M=e.valToPosH,V=e.valToPosV;return $.ori==0?a(l,i,m,$,f,M,V,h,w,y,A,ml,ua,fl,Or,Ur):a(l,i,m,$,f,V,M,w,h,A,y,pl,ma,xo,Vr,Wr)}function wo(e,t){let a=0,n=0,l=fe(e.bands,ho);for(let s=0;s<l.length;s++){let r=l[s];r.series[0]==t?a=r.dir:r.series[1]==t&&(r.dir==1?n|=1:n|=2)}return[a,n==1?-1:n==2?1:n==3?2:0]}function Fd(e,t,a,n,l){let s=e.mode,r=e.series[t],d=s==2?r.facets[1].scale:r.scale,i=e.scales[d];return l==-1?i.min:l==1?i.max:i.distr==3?i.dir==1?i.min:i.max:0}function nn(e,t,a,n,l,s){return Pn(e,t,(r,d,i,m,$,f,h,w,y,A,M)=>{let V=r.pxRound,k=m.dir*(m.ori==0?1:-1),T=m.ori==0?ua:ma,C,F;k==1?(C=a,F=n):(C=n,F=a);let R=V(f(d[C],m,A,w)),ee=V(h(i[C],$,M,y)),Z=V(f(d[F],m,A,w)),te=V(h(s==1?$.max:$.min,$,M,y)),J=new Path2D(l);return T(J,Z,te),T(J,R,te),T(J,R,ee),J})}function ul(e,t,a,n,l,s){let r=null;if(e.length>0){r=new Path2D;let d=t==0?fl:xo,i=a;for(let f=0;f<e.length;f++){let h=e[f];if(h[1]>h[0]){let w=h[0]-i;w>0&&d(r,i,n,w,n+s),i=h[1]}}let m=a+l-i,$=10;m>0&&d(r,i,n-$/2,m,n+s+$)}return r}function Od(e,t,a){let n=e[e.length-1];n&&n[0]==t?n[1]=a:e.push([t,a])}function ko(e,t,a,n,l,s,r){let d=[],i=e.length;for(let m=l==1?a:n;m>=a&&m<=n;m+=l)if(t[m]===null){let f=m,h=m;if(l==1)for(;++m<=n&&t[m]===null;)h=m;else for(;--m>=a&&t[m]===null;)h=m;let w=s(e[f]),y=h==f?w:s(e[h]),A=f-l;w=r<=0&&A>=0&&A<i?s(e[A]):w;let V=h+l;y=r>=0&&V>=0&&V<i?s(e[V]):y,y>=w&&d.push([w,y])}return d}function lr(e){return e==0?fr:e==1?He:t=>Tn(t,e)}function Fr(e){let t=e==0?ml:pl,a=e==0?(l,s,r,d,i,m)=>{l.arcTo(s,r,d,i,m)}:(l,s,r,d,i,m)=>{l.arcTo(r,s,i,d,m)},n=e==0?(l,s,r,d,i)=>{l.rect(s,r,d,i)}:(l,s,r,d,i)=>{l.rect(r,s,i,d)};return(l,s,r,d,i,m=0,$=0)=>{m==0&&$==0?n(l,s,r,d,i):(m=Ot(m,d/2,i/2),$=Ot($,d/2,i/2),t(l,s+m,r),a(l,s+d,r,s+d,r+i,m),a(l,s+d,r+i,s,r+i,$),a(l,s,r+i,s,r,$),a(l,s,r,s+d,r,m),l.closePath())}}var ml=(e,t,a)=>{e.moveTo(t,a)},pl=(e,t,a)=>{e.moveTo(a,t)},ua=(e,t,a)=>{e.lineTo(t,a)},ma=(e,t,a)=>{e.lineTo(a,t)},fl=Fr(0),xo=Fr(1),Or=(e,t,a,n,l,s)=>{e.arc(t,a,n,l,s)},Vr=(e,t,a,n,l,s)=>{e.arc(a,t,n,l,s)},Ur=(e,t,a,n,l,s,r)=>{e.bezierCurveTo(t,a,n,l,s,r)},Wr=(e,t,a,n,l,s,r)=>{e.bezierCurveTo(a,t,l,n,r,s)};function Br(e){return(t,a,n,l,s)=>Pn(t,a,(r,d,i,m,$,f,h,w,y,A,M)=>{let{pxRound:V,points:k}=r,T,C;m.ori==0?(T=ml,C=Or):(T=pl,C=Vr);let F=xe(k.width*he,3),R=(k.size-k.width)/2*he,ee=xe(R*2,3),Z=new Path2D,te=new Path2D,{left:J,top:P,width:ae,height:W}=t.bbox;fl(te,J-ee,P-ee,ae+ee*2,W+ee*2);let Y=G=>{if(i[G]!=null){let de=V(f(d[G],m,A,w)),O=V(h(i[G],$,M,y));T(Z,de+R,O),C(Z,de,O,R,0,al*2)}};if(s)s.forEach(Y);else for(let G=n;G<=l;G++)Y(G);return{stroke:F>0?Z:null,fill:Z,clip:te,flags:ca|so}})}function Hr(e){return(t,a,n,l,s,r)=>{n!=l&&(s!=n&&r!=n&&e(t,a,n),s!=l&&r!=l&&e(t,a,l),e(t,a,r))}}var Vd=Hr(ua),Ud=Hr(ma);function Gr(e){let t=fe(e?.alignGaps,0);return(a,n,l,s)=>Pn(a,n,(r,d,i,m,$,f,h,w,y,A,M)=>{[l,s]=rl(i,l,s);let V=r.pxRound,k=W=>V(f(W,m,A,w)),T=W=>V(h(W,$,M,y)),C,F;m.ori==0?(C=ua,F=Vd):(C=ma,F=Ud);let R=m.dir*(m.ori==0?1:-1),ee={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ca},Z=ee.stroke,te=!1;if(s-l>=A*4){let W=B=>a.posToVal(B,m.key,!0),Y=null,G=null,de,O,tt,ye=k(d[R==1?l:s]),U=k(d[l]),se=k(d[s]),re=W(R==1?U+1:se-1);for(let B=R==1?l:s;B>=l&&B<=s;B+=R){let We=d[B],De=(R==1?We<re:We>re)?ye:k(We),$e=i[B];De==ye?$e!=null?(O=$e,Y==null?(C(Z,De,T(O)),de=Y=G=O):O<Y?Y=O:O>G&&(G=O)):$e===null&&(te=!0):(Y!=null&&F(Z,ye,T(Y),T(G),T(de),T(O)),$e!=null?(O=$e,C(Z,De,T(O)),Y=G=de=O):(Y=G=null,$e===null&&(te=!0)),ye=De,re=W(ye+R))}Y!=null&&Y!=G&&tt!=ye&&F(Z,ye,T(Y),T(G),T(de),T(O))}else for(let W=R==1?l:s;W>=l&&W<=s;W+=R){let Y=i[W];Y===null?te=!0:Y!=null&&C(Z,k(d[W]),T(Y))}let[P,ae]=wo(a,n);if(r.fill!=null||P!=0){let W=ee.fill=new Path2D(Z),Y=r.fillTo(a,n,r.min,r.max,P),G=T(Y),de=k(d[l]),O=k(d[s]);R==-1&&([O,de]=[de,O]),C(W,O,G),C(W,de,G)}if(!r.spanGaps){let W=[];te&&W.push(...ko(d,i,l,s,R,k,t)),ee.gaps=W=r.gaps(a,n,l,s,W),ee.clip=ul(W,m.ori,w,y,A,M)}return ae!=0&&(ee.band=ae==2?[nn(a,n,l,s,Z,-1),nn(a,n,l,s,Z,1)]:nn(a,n,l,s,Z,ae)),ee})}function Wd(e){let t=fe(e.align,1),a=fe(e.ascDesc,!1),n=fe(e.alignGaps,0),l=fe(e.extend,!1);return(s,r,d,i)=>Pn(s,r,(m,$,f,h,w,y,A,M,V,k,T)=>{[d,i]=rl(f,d,i);let C=m.pxRound,{left:F,width:R}=s.bbox,ee=U=>C(y(U,h,k,M)),Z=U=>C(A(U,w,T,V)),te=h.ori==0?ua:ma,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ca},P=J.stroke,ae=h.dir*(h.ori==0?1:-1),W=Z(f[ae==1?d:i]),Y=ee($[ae==1?d:i]),G=Y,de=Y;l&&t==-1&&(de=F,te(P,de,W)),te(P,Y,W);for(let U=ae==1?d:i;U>=d&&U<=i;U+=ae){let se=f[U];if(se==null)continue;let re=ee($[U]),B=Z(se);t==1?te(P,re,W):te(P,G,B),te(P,re,B),W=B,G=re}let O=G;l&&t==1&&(O=F+R,te(P,O,W));let[tt,ye]=wo(s,r);if(m.fill!=null||tt!=0){let U=J.fill=new Path2D(P),se=m.fillTo(s,r,m.min,m.max,tt),re=Z(se);te(U,O,re),te(U,de,re)}if(!m.spanGaps){let U=[];U.push(...ko($,f,d,i,ae,ee,n));let se=m.width*he/2,re=a||t==1?se:-se,B=a||t==-1?-se:se;U.forEach(We=>{We[0]+=re,We[1]+=B}),J.gaps=U=m.gaps(s,r,d,i,U),J.clip=ul(U,h.ori,M,V,k,T)}return ye!=0&&(J.band=ye==2?[nn(s,r,d,i,P,-1),nn(s,r,d,i,P,1)]:nn(s,r,d,i,P,ye)),J})}function or(e,t,a,n,l,s,r=ke){if(e.length>1){let d=null;for(let i=0,m=1/0;i<e.length;i++)if(t[i]!==void 0){if(d!=null){let $=Ge(e[i]-e[d]);$<m&&(m=$,r=Ge(a(e[i],n,l,s)-a(e[d],n,l,s)))}d=i}}return r}function Bd(e){e=e||La;let t=fe(e.size,[.6,ke,1]),a=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let s=me(l),r=1-t[0],d=fe(t[1],ke),i=fe(t[2],1),m=fe(e.disp,La),$=fe(e.each,w=>{}),{fill:f,stroke:h}=m;return(w,y,A,M)=>Pn(w,y,(V,k,T,C,F,R,ee,Z,te,J,P)=>{let ae=V.pxRound,W=a,Y=n*he,G=d*he,de=i*he,O,tt;C.ori==0?[O,tt]=s(w,y):[tt,O]=s(w,y);let ye=C.dir*(C.ori==0?1:-1),U=C.ori==0?fl:xo,se=C.ori==0?$:(N,Se,Be,zn,bn,Bt,vn)=>{$(N,Se,Be,bn,zn,vn,Bt)},re=fe(w.bands,ho).find(N=>N.series[0]==y),B=re!=null?re.dir:0,We=V.fillTo(w,y,V.min,V.max,B),ot=ae(ee(We,F,P,te)),De,$e,Mt,gt=J,Me=ae(V.width*he),Wt=!1,Qt=null,xt=null,ln=null,Ln=null;f!=null&&(Me==0||h!=null)&&(Wt=!0,Qt=f.values(w,y,A,M),xt=new Map,new Set(Qt).forEach(N=>{N!=null&&xt.set(N,new Path2D)}),Me>0&&(ln=h.values(w,y,A,M),Ln=new Map,new Set(ln).forEach(N=>{N!=null&&Ln.set(N,new Path2D)})));let{x0:In,size:ga}=m;if(In!=null&&ga!=null){W=1,k=In.values(w,y,A,M),In.unit==2&&(k=k.map(Be=>w.posToVal(Z+Be*J,C.key,!0)));let N=ga.values(w,y,A,M);ga.unit==2?$e=N[0]*J:$e=R(N[0],C,J,Z)-R(0,C,J,Z),gt=or(k,T,R,C,J,Z,gt),Mt=gt-$e+Y}else gt=or(k,T,R,C,J,Z,gt),Mt=gt*r+Y,$e=gt-Mt;Mt<1&&(Mt=0),Me>=$e/2&&(Me=0),Mt<5&&(ae=fr);let Oa=Mt>0,hn=gt-Mt-(Oa?Me:0);$e=ae(ao(hn,de,G)),De=(W==0?$e/2:W==ye?0:$e)-W*ye*((W==0?Y/2:0)+(Oa?Me/2:0));let st={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Nn=Wt?null:new Path2D,Xt=null;if(re!=null)Xt=w.data[re.series[1]];else{let{y0:N,y1:Se}=m;N!=null&&Se!=null&&(T=Se.values(w,y,A,M),Xt=N.values(w,y,A,M))}let $n=O*$e,oe=tt*$e;for(let N=ye==1?A:M;N>=A&&N<=M;N+=ye){let Se=T[N];if(Se==null)continue;if(Xt!=null){let pt=Xt[N]??0;if(Se-pt==0)continue;ot=ee(pt,F,P,te)}let Be=C.distr!=2||m!=null?k[N]:N,zn=R(Be,C,J,Z),bn=ee(fe(Se,We),F,P,te),Bt=ae(zn-De),vn=ae(mt(bn,ot)),ht=ae(Ot(bn,ot)),St=vn-ht;if(Se!=null){let pt=Se<0?oe:$n,Rt=Se<0?$n:oe;Wt?(Me>0&&ln[N]!=null&&U(Ln.get(ln[N]),Bt,ht+wt(Me/2),$e,mt(0,St-Me),pt,Rt),Qt[N]!=null&&U(xt.get(Qt[N]),Bt,ht+wt(Me/2),$e,mt(0,St-Me),pt,Rt)):U(Nn,Bt,ht+wt(Me/2),$e,mt(0,St-Me),pt,Rt),se(w,y,N,Bt-Me/2,ht,$e+Me,St)}}return Me>0?st.stroke=Wt?Ln:Nn:Wt||(st._fill=V.width==0?V._fill:V._stroke??V._fill,st.width=0),st.fill=Wt?xt:Nn,st})}function Hd(e,t){let a=fe(t?.alignGaps,0);return(n,l,s,r)=>Pn(n,l,(d,i,m,$,f,h,w,y,A,M,V)=>{[s,r]=rl(m,s,r);let k=d.pxRound,T=O=>k(h(O,$,M,y)),C=O=>k(w(O,f,V,A)),F,R,ee;$.ori==0?(F=ml,ee=ua,R=Ur):(F=pl,ee=ma,R=Wr);let Z=$.dir*($.ori==0?1:-1),te=T(i[Z==1?s:r]),J=te,P=[],ae=[];for(let O=Z==1?s:r;O>=s&&O<=r;O+=Z)if(m[O]!=null){let ye=i[O],U=T(ye);P.push(J=U),ae.push(C(m[O]))}let W={stroke:e(P,ae,F,ee,R,k),fill:null,clip:null,band:null,gaps:null,flags:ca},Y=W.stroke,[G,de]=wo(n,l);if(d.fill!=null||G!=0){let O=W.fill=new Path2D(Y),tt=d.fillTo(n,l,d.min,d.max,G),ye=C(tt);ee(O,J,ye),ee(O,te,ye)}if(!d.spanGaps){let O=[];O.push(...ko(i,m,s,r,Z,T,a)),W.gaps=O=d.gaps(n,l,s,r,O),W.clip=ul(O,$.ori,y,A,M,V)}return de!=0&&(W.band=de==2?[nn(n,l,s,r,Y,-1),nn(n,l,s,r,Y,1)]:nn(n,l,s,r,Y,de)),W})}function Gd(e){return Hd(jd,e)}function jd(e,t,a,n,l,s){let r=e.length;if(r<2)return null;let d=new Path2D;if(a(d,e[0],t[0]),r==2)n(d,e[1],t[1]);else{let i=Array(r),m=Array(r-1),$=Array(r-1),f=Array(r-1);for(let h=0;h<r-1;h++)$[h]=t[h+1]-t[h],f[h]=e[h+1]-e[h],m[h]=$[h]/f[h];i[0]=m[0];for(let h=1;h<r-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?i[h]=0:(i[h]=3*(f[h-1]+f[h])/((2*f[h]+f[h-1])/m[h-1]+(f[h]+2*f[h-1])/m[h]),isFinite(i[h])||(i[h]=0));i[r-1]=m[r-2];for(let h=0;h<r-1;h++)l(d,e[h]+f[h]/3,t[h]+i[h]*f[h]/3,e[h+1]-f[h]/3,t[h+1]-i[h+1]*f[h]/3,e[h+1],t[h+1])}return d}var ro=new Set;function sr(){for(let e of ro)e.syncRect(!0)}da&&(Dn(Tc,oa,sr),Dn(Ac,oa,sr,!0),Dn(ll,oa,()=>{Qe.pxRatio=he}));var Kd=Gr(),qd=Br();function rr(e,t,a,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,r)=>io(s,r,t,a))}function Yd(e,t){return e.map((a,n)=>n==0?{}:Ue({},t,a))}function io(e,t,a,n){return Ue({},t==0?a:n,e)}function jr(e,t,a){return t==null?ra:[t,a]}var Zd=jr;function Jd(e,t,a){return t==null?ra:ol(t,a,fo,!0)}function Kr(e,t,a,n){return t==null?ra:il(t,a,e.scales[n].log,!1)}var Qd=Kr;function qr(e,t,a,n){return t==null?ra:po(t,a,e.scales[n].log,!1)}var Xd=qr;function eu(e,t,a,n,l){let s=mt(Os(e),Os(t)),r=t-e,d=Ft(l/n*r,a);do{let i=a[d],m=n*i/r;if(m>=l&&s+(i<5?fn.get(i):0)<=17)return[i,m]}while(++d<a.length);return[0,0]}function ir(e){let t,a;return e=e.replace(/(\d+)px/,(n,l)=>(t=He((a=+l)*he))+"px"),[e,t,a]}function tu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let a=xe(t[2]*he,1);t[0]=t[0].replace(/[0-9.]+px/,a+"px"),t[1]=a})}function Qe(e,t,a){let n={mode:fe(e.mode,1)},l=n.mode;function s(o,c,p,g){let b=c.valToPct(o);return g+p*(c.dir==-1?1-b:b)}function r(o,c,p,g){let b=c.valToPct(o);return g+p*(c.dir==-1?b:1-b)}function d(o,c,p,g){return c.ori==0?s(o,c,p,g):r(o,c,p,g)}n.valToPosH=s,n.valToPosV=r;let i=!1;n.status=0;let m=n.root=Et(ic);if(e.id!=null&&(m.id=e.id),yt(m,e.class),e.title){let o=Et(uc,m);o.textContent=e.title}let $=zt("canvas"),f=n.ctx=$.getContext("2d"),h=Et(mc,m);Dn("click",h,o=>{o.target===y&&(Ce!=qn||Ee!=Yn)&&et.click(n,o)},!0);let w=n.under=Et(pc,h);h.appendChild($);let y=n.over=Et(fc,h);e=ia(e);let A=+fe(e.pxAlign,1),M=lr(A);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(n,e)||e)});let V=e.ms||.001,k=n.series=l==1?rr(e.series||[],Js,nr,!1):Yd(e.series||[null],tr),T=n.axes=rr(e.axes||[],Zs,Xs,!0),C=n.scales={},F=n.bands=e.bands||[];F.forEach(o=>{o.fill=me(o.fill||null),o.dir=fe(o.dir,-1)});let R=l==2?k[1].facets[0].scale:k[0].scale,ee={axes:Fi,series:Ri},Z=(e.drawOrder||["axes","series"]).map(o=>ee[o]);function te(o){let c=o.distr==3?p=>tn(p>0?p:o.clamp(n,p,o.min,o.max,o.key)):o.distr==4?p=>Yl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let g=c(p),{_min:b,_max:v}=o,x=v-b;return(g-b)/x}}function J(o){let c=C[o];if(c==null){let p=(e.scales||La)[o]||La;if(p.from!=null){J(p.from);let g=Ue({},C[p.from],p,{key:o});g.valToPct=te(g),C[o]=g}else{c=C[o]=Ue({},o==R?Nr:zd,p),c.key=o;let g=c.time,b=c.range,v=pn(b);if((o!=R||l==2&&!g)&&(v&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Ns:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Ns:{mode:1,hard:b[1],soft:b[1]}},v=!1),!v&&dl(b))){let x=b;b=(_,D,L)=>D==null?ra:ol(D,L,x)}c.range=me(b||(g?Zd:o==R?c.distr==3?Qd:c.distr==4?Xd:jr:c.distr==3?Kr:c.distr==4?qr:Jd)),c.auto=me(v?!1:c.auto),c.clamp=me(c.clamp||Nd),c._min=c._max=null,c.valToPct=te(c)}}}J("x"),J("y"),l==1&&k.forEach(o=>{J(o.scale)}),T.forEach(o=>{J(o.scale)});for(let o in e.scales)J(o);let P=C[R],ae=P.distr,W,Y;P.ori==0?(yt(m,cc),W=s,Y=r):(yt(m,dc),W=r,Y=s);let G={};for(let o in C){let c=C[o];(c.min!=null||c.max!=null)&&(G[o]={min:c.min,max:c.max},c.min=c.max=null)}let de=e.tzDate||(o=>new Date(He(o/V))),O=e.fmtDate||$o,tt=V==1?cd(de):md(de),ye=Ks(de,js(V==1?id:ud,O)),U=Ys(de,qs(fd,O)),se=[],re=n.legend=Ue({},$d,e.legend),B=n.cursor=Ue({},xd,{drag:{y:l==2}},e.cursor),We=re.show,ot=B.show,De=re.markers;re.idxs=se,De.width=me(De.width),De.dash=me(De.dash),De.stroke=me(De.stroke),De.fill=me(De.fill);let $e,Mt,gt,Me=[],Wt=[],Qt,xt=!1,ln={};if(re.live){let o=k[1]?k[1].values:null;xt=o!=null,Qt=xt?o(n,1,0):{_:0};for(let c in Qt)ln[c]=uo}if(We)if($e=zt("table",yc,m),gt=zt("tbody",null,$e),re.mount(n,$e),xt){Mt=zt("thead",null,$e,gt);let o=zt("tr",null,Mt);zt("th",null,o);for(var Ln in Qt)zt("th",xs,o).textContent=Ln}else yt($e,kc),re.live&&yt($e,wc);let In={show:!0},ga={show:!1};function Oa(o,c){if(c==0&&(xt||!re.live||l==2))return ra;let p=[],g=zt("tr",xc,gt,gt.childNodes[c]);yt(g,o.class),o.show||yt(g,_n);let b=zt("th",null,g);if(De.show){let _=Et(Sc,b);if(c>0){let D=De.width(n,c);D&&(_.style.border=D+"px "+De.dash(n,c)+" "+De.stroke(n,c)),_.style.background=De.fill(n,c)}}let v=Et(xs,b);o.label instanceof HTMLElement?v.appendChild(o.label):v.textContent=o.label,c>0&&(De.show||(v.style.color=o.width>0?De.stroke(n,c):De.fill(n,c)),st("click",b,_=>{if(B._lock)return;wn(_);let D=k.indexOf(o);if((_.ctrlKey||_.metaKey)!=re.isolate){let L=k.some((I,z)=>z>0&&z!=D&&I.show);k.forEach((I,z)=>{z>0&&Gt(z,L?z==D?In:ga:In,!0,Oe.setSeries)})}else Gt(D,{show:!o.show},!0,Oe.setSeries)},!1),On&&st(As,b,_=>{B._lock||(wn(_),Gt(k.indexOf(o),Jn,!0,Oe.setSeries))},!1));for(var x in Qt){let _=zt("td",Cc,g);_.textContent="--",p.push(_)}return[g,p]}let hn=new Map;function st(o,c,p,g=!0){let b=hn.get(c)||{},v=B.bind[o](n,c,p,g);v&&(Dn(o,c,b[o]=v),hn.set(c,b))}function Nn(o,c,p){let g=hn.get(c)||{};for(let b in g)(o==null||b==o)&&(no(b,c,g[b]),delete g[b]);o==null&&hn.delete(c)}let Xt=0,$n=0,oe=0,N=0,Se=0,Be=0,zn=Se,bn=Be,Bt=oe,vn=N,ht=0,St=0,pt=0,Rt=0;n.bbox={};let $l=!1,Va=!1,Fn=!1,yn=!1,Ua=!1,Ct=!1;function bl(o,c,p){(p||o!=n.width||c!=n.height)&&Mo(o,c),Hn(!1),Fn=!0,Va=!0,Gn()}function Mo(o,c){n.width=Xt=oe=o,n.height=$n=N=c,Se=Be=0,Ti(),Ai();let p=n.bbox;ht=p.left=Tn(Se*he,.5),St=p.top=Tn(Be*he,.5),pt=p.width=Tn(oe*he,.5),Rt=p.height=Tn(N*he,.5)}let xi=3;function Si(){let o=!1,c=0;for(;!o;){c++;let p=Ni(c),g=zi(c);o=c==xi||p&&g,o||(Mo(n.width,n.height),Va=!0)}}function Ci({width:o,height:c}){bl(o,c)}n.setSize=Ci;function Ti(){let o=!1,c=!1,p=!1,g=!1;T.forEach((b,v)=>{if(b.show&&b._show){let{side:x,_size:_}=b,D=x%2,L=b.label!=null?b.labelSize:0,I=_+L;I>0&&(D?(oe-=I,x==3?(Se+=I,g=!0):p=!0):(N-=I,x==0?(Be+=I,o=!0):c=!0))}}),kn[0]=o,kn[1]=p,kn[2]=c,kn[3]=g,oe-=on[1]+on[3],Se+=on[3],N-=on[2]+on[0],Be+=on[0]}function Ai(){let o=Se+oe,c=Be+N,p=Se,g=Be;function b(v,x){switch(v){case 1:return o+=x,o-x;case 2:return c+=x,c-x;case 3:return p-=x,p+x;case 0:return g-=x,g+x}}T.forEach((v,x)=>{if(v.show&&v._show){let _=v.side;v._pos=b(_,v._size),v.label!=null&&(v._lpos=b(_,v.labelSize))}})}if(B.dataIdx==null){let o=B.hover,c=o.skip=new Set(o.skip??[]);c.add(void 0);let p=o.prox=me(o.prox),g=o.bias??(o.bias=0);B.dataIdx=(b,v,x,_)=>{if(v==0)return x;let D=x,L=p(b,v,x,_)??ke,I=L>=0&&L<ke,z=P.ori==0?oe:N,Q=B.left,ge=t[0],pe=t[v];if(c.has(pe[x])){D=null;let ue=null,K=null,H;if(g==0||g==-1)for(H=x;ue==null&&H-- >0;)c.has(pe[H])||(ue=H);if(g==0||g==1)for(H=x;K==null&&H++<pe.length;)c.has(pe[H])||(K=H);if(ue!=null||K!=null)if(I){let Ae=ue==null?-1/0:W(ge[ue],P,z,0),Le=K==null?1/0:W(ge[K],P,z,0),Je=Q-Ae,we=Le-Q;Je<=we?Je<=L&&(D=ue):we<=L&&(D=K)}else D=K==null?ue:ue==null?K:x-ue<=K-x?ue:K}else I&&Ge(Q-W(ge[x],P,z,0))>L&&(D=null);return D}}let wn=o=>{B.event=o};B.idxs=se,B._lock=!1;let nt=B.points;nt.show=me(nt.show),nt.size=me(nt.size),nt.stroke=me(nt.stroke),nt.width=me(nt.width),nt.fill=me(nt.fill);let Ht=n.focus=Ue({},e.focus||{alpha:.3},B.focus),On=Ht.prox>=0,Vn=On&&nt.one,Tt=[],Un=[],Wn=[];function Ro(o,c){let p=nt.show(n,c);if(p instanceof HTMLElement)return yt(p,vc),yt(p,o.class),Jt(p,-10,-10,oe,N),y.insertBefore(p,Tt[c]),p}function Lo(o,c){if(l==1||c>0){let p=l==1&&C[o.scale].time,g=o.value;o.value=p?Ws(g)?Ys(de,qs(g,O)):g||U:g||Rd,o.label=o.label||(p?Cd:Sd)}if(Vn||c>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Kd||zc,o.fillTo=me(o.fillTo||Fd),o.pxAlign=+fe(o.pxAlign,A),o.pxRound=lr(o.pxAlign),o.stroke=me(o.stroke||null),o.fill=me(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=Ld(mt(1,o.width),1),g=o.points=Ue({},{size:p,width:mt(1,p*.2),stroke:o.stroke,space:p*2,paths:qd,_stroke:null,_fill:null},o.points);g.show=me(g.show),g.filter=me(g.filter),g.fill=me(g.fill),g.stroke=me(g.stroke),g.paths=me(g.paths),g.pxAlign=o.pxAlign}if(We){let p=Oa(o,c);Me.splice(c,0,p[0]),Wt.splice(c,0,p[1]),re.values.push(null)}if(ot){se.splice(c,0,null);let p=null;Vn?c==0&&(p=Ro(o,c)):c>0&&(p=Ro(o,c)),Tt.splice(c,0,p),Un.splice(c,0,0),Wn.splice(c,0,0)}Ze("addSeries",c)}function _i(o,c){c=c??k.length,o=l==1?io(o,c,Js,nr):io(o,c,{},tr),k.splice(c,0,o),Lo(k[c],c)}n.addSeries=_i;function Di(o){if(k.splice(o,1),We){re.values.splice(o,1),Wt.splice(o,1);let c=Me.splice(o,1)[0];Nn(null,c.firstChild),c.remove()}ot&&(se.splice(o,1),Tt.splice(o,1)[0].remove(),Un.splice(o,1),Wn.splice(o,1)),Ze("delSeries",o)}n.delSeries=Di;let kn=[!1,!1,!1,!1];function Ei(o,c){if(o._show=o.show,o.show){let p=o.side%2,g=C[o.scale];g==null&&(o.scale=p?k[1].scale:R,g=C[o.scale]);let b=g.time;o.size=me(o.size),o.space=me(o.space),o.rotate=me(o.rotate),pn(o.incrs)&&o.incrs.forEach(x=>{!fn.has(x)&&fn.set(x,$r(x))}),o.incrs=me(o.incrs||(g.distr==2?od:b?V==1?rd:dd:An)),o.splits=me(o.splits||(b&&g.distr==1?tt:g.distr==3?lo:g.distr==4?_d:Ad)),o.stroke=me(o.stroke),o.grid.stroke=me(o.grid.stroke),o.ticks.stroke=me(o.ticks.stroke),o.border.stroke=me(o.border.stroke);let v=o.values;o.values=pn(v)&&!pn(v[0])?me(v):b?pn(v)?Ks(de,js(v,O)):Ws(v)?pd(de,v):v||ye:v||Td,o.filter=me(o.filter||(g.distr>=3&&g.log==10?Pd:g.distr==3&&g.log==2?Md:gr)),o.font=ir(o.font),o.labelFont=ir(o.labelFont),o._size=o.size(n,null,c,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(kn[c]=!0,o._el=Et(gc,h))}}function ha(o,c,p,g){let[b,v,x,_]=p,D=c%2,L=0;return D==0&&(_||v)&&(L=c==0&&!b||c==2&&!x?He(Zs.size/3):0),D==1&&(b||x)&&(L=c==1&&!v||c==3&&!_?He(Xs.size/2):0),L}let Io=n.padding=(e.padding||[ha,ha,ha,ha]).map(o=>me(fe(o,ha))),on=n._padding=Io.map((o,c)=>o(n,c,kn,0)),Xe,je=null,Ke=null,Wa=l==1?k[0].idxs:null,Lt=null,$a=!1;function No(o,c){if(t=o??[],n.data=n._data=t,l==2){Xe=0;for(let p=1;p<k.length;p++)Xe+=t[p][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Lt=t[0],Xe=Lt.length;let p=t;if(ae==2){p=t.slice();let g=p[0]=Array(Xe);for(let b=0;b<Xe;b++)g[b]=b}n._data=t=p}if(Hn(!0),Ze("setData"),ae==2&&(Fn=!0),c!==!1){let p=P;p.auto(n,$a)?vl():rn(R,p.min,p.max),yn=yn||B.left>=0,Ct=!0,Gn()}}n.setData=No;function vl(){$a=!0;let o,c;l==1&&(Xe>0?(je=Wa[0]=0,Ke=Wa[1]=Xe-1,o=t[0][je],c=t[0][Ke],ae==2?(o=je,c=Ke):o==c&&(ae==3?[o,c]=il(o,o,P.log,!1):ae==4?[o,c]=po(o,o,P.log,!1):P.time?c=o+He(86400/V):[o,c]=ol(o,c,fo,!0))):(je=Wa[0]=o=null,Ke=Wa[1]=c=null)),rn(R,o,c)}let Ba,Bn,yl,wl,kl,xl,Sl,Cl,Tl,ft;function zo(o,c,p,g,b,v){o??(o=Cs),p??(p=ho),g??(g="butt"),b??(b=Cs),v??(v="round"),o!=Ba&&(f.strokeStyle=Ba=o),b!=Bn&&(f.fillStyle=Bn=b),c!=yl&&(f.lineWidth=yl=c),v!=kl&&(f.lineJoin=kl=v),g!=xl&&(f.lineCap=xl=g),p!=wl&&f.setLineDash(wl=p)}function Fo(o,c,p,g){c!=Bn&&(f.fillStyle=Bn=c),o!=Sl&&(f.font=Sl=o),p!=Cl&&(f.textAlign=Cl=p),g!=Tl&&(f.textBaseline=Tl=g)}function Al(o,c,p,g,b=0){if(g.length>0&&o.auto(n,$a)&&(c==null||c.min==null)){let v=fe(je,0),x=fe(Ke,g.length-1),_=p.min==null?Pc(g,v,x,b,o.distr==3):[p.min,p.max];o.min=Ot(o.min,p.min=_[0]),o.max=mt(o.max,p.max=_[1])}}let Oo={min:null,max:null};function Pi(){for(let g in C){let b=C[g];G[g]==null&&(b.min==null||G[R]!=null&&b.auto(n,$a))&&(G[g]=Oo)}for(let g in C){let b=C[g];G[g]==null&&b.from!=null&&G[b.from]!=null&&(G[g]=Oo)}G[R]!=null&&Hn(!0);let o={};for(let g in G){let b=G[g];if(b!=null){let v=o[g]=ia(C[g],Vc);if(b.min!=null)Ue(v,b);else if(g!=R||l==2)if(Xe==0&&v.from==null){let x=v.range(n,null,null,g);v.min=x[0],v.max=x[1]}else v.min=ke,v.max=-ke}}if(Xe>0){k.forEach((g,b)=>{if(l==1){let v=g.scale,x=G[v];if(x==null)return;let _=o[v];if(b==0){let D=_.range(n,_.min,_.max,v);_.min=D[0],_.max=D[1],je=Ft(_.min,t[0]),Ke=Ft(_.max,t[0]),Ke-je>1&&(t[0][je]<_.min&&je++,t[0][Ke]>_.max&&Ke--),g.min=Lt[je],g.max=Lt[Ke]}else g.show&&g.auto&&Al(_,x,g,t[b],g.sorted);g.idxs[0]=je,g.idxs[1]=Ke}else if(b>0&&g.show&&g.auto){let[v,x]=g.facets,_=v.scale,D=x.scale,[L,I]=t[b],z=o[_],Q=o[D];z!=null&&Al(z,G[_],v,L,v.sorted),Q!=null&&Al(Q,G[D],x,I,x.sorted),g.min=x.min,g.max=x.max}});for(let g in o){let b=o[g],v=G[g];if(b.from==null&&(v==null||v.min==null)){let x=b.range(n,b.min==ke?null:b.min,b.max==-ke?null:b.max,g);b.min=x[0],b.max=x[1]}}}for(let g in o){let b=o[g];if(b.from!=null){let v=o[b.from];if(v.min==null)b.min=b.max=null;else{let x=b.range(n,v.min,v.max,g);b.min=x[0],b.max=x[1]}}}let c={},p=!1;for(let g in o){let b=o[g],v=C[g];if(v.min!=b.min||v.max!=b.max){v.min=b.min,v.max=b.max;let x=v.distr;v._min=x==3?tn(v.min):x==4?Yl(v.min,v.asinh):x==100?v.fwd(v.min):v.min,v._max=x==3?tn(v.max):x==4?Yl(v.max,v.asinh):x==100?v.fwd(v.max):v.max,c[g]=p=!0}}if(p){k.forEach((g,b)=>{l==2?b>0&&c.y&&(g._paths=null):c[g.scale]&&(g._paths=null)});for(let g in c)Fn=!0,Ze("setScale",g);ot&&B.left>=0&&(yn=Ct=!0)}for(let g in G)G[g]=null}function Mi(o){let c=ao(je-1,0,Xe-1),p=ao(Ke+1,0,Xe-1);for(;o[c]==null&&c>0;)c--;for(;o[p]==null&&p<Xe-1;)p++;return[c,p]}function Ri(){if(Xe>0){let o=k.some(c=>c._focus)&&ft!=Ht.alpha;o&&(f.globalAlpha=ft=Ht.alpha),k.forEach((c,p)=>{if(p>0&&c.show&&(Vo(p,!1),Vo(p,!0),c._paths==null)){let g=ft;ft!=c.alpha&&(f.globalAlpha=ft=c.alpha);let b=l==2?[0,t[p][0].length-1]:Mi(t[p]);c._paths=c.paths(n,p,b[0],b[1]),ft!=g&&(f.globalAlpha=ft=g)}}),k.forEach((c,p)=>{if(p>0&&c.show){let g=ft;ft!=c.alpha&&(f.globalAlpha=ft=c.alpha),c._paths!=null&&Uo(p,!1);{let b=c._paths!=null?c._paths.gaps:null,v=c.points.show(n,p,je,Ke,b),x=c.points.filter(n,p,v,b);(v||x)&&(c.points._paths=c.points.paths(n,p,je,Ke,x),Uo(p,!0))}ft!=g&&(f.globalAlpha=ft=g),Ze("drawSeries",p)}}),o&&(f.globalAlpha=ft=1)}}function Vo(o,c){let p=c?k[o].points:k[o];p._stroke=p.stroke(n,o),p._fill=p.fill(n,o)}function Uo(o,c){let p=c?k[o].points:k[o],{stroke:g,fill:b,clip:v,flags:x,_stroke:_=p._stroke,_fill:D=p._fill,_width:L=p.width}=p._paths;L=xe(L*he,3);let I=null,z=L%2/2;c&&D==null&&(D=L>0?"#fff":_);let Q=p.pxAlign==1&&z>0;if(Q&&f.translate(z,z),!c){let ge=ht-L/2,pe=St-L/2,ue=pt+L,K=Rt+L;I=new Path2D,I.rect(ge,pe,ue,K)}c?_l(_,L,p.dash,p.cap,D,g,b,x,v):Li(o,_,L,p.dash,p.cap,D,g,b,x,I,v),Q&&f.translate(-z,-z)}function Li(o,c,p,g,b,v,x,_,D,L,I){let z=!1;D!=0&&F.forEach((Q,ge)=>{if(Q.series[0]==o){let pe=k[Q.series[1]],ue=t[Q.series[1]],K=(pe._paths||La).band;pn(K)&&(K=Q.dir==1?K[0]:K[1]);let H,Ae=null;pe.show&&K&&Rc(ue,je,Ke)?(Ae=Q.fill(n,ge)||v,H=pe._paths.clip):K=null,_l(c,p,g,b,Ae,x,_,D,L,I,H,K),z=!0}}),z||_l(c,p,g,b,v,x,_,D,L,I)}let Wo=ca|so;function _l(o,c,p,g,b,v,x,_,D,L,I,z){zo(o,c,p,g,b),(D||L||z)&&(f.save(),D&&f.clip(D),L&&f.clip(L)),z?(_&Wo)==Wo?(f.clip(z),I&&f.clip(I),Ga(b,x),Ha(o,v,c)):_&so?(Ga(b,x),f.clip(z),Ha(o,v,c)):_&ca&&(f.save(),f.clip(z),I&&f.clip(I),Ga(b,x),f.restore(),Ha(o,v,c)):(Ga(b,x),Ha(o,v,c)),(D||L||z)&&f.restore()}function Ha(o,c,p){p>0&&(c instanceof Map?c.forEach((g,b)=>{f.strokeStyle=Ba=b,f.stroke(g)}):c!=null&&o&&f.stroke(c))}function Ga(o,c){c instanceof Map?c.forEach((p,g)=>{f.fillStyle=Bn=g,f.fill(p)}):c!=null&&o&&f.fill(c)}function Ii(o,c,p,g){let b=T[o],v;if(g<=0)v=[0,0];else{let x=b._space=b.space(n,o,c,p,g),_=b._incrs=b.incrs(n,o,c,p,g,x);v=eu(c,p,_,g,x)}return b._found=v}function Dl(o,c,p,g,b,v,x,_,D,L){let I=x%2/2;A==1&&f.translate(I,I),zo(_,x,D,L,_),f.beginPath();let z,Q,ge,pe,ue=b+(g==0||g==3?-v:v);p==0?(Q=b,pe=ue):(z=b,ge=ue);for(let K=0;K<o.length;K++)c[K]!=null&&(p==0?z=ge=o[K]:Q=pe=o[K],f.moveTo(z,Q),f.lineTo(ge,pe));f.stroke(),A==1&&f.translate(-I,-I)}function Ni(o){let c=!0;return T.forEach((p,g)=>{if(!p.show)return;let b=C[p.scale];if(b.min==null){p._show&&(c=!1,p._show=!1,Hn(!1));return}else p._show||(c=!1,p._show=!0,Hn(!1));let v=p.side,x=v%2,{min:_,max:D}=b,[L,I]=Ii(g,_,D,x==0?oe:N);if(I==0)return;let z=b.distr==2,Q=p._splits=p.splits(n,g,_,D,L,I,z),ge=b.distr==2?Q.map(H=>Lt[H]):Q,pe=b.distr==2?Lt[Q[1]]-Lt[Q[0]]:L,ue=p._values=p.values(n,p.filter(n,ge,g,I,pe),g,I,pe);p._rotate=v==2?p.rotate(n,ue,g,I):0;let K=p._size;p._size=Pt(p.size(n,ue,g,o)),K!=null&&p._size!=K&&(c=!1)}),c}function zi(o){let c=!0;return Io.forEach((p,g)=>{let b=p(n,g,kn,o);b!=on[g]&&(c=!1),on[g]=b}),c}function Fi(){for(let o=0;o<T.length;o++){let c=T[o];if(!c.show||!c._show)continue;let p=c.side,g=p%2,b,v,x=c.stroke(n,o),_=p==0||p==3?-1:1,[D,L]=c._found;if(c.label!=null){let it=c.labelGap*_,vt=He((c._lpos+it)*he);Fo(c.labelFont[0],x,"center",p==2?"top":Ss),f.save(),g==1?(b=v=0,f.translate(vt,He(St+Rt/2)),f.rotate((p==3?-al:al)/2)):(b=He(ht+pt/2),v=vt);let Cn=pr(c.label)?c.label(n,o,D,L):c.label;f.fillText(Cn,b,v),f.restore()}if(L==0)continue;let I=C[c.scale],z=g==0?pt:Rt,Q=g==0?ht:St,ge=c._splits,pe=I.distr==2?ge.map(it=>Lt[it]):ge,ue=I.distr==2?Lt[ge[1]]-Lt[ge[0]]:D,K=c.ticks,H=c.border,Ae=K.show?K.size:0,Le=He(Ae*he),Je=He((c.alignTo==2?c._size-Ae-c.gap:c.gap)*he),we=c._rotate*-al/180,Ie=M(c._pos*he),$t=(Le+Je)*_,rt=Ie+$t;v=g==0?rt:0,b=g==1?rt:0;let At=c.font[0],It=c.align==1?aa:c.align==2?jl:we>0?aa:we<0?jl:g==0?"center":p==3?jl:aa,Kt=we||g==1?"middle":p==2?"top":Ss;Fo(At,x,It,Kt);let bt=c.font[1]*c.lineGap,_t=ge.map(it=>M(d(it,I,z,Q))),Nt=c._values;for(let it=0;it<Nt.length;it++){let vt=Nt[it];if(vt!=null){g==0?b=_t[it]:v=_t[it],vt=""+vt;let Cn=vt.indexOf(`
`)==-1?[vt]:vt.split(/\n/gm);for(let ct=0;ct<Cn.length;ct++){let rs=Cn[ct];we?(f.save(),f.translate(b,v+ct*bt),f.rotate(we),f.fillText(rs,0,0),f.restore()):f.fillText(rs,b,v+ct*bt)}}}K.show&&Dl(_t,K.filter(n,pe,o,L,ue),g,p,Ie,Le,xe(K.width*he,3),K.stroke(n,o),K.dash,K.cap);let qt=c.grid;qt.show&&Dl(_t,qt.filter(n,pe,o,L,ue),g,g==0?2:1,g==0?St:ht,g==0?Rt:pt,xe(qt.width*he,3),qt.stroke(n,o),qt.dash,qt.cap),H.show&&Dl([Ie],[1],g==0?1:0,g==0?1:2,g==1?St:ht,g==1?Rt:pt,xe(H.width*he,3),H.stroke(n,o),H.dash,H.cap)}Ze("drawAxes")}function Hn(o){k.forEach((c,p)=>{p>0&&(c._paths=null,o&&(l==1?(c.min=null,c.max=null):c.facets.forEach(g=>{g.min=null,g.max=null})))})}let ja=!1,El=!1,ba=[];function Oi(){El=!1;for(let o=0;o<ba.length;o++)Ze(...ba[o]);ba.length=0}function Gn(){ja||(Kc(Bo),ja=!0)}function Vi(o,c=!1){ja=!0,El=c,o(n),Bo(),c&&ba.length>0&&queueMicrotask(Oi)}n.batch=Vi;function Bo(){if($l&&(Pi(),$l=!1),Fn&&(Si(),Fn=!1),Va){if(_e(w,aa,Se),_e(w,"top",Be),_e(w,Ea,oe),_e(w,Pa,N),_e(y,aa,Se),_e(y,"top",Be),_e(y,Ea,oe),_e(y,Pa,N),_e(h,Ea,Xt),_e(h,Pa,$n),$.width=He(Xt*he),$.height=He($n*he),T.forEach(({_el:o,_show:c,_size:p,_pos:g,side:b})=>{if(o!=null)if(c){let v=b===3||b===0?p:0,x=b%2==1;_e(o,x?"left":"top",g-v),_e(o,x?"width":"height",p),_e(o,x?"top":"left",x?Be:Se),_e(o,x?"height":"width",x?N:oe),to(o,_n)}else yt(o,_n)}),Ba=Bn=yl=kl=xl=Sl=Cl=Tl=wl=null,ft=1,wa(!0),Se!=zn||Be!=bn||oe!=Bt||N!=vn){Hn(!1);let o=oe/Bt,c=N/vn;if(ot&&!yn&&B.left>=0){B.left*=o,B.top*=c,jn&&Jt(jn,He(B.left),0,oe,N),Kn&&Jt(Kn,0,He(B.top),oe,N);for(let p=0;p<Tt.length;p++){let g=Tt[p];g!=null&&(Un[p]*=o,Wn[p]*=c,Jt(g,Pt(Un[p]),Pt(Wn[p]),oe,N))}}if(Te.show&&!Ua&&Te.left>=0&&Te.width>0){Te.left*=o,Te.width*=o,Te.top*=c,Te.height*=c;for(let p in Nl)_e(Zn,p,Te[p])}zn=Se,bn=Be,Bt=oe,vn=N}Ze("setSize"),Va=!1}Xt>0&&$n>0&&(f.clearRect(0,0,$.width,$.height),Ze("drawClear"),Z.forEach(o=>o()),Ze("draw")),Te.show&&Ua&&(Ka(Te),Ua=!1),ot&&yn&&(Sn(null,!0,!1),yn=!1),re.show&&re.live&&Ct&&(Ll(),Ct=!1),i||(i=!0,n.status=1,Ze("ready")),$a=!1,ja=!1}n.redraw=(o,c)=>{Fn=c||!1,o!==!1?rn(R,P.min,P.max):Gn()};function Pl(o,c){let p=C[o];if(p.from==null){if(Xe==0){let g=p.range(n,c.min,c.max,o);c.min=g[0],c.max=g[1]}if(c.min>c.max){let g=c.min;c.min=c.max,c.max=g}if(Xe>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;o==R&&p.distr==2&&Xe>0&&(c.min=Ft(c.min,t[0]),c.max=Ft(c.max,t[0]),c.min==c.max&&c.max++),G[o]=c,$l=!0,Gn()}}n.setScale=Pl;let Ml,Rl,jn,Kn,Ho,Go,qn,Yn,jo,Ko,Ce,Ee,sn=!1,et=B.drag,qe=et.x,Ye=et.y;ot&&(B.x&&(Ml=Et($c,y)),B.y&&(Rl=Et(bc,y)),P.ori==0?(jn=Ml,Kn=Rl):(jn=Rl,Kn=Ml),Ce=B.left,Ee=B.top);let Te=n.select=Ue({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Zn=Te.show?Et(hc,Te.over?y:w):null;function Ka(o,c){if(Te.show){for(let p in o)Te[p]=o[p],p in Nl&&_e(Zn,p,o[p]);c!==!1&&Ze("setSelect")}}n.setSelect=Ka;function Ui(o){if(k[o].show)We&&to(Me[o],_n);else if(We&&yt(Me[o],_n),ot){let p=Vn?Tt[0]:Tt[o];p!=null&&Jt(p,-10,-10,oe,N)}}function rn(o,c,p){Pl(o,{min:c,max:p})}function Gt(o,c,p,g){c.focus!=null&&ji(o),c.show!=null&&k.forEach((b,v)=>{v>0&&(o==v||o==null)&&(b.show=c.show,Ui(v),l==2?(rn(b.facets[0].scale,null,null),rn(b.facets[1].scale,null,null)):rn(b.scale,null,null),Gn())}),p!==!1&&Ze("setSeries",o,c),g&&ka("setSeries",n,o,c)}n.setSeries=Gt;function Wi(o,c){Ue(F[o],c)}function Bi(o,c){o.fill=me(o.fill||null),o.dir=fe(o.dir,-1),c=c??F.length,F.splice(c,0,o)}function Hi(o){o==null?F.length=0:F.splice(o,1)}n.addBand=Bi,n.setBand=Wi,n.delBand=Hi;function Gi(o,c){k[o].alpha=c,ot&&Tt[o]!=null&&(Tt[o].style.opacity=c),We&&Me[o]&&(Me[o].style.opacity=c)}let en,cn,xn,Jn={focus:!0};function ji(o){if(o!=xn){let c=o==null,p=Ht.alpha!=1;k.forEach((g,b)=>{if(l==1||b>0){let v=c||b==0||b==o;g._focus=c?null:v,p&&Gi(b,v?1:Ht.alpha)}}),xn=o,p&&Gn()}}We&&On&&st(_s,$e,o=>{B._lock||(wn(o),xn!=null&&Gt(null,Jn,!0,Oe.setSeries))});function jt(o,c,p){let g=C[c];p&&(o=o/he-(g.ori==1?Be:Se));let b=oe;g.ori==1&&(b=N,o=b-o),g.dir==-1&&(o=b-o);let v=g._min,x=g._max,_=o/b,D=v+(x-v)*_,L=g.distr;return L==3?sa(10,D):L==4?Ic(D,g.asinh):L==100?g.bwd(D):D}function Ki(o,c){let p=jt(o,R,c);return Ft(p,t[0],je,Ke)}n.valToIdx=o=>Ft(o,t[0]),n.posToIdx=Ki,n.posToVal=jt,n.valToPos=(o,c,p)=>C[c].ori==0?s(o,C[c],p?pt:oe,p?ht:0):r(o,C[c],p?Rt:N,p?St:0),n.setCursor=(o,c,p)=>{Ce=o.left,Ee=o.top,Sn(null,c,p)};function qo(o,c){_e(Zn,aa,Te.left=o),_e(Zn,Ea,Te.width=c)}function Yo(o,c){_e(Zn,"top",Te.top=o),_e(Zn,Pa,Te.height=c)}let va=P.ori==0?qo:Yo,ya=P.ori==1?qo:Yo;function qi(){if(We&&re.live)for(let o=l==2?1:0;o<k.length;o++){if(o==0&&xt)continue;let c=re.values[o],p=0;for(let g in c)Wt[o][p++].firstChild.nodeValue=c[g]}}function Ll(o,c){if(o!=null&&(o.idxs?o.idxs.forEach((p,g)=>{se[g]=p}):Oc(o.idx)||se.fill(o.idx),re.idx=se[0]),We&&re.live){for(let p=0;p<k.length;p++)(p>0||l==1&&!xt)&&Yi(p,se[p]);qi()}Ct=!1,c!==!1&&Ze("setLegend")}n.setLegend=Ll;function Yi(o,c){let p=k[o],g=o==0&&ae==2?Lt:t[o],b;xt?b=p.values(n,o,c)??ln:(b=p.value(n,c==null?null:g[c],o,c),b=b==null?ln:{_:b}),re.values[o]=b}function Sn(o,c,p){jo=Ce,Ko=Ee,[Ce,Ee]=B.move(n,Ce,Ee),B.left=Ce,B.top=Ee,ot&&(jn&&Jt(jn,He(Ce),0,oe,N),Kn&&Jt(Kn,0,He(Ee),oe,N));let g,b=je>Ke;en=ke,cn=null;let v=P.ori==0?oe:N,x=P.ori==1?oe:N;if(Ce<0||Xe==0||b){g=B.idx=null;for(let _=0;_<k.length;_++){let D=Tt[_];D!=null&&Jt(D,-10,-10,oe,N)}On&&Gt(null,Jn,!0,o==null&&Oe.setSeries),re.live&&(se.fill(g),Ct=!0)}else{let _,D,L;l==1&&(_=P.ori==0?Ce:Ee,D=jt(_,R),g=B.idx=Ft(D,t[0],je,Ke),L=W(t[0][g],P,v,0));let I=-10,z=-10,Q=0,ge=0,pe=!0,ue="",K="";for(let H=l==2?1:0;H<k.length;H++){let Ae=k[H],Le=se[H],Je=Le==null?null:l==1?t[H][Le]:t[H][1][Le],we=B.dataIdx(n,H,g,D),Ie=we==null?null:l==1?t[H][we]:t[H][1][we];if(Ct=Ct||Ie!=Je||we!=Le,se[H]=we,H>0&&Ae.show){let $t=we==null?-10:we==g?L:W(l==1?t[0][we]:t[H][0][we],P,v,0),rt=Ie==null?-10:Y(Ie,l==1?C[Ae.scale]:C[Ae.facets[1].scale],x,0);if(On&&Ie!=null){let At=P.ori==1?Ce:Ee,It=Ge(Ht.dist(n,H,we,rt,At));if(It<en){let Kt=Ht.bias;if(Kt!=0){let bt=jt(At,Ae.scale),_t=Ie>=0?1:-1,Nt=bt>=0?1:-1;Nt==_t&&(Nt==1?Kt==1?Ie>=bt:Ie<=bt:Kt==1?Ie<=bt:Ie>=bt)&&(en=It,cn=H)}else en=It,cn=H}}if(Ct||Vn){let At,It;P.ori==0?(At=$t,It=rt):(At=rt,It=$t);let Kt,bt,_t,Nt,qt,it,vt=!0,Cn=nt.bbox;if(Cn!=null){vt=!1;let ct=Cn(n,H);_t=ct.left,Nt=ct.top,Kt=ct.width,bt=ct.height}else _t=At,Nt=It,Kt=bt=nt.size(n,H);if(it=nt.fill(n,H),qt=nt.stroke(n,H),Vn)H==cn&&en<=Ht.prox&&(I=_t,z=Nt,Q=Kt,ge=bt,pe=vt,ue=it,K=qt);else{let ct=Tt[H];ct!=null&&(Un[H]=_t,Wn[H]=Nt,Is(ct,Kt,bt,vt),Rs(ct,it,qt),Jt(ct,Pt(_t),Pt(Nt),oe,N))}}}}if(Vn){let H=Ht.prox,Ae=xn==null?en<=H:en>H||cn!=xn;if(Ct||Ae){let Le=Tt[0];Le!=null&&(Un[0]=I,Wn[0]=z,Is(Le,Q,ge,pe),Rs(Le,ue,K),Jt(Le,Pt(I),Pt(z),oe,N))}}}if(Te.show&&sn)if(o!=null){let[_,D]=Oe.scales,[L,I]=Oe.match,[z,Q]=o.cursor.sync.scales,ge=o.cursor.drag;if(qe=ge._x,Ye=ge._y,qe||Ye){let{left:pe,top:ue,width:K,height:H}=o.select,Ae=o.scales[z].ori,Le=o.posToVal,Je,we,Ie,$t,rt,At=_!=null&&L(_,z),It=D!=null&&I(D,Q);At&&qe?(Ae==0?(Je=pe,we=K):(Je=ue,we=H),Ie=C[_],$t=W(Le(Je,z),Ie,v,0),rt=W(Le(Je+we,z),Ie,v,0),va(Ot($t,rt),Ge(rt-$t))):va(0,v),It&&Ye?(Ae==1?(Je=pe,we=K):(Je=ue,we=H),Ie=C[D],$t=Y(Le(Je,Q),Ie,x,0),rt=Y(Le(Je+we,Q),Ie,x,0),ya(Ot($t,rt),Ge(rt-$t))):ya(0,x)}else zl()}else{let _=Ge(jo-Ho),D=Ge(Ko-Go);if(P.ori==1){let Q=_;_=D,D=Q}qe=et.x&&_>=et.dist,Ye=et.y&&D>=et.dist;let L=et.uni;L!=null?qe&&Ye&&(qe=_>=L,Ye=D>=L,!qe&&!Ye&&(D>_?Ye=!0:qe=!0)):et.x&&et.y&&(qe||Ye)&&(qe=Ye=!0);let I,z;qe&&(P.ori==0?(I=qn,z=Ce):(I=Yn,z=Ee),va(Ot(I,z),Ge(z-I)),Ye||ya(0,x)),Ye&&(P.ori==1?(I=qn,z=Ce):(I=Yn,z=Ee),ya(Ot(I,z),Ge(z-I)),qe||va(0,v)),!qe&&!Ye&&(va(0,0),ya(0,0))}if(et._x=qe,et._y=Ye,o==null){if(p){if(ss!=null){let[_,D]=Oe.scales;Oe.values[0]=_!=null?jt(P.ori==0?Ce:Ee,_):null,Oe.values[1]=D!=null?jt(P.ori==1?Ce:Ee,D):null}ka(Kl,n,Ce,Ee,oe,N,g)}if(On){let _=p&&Oe.setSeries,D=Ht.prox;xn==null?en<=D&&Gt(cn,Jn,!0,_):en>D?Gt(null,Jn,!0,_):cn!=xn&&Gt(cn,Jn,!0,_)}}Ct&&(re.idx=g,Ll()),c!==!1&&Ze("setCursor")}let dn=null;Object.defineProperty(n,"rect",{get(){return dn==null&&wa(!1),dn}});function wa(o=!1){o?dn=null:(dn=y.getBoundingClientRect(),Ze("syncRect",dn))}function Zo(o,c,p,g,b,v,x){B._lock||sn&&o!=null&&o.movementX==0&&o.movementY==0||(Il(o,c,p,g,b,v,x,!1,o!=null),o!=null?Sn(null,!0,!0):Sn(c,!0,!1))}function Il(o,c,p,g,b,v,x,_,D){if(dn==null&&wa(!1),wn(o),o!=null)p=o.clientX-dn.left,g=o.clientY-dn.top;else{if(p<0||g<0){Ce=-10,Ee=-10;return}let[L,I]=Oe.scales,z=c.cursor.sync,[Q,ge]=z.values,[pe,ue]=z.scales,[K,H]=Oe.match,Ae=c.axes[0].side%2==1,Le=P.ori==0?oe:N,Je=P.ori==1?oe:N,we=Ae?v:b,Ie=Ae?b:v,$t=Ae?g:p,rt=Ae?p:g;if(pe!=null?p=K(L,pe)?d(Q,C[L],Le,0):-10:p=Le*($t/we),ue!=null?g=H(I,ue)?d(ge,C[I],Je,0):-10:g=Je*(rt/Ie),P.ori==1){let At=p;p=g,g=At}}D&&(c==null||c.cursor.event.type==Kl)&&((p<=1||p>=oe-1)&&(p=Tn(p,oe)),(g<=1||g>=N-1)&&(g=Tn(g,N))),_?(Ho=p,Go=g,[qn,Yn]=B.move(n,p,g)):(Ce=p,Ee=g)}let Nl={width:0,height:0,left:0,top:0};function zl(){Ka(Nl,!1)}let Jo,Qo,Xo,es;function ts(o,c,p,g,b,v,x){sn=!0,qe=Ye=et._x=et._y=!1,Il(o,c,p,g,b,v,x,!0,!1),o!=null&&(st(ql,Xl,ns,!1),ka(Ts,n,qn,Yn,oe,N,null));let{left:_,top:D,width:L,height:I}=Te;Jo=_,Qo=D,Xo=L,es=I}function ns(o,c,p,g,b,v,x){sn=et._x=et._y=!1,Il(o,c,p,g,b,v,x,!1,!0);let{left:_,top:D,width:L,height:I}=Te,z=L>0||I>0,Q=Jo!=_||Qo!=D||Xo!=L||es!=I;if(z&&Q&&Ka(Te),et.setScale&&z&&Q){let ge=_,pe=L,ue=D,K=I;if(P.ori==1&&(ge=D,pe=I,ue=_,K=L),qe&&rn(R,jt(ge,R),jt(ge+pe,R)),Ye)for(let H in C){let Ae=C[H];H!=R&&Ae.from==null&&Ae.min!=ke&&rn(H,jt(ue+K,H),jt(ue,H))}zl()}else B.lock&&(B._lock=!B._lock,Sn(c,!0,o!=null));o!=null&&(Nn(ql,Xl),ka(ql,n,Ce,Ee,oe,N,null))}function Zi(o,c,p,g,b,v,x){if(B._lock)return;wn(o);let _=sn;if(sn){let D=!0,L=!0,I=10,z,Q;P.ori==0?(z=qe,Q=Ye):(z=Ye,Q=qe),z&&Q&&(D=Ce<=I||Ce>=oe-I,L=Ee<=I||Ee>=N-I),z&&D&&(Ce=Ce<qn?0:oe),Q&&L&&(Ee=Ee<Yn?0:N),Sn(null,!0,!0),sn=!1}Ce=-10,Ee=-10,se.fill(null),Sn(null,!0,!0),_&&(sn=_)}function as(o,c,p,g,b,v,x){B._lock||(wn(o),vl(),zl(),o!=null&&ka(Ds,n,Ce,Ee,oe,N,null))}function ls(){T.forEach(tu),bl(n.width,n.height,!0)}Dn(ll,oa,ls);let Qn={};Qn.mousedown=ts,Qn.mousemove=Zo,Qn.mouseup=ns,Qn.dblclick=as,Qn.setSeries=(o,c,p,g)=>{let b=Oe.match[2];p=b(n,c,p),p!=-1&&Gt(p,g,!0,!1)},ot&&(st(Ts,y,ts),st(Kl,y,Zo),st(As,y,o=>{wn(o),wa(!1)}),st(_s,y,Zi),st(Ds,y,as),ro.add(n),n.syncRect=wa);let qa=n.hooks=e.hooks||{};function Ze(o,c,p){El?ba.push([o,c,p]):o in qa&&qa[o].forEach(g=>{g.call(null,n,c,p)})}(e.plugins||[]).forEach(o=>{for(let c in o.hooks)qa[c]=(qa[c]||[]).concat(o.hooks[c])});let os=(o,c,p)=>p,Oe=Ue({key:null,setSeries:!1,filters:{pub:Vs,sub:Vs},scales:[R,k[1]?k[1].scale:null],match:[Us,Us,os],values:[null,null]},B.sync);Oe.match.length==2&&Oe.match.push(os),B.sync=Oe;let ss=Oe.key,Fl=zr(ss);function ka(o,c,p,g,b,v,x){Oe.filters.pub(o,c,p,g,b,v,x)&&Fl.pub(o,c,p,g,b,v,x)}Fl.sub(n);function Ji(o,c,p,g,b,v,x){Oe.filters.sub(o,c,p,g,b,v,x)&&Qn[o](null,c,p,g,b,v,x)}n.pub=Ji;function Qi(){Fl.unsub(n),ro.delete(n),hn.clear(),no(ll,oa,ls),m.remove(),$e?.remove(),Ze("destroy")}n.destroy=Qi;function Ol(){Ze("init",e,t),No(t||e.data,!1),G[R]?Pl(R,G[R]):vl(),Ua=Te.show&&(Te.width>0||Te.height>0),yn=Ct=!0,bl(e.width,e.height)}return k.forEach(Lo),T.forEach(Ei),a?a instanceof HTMLElement?(a.appendChild(m),Ol()):a(n,Ol):Ol(),n}Qe.assign=Ue;Qe.fmtNum=go;Qe.rangeNum=ol;Qe.rangeLog=il;Qe.rangeAsinh=po;Qe.orient=Pn;Qe.pxRatio=he;Qe.join=jc;Qe.fmtDate=$o,Qe.tzDate=ad;Qe.sync=zr;{Qe.addGap=Od,Qe.clipGaps=ul;let e=Qe.paths={points:Br};e.linear=Gr,e.stepped=Wd,e.bars=Bd,e.spline=Gd}function gn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function nu(e,t){let a=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return a?`rgba(${parseInt(a[1],16)}, ${parseInt(a[2],16)}, ${parseInt(a[3],16)}, ${t})`:e}function au(e,t,a,n){return Qe.paths.bars({size:[.7,60]})(e,t,a,n)}function lu(e,t){return{hooks:{draw:[a=>{if(!e.length)return;let{ctx:n}=a,l=a.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let s of e){let r=Math.round(a.valToPos(s.t,"x",!0));r<a.bbox.left||r>a.bbox.left+a.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(r,l),n.lineTo(r,l+a.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(r,l+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function ou(){let e=window.matchMedia?.("(prefers-color-scheme: dark)"),[t,a]=S(!!e?.matches);return at(()=>{if(!e)return;let n=l=>a(l.matches);return e.addEventListener("change",n),()=>e.removeEventListener("change",n)},[]),t}function su(e,t){let a=Math.max(2,Math.floor(t/90)),n=Math.max(1,Math.ceil(e.length/a));return e.filter((l,s)=>s%n===0)}function Yr({rows:e,notes:t,currency:a,interval:n,timeZone:l}){let s=xa(null),r=xa(null),d=ou();return at(()=>{let i=s.current;if(!i)return;let m=e.map(k=>new Date(k.timestamp).getTime()/1e3),$=e.map(k=>k.visitors??0),f=e.map(k=>k.revenue??0),h=m.length>1?m[1]-m[0]:3600,w=(t||[]).map(k=>{let T=new Date(k.timestamp).getTime()/1e3,C=-1;for(let F=0;F<m.length;F++)m[F]<=T&&(C=F);return C>=0&&T<m[C]+h?{t:m[C],text:k.text}:null}).filter(Boolean),y=k=>{let T=new Date(k*1e3),C=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...C,timeZone:l}).format(T)}catch{return T.toLocaleString()}},A={width:i.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1,range:(k,T,C)=>[T-h/2,C+h/2]},v:{range:(k,T,C)=>[0,Math.max(4,C*1.1)]},r:{range:(k,T,C)=>[0,Math.max(1,C*1.1)]}},axes:[{stroke:gn("--muted"),grid:{show:!1},ticks:{show:!1},splits:k=>su(m,k.bbox.width/devicePixelRatio),values:(k,T)=>T.map(y)},{scale:"v",stroke:gn("--muted"),grid:{stroke:gn("--border"),width:1},ticks:{show:!1},values:(k,T)=>T.map(C=>Re(C))},{scale:"r",side:1,stroke:gn("--muted"),grid:{show:!1},ticks:{show:!1},values:(k,T)=>T.map(C=>Dt(C,a))}],series:[{},{label:"Visitors",scale:"v",stroke:gn("--visitors"),fill:nu(gn("--visitors"),.45),paths:au,points:{show:!1}},{label:"Revenue",scale:"r",stroke:gn("--revenue"),width:2,points:{show:!1}}],plugins:[lu(w,gn("--accent"))],hooks:{setCursor:[k=>{let T=k.cursor.idx,C=r.current;if(!C)return;if(T==null){C.textContent="";return}let F=w.filter(R=>R.t===m[T]).map(R=>` \xB7 \u270E ${R.text}`).join("");C.textContent=`${y(m[T])}: ${Re($[T])} visitors, ${Dt(f[T],a)} revenue${F}`}]}},M=new Qe(A,[m,$,f],i),V=new ResizeObserver(()=>M.setSize({width:i.clientWidth,height:260}));return V.observe(i),()=>{V.disconnect(),M.destroy()}},[e,t,a,n,l,d]),u`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${r} aria-live="off"></span>
    </div>
    <div class="chart" ref=${s} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&u`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(i=>u`<li key=${i.id}>✎ ${new Date(i.timestamp).toLocaleDateString(void 0,{timeZone:l})}: ${i.text}</li>`)}
    </ul>`}
  </div>`}function Co(e){let[t,a]=S(null);return at(()=>{import("/assets/map-EVIVH4IP.js").then(n=>a(()=>n.WorldMap))},[]),t?u`<${t} ...${e} />`:u`<div class="map-placeholder" aria-hidden="true"></div>`}function pa(e){return!e||e.length!==2?"":u`<span class="cc" title=${e.toUpperCase()}>${e.toUpperCase()}</span>`}function ru(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var Mn=new Set(["Unknown",""]);function iu(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function cu(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var So={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:Mn.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:iu(e.campaign||{}),filter:cu(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=ru(e.image);return{label:e.country,icon:t,filter:Mn.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:Mn.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:Mn.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:Mn.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:Mn.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:Mn.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:(e,t)=>({label:t?.get(e.goal)?.displayName||e.goal,title:e.goal,dot:t?.get(e.goal)?.color,filter:["goal",e.goal]})}},Jr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Zr=10,Qr=()=>new Promise(()=>{});function du(e,t){let a=xa(!1);at(()=>{!a.current&&(e.data!==void 0||e.error)&&!e.loading&&(a.current=!0,t?.())},[e.data,e.error,e.loading])}function Xr({panel:e,websiteId:t,scope:a,currency:n,onFilter:l,active:s=!0,onAnswered:r,goalLooks:d}){let[i,m]=S(e.tabs[0]),[$,f]=S(!1),h=So[i],w=$?100:Zr,y=le(()=>s?E.getFull(`/api/v1/analytics/${h.path}`,{websiteId:t,...a,limit:w}):Qr(),[i,t,JSON.stringify(a),w,s]);du(y,r);let A=y.data?.data||[],M=y.data?.pagination?.total??A.length,V=Math.max(1,...A.map(T=>T.visitors||0)),k=e.tabs.length>1?u`<${ds} label=${e.title} tabs=${e.tabs.map(T=>[T,So[T].label])} active=${i} onChange=${T=>{m(T),f(!1)}} />`:u`<h2>${So[i].label}</h2>`;return u`<section class="card panel" data-panel=${e.id} data-tab=${i} aria-label=${e.title}>
    <div class="panel-head">${k}</div>
    ${e.map&&i==="countries"&&A.length>0&&u`<${Co} rows=${A} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${h.goals?"Completions":h.clicks?"Clicks":""}</span><span>Visitors</span>${!h.goals&&!h.clicks?u`<span>Revenue</span>`:u`<span></span>`}
    </div>
    ${y.error&&u`<${X} error=${y.error} />`}
    ${y.loading&&!y.data?u`<${ie} />`:A.length===0?u`<p class="muted empty">No data for this period</p>`:u`<ol class="rows" data-loading=${y.loading?"true":"false"}>
      ${A.map((T,C)=>{let F=h.row(T,d),R=`${Math.max(2,Math.round((T.visitors||0)/V*100))}%`,ee=u`<span class="row-label" title=${F.title||F.label}>${F.icon&&u`<span class="flag" aria-hidden="true">${pa(F.icon)} </span>`}${F.dot&&u`<span class="goal-dot" style=${{background:F.dot}} aria-hidden="true"></span>`}${F.label}</span>`,Z=u`<span class="num">${h.goals?Re(T.completions):h.clicks?Re(T.clicks):""}</span>
          <span class="num" data-visitors=${T.visitors}>${Re(T.visitors)}</span>
          <span class="num rev">${h.goals||h.clicks?"":Dt(T.revenue,n)}</span>`;return u`<li key=${C} class="row">
          <span class="row-bar" style=${{width:R}} aria-hidden="true"></span>
          ${F.filter?u`<button type="button" class="row-main" data-filter=${F.filter[0]} data-value=${F.filter[1]} onClick=${()=>l(F.filter[0],F.filter[1])} aria-label=${`Filter by ${F.label}`}>${ee}</button>`:u`<span class="row-main">${ee}</span>`}
          ${Z}
        </li>`})}
    </ol>`}
    ${M>Zr&&u`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>f(!$)}>${$?"Show fewer":`Show all ${Re(Math.min(M,100))}${M>100?"+":""}`}</button>`}
  </section>`}function ei({websiteId:e,scope:t,shared:a,active:n=!0}){let l=le(()=>n?a?Promise.resolve([]):E.get(`/api/v1/admin/websites/${e}/funnels`):Qr(),[e,a,n]),s=(l.data||[]).filter(f=>f.isActive!==!1),[r,d]=S(null),i=r||s[0]?._id,m=le(()=>i?E.get(`/api/v1/analytics/funnels/${i}`,{websiteId:e,...t}):Promise.resolve(null),[i,e,JSON.stringify(t)]),$=m.data?.[0];return u`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${s.length>1&&u`<select class="input input-small" aria-label="Funnel" value=${i} onChange=${f=>d(f.currentTarget.value)}>
        ${s.map(f=>u`<option value=${f._id} selected=${f._id===i}>${f.name}</option>`)}
      </select>`}
    </div>
    ${l.error&&u`<${X} error=${l.error} />`}
    ${!l.loading&&s.length===0&&u`<p class="muted empty">${a?"No funnels shared.":u`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${m.error&&u`<${X} error=${m.error} />`}
    ${$&&u`<ol class="funnel">
        ${$.steps.map((f,h)=>u`<li key=${h} class="funnel-step">
            <div class="funnel-label"><strong>${h+1}. ${f.name||f.url||f.goalName}</strong>
              <span class="num">${Re(f.visitors)} · ${un(f.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,f.conversionRate)}%`}}></span></div>
            ${h>0&&f.dropOff>0&&u`<div class="funnel-drop small">↘ ${Re(f.dropOff)} dropped off (${un(f.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${Re($.completed)} of ${Re($.visitors)} (${un($.conversionRate)})</p>`}
  </section>`}function uu(e,t){let a=new URLSearchParams(e);for(let[l,s]of Object.entries(t))s==null||s===""?a.delete(l):a.set(l,s);let n=a.toString();return n?`?${n}`:""}function mu(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Rn({id:e,label:t,value:a,raw:n,delta:l,lowerIsBetter:s}){let r=null;if(l!=null&&Number.isFinite(l)){let d=s?l<0:l>0,i=Math.abs(l)<.05?"flat":d?"up":"down";r=u`<span class=${`kpi-change ${i}`} title="Change against the previous period">${l>0?"\u2191":l<0?"\u2193":"\u2192"} ${un(Math.abs(l))}</span>`}return u`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${a}</div>
    <div class="kpi-foot">${r}</div>
  </div>`}function pu({now:e,before:t,realtime:a,currency:n,comparable:l}){let s=r=>l?mu(e?.[r],t?.[r]):null;return u`<div class="kpis" aria-label="Key figures">
    <${Rn} id="visitors" label="Visitors" raw=${e.visitors} value=${Re(e.visitors)} delta=${s("visitors")} />
    <${Rn} id="revenue" label="Revenue" raw=${e.revenue} value=${Dt(e.revenue,n)} delta=${s("revenue")} />
    <${Rn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${un(e.conversion_rate)} delta=${s("conversion_rate")} />
    <${Rn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Dt(e.revenue_per_visitor,n)} delta=${s("revenue_per_visitor")} />
    <${Rn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${un(e.bounce_rate)} delta=${s("bounce_rate")} lowerIsBetter=${!0} />
    <${Rn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${cs(e.avg_session_duration)} delta=${s("avg_session_duration")} />
    <${Rn} id="realtime" label="Visitors now" raw=${a??""} value=${u`<span class="live-dot" aria-hidden="true"></span>${a===null?"\u2013":Re(a)}`} />
  </div>`}function fu({period:e,query:t,go:a,timeZone:n}){let[l,s]=S(e.preset==="custom"),r=Gl(n),[d,i]=S(t.get("from")||e.startAt?.slice(0,10)||r),[m,$]=S(t.get("to")||e.endAt?.slice(0,10)||r);return u`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${dt}
        name="period"
        value=${l?"custom":e.preset}
        options=${Hl}
        onChange=${f=>{if(f==="custom")return s(!0);s(!1),a({period:f,from:null,to:null,interval:null})}}
      />
    </label>
    ${l&&u`<form
      class="inline custom-range"
      onSubmit=${f=>{f.preventDefault(),a({period:"custom",from:d,to:m,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${d} max=${r} onInput=${f=>i(f.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${m} max=${r} onInput=${f=>$(f.currentTarget.value)} required /></label>
      <${q} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}var To=2;function Ao({params:e,query:t,navigate:a,site:n,shared:l=!1}){let s=e.websiteId,r=le(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):E.get("/api/v1/analytics/metadata",{websiteId:s}),[s,n?.timezone,n?.currency]);if(r.error){let d=l&&[401,403,404].includes(r.error.code);return u`<${X}>${d?"This dashboard is not public. Log in to see it.":r.error.message}<//>${d?u`<p><a href=${`/login?next=/sites/${s}`}>Log in</a></p>`:""}`}return r.data?u`<${gu} websiteId=${s} query=${t} navigate=${a} info=${r.data[0]} shared=${l} />`:u`<${ie} />`}function gu({websiteId:e,query:t,navigate:a,info:n,shared:l}){let s=n.currency||"USD",r=l?`/share/${e}`:`/sites/${e}`,d=U=>a(r+uu(t,U)),{timeZone:i,period:m,intervals:$,interval:f,filters:h,range:w,scope:y,chartRange:A,overviewRead:M,seriesRead:V}=ks(e,t,n.timezone),k=JSON.stringify(y),T=le(()=>E.get(...M),[e,k]),C=le(()=>E.getFull(...V),[e,k,f,A.startAt]),F=U=>U.data!==void 0||!!U.error,R=F(T)&&F(C),[ee,Z]=S(0),te=R&&ee>=To,J=!!m.prevStartAt,P=le(()=>J?te?E.get("/api/v1/analytics/overview",{websiteId:e,...h,startAt:m.prevStartAt,endAt:m.prevEndAt}):new Promise(()=>{}):Promise.resolve(null),[e,k,m.prevStartAt,te]),ae=le(()=>l?Promise.resolve(null):te?E.getFull(`/api/v1/admin/websites/${e}/goals/customizations`).catch(()=>null):new Promise(()=>{}),[e,l,te]),W=new Map((ae.data?.data||[]).map(U=>[U.goalName,U])),Y=le(()=>l?Promise.resolve([]):E.get(`/api/v1/admin/websites/${e}/notes`,{...A,limit:100,order:"asc"}).catch(()=>[]),[e,A.startAt,A.endAt]),[G,de]=S(null);ea(async()=>de((await E.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let O=C.data?.data||[];if(!m.startAt){let U=O.findIndex(se=>(se.visitors||0)>0||(se.revenue||0)>0);O=U>0?O.slice(U):O}let tt=(U,se)=>d({[`filter_${U}`]:se}),ye=Object.entries(h);return u`<div class="dash" data-loading=${T.loading||C.loading?"true":"false"}>
    <div class="toolbar">
      <${fu} key=${m.preset} period=${m} query=${t} go=${d} timeZone=${i} />
      <span class="muted small tz" title="Days follow the website's time zone">${i}</span>
      ${l&&u`<span class="badge">Read-only</span>`}
    </div>
    ${ye.length>0&&u`<div class="chips" aria-label="Filters">
      ${ye.map(([U,se])=>u`<span class="chip" data-chip=${U}>
          <span>${Xa[U.slice(7)]||U.slice(7)}: <strong>${se.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${Xa[U.slice(7)]} filter`} onClick=${()=>d({[U]:null})}>✕</button>
        </span>`)}
      ${ye.length>1&&u`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>d(Object.fromEntries(ye.map(([U])=>[U,null])))}>Clear all</button>`}
    </div>`}
    ${T.error&&u`<${X} error=${T.error} />`}
    ${T.data?u`<${pu} now=${T.data[0]} before=${P.data?.[0]} realtime=${G} currency=${s} comparable=${J} />`:!T.error&&u`<div class="kpis kpis-loading"><${ie} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${$.length>1&&u`<div class="seg" role="group" aria-label="Interval">
          ${$.map(([U,se])=>u`<button type="button" class=${`seg-btn ${U===f?"active":""}`} aria-pressed=${U===f} onClick=${()=>d({interval:U})}>${se}</button>`)}
        </div>`}
      </div>
      ${C.error&&u`<${X} error=${C.error} />`}
      ${C.data?u`<${Yr} rows=${O} notes=${Y.data||[]} currency=${s} interval=${f} timeZone=${i} />`:!C.error&&u`<div class="chart-placeholder"><${ie} /></div>`}
    </section>
    ${(T.data||T.error)&&u`<div class="panels">
      ${Jr.map((U,se)=>u`<${Xr}
            key=${U.id}
            panel=${U}
            websiteId=${e}
            scope=${y}
            currency=${s}
            onFilter=${tt}
            active=${se<To?R:te}
            goalLooks=${W}
            onAnswered=${se<To?()=>Z(re=>re+1):void 0}
          />`)}
      <${ei} websiteId=${e} scope=${y} shared=${l} active=${te} />
    </div>`}
  </div>`}var hu=5e3,ti={pageview:"view",goal:"goal",payment:"paid",payment_received:"paid",external_link:"out",identify:"id"};function ni({kind:e}){return u`<span class=${`tag tag-${ti[e]||"other"}`}>${ti[e]||e}</span>`}function ai({params:e}){let t=e.websiteId,[a,n]=S(null),[l,s]=S(null);ea(async()=>{try{n(await E.get("/api/v1/analytics/realtime/map",{websiteId:t})),s(null)}catch(i){s(i)}},hu,[t]);let r=a?.visitors||[],d=r.filter(i=>typeof i.latitude=="number"&&typeof i.longitude=="number").map(i=>({latitude:i.latitude,longitude:i.longitude,label:`${i.location?.city||i.location?.countryCode||"Visitor"} \xB7 ${i.currentUrl||""}`}));return u`<div class="stack">
    <${X} error=${l} />
    <div class="live-grid">
      <${ne} title=${u`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${a?a.count:"\u2026"}</span>`}>
        <${Co} points=${d} />
        ${r.length===0?u`<p class="muted empty">Nobody right now.</p>`:u`<ul class="feed" aria-label="Visitors now">
              ${r.map(i=>u`<li key=${i.visitorId}>
                  <span aria-hidden="true">${pa(i.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${i.visitorId}`}>${i.currentUrl||"/"} <span class="muted small">${[i.system?.browser?.name,i.system?.os?.name,i.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${i.sessionStartTime?Xn(i.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${ne} title="Live events">
          ${(a?.recentEvents||[]).length===0?u`<p class="muted empty">No events in the last 10 minutes.</p>`:u`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${a.recentEvents.map(i=>u`<li key=${i._id}>
                    <${ni} kind=${i.type} />
                    <span class="what">${i.type==="pageview"?i.path:`${i.type}${i.extraData?.name?`: ${i.extraData.name}`:""} on ${i.path||"/"}`}</span>
                    <span class="muted small">${Xn(i.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${ne} title="Recent payments">
          ${(a?.recentPayments||[]).length===0?u`<p class="muted empty">No payment in the last 10 minutes.</p>`:u`<ul class="feed" aria-label="Recent payments">
                ${a.recentPayments.map(i=>u`<li key=${i._id}>
                    <${ni} kind="payment" />
                    <span class="what"><strong class="rev">${Dt(i.amount,i.currency)}</strong> ${i.name||i.email||""}${i.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Xn(i.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var _o=50,$u=1800*1e3;function li({params:e,query:t,navigate:a,site:n}){let l=e.websiteId,[s,r]=S(t.get("page")||""),d=t.get("customers")==="1",i=t.get("goal")||"",m=Number(t.get("offset")||0),$=y=>{let A=new URLSearchParams(t);for(let[V,k]of Object.entries(y))k?A.set(V,k):A.delete(V);let M=A.toString();a(`/sites/${l}/visitors${M?`?${M}`:""}`)},f=le(()=>E.get("/api/v1/analytics/goals",{websiteId:l,limit:100}),[l]),h=le(()=>E.getFull("/api/v1/visitors",{websiteId:l,limit:_o,offset:m,visitedPageContains:t.get("page")||void 0,isCustomer:d&&!i?"true":void 0,completedGoal:i||void 0}),[l,t.toString()]),w=h.data?.data||[];return u`<${ne} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${y=>{y.preventDefault(),$({page:s.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${s} onInput=${y=>r(y.currentTarget.value)}
      /></label>
      <${q} type="submit" class="btn-small">Search<//>
      <${Ve} label="Customers only" name="customers" checked=${d} disabled=${!!i} onChange=${y=>$({customers:y?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${y=>$({goal:y.currentTarget.value,offset:null})}>
          <option value="" selected=${!i}>Any</option>
          ${(f.data||[]).map(y=>u`<option value=${y.goal} selected=${y.goal===i}>${y.goal}</option>`)}
        </select>
      </label>
    </form>
    ${h.error&&u`<${X} error=${h.error} />`}
    ${h.loading&&!h.data?u`<${ie} />`:w.length===0?u`<p class="muted empty">No visitor matches.</p>`:u`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${w.map(y=>u`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${l}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${y.identity?.country?u`${pa(y.identity.country)||y.identity.country} ${y.identity.city||""}`:"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${Ne(y.lastSeenAt,n?.timezone)}>${Xn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${m>0&&u`<${q} class="btn-small" onClick=${()=>$({offset:String(Math.max(0,m-_o))||null})}>← Newer<//>`}
      ${h.data?.pagination?.hasMore&&u`<${q} class="btn-small" onClick=${()=>$({offset:String(m+_o)})}>Older →<//>`}
    </div>
  <//>`}function bu(e){let t=[...(e.activity?.visitedPages||[]).map(l=>({kind:"page",at:l.timestamp,text:l.url})),...(e.activity?.completedGoals||[]).filter(l=>l.origin!=="payment_provider").map(l=>({kind:"goal",at:l.timestamp,text:l.name})),...(e.payments||[]).map(l=>({kind:"payment",at:l.timestamp,text:`${Dt(l.amount,l.currency)} ${l.type!=="new"?`(${l.type})`:""}`}))].sort((l,s)=>new Date(l.at)-new Date(s.at)),a=[],n=-1/0;for(let l of t){let s=new Date(l.at).getTime();(a.length===0||l.kind==="page"&&s-n>$u)&&a.push({start:l.at,items:[]}),a[a.length-1].items.push(l),l.kind==="page"&&(n=s)}return a}function oi({params:e,site:t}){let{websiteId:a,visitorId:n}=e,l=le(()=>E.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:a}),[n]);if(l.loading)return u`<${ie} />`;if(l.error)return u`<${X} error=${l.error} /><p><a href=${`/sites/${a}/visitors`}>All visitors</a></p>`;let s=l.data,r=s.identity||{},d=t?.timezone,i=s.profile?.metadata?.name||s.profile?.metadata?.email||s.profile?.userId,m=$=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:d}).format(new Date($))}catch{return $}};return u`<div class="stack">
    <p><a href=${`/sites/${a}/visitors`}>← All visitors</a></p>
    <${ne} title=${u`${pa(r.countryCode)} ${i||`Visitor ${n.slice(0,8)}`} ${s.isCustomer?u`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[r.city,r.region,r.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[r.browser?.name,r.os?.name,r.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${Re(s.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${Re(s.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${Ne(s.activity?.firstVisitAt,d)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(r.params||{}).filter(([,$])=>$).map(([$,f])=>`${$}=${f}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${ne} title="Journey">
      <ol class="journey">
        ${bu(s).map(($,f)=>u`<li key=${$.start} class="journey-session">
              <h3>Visit ${f+1} · ${Ne($.start,d)}</h3>
              <ol class="journey">
                ${$.items.map((h,w)=>u`<li key=${w} class=${`ev ev-${h.kind}`}>
                    <span class="muted small">${m(h.at)}</span>
                    <span class=${`tag tag-${h.kind==="page"?"view":h.kind==="goal"?"goal":"paid"}`}>${h.kind==="page"?"view":h.kind==="goal"?"goal":"paid"}</span>
                    <span>${h.kind==="goal"?`Goal: ${h.text}`:h.kind==="payment"?`Payment ${h.text}`:h.text}</span>
                  </li>`)}
              </ol>
            </li>`)}
      </ol>
    <//>
  </div>`}function si({params:e,navigate:t,onAuth:a}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,l=le(()=>E.get(n),[e.token]),[s,r]=S(""),[d,i]=S("");return u`<main class="auth" id="main"><div class="auth-card"><${ne} title="Join a website">${(()=>{if(l.loading)return u`<${ie} />`;if(l.error)return u`<${X} error=${l.error} /><p><a href="/login">Log in</a></p>`;let $=l.data?.[0]||{},f=$.domain||"a website",h=Fe.user&&Fe.user.email===$.email,w=async()=>{Ca(),await Za(),a?.(),t(`/sites/${$.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Fe.user&&!h?u`<p>This invitation is for <strong>${$.email}</strong>, and you are logged in as ${Fe.user.email}. Log out, then open this link again.</p>`:!Fe.user&&$.accountExists?u`<p>You are invited to <strong>${f}</strong> as <strong>${$.role}</strong>. An account with ${$.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:u`<p>You are invited to <strong>${f}</strong>${$.role?u` as <strong>${$.role}</strong>`:""}${$.email?u` (${$.email})`:""}.</p>
      ${h?u`<${be} submitLabel="Accept the invitation" onSubmit=${async()=>{await E.post(`${n}/accept`,{}),await w()}} />`:u`<${be}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await E.post(`${n}/accept`,{name:s.trim(),password:d}),await E.post("/api/auth/login",{email:$.email,password:d}),await w()}}
          >
            <${j} label="Your name"><${ce} name="name" required value=${s} onInput=${r} /><//>
            <${j} label="Choose a password" hint="At least 8 characters"
              ><${ce} type="password" name="password" autocomplete="new-password" minlength="8" required value=${d} onInput=${i}
            /><//>
          <//>
`}`})()}<//></div></main>`}function fa(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Vt(e){return(e||[]).join(`
`)}function Na({title:e,secret:t,what:a,onClose:n}){return u`<${lt}
    title=${e}
    onClose=${n}
    footer=${u`<${q} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${a} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${Yt} text=${t} label="Copy" />
    </div>
  <//>`}function an({title:e,message:t,confirmLabel:a="Delete",danger:n=!0,run:l,onClose:s}){let[r,d]=S(!1),[i,m]=S(null);return u`<${lt}
    title=${e}
    onClose=${s}
    footer=${u`
      <${q} onClick=${s}>Cancel<//>
      <${q}
        kind=${n?"danger-solid":"primary"}
        disabled=${r}
        onClick=${async()=>{d(!0),m(null);try{await l(),s()}catch($){m($),d(!1)}}}
        >${r?"Working\u2026":a}<//
      >
    `}
  >
    <p>${t}</p>
    <${X} error=${i} />
  <//>`}function Ut({label:e="Delete",what:t,title:a,message:n,url:l,done:s,onDone:r,openDialog:d,closeDialog:i}){return u`<${q}
    class="btn-small btn-danger"
    aria-label=${`${e} ${t}`}
    onClick=${()=>d(u`<${an}
        title=${a}
        message=${n}
        confirmLabel=${e}
        run=${async()=>{await E.del(l),Pe(s),r()}}
        onClose=${i}
      />`)}
    >${e}<//
  >`}function ze({children:e}){return u`<p class="muted section-intro">${e}</p>`}function gl({title:e,hint:t,children:a}){return u`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${a}
    ${t&&u`<div class="field-hint">${t}</div>`}
  </div>`}var Do=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],vu=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function yu(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function ri({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,a=le(()=>E.get(t),[e]);if(a.loading&&!a.data)return u`<${ie} />`;if(a.error)return u`<${X} error=${a.error} />`;let n=a.data[0],l=async(s,r)=>{let d=(await E.put(t,s))[0];return gs(e,{name:d.name,domain:d.domain,timezone:d.timezone,currency:d.currency}),Pe(r),d};return u`
    <${wu} initial=${n} save=${l} />
    <${ku} initial=${n} save=${l} websiteId=${e} />
    <${xu} initial=${n} save=${l} />
    <${Su} initial=${n} save=${l} />
    <${Cu} initial=${n} save=${l} />
    <${Tu} initial=${n} save=${l} />
  `}function wu({initial:e,save:t}){let[a,n]=S(e.name||""),[l,s]=S(e.domain||""),[r,d]=S(e.timezone||"UTC"),[i,m]=S(e.currency||"USD"),$=Do.includes(i)?Do:[i,...Do];return u`<${ne} title="Website">
    <${ze}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${be}
      onSubmit=${async()=>{let f=await t({name:a.trim()||null,domain:l.trim(),timezone:r,currency:i},"Website settings saved");n(f.name||""),s(f.domain)}}
    >
      <div class="grid-2">
        <${j} label="Name"><${ce} name="name" value=${a} onInput=${n} maxlength="100" /><//>
        <${j} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${ce} name="domain" required value=${l} onInput=${s}
        /><//>
      </div>
      <div class="grid-2">
        <${j} label="Time zone"><${dt} name="timezone" value=${r} onChange=${d} options=${yu(r)} /><//>
        <${j} label="Currency" hint="Revenue is reported in this currency"
          ><${dt} name="currency" value=${i} onChange=${m} options=${$}
        /><//>
      </div>
    <//>
  <//>`}function ku({initial:e,save:t,websiteId:a}){let[n,l]=S(!!e.isPublicDashboardEnabled),[s,r]=S(!!e.isPublicDataEnabled),[d,i]=S(!!e.isPublicDashboardEnabled),m=`${window.location.origin}/share/${a}`;return u`<${ne} title="Public dashboard">
    <${ze}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${be}
      onSubmit=${async()=>{let $=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:s},n?"The dashboard is public":"The dashboard is private");i(!!$.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${Ve} name="isPublicDashboardEnabled" checked=${n} onChange=${l} label="Share a read-only public dashboard" />
        <${Ve} name="isPublicDataEnabled" checked=${s} onChange=${r} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${d&&u`<div class="share-link" data-share-link>
        <${gl} title="Share link"><${Yt} text=${m} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function xu({initial:e,save:t}){let[a,n]=S(!!e.isCookieless),[l,s]=S(!!e.isAllHostnamesAllowed),[r,d]=S(Vt(e.allowedHostnames)),[i,m]=S(!!e.isAttackModeEnabled);return u`<${ne} title="Tracking">
    <${be}
      onSubmit=${async()=>{let $=await t({isCookieless:a,isAllHostnamesAllowed:l,allowedHostnames:fa(r),isAttackModeEnabled:i},"Tracking settings saved");d(Vt($.allowedHostnames))}}
    >
      <div class="toggles">
        <${Ve} name="isCookieless" checked=${a} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${Ve} name="isAttackModeEnabled" checked=${i} onChange=${m} label="Attack mode (stricter bot filtering)" />
        <${Ve} name="isAllHostnamesAllowed" checked=${l} onChange=${s} label="Accept events from any hostname" />
      </div>
      <${j} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${l} value=${r} onInput=${$=>d($.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function Su({initial:e,save:t}){let[a,n]=S(Vt(e.excludedIps)),[l,s]=S(Vt(e.excludedPaths)),[r,d]=S(Vt(e.excludedCountries)),[i,m]=S(Vt(e.excludedHostnames)),$=(f,h,w)=>u`<textarea class="input" name=${f} value=${h} onInput=${y=>w(y.currentTarget.value)}></textarea>`;return u`<${ne} title="Exclusions">
    <${ze}>Events matching any of these are not recorded. One value per line.<//>
    <${be}
      onSubmit=${async()=>{let f=await t({excludedIps:fa(a),excludedPaths:fa(l),excludedCountries:fa(r).map(h=>h.toUpperCase()),excludedHostnames:fa(i)},"Exclusions saved");n(Vt(f.excludedIps)),s(Vt(f.excludedPaths)),d(Vt(f.excludedCountries)),m(Vt(f.excludedHostnames))}}
    >
      <div class="grid-2">
        <${j} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${$("excludedIps",a,n)}<//>
        <${j} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${$("excludedPaths",l,s)}<//>
      </div>
      <div class="grid-2">
        <${j} label="Countries" hint="Two-letter codes, e.g. US, FR">${$("excludedCountries",r,d)}<//>
        <${j} label="Hostnames" hint="e.g. staging.example.com">${$("excludedHostnames",i,m)}<//>
      </div>
    <//>
  <//>`}function Cu({initial:e,save:t}){let[a,n]=S(e.revenueMetric||"revenue"),[l,s]=S(!!e.includeRenewalRevenue),[r,d]=S(e.kpi||""),[i,m]=S(e.kpiColorScheme||"orange");return u`<${ne} title="Revenue and KPI">
    <${be}
      onSubmit=${async()=>{await t({revenueMetric:a,includeRenewalRevenue:l,kpi:r.trim()||null,kpiColorScheme:i},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${j} label="Revenue metric"
          ><${dt} name="revenueMetric" value=${a} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${j} label="KPI color"><${dt} name="kpiColorScheme" value=${i} onChange=${m} options=${vu} /><//>
      </div>
      <${j} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${ce} name="kpi" value=${r} onInput=${d}
      /><//>
      <${Ve} name="includeRenewalRevenue" checked=${l} onChange=${s} label="Count renewals in revenue totals" />
    <//>
  <//>`}function Tu({initial:e,save:t}){let[a,n]=S(!!e.sendWeeklyReports),[l,s]=S(!!e.sendViralTrafficAlerts);return u`<${ne} title="Emails">
    <${ze}>Sent to the website owner's email address.<//>
    <${be} onSubmit=${()=>t({sendWeeklyReports:a,sendViralTrafficAlerts:l},"Email settings saved")}>
      <div class="toggles">
        <${Ve} name="sendWeeklyReports" checked=${a} onChange=${n} label="Weekly report every Monday" />
        <${Ve} name="sendViralTrafficAlerts" checked=${l} onChange=${s} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var ii=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function ci({websiteId:e,site:t}){return u`
    <${Au} websiteId=${e} site=${t} />
    <${Pu} websiteId=${e} site=${t} />
  `}function di(e){return e?Ne(e):u`<span class="muted">Never</span>`}function Au({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/apikeys`,n=le(()=>E.get(a),[e]),[l,s]=S(null),r=()=>s(null),d=(i,m)=>{n.reload(),s(u`<${Na} title=${i} secret=${m[0].key} what="website key" onClose=${r} />`)};return u`<${ne}
    title="Website keys"
    class="website-keys"
    actions=${u`<${q} kind="primary" onClick=${()=>s(u`<${_u} path=${a} onClose=${r} onCreated=${i=>d("Website key created",i)} />`)}>New website key<//>`}
  >
    <${ze}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&u`<${X} error=${n.error} />`}
    ${n.loading&&!n.data?u`<${ie} />`:u`<${ut}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(i=>({...i,key:i._id}))}
          columns=${[{key:"name",label:"Name",render:i=>i.name||u`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:i=>u`<code class="mono" data-masked-key>${i.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:i=>di(i.lastUsedAt)},{key:"createdAt",label:"Created",render:i=>Ne(i.createdAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:i=>u`<div class="row-actions">
                <${q}
                  class="btn-small"
                  aria-label=${`Roll ${i.name||i.displayKey}`}
                  onClick=${()=>s(u`<${an}
                      title="Roll this key?"
                      message=${`${i.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let m=await E.put(`${a}/${i._id}`);setTimeout(()=>d("Website key rolled",m))}}
                      onClose=${r}
                    />`)}
                  >Roll<//
                >
                <${Ut}
                  what=${i.name||i.displayKey}
                  title="Delete this key?"
                  message=${`${i.displayKey} stops working at once. This cannot be undone.`}
                  url=${`${a}/${i._id}`}
                  done="Website key deleted"
                  onDone=${n.reload}
                  openDialog=${s}
                  closeDialog=${r}
                />
              </div>`}]}
        />`}
    ${l}
  <//>`}function _u({path:e,onClose:t,onCreated:a}){let[n,l]=S("");return u`<${lt} title="New website key" onClose=${t}>
    <${be}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let s=await E.post(e,n.trim()?{name:n.trim()}:{});t(),a(s)}}
    >
      <${j} label="Name" hint="Where the key is used, e.g. Production server"
        ><${ce} name="keyName" value=${n} onInput=${l} maxlength="100"
      /><//>
    <//>
  <//>`}function Du(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=fs()||[];return e.websiteIds.map(a=>t.find(n=>n._id===a)?.domain||a).join(", ")}function Eu(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function Pu({websiteId:e,site:t}){let a="/api/v1/admin/access-tokens",n=le(()=>E.get(a),[]),[l,s]=S(null),r=()=>s(null);return u`<${ne}
    title="Account tokens"
    class="account-tokens"
    actions=${u`<${q}
      kind="primary"
      onClick=${()=>s(u`<${Mu}
          websiteId=${e}
          site=${t}
          onClose=${r}
          onCreated=${d=>{n.reload(),s(u`<${Na} title="Account token created" secret=${d[0].key} what="token" onClose=${r} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${ze}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&u`<${X} error=${n.error} />`}
    ${n.loading&&!n.data?u`<${ie} />`:u`<${ut}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(d=>({...d,key:d._id}))}
          columns=${[{key:"name",label:"Name",render:d=>d.name||u`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:d=>u`<code class="mono" data-masked-key>${d.displayKey}</code>`},{key:"permissions",label:"Permissions",render:d=>u`<span class="small">${Eu(d)}</span>`},{key:"websiteIds",label:"Websites",render:d=>u`<span class="small">${Du(d)}</span>`},{key:"lastUsedAt",label:"Last used",render:d=>di(d.lastUsedAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:d=>u`<div class="row-actions">
                <${Ut}
                  label="Revoke"
                  what=${d.name||d.displayKey}
                  title="Revoke this token?"
                  message=${`${d.displayKey} stops working at once. This cannot be undone.`}
                  url=${`${a}/${d._id}`}
                  done="Token revoked"
                  onDone=${n.reload}
                  openDialog=${s}
                  closeDialog=${r}
                />
              </div>`}]}
        />`}
    ${l}
  <//>`}function Mu({websiteId:e,site:t,onClose:a,onCreated:n}){let[l,s]=S(""),[r,d]=S(!1),[i,m]=S(["analytics:read","websites:read"]),[$,f]=S(!0),h=(w,y)=>m(A=>y?[...A.filter(M=>M!==w),w]:A.filter(M=>M!==w));return u`<${lt} title="New account token" onClose=${a}>
    <${be}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let w={permissions:r?["*"]:ii.map(([A])=>A).filter(A=>i.includes(A)),websiteIds:$?[e]:[]};l.trim()&&(w.name=l.trim());let y=await E.post("/api/v1/admin/access-tokens",w);a(),n(y)}}
    >
      <${j} label="Name" hint="e.g. Reporting script"><${ce} name="tokenName" value=${l} onInput=${s} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${Ve} name="perm-all" checked=${r} onChange=${d} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${r}>
          ${ii.map(([w,y])=>u`<${Ve} key=${w} name=${`perm-${w}`} value=${w} checked=${i.includes(w)} onChange=${A=>h(w,A)} label=${u`<span class="perm">${y}<code>${w}</code></span>`} />`)}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Websites</legend>
        <div class="toggles" role="radiogroup">
          <label class="checkbox"><input type="radio" name="scope" checked=${$} onChange=${()=>f(!0)} /> <span>Only ${t?.domain||"this website"}</span></label>
          <label class="checkbox"><input type="radio" name="scope" checked=${!$} onChange=${()=>f(!1)} /> <span>All websites of the account</span></label>
        </div>
      </fieldset>
    <//>
  <//>`}function Ru(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function ui({websiteId:e,role:t}){let a=`/api/v1/admin/websites/${e}/team`,n=le(()=>Promise.all([E.get(a),E.get(`${a}/invitations`)]),[e]),[l,s]=S(null),r=()=>s(null),d=t==="owner",[i,m]=n.data||[[],[]],$=(f,h,w,y)=>s(u`<${an}
      title=${f}
      message=${h}
      confirmLabel="Remove"
      run=${async()=>{await E.del(a,w),Pe(y),n.reload()}}
      onClose=${r}
    />`);return u`
    ${d&&u`<${Lu} path=${a} onInvited=${f=>{n.reload(),s(u`<${Iu} invitation=${f[0]} onClose=${r} />`)}} />`}
    <${ne} title="Members" class="team-members">
      ${!d&&u`<${ze}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&u`<${X} error=${n.error} />`}
      ${n.loading&&!n.data?u`<${ie} />`:u`<${ut}
            caption="Members"
            rows=${i.map(f=>({...f,key:f.userId}))}
            columns=${[{key:"name",label:"Name",render:f=>u`${f.name||f.email}${f.email===Fe.user?.email?u` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>u`<span class="badge">${f.role}</span>`},{key:"joinedAt",label:"Joined",render:f=>Ne(f.joinedAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:f=>d&&f.role!=="owner"?u`<div class="row-actions"><${q}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${f.email}`}
                        onClick=${()=>$("Remove this person?",`${f.email} loses access to this website at once, with their tokens and keys for it.`,{userId:f.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${ne} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?u`<${ie} />`:u`<${ut}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${m.map(f=>({...f,key:f.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>u`<span class="badge">${f.role}</span>`},{key:"createdAt",label:"Invited",render:f=>Ne(f.createdAt)},{key:"expiresAt",label:"Expires",render:f=>Ne(f.expiresAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:f=>d?u`<div class="row-actions"><${q}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${f.email}`}
                        onClick=${()=>$("Revoke this invitation?",`The link sent to ${f.email} stops working.`,{invitationId:f.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${l}
  `}function Lu({path:e,onInvited:t}){let[a,n]=S(""),[l,s]=S("viewer");return u`<${ne} title="Invite someone">
    <${ze}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${be}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let r=await E.post(e,{email:a.trim(),role:l});n(""),t(r)}}
    >
      <div class="grid-2">
        <${j} label="Email"><${ce} type="email" name="inviteEmail" required value=${a} onInput=${n} autocomplete="off" /><//>
        <${j} label="Role"><${dt} name="inviteRole" value=${l} onChange=${s} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Iu({invitation:e,onClose:t}){let a=Ru(e.inviteUrl);return u`<${lt} title="Invitation created" onClose=${t} footer=${u`<${q} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${Ne(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${Yt} text=${a} label="Copy link" /></div>
  <//>`}function mi({status:e}){return u`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function pi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,a=le(()=>E.get(t),[e]),n=le(()=>E.getFull(`${t}/history`,{limit:50}),[e]),[l,s]=S(null),r=()=>s(null),d=()=>{r(),a.reload(),n.reload()},i=m=>s(u`<${Nu} path=${t} alert=${m} onClose=${r} onSaved=${d} />`);return u`
    <${ne} title="Goal alerts" class="alerts" actions=${u`<${q} kind="primary" onClick=${()=>i(null)}>New alert<//>`}>
      <${ze}>An email to the website owner each time a visitor completes the goal.<//>
      ${a.error&&u`<${X} error=${a.error} />`}
      ${a.loading&&!a.data?u`<${ie} />`:u`<${ut}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(a.data||[]).map(m=>({...m,key:m._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:m=>u`<code>${m.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:m=>u`<span class="badge">${m.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:m=>m.recentLogs?.[0]?u`<${mi} status=${m.recentLogs[0].status} /> ${Ne(m.recentLogs[0].triggeredAt)}`:u`<span class="muted">Never</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:m=>u`<div class="row-actions">
                  <${q} class="btn-small" aria-label=${`Edit ${m.name}`} onClick=${()=>i(m)}>Edit<//>
                  <${Ut}
                    what=${m.name}
                    title="Delete this alert?"
                    message=${`"${m.name}" stops sending emails. Its history stays.`}
                    url=${`${t}/${m._id}`}
                    done="Alert deleted"
                    onDone=${a.reload}
                    openDialog=${s}
                    closeDialog=${r}
                  />
                </div>`}]}
          />`}
    <//>
    <${ne} title="Delivery history" class="alert-history" actions=${u`<${q} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&u`<${X} error=${n.error} />`}
      ${n.data&&u`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?u`<${ie} />`:u`<${ut}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:m=>Ne(m.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:m=>u`<code>${m.goalName}</code>`},{key:"status",label:"Status",render:m=>u`<${mi} status=${m.status} />${m.error?u` <span class="small muted">${m.error}</span>`:""}`}]}
          />`}
    <//>
    ${l}
  `}function Nu({path:e,alert:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[r,d]=S(t?.trigger?.goalName||""),[i,m]=S(t?.template?.subject||""),[$,f]=S(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[h,w]=S(t?t.isEnabled:!0);return u`<${lt} title=${t?"Edit alert":"New alert"} onClose=${a}>
    <${be}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:l.trim(),trigger:{type:"goal",goalName:r.trim()},destination:{type:"email"},template:{subject:i.trim()||null,message:$.trim()},isEnabled:h};t?await E.put(`${e}/${t._id}`,y):await E.post(e,y),Pe(t?"Alert saved":"Alert created"),n()}}
    >
      <${j} label="Name"><${ce} name="alertName" required value=${l} onInput=${s} maxlength="100" /><//>
      <${j} label="Goal" hint="The goal name your site sends, e.g. signup"><${ce} name="alertGoal" required value=${r} onInput=${d} /><//>
      <${j} label="Subject" hint="Empty: the standard subject"><${ce} name="alertSubject" value=${i} onInput=${m} maxlength="200" /><//>
      <${j} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${$} onInput=${y=>f(y.currentTarget.value)}></textarea>
      <//>
      <${Ve} name="alertEnabled" checked=${h} onChange=${w} label="Enabled" />
    <//>
  <//>`}var zu=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function fi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,a=le(()=>E.get(t),[e]);if(a.loading&&!a.data)return u`<${ie} />`;if(a.error)return u`<${X} error=${a.error} />`;let n=a.data[0];return u`<div class="provider-grid">
    ${zu.map(([l,s,r,d])=>u`<${Fu} key=${l} path=${`${t}/${l}`} slug=${l} name=${s} fields=${r} webhookHelp=${d} state=${n[l]||{}} reload=${a.reload} />`)}
  </div>`}function Fu({path:e,slug:t,name:a,fields:n,webhookHelp:l,state:s,reload:r}){let[d,i]=S({}),[m,$]=S(null),[f,h]=S(!1),w=(A,M)=>i(V=>({...V,[A]:M})),y=!!s.connected;return u`<${ne}
    title=${u`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${a}`}
    class=${`provider provider-${t}`}
    actions=${u`<span class=${`badge ${y?"badge-ok":""}`}>${y?"Connected":"Not connected"}</span>`}
  >
    ${y&&u`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${s.displayKey||"\u2014"}</code></dd>
      ${s.storeId&&u`<dt>Store</dt><dd>${s.storeId}</dd>`}
      ${s.orgId&&u`<dt>Organization</dt><dd>${s.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${s.webhookSecretConfigured?u`<code class="mono">${s.displayWebhookSecret}</code>`:u`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${Ne(s.connectedAt)}</dd>
      ${t==="paddle"&&s.resyncRequestedAt&&u`<dt>Resync queued</dt><dd>${Ne(s.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${gl} title="Webhook URL" hint=${l}><${Yt} text=${s.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!f?u`<div class="form-actions">
          <${q} onClick=${()=>h(!0)}>Replace keys<//>
          ${t==="paddle"&&u`<${q}
            onClick=${async()=>{try{await E.patch(e),Pe("Paddle resync queued"),r()}catch(A){Pe(A.message,"error")}}}
            >Resync payments<//
          >`}
          <${q}
            class="btn-danger"
            onClick=${()=>$(u`<${an}
                title=${`Disconnect ${a}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await E.del(e),Pe(`${a} disconnected`),r()}}
                onClose=${()=>$(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:u`<${be}
          submitLabel=${y?"Save keys":`Connect ${a}`}
          busyLabel="Connecting…"
          extra=${y?u`<${q} onClick=${()=>h(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let A={};for(let[M]of n)(d[M]||"").trim()&&(A[M]=d[M].trim());(d.webhookSecret||"").trim()&&(A.webhookSecret=d.webhookSecret.trim()),await E.post(e,A),Pe(`${a} connected`),i({}),h(!1),r()}}
        >
          ${n.map(([A,M,V,k])=>u`<${j} key=${A} label=${M} hint=${V}
                ><${ce} name=${`${t}-${A}`} type=${k?"password":"text"} autocomplete="off" value=${d[A]||""} onInput=${T=>w(A,T)}
              /><//>`)}
          <${j} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${ce} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${d.webhookSecret||""} onInput=${A=>w("webhookSecret",A)}
          /><//>
        <//>`}
    ${m}
  <//>`}var Ou=100;function Vu(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function gi({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/notes`,[n,l]=S(""),s=le(()=>E.getFull(a,{limit:Ou,q:n.trim()||void 0}),[e,n]),[r,d]=S(null),i=()=>d(null),m=h=>d(u`<${Uu}
      path=${a}
      note=${h}
      timeZone=${t?.timezone}
      onClose=${i}
      onSaved=${()=>{i(),s.reload()}}
    />`),$=s.data?.data||[],f=s.data?.pagination?.total??$.length;return u`<${ne} title="Notes" class="notes" actions=${u`<${q} kind="primary" onClick=${()=>m(null)}>New note<//>`}>
    <${ze}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${ce} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${l} /></label>
      ${s.data&&u`<span class="muted small">${f} note${f===1?"":"s"}${f>$.length?`, newest ${$.length} shown`:""}</span>`}
    </div>
    ${s.error&&u`<${X} error=${s.error} />`}
    ${s.loading&&!s.data?u`<${ie} />`:u`<${ut}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${$.map(h=>({...h,key:h.id}))}
          columns=${[{key:"timestamp",label:"When",render:h=>u`<span style="white-space:nowrap">${Ne(h.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:h=>u`<span class="note-text">${h.text}</span>`},{key:"author",label:"By",render:h=>h.author?.name||u`<span class="muted">—</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:h=>u`<div class="row-actions">
                <${q} class="btn-small" aria-label=${`Edit note ${h.text.slice(0,30)}`} onClick=${()=>m(h)}>Edit<//>
                <${Ut}
                  what=${`note ${h.text.slice(0,30)}`}
                  title="Delete this note?"
                  message=${h.text}
                  url=${`${a}/${h.id}`}
                  done="Note deleted"
                  onDone=${s.reload}
                  openDialog=${d}
                  closeDialog=${i}
                />
              </div>`}]}
        />`}
    ${r}
  <//>`}function Uu({path:e,note:t,timeZone:a,onClose:n,onSaved:l}){let s=t?Wu(t.timestamp,a):{date:Vu(),time:""},[r,d]=S(t?.text||""),[i,m]=S(s.date),[$,f]=S(s.time);return u`<${lt} title=${t?"Edit note":"New note"} onClose=${n}>
    <${be}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let h=$?Bu(i,$,a):i,w={text:r.trim(),timestamp:h};t?await E.put(`${e}/${t.id}`,w):await E.post(e,w),Pe(t?"Note saved":"Note added"),l()}}
    >
      <${j} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${r} onInput=${h=>d(h.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${j} label="Date"><${ce} type="date" name="noteDate" required value=${i} onInput=${m} /><//>
        <${j} label="Time" hint=${`Optional, ${a||"UTC"}`}><${ce} type="time" name="noteTime" value=${$} onInput=${f} /><//>
      </div>
    <//>
  <//>`}function hi(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(a.formatToParts(new Date(e)).map(l=>[l.type,l.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Wu(e,t){let a=hi(Date.parse(e),t);return{date:a.date,time:a.time==="00:00"?"":a.time}}function Bu(e,t,a){let n=Date.parse(`${e}T${t}:00Z`),l=n;for(let s=0;s<2;s++){let r=hi(l,a),d=Date.parse(`${r.date}T${r.time}:00Z`);l+=n-d}return new Date(l).toISOString()}function Hu(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function $i({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,a=le(()=>E.get(t),[e]),[n,l]=S(null),s=()=>l(null),r=d=>l(u`<${Gu}
      path=${t}
      funnel=${d}
      onClose=${s}
      onSaved=${()=>{s(),a.reload()}}
    />`);return u`<${ne} title="Funnels" class="funnels" actions=${u`<${q} kind="primary" onClick=${()=>r(null)}>New funnel<//>`}>
    <${ze}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${a.error&&u`<${X} error=${a.error} />`}
    ${a.loading&&!a.data?u`<${ie} />`:u`<${ut}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(a.data||[]).map(d=>({...d,key:d._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:d=>u`<span class="small">${d.steps.map(i=>`${i.name} (${Hu(i)})`).join(" \u2192 ")}</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:d=>u`<div class="row-actions">
                <${q} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>r(d)}>Edit<//>
                <${Ut}
                  what=${d.name}
                  title="Delete this funnel?"
                  message=${`"${d.name}" disappears from the dashboard.`}
                  url=${`${t}/${d._id}`}
                  done="Funnel deleted"
                  onDone=${a.reload}
                  openDialog=${l}
                  closeDialog=${s}
                />
              </div>`}]}
        />`}
    ${n}
  <//>`}var Eo=()=>({name:"",type:"pageview",url:"",goalName:""});function Gu({path:e,funnel:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[r,d]=S(t?t.steps.map(m=>({id:m.id,name:m.name,type:m.type,url:m.url||"",goalName:m.goalName||""})):[Eo(),Eo()]),i=(m,$)=>d(f=>f.map((h,w)=>w===m?{...h,...$}:h));return u`<${lt} title=${t?"Edit funnel":"New funnel"} onClose=${a}>
    <${be}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let m={name:l.trim(),steps:r.map($=>{let f={name:$.name.trim(),type:$.type};return $.id&&(f.id=$.id),$.type==="goal"?f.goalName=$.goalName.trim():f.url=$.url.trim(),f})};t?await E.put(`${e}/${t._id}`,m):await E.post(e,m),Pe(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${j} label="Funnel name"><${ce} name="funnelName" required value=${l} onInput=${s} maxlength="100" /><//>
      ${r.map((m,$)=>u`<fieldset class="group" key=${$}>
          <legend>Step ${$+1}</legend>
          <div class="grid-2">
            <${j} label=${`Step ${$+1} name`}><${ce} name=${`stepName${$}`} required value=${m.name} onInput=${f=>i($,{name:f})} /><//>
            <${j} label=${`Step ${$+1} kind`}
              ><${dt} name=${`stepType${$}`} value=${m.type} onChange=${f=>i($,{type:f})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${m.type==="goal"?u`<${j} label=${`Step ${$+1} goal`}><${ce} name=${`stepGoal${$}`} required value=${m.goalName} onInput=${f=>i($,{goalName:f})} /><//>`:u`<${j} label=${`Step ${$+1} page`} hint="A path; * matches anything"
                ><${ce} name=${`stepUrl${$}`} required placeholder="/pricing" value=${m.url} onInput=${f=>i($,{url:f})}
              /><//>`}
          ${r.length>2&&u`<${q} class="btn-small btn-danger" onClick=${()=>d(f=>f.filter((h,w)=>w!==$))}>Remove step ${$+1}<//>`}
        </fieldset>`)}
      <div><${q} class="btn-small" onClick=${()=>d(m=>[...m,Eo()])}>Add a step<//></div>
    <//>
  <//>`}function bi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/goals`,a=le(()=>E.get(t),[e]),n=le(()=>E.getFull(`${t}/customizations`),[e]),[l,s]=S(null),r=()=>s(null),d=()=>{r(),n.reload()},i=new Map((n.data?.data||[]).map(h=>[h.goalName,h])),m=n.data?.colors||[],$=[...(a.data||[]).map(h=>({name:h.name,total:h.total,visitors:h.uv})),...[...i.keys()].filter(h=>!(a.data||[]).some(w=>w.name===h)).map(h=>({name:h,total:0,visitors:0}))].map(h=>({...h,key:h.name,look:i.get(h.name)})),f=a.error||n.error;return u`<${ne} title="Goals" class="goals-settings">
    <${ze}>How each goal reads on the dashboard. The tracked event keeps its name; only its label, color and description change.<//>
    ${f&&u`<${X} error=${f} />`}
    ${a.loading&&!a.data||n.loading&&!n.data?u`<${ie} />`:u`<${ut}
          caption="Goals"
          empty="No goal recorded yet. Goals appear here once a visitor completes one."
          rows=${$}
          columns=${[{key:"name",label:"Goal",render:h=>u`<span class="goal-name">
                <span class="goal-dot" style=${h.look?.color?{background:h.look.color}:{}} aria-hidden="true"></span>
                <strong>${h.look?.displayName||h.name}</strong>
                ${h.look?.displayName&&u` <code class="muted small">${h.name}</code>`}
              </span>`},{key:"total",label:"Completions",render:h=>Re(h.total)},{key:"visitors",label:"Visitors",render:h=>Re(h.visitors)},{key:"description",label:"Description",render:h=>h.look?.description||u`<span class="muted">—</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:h=>u`<div class="row-actions">
                <${q}
                  class="btn-small"
                  aria-label=${`Customize goal ${h.name}`}
                  onClick=${()=>s(u`<${ju} path=${`${t}/customizations`} goal=${h.name} look=${h.look} palette=${m} onClose=${r} onSaved=${d} />`)}
                  >Customize<//
                >
                ${h.look&&u`<${Ut}
                  label="Reset"
                  what=${`goal ${h.name}`}
                  title="Reset this goal?"
                  message=${`"${h.name}" goes back to its raw name and the automatic color.`}
                  url=${`${t}/customizations?goalName=${encodeURIComponent(h.name)}`}
                  done="Goal reset"
                  onDone=${n.reload}
                  openDialog=${s}
                  closeDialog=${r}
                />`}
              </div>`}]}
        />`}
    ${l}
  <//>`}function ju({path:e,goal:t,look:a,palette:n,onClose:l,onSaved:s}){let[r,d]=S(a?.displayName||""),[i,m]=S(a?.color||""),[$,f]=S(a?.description||"");return u`<${lt} title=${`Customize \u201C${t}\u201D`} onClose=${l}>
    <${be}
      submitLabel="Save goal"
      onSubmit=${async()=>{await E.patch(e,{goalName:t,displayName:r.trim()||null,color:i||null,description:$.trim()||null}),Pe("Goal saved"),s()}}
    >
      <${j} label="Display name" hint="Shown instead of the raw name"><${ce} name="goalDisplayName" maxlength="80" value=${r} onInput=${d} /><//>
      <${j} label="Color">
        <${dt}
          name="goalColor"
          value=${i}
          onChange=${m}
          options=${[["","Automatic"],...n.map(h=>[h.color,h.label])]}
        />
      <//>
      <${j} label="Description"><textarea class="input" name="goalDescription" maxlength="300" value=${$} onInput=${h=>f(h.currentTarget.value)}></textarea><//>
    <//>
  <//>`}function vi({websiteId:e,role:t}){if(t!=="owner")return u`<${ne} title="AI crawlers">
      <p class="muted">Only the website's owner manages crawler tracking.</p>
    <//>`;let a=`/api/v1/admin/websites/${e}/bot-traffic`,n=le(()=>E.get(`${a}/settings`),[e]),l=le(()=>E.get(`${a}/token`),[e]),s=n.data?.[0];return u`<div class="bots">
    ${n.error&&u`<${X} error=${n.error} />`}
    ${s?u`<${Ku} base=${a} data=${s} onSaved=${n.reload} />`:u`<${ie} />`}
    <${qu} base=${a} status=${l.data?.[0]} error=${l.error} onChanged=${()=>{l.reload(),n.reload()}} />
  </div>`}function Ku({base:e,data:t,onSaved:a}){let[n,l]=S(new Set(t.settings.excludedCrawlerIds)),[s,r]=S(t.settings.verifiedOnly),[d,i]=S(!1),[m,$]=S(null),f=(w,y)=>{let A=new Set(n);y?A.delete(w):A.add(w),l(A)},h=async w=>{w.preventDefault(),i(!0),$(null);try{await E.patch(`${e}/settings`,{excludedCrawlerIds:[...n],verifiedOnly:s}),Pe("Crawler settings saved"),a()}catch(y){$(y)}i(!1)};return u`<${ne} title="AI crawlers" class="crawlers">
    <${ze}>Hits from these crawlers are kept when your server reports them to <code>${location.origin}/api/bot-traffic</code>. Unchecked crawlers are dropped before anything is stored.<//>
    <form onSubmit=${h}>
      <div class="crawler-companies">
        ${t.companies.map(w=>u`<fieldset class="crawler-company" key=${w.company}>
            <legend>${w.company}</legend>
            ${w.crawlers.map(y=>u`<${Ve}
                key=${y.id}
                name=${`crawler-${y.id}`}
                label=${u`${y.name} <span class="muted small">${y.category.replace("_"," ")}</span>`}
                checked=${!n.has(y.id)}
                onChange=${A=>f(y.id,A)}
              />`)}
          </fieldset>`)}
      </div>
      <div class="checks"><${Ve} name="verifiedOnly" label="Keep only crawlers verified by their IP address" checked=${s} onChange=${r} /></div>
      <${X} error=${m} />
      <div class="form-actions"><${q} kind="primary" type="submit" disabled=${d}>${d?"Saving\u2026":"Save crawler settings"}<//></div>
    </form>
  <//>`}function qu({base:e,status:t,error:a,onChanged:n}){let[l,s]=S(null),r=()=>s(null),d=h=>s(u`<${Na} title="Crawler request token" what="token" secret=${h} onClose=${r} />`),i=async h=>{let w=h==="post"?await E.post(`${e}/token`):await E.put(`${e}/token`);n(),d(w?.[0]?.requestAuthToken)},[m,$]=S(null);at(()=>$(null),[t?.requireAuthToken,t?.hasToken]);let f=async h=>{$(h);try{await E.patch(`${e}/settings`,{requireAuthToken:h}),Pe(h?"Reports now need the token":"Reports no longer need the token")}catch(w){$(null),Pe(w.message)}n()};return u`<${ne} title="Request token" class="bot-token">
    <${ze}>Servers reporting crawler hits send this token as <code>Authorization: Bearer dfbot_…</code>. Once it is required, reports without it are refused.<//>
    ${a&&u`<${X} error=${a} />`}
    ${t?t.hasToken?u`<div class="bot-token-status" data-token=${t.displayToken}>
              <span class="muted small">Token (masked), created ${Ne(t.createdAt)}</span>
              <code>${t.displayToken}</code>
            </div>
            <div class="checks"><${Ve} name="requireAuthToken" label="Require the token on every report" checked=${m??t.requireAuthToken} onChange=${f} /></div>
            <div class="row-actions">
              <${q} onClick=${()=>i("put")}>Rotate token<//>
              <${q}
                class="btn-danger"
                onClick=${()=>s(u`<${an}
                    title="Revoke the token?"
                    message="Reports signed with it are refused at once, and the token is no longer required."
                    confirmLabel="Revoke"
                    run=${async()=>{await E.del(`${e}/token`),Pe("Token revoked"),n()}}
                    onClose=${r}
                  />`)}
                >Revoke token<//
              >
            </div>`:u`<p class="muted">No token yet: anyone who knows the website id can report crawler hits.</p>
            <${q} kind="primary" onClick=${()=>i("post")}>Create token<//>`:u`<${ie} />`}
    ${l}
  <//>`}var Po=[["website","Website",ri],["keys","API keys",ci],["team","Team",ui],["goals","Goals",bi],["funnels","Funnels",$i],["alerts","Alerts",pi],["integrations","Integrations",fi],["notes","Notes",gi],["crawlers","AI crawlers",vi]];function yi({websiteId:e,site:t,section:a,role:n,navigate:l}){if(n!=="owner"&&n!=="member")return u`<${ne} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let s=Po.find(([m])=>m===a)||Po[0],[r,,d]=s,i=`/sites/${e}/settings`;return u`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${Po.map(([m,$])=>u`<a href=${`${i}/${m}`} class=${`navtab ${m===r?"active":""}`} aria-current=${m===r?"page":void 0}
            >${$}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${r}>
      <${d} key=${`${e}-${r}`} websiteId=${e} site=${t} role=${n} navigate=${l} />
    </div>
  </div>`}var Yu=[["/login",hs,"anyone"],["/setup",$s,"anyone"],["/invite/:token",si,"anyone"],["/share/:websiteId",em,"anyone"],["/",ws,"member"],["/sites/:websiteId",za(Ao,"dashboard"),"member"],["/sites/:websiteId/realtime",za(ai,"realtime"),"member"],["/sites/:websiteId/visitors",za(li,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",za(oi,"visitors"),"member"],["/sites/:websiteId/settings/:section?",za(Xu,"settings"),"member"]];function Zu(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[a,n,l]of Yu){let s=a.split("/").filter(Boolean),r={},d=!0;for(let i=0;i<Math.max(s.length,t.length);i++){let m=s[i],$=t[i];if(m===void 0){d=!1;break}if(m.startsWith(":")){let f=m.endsWith("?"),h=m.slice(1).replace(/\?$/,"");if($===void 0){f||(d=!1);break}r[h]=decodeURIComponent($)}else if(m!==$){d=!1;break}}if(d)return{screen:n,params:r,access:l}}return null}function wi(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var hl=new Set;function Fa(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),hl.forEach(a=>a()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>hl.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href,window.location.href);a.origin!==window.location.origin||a.pathname.startsWith("/api/")||a.pathname.startsWith("/js/")||(e.preventDefault(),Fa(a.pathname+a.search))});function Ju(){let[e,t]=S(wi()),[a,n]=S({checked:!1,error:null});if(at(()=>{let d=()=>t(wi());return hl.add(d),()=>hl.delete(d)},[]),at(()=>{let d=window.location.pathname.startsWith("/sites/")?na().catch(()=>null):null;Promise.all([Za(),d]).then(()=>n({checked:!0,error:null}),i=>n({checked:!0,error:i})),E.onUnauthorized=()=>{Fe.user=null,Fe.csrfToken=null;let i=window.location.pathname;!["/login","/setup"].includes(i)&&!i.startsWith("/share/")&&!i.startsWith("/invite/")&&Fa(`/login?next=${encodeURIComponent(i+window.location.search)}`,{replace:!0})}},[]),!a.checked)return u`<${ie} />`;if(a.error)return u`<main class="page"><${X} error=${a.error} /></main>`;let l=Zu(e.path);if(!l)return u`<${ki}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(l.access==="member"&&!Fe.user)return u`<${Qu} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let s=l.screen,r=u`<${s} params=${l.params} query=${e.query} navigate=${Fa} onAuth=${()=>n({checked:!0,error:null})} />`;return l.access==="member"?u`<${ki}>${r}<//>`:r}function Qu({to:e}){return at(()=>Fa(e,{replace:!0}),[e]),null}function ki({children:e}){return u`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Fe.user&&u`<span class="muted who">${Fe.user.name||Fe.user.email}</span>`}
        ${Fe.user&&u`<${q}
          kind="ghost"
          onClick=${async()=>{await ps(),Fa("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${Vl} />
  </div>`}function za(e,t){return function(n){let{websiteId:l}=n.params,[s,r]=S({site:Ja(l),error:null});if(at(()=>{s.site||na().then(()=>r({site:Ja(l),error:Ja(l)?null:new Error("This website does not exist or is not shared with you")}),$=>r({site:null,error:$}))},[l]),s.error)return u`<main class="page"><${X} error=${s.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!s.site)return u`<${ie} />`;let d=s.site,i=`/sites/${d._id}`,m=[["dashboard","Dashboard",i],["realtime","Realtime",`${i}/realtime`],["visitors","Visitors",`${i}/visitors`],...d.role==="viewer"?[]:[["settings","Settings",`${i}/settings`]]];return u`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${d.name||d.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${m.map(([$,f,h])=>u`<a href=${h} class=${`navtab ${$===t?"active":""}`} aria-current=${$===t?"page":void 0}>${f}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${n} site=${d} /></main>
    </div>`}}function Xu({params:e,site:t,navigate:a}){return u`<${yi} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${a} />`}function em(e){return u`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${Ao} ...${e} site=${null} shared=${!0} /></main>
    <${Vl} />
  </div>`}is(u`<${Ju} />`,document.getElementById("app"));export{Zu as match,Fa as navigate};
