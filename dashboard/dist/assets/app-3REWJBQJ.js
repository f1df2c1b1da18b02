import{A as te,B as ve,C as is,a as ss,b as S,c as lt,d as ka,f as d,g as Le,h as Pt,i as dn,j as rs,k as ze,l as Qn,m as ae,n as Xn,o as j,p as G,q as se,r as ut,s as Ue,t as mt,u as ot,v as Yt,w as we,x as Fl,y as ee,z as oe}from"/assets/chunk-IXRY7JOY.js";var qa=class extends Error{constructor(t,a){super(a),this.code=t}},Oe={user:null,csrfToken:null};function Zi(e,t){let a=new URLSearchParams;for(let[l,s]of Object.entries(t||{}))s==null||s===""||a.set(l,String(s));let n=a.toString();return n?`${e}?${n}`:e}async function ea(e,t,{query:a,body:n}={}){let l={Accept:"application/json"};n!==void 0&&(l["Content-Type"]="application/json"),e!=="GET"&&Oe.csrfToken&&(l["X-CSRF-Token"]=Oe.csrfToken);let s;try{s=await fetch(Zi(t,a),{method:e,headers:l,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)})}catch{throw new qa(0,"The server cannot be reached")}let r=null;try{r=await s.json()}catch{}if(s.ok&&r&&r.status==="success")return r;if(s.ok&&r&&r.status===void 0)return{status:"success",data:r};let u=r?.error?.message||`${s.status} ${s.statusText||"error"}`;throw s.status===401&&typeof D.onUnauthorized=="function"&&D.onUnauthorized(),new qa(r?.error?.code||s.status,u)}var D={async get(e,t){return(await ea("GET",e,{query:t})).data},async getFull(e,t){return ea("GET",e,{query:t})},async post(e,t){return(await ea("POST",e,{body:t??{}})).data},async put(e,t){return(await ea("PUT",e,{body:t??{}})).data},async patch(e,t){return(await ea("PATCH",e,{body:t??{}})).data},async del(e,t){return(await ea("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function xa(e){let t=Array.isArray(e)?e[0]:e;return Oe.user=t?.user||null,Oe.csrfToken=t?.csrfToken||null,Oe}async function Ya(){try{return xa(await D.get("/api/auth/session"))}catch(e){if(e.code===401)return xa(null);throw e}}async function cs(e,t){return xa(await D.post("/api/auth/login",{email:e,password:t}))}async function ds(e,t,a){return xa(await D.post("/api/auth/signup",{email:e,password:t,name:a||void 0}))}async function us(){try{await D.post("/api/auth/logout",{})}finally{xa(null)}}var un=null;async function ta(){return un=await D.get("/api/v1/admin/websites"),un}function ms(){return un}function Za(e){return un?.find(t=>t._id===e)||null}function ps(e,t){un&&(un=un.map(a=>a._id===e?{...a,...t}:a))}function Sa(){un=null}function Ji(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Ol({title:e,children:t,footer:a}){return d`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${a&&d`<div class="auth-foot muted">${a}</div>`}
    </div>
  </main>`}function fs({query:e,navigate:t,onAuth:a}){let[n,l]=S(""),[s,r]=S(""),[u,i]=S(!1);return lt(()=>{D.get("/api/auth/signup").then(m=>{m?.[0]?.signupOpen&&(i(!0),t("/setup",{replace:!0}))},()=>{})},[]),d`<${Ol}
    title="Log in"
    footer=${u?d`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${ve}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await cs(n.trim(),s),Sa(),a?.(),t(Ji(e),{replace:!0})}}
    >
      <${G} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${n} onInput=${l} /><//>
      <${G} label="Password"><${se} type="password" name="password" autocomplete="current-password" required value=${s} onInput=${r} /><//>
    <//>
  <//>`}function gs({navigate:e,onAuth:t}){let[a,n]=S({checked:!1,open:!1}),[l,s]=S(""),[r,u]=S(""),[i,m]=S("");return lt(()=>{D.get("/api/auth/signup").then($=>n({checked:!0,open:!!$?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),a.checked?a.open?d`<${Ol} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${ve}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await ds(r.trim(),i,l.trim()),Sa(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${G} label="Your name"><${se} name="name" autocomplete="name" value=${l} onInput=${s} /><//>
      <${G} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${r} onInput=${u} /><//>
      <${G} label="Password" hint="At least 8 characters"
        ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${i} onInput=${m}
      /><//>
    <//>
  <//>`:d`<${Ol} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:d`<${oe} />`}function Qi(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function hs({site:e,onFirstEvent:t}){let[a,n]=S(!1);return Xn(async()=>{if(a)return;((await D.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,a]),d`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${Yt} text=${Qi(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${a?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${a?d`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}var Ul=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var Xi="2015-01-01";function Wl(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Ta(e){let[t,a,n]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,n))}function $s(e){return e.toISOString().slice(0,10)}function Zt(e,t){let a=Ta(e);return a.setUTCDate(a.getUTCDate()+t),$s(a)}function Ca(e,t){let a=Ta(e),n=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+t,1)),l=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(a.getUTCDate(),l)),$s(n)}function Vl(e,t){return Math.round((Ta(t)-Ta(e))/864e5)}var Ja=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Aa({preset:e,from:t,to:a},n,l=new Date){let s=Wl(n,l),r=(i,m)=>({startAt:i,endAt:m,prevStartAt:Zt(i,-(Vl(i,m)+1)),prevEndAt:Zt(i,-1)}),u;switch(e){case"today":u={...r(s,s),interval:"hour"};break;case"yesterday":u={...r(Zt(s,-1),Zt(s,-1)),interval:"hour"};break;case"24h":{let i=new Date(Math.floor(l.getTime()/6e4)*6e4),m=new Date(i.getTime()-864e5),$=new Date(m.getTime()-864e5);u={startAt:m.toISOString(),endAt:i.toISOString(),prevStartAt:$.toISOString(),prevEndAt:new Date(m.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":u={...r(Zt(s,-6),s),interval:"day"};break;case"30d":u={...r(Zt(s,-29),s),interval:"day"};break;case"12m":u={...r(Zt(Ca(s,-12),1),s),interval:"month"};break;case"week":{let i=(Ta(s).getUTCDay()+6)%7,m=Zt(s,-i);u={startAt:m,endAt:s,prevStartAt:Zt(m,-7),prevEndAt:Zt(s,-7),interval:"day"};break}case"month":{let i=s.slice(0,8)+"01";u={startAt:i,endAt:s,prevStartAt:Ca(i,-1),prevEndAt:Ca(s,-1),interval:"day"};break}case"year":{let i=s.slice(0,5)+"01-01";u={startAt:i,endAt:s,prevStartAt:Ca(i,-12),prevEndAt:Ca(s,-12),interval:"month"};break}case"all":u={chartStartAt:Xi,chartEndAt:s,interval:"month"};break;case"custom":if(Ja(t)&&Ja(a)&&t<=a){let i=Vl(t,a);u={...r(t,a),interval:i===0?"hour":i<=62?"day":i<=400?"week":"month"};break}default:return Aa({preset:"30d"},n,l)}return{preset:e,...u,label:Ul.find(([i])=>i===e)?.[1]||e}}function bs(e){let t=e.startAt||e.chartStartAt,a=e.endAt||e.chartEndAt,n=Ja(t)&&Ja(a)?Vl(t,a)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,s])=>s).map(([s,r])=>[s,r])}function ec(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function tc({onAdded:e,onCancel:t}){let[a,n]=S(""),[l,s]=S(""),[r,u]=S(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return d`<${te} title="Add a website">
    <${ve}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&d`<${j} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let i=a.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),m=await D.post("/api/v1/admin/websites",{domain:i,name:l.trim()||i,timezone:r});await e(m[0])}}
    >
      <div class="grid-2">
        <${G} label="Domain" hint="Without https://, e.g. example.com"
          ><${se} name="domain" required placeholder="example.com" value=${a} onInput=${n}
        /><//>
        <${G} label="Name"><${se} name="name" placeholder="My site" value=${l} onInput=${s} /><//>
      </div>
      <${G} label="Time zone" hint="Days and charts follow this zone"
        ><${ut} name="timezone" value=${r} onChange=${u} options=${ec()}
      /><//>
    <//>
  <//>`}function nc({site:e}){let{data:t}=ae(()=>{let a=Aa({preset:"7d"},e.timezone||"UTC");return D.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",startAt:a.startAt,endAt:a.endAt})},[e._id]);return d`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${Le(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function vs({query:e,navigate:t}){let a=ae(()=>ta(),[]),[n,l]=S(!1),[s,r]=S(null);if(a.loading&&!a.data)return d`<${oe} />`;if(a.error)return d`<main class="page"><${ee} error=${a.error} /></main>`;let u=a.data||[],i=n||u.length===0&&!s;return d`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${u.length>0&&!i&&d`<${j} kind="primary" onClick=${()=>l(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&u.length===0&&d`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${i&&d`<${tc}
      onCancel=${u.length>0?()=>l(!1):null}
      onAdded=${async m=>{let $=await ta();a.reload(),l(!1),r($.find(f=>f._id===m.websiteId)||null)}}
    />`}
    ${s&&d`<div class="stack">
      <${hs} site=${s} />
      <p><a class="btn btn-primary" href=${`/sites/${s._id}`}>Open the dashboard</a></p>
    </div>`}
    ${u.length>0&&d`<ul class="site-list card">${u.map(m=>d`<${nc} key=${m._id} site=${m} />`)}</ul>`}
  </main>`}var ac="uplot",lc="u-hz",oc="u-vt",sc="u-title",rc="u-wrap",ic="u-under",cc="u-over",dc="u-axis",An="u-off",uc="u-select",mc="u-cursor-x",pc="u-cursor-y",fc="u-cursor-pt",gc="u-legend",hc="u-live",$c="u-inline",bc="u-series",vc="u-marker",ys="u-label",yc="u-value",Da="width",Pa="height";var ws="bottom",na="left",Bl="right",so="#000",ks=so+"0",Hl="mousemove",xs="mousedown",Gl="mouseup",Ss="mouseenter",Cs="mouseleave",Ts="dblclick",wc="resize",kc="scroll",As="change",nl="dppxchange",ro="--",ca=typeof window<"u",Zl=ca?document:null,la=ca?window:null,xc=ca?navigator:null,$e,Qa;function Jl(){let e=devicePixelRatio;$e!=e&&($e=e,Qa&&Xl(As,Qa,Jl),Qa=matchMedia(`(min-resolution: ${$e-.001}dppx) and (max-resolution: ${$e+.001}dppx)`),_n(As,Qa,Jl),la.dispatchEvent(new CustomEvent(nl)))}function wt(e,t){if(t!=null){let a=e.classList;!a.contains(t)&&a.add(t)}}function Ql(e,t){let a=e.classList;a.contains(t)&&a.remove(t)}function Pe(e,t,a){e.style[t]=a+"px"}function Ft(e,t,a,n){let l=Zl.createElement(e);return t!=null&&wt(l,t),a?.insertBefore(l,n),l}function Et(e,t){return Ft("div",e,t)}var _s=new WeakMap;function Jt(e,t,a,n,l){let s="translate("+t+"px,"+a+"px)",r=_s.get(e);s!=r&&(e.style.transform=s,_s.set(e,s),t<0||a<0||t>n||a>l?wt(e,An):Ql(e,An))}var Ds=new WeakMap;function Ps(e,t,a){let n=t+a,l=Ds.get(e);n!=l&&(Ds.set(e,n),e.style.background=t,e.style.borderColor=a)}var Es=new WeakMap;function Ms(e,t,a,n){let l=t+""+a,s=Es.get(e);l!=s&&(Es.set(e,l),e.style.height=a+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-a/2+"px":0)}var io={passive:!0},Sc={...io,capture:!0};function _n(e,t,a,n){t.addEventListener(e,a,n?Sc:io)}function Xl(e,t,a,n){t.removeEventListener(e,a,io)}ca&&Jl();function Ot(e,t,a,n){let l;a=a||0,n=n||t.length-1;let s=n<=2147483647;for(;n-a>1;)l=s?a+n>>1:kt((a+n)/2),t[l]<e?a=l:n=l;return e-t[a]<=t[n]-e?a:n}function sr(e){return(a,n,l)=>{let s=-1,r=-1;for(let u=n;u<=l;u++)if(e(a[u])){s=u;break}for(let u=l;u>=n;u--)if(e(a[u])){r=u;break}return[s,r]}}var rr=e=>e!=null,ir=e=>e!=null&&e>0,ol=sr(rr),Cc=sr(ir);function Tc(e,t,a,n=0,l=!1){let s=l?Cc:ol,r=l?ir:rr;[t,a]=s(e,t,a);let u=e[t],i=e[t];if(t>-1)if(n==1)u=e[t],i=e[a];else if(n==-1)u=e[a],i=e[t];else for(let m=t;m<=a;m++){let $=e[m];r($)&&($<u?u=$:$>i&&(i=$))}return[u??Se,i??-Se]}function sl(e,t,a,n){let l=Is(e),s=Is(t);e==t&&(l==-1?(e*=a,t/=a):(e/=a,t*=a));let r=a==10?tn:cr,u=l==1?kt:Mt,i=s==1?Mt:kt,m=u(r(je(e))),$=i(r(je(t))),f=oa(a,m),h=oa(a,$);return a==10&&(m<0&&(f=Ce(f,-m)),$<0&&(h=Ce(h,-$))),n||a==2?(e=f*l,t=h*s):(e=pr(e,f),t=rl(t,h)),[e,t]}function co(e,t,a,n){let l=sl(e,t,a,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var uo=.1,Rs={mode:3,pad:uo},Ma={pad:0,soft:null,mode:0},Ac={min:Ma,max:Ma};function al(e,t,a,n){return il(a)?Ls(e,t,a):(Ma.pad=a,Ma.soft=n?0:null,Ma.mode=n?3:0,Ls(e,t,Ac))}function ge(e,t){return e??t}function _c(e,t,a){for(t=ge(t,0),a=ge(a,e.length-1);t<=a;){if(e[t]!=null)return!0;t++}return!1}function Ls(e,t,a){let n=a.min,l=a.max,s=ge(n.pad,0),r=ge(l.pad,0),u=ge(n.hard,-Se),i=ge(l.hard,Se),m=ge(n.soft,Se),$=ge(l.soft,-Se),f=ge(n.mode,0),h=ge(l.mode,0),w=t-e,y=tn(w),T=pt(je(e),je(t)),E=tn(T),F=je(E-y);(w<1e-24||F>10)&&(w=0,(e==0||t==0)&&(w=1e-24,f==2&&m!=Se&&(s=0),h==2&&$!=-Se&&(r=0)));let k=w||T||1e3,_=tn(k),C=oa(10,kt(_)),O=k*(w==0?e==0?.1:1:s),R=Ce(pr(e-O,C/10),24),q=e>=m&&(f==1||f==3&&R<=m||f==2&&R>=m)?m:Se,Y=pt(u,R<q&&e>=q?q:Vt(q,R)),re=k*(w==0?t==0?.1:1:r),Q=Ce(rl(t+re,C/10),24),M=t<=$&&(h==1||h==3&&Q>=$||h==2&&Q<=$)?$:-Se,ne=Vt(i,Q>M&&t<=M?M:pt(M,Q));return Y==ne&&Y==0&&(ne=100),[Y,ne]}var Dc=new Intl.NumberFormat(ca?xc.language:"en-US"),mo=e=>Dc.format(e),xt=Math,tl=xt.PI,je=xt.abs,kt=xt.floor,Ge=xt.round,Mt=xt.ceil,Vt=xt.min,pt=xt.max,oa=xt.pow,Is=xt.sign,tn=xt.log10,cr=xt.log2,Pc=(e,t=1)=>xt.sinh(e)*t,jl=(e,t=1)=>xt.asinh(e/t),Se=1/0;function Ns(e){return(tn((e^e>>31)-(e>>31))|0)+1}function eo(e,t,a){return Vt(pt(e,t),a)}function dr(e){return typeof e=="function"}function me(e){return dr(e)?e:()=>e}var Ec=()=>{},ur=e=>e,mr=(e,t)=>t,Mc=e=>null,zs=e=>!0,Fs=(e,t)=>e==t,Rc=/\.\d*?(?=9{6,}|0{6,})/gm,Dn=e=>{if(gr(e)||pn.has(e))return e;let t=`${e}`,a=t.match(Rc);if(a==null)return e;let n=a[0].length-1;if(t.indexOf("e-")!=-1){let[l,s]=t.split("e");return+`${Dn(l)}e${s}`}return Ce(e,n)};function Cn(e,t){return Dn(Ce(Dn(e/t))*t)}function rl(e,t){return Dn(Mt(Dn(e/t))*t)}function pr(e,t){return Dn(kt(Dn(e/t))*t)}function Ce(e,t=0){if(gr(e))return e;let a=10**t,n=e*a*(1+Number.EPSILON);return Ge(n)/a}var pn=new Map;function fr(e){return((""+e).split(".")[1]||"").length}function La(e,t,a,n){let l=[],s=n.map(fr);for(let r=t;r<a;r++){let u=je(r),i=Ce(oa(e,r),u);for(let m=0;m<n.length;m++){let $=e==10?+`${n[m]}e${r}`:n[m]*i,f=(r>=0?0:u)+(r>=s[m]?0:s[m]),h=e==10?$:Ce($,f);l.push(h),pn.set(h,f)}}return l}var Ra={},po=[],sa=[null,null],mn=Array.isArray,gr=Number.isInteger,Lc=e=>e===void 0;function Os(e){return typeof e=="string"}function il(e){let t=!1;if(e!=null){let a=e.constructor;t=a==null||a==Object}return t}function Ic(e){return e!=null&&typeof e=="object"}var Nc=Object.getPrototypeOf(Uint8Array),hr="__proto__";function ra(e,t=il){let a;if(mn(e)){let n=e.find(l=>l!=null);if(mn(n)||t(n)){a=Array(e.length);for(let l=0;l<e.length;l++)a[l]=ra(e[l],t)}else a=e.slice()}else if(e instanceof Nc)a=e.slice();else if(t(e)){a={};for(let n in e)n!=hr&&(a[n]=ra(e[n],t))}else a=e;return a}function We(e){let t=arguments;for(let a=1;a<t.length;a++){let n=t[a];for(let l in n)l!=hr&&(il(e[l])?We(e[l],ra(n[l])):e[l]=ra(n[l]))}return e}var zc=0,Fc=1,Oc=2;function Vc(e,t,a){for(let n=0,l,s=-1;n<t.length;n++){let r=t[n];if(r>s){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<a&&e[l]==null;)e[s=l++]=null}}}function Uc(e,t){if(Hc(e)){let r=e[0].slice();for(let u=1;u<e.length;u++)r.push(...e[u].slice(1));return Gc(r[0])||(r=Bc(r)),r}let a=new Set;for(let r=0;r<e.length;r++){let i=e[r][0],m=i.length;for(let $=0;$<m;$++)a.add(i[$])}let n=[Array.from(a).sort((r,u)=>r-u)],l=n[0].length,s=new Map;for(let r=0;r<l;r++)s.set(n[0][r],r);for(let r=0;r<e.length;r++){let u=e[r],i=u[0];for(let m=1;m<u.length;m++){let $=u[m],f=Array(l).fill(void 0),h=t?t[r][m]:Fc,w=[];for(let y=0;y<$.length;y++){let T=$[y],E=s.get(i[y]);T===null?h!=zc&&(f[E]=T,h==Oc&&w.push(E)):f[E]=T}Vc(f,w,l),n.push(f)}}return n}var Wc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Bc(e){let t=e[0],a=t.length,n=Array(a);for(let s=0;s<n.length;s++)n[s]=s;n.sort((s,r)=>t[s]-t[r]);let l=[];for(let s=0;s<e.length;s++){let r=e[s],u=Array(a);for(let i=0;i<a;i++)u[i]=r[n[i]];l.push(u)}return l}function Hc(e){let t=e[0][0],a=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=a)return!1;if(l!=t){for(let s=0;s<a;s++)if(l[s]!=t[s])return!1}}return!0}function Gc(e,t=100){let a=e.length;if(a<=1)return!0;let n=0,l=a-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let s=pt(1,kt((l-n+1)/t));for(let r=e[n],u=n+s;u<=l;u+=s){let i=e[u];if(i!=null){if(i<=r)return!1;r=i}}return!0}var $r=["January","February","March","April","May","June","July","August","September","October","November","December"],br=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function vr(e){return e.slice(0,3)}var jc=br.map(vr),Kc=$r.map(vr),qc={MMMM:$r,MMM:Kc,WWWW:br,WWW:jc};function _a(e){return(e<10?"0":"")+e}function Yc(e){return(e<10?"00":e<100?"0":"")+e}var Zc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>_a(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>_a(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>_a(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>_a(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>_a(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Yc(e.getMilliseconds())};function fo(e,t){t=t||qc;let a=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)a.push(l[0][0]=="{"?Zc[l[1]]:l[0]);return s=>{let r="";for(let u=0;u<a.length;u++)r+=typeof a[u]=="string"?a[u]:a[u](s,t);return r}}var Jc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Qc(e,t){let a;return t=="UTC"||t=="Etc/UTC"?a=new Date(+e+e.getTimezoneOffset()*6e4):t==Jc?a=e:(a=new Date(e.toLocaleString("en-US",{timeZone:t})),a.setMilliseconds(e.getMilliseconds())),a}var yr=e=>e%1==0,ll=[1,2,2.5,5],Xc=La(10,-32,0,ll),wr=La(10,0,32,ll),ed=wr.filter(yr),Tn=Xc.concat(wr),go=`
`,kr="{YYYY}",Vs=go+kr,xr="{M}/{D}",Ea=go+xr,Xa=Ea+"/{YY}",Sr="{aa}",td="{h}:{mm}",aa=td+Sr,Us=go+aa,Ws=":{ss}",ye=null;function Cr(e){let t=e*1e3,a=t*60,n=a*60,l=n*24,s=l*30,r=l*365,i=(e==1?La(10,0,3,ll).filter(yr):La(10,-3,0,ll)).concat([t,t*5,t*10,t*15,t*30,a,a*5,a*10,a*15,a*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,s,s*2,s*3,s*4,s*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),m=[[r,kr,ye,ye,ye,ye,ye,ye,1],[l*28,"{MMM}",Vs,ye,ye,ye,ye,ye,1],[l,xr,Vs,ye,ye,ye,ye,ye,1],[n,"{h}"+Sr,Xa,ye,Ea,ye,ye,ye,1],[a,aa,Xa,ye,Ea,ye,ye,ye,1],[t,Ws,Xa+" "+aa,ye,Ea+" "+aa,ye,Us,ye,1],[e,Ws+".{fff}",Xa+" "+aa,ye,Ea+" "+aa,ye,Us,ye,1]];function $(f){return(h,w,y,T,E,F)=>{let k=[],_=E>=r,C=E>=s&&E<r,O=f(y),R=Ce(O*e,3),q=Kl(O.getFullYear(),_?0:O.getMonth(),C||_?1:O.getDate()),Y=Ce(q*e,3);if(C||_){let re=C?E/s:0,Q=_?E/r:0,M=R==Y?R:Ce(Kl(q.getFullYear()+Q,q.getMonth()+re,1)*e,3),ne=new Date(Ge(M/e)),W=ne.getFullYear(),Z=ne.getMonth();for(let V=0;M<=T;V++){let ce=Kl(W+Q*V,Z+re*V,1),U=ce-f(Ce(ce*e,3));M=Ce((+ce+U)*e,3),M<=T&&k.push(M)}}else{let re=E>=l?l:E,Q=kt(y)-kt(R),M=Y+Q+rl(R-Y,re);k.push(M);let ne=f(M),W=ne.getHours()+ne.getMinutes()/a+ne.getSeconds()/n,Z=E/n,V=h.axes[w]._space,ce=F/V;for(;M=Ce(M+E,e==1?0:3),!(M>T);)if(Z>1){let U=kt(Ce(W+Z,6))%24,pe=f(M).getHours()-U;pe>1&&(pe=-1),M-=pe*n,W=(W+Z)%24;let ke=k[k.length-1];Ce((M-ke)/E,3)*ce>=.7&&k.push(M)}else k.push(M)}return k}}return[i,m,$]}var[nd,ad,ld]=Cr(1),[od,sd,rd]=Cr(.001);La(2,-53,53,[1]);function Bs(e,t){return e.map(a=>a.map((n,l)=>l==0||l==8||n==null?n:t(l==1||a[8]==0?n:a[1]+n)))}function Hs(e,t){return(a,n,l,s,r)=>{let u=t.find(y=>r>=y[0])||t[t.length-1],i,m,$,f,h,w;return n.map(y=>{let T=e(y),E=T.getFullYear(),F=T.getMonth(),k=T.getDate(),_=T.getHours(),C=T.getMinutes(),O=T.getSeconds(),R=E!=i&&u[2]||F!=m&&u[3]||k!=$&&u[4]||_!=f&&u[5]||C!=h&&u[6]||O!=w&&u[7]||u[1];return i=E,m=F,$=k,f=_,h=C,w=O,R(T)})}}function id(e,t){let a=fo(t);return(n,l,s,r,u)=>l.map(i=>a(e(i)))}function Kl(e,t,a){return new Date(e,t,a)}function Gs(e,t){return t(e)}var cd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function js(e,t){return(a,n,l,s)=>s==null?ro:t(e(n))}function dd(e,t){let a=e.series[t];return a.width?a.stroke(e,t):a.points.width?a.points.stroke(e,t):null}function ud(e,t){return e.series[t].fill(e,t)}var md={show:!0,live:!0,isolate:!1,mount:Ec,markers:{show:!0,width:2,stroke:dd,fill:ud,dash:"solid"},idx:null,idxs:null,values:[]};function pd(e,t){let a=e.cursor.points,n=Et(),l=a.size(e,t);Pe(n,Da,l),Pe(n,Pa,l);let s=l/-2;Pe(n,"marginLeft",s),Pe(n,"marginTop",s);let r=a.width(e,t,l);return r&&Pe(n,"borderWidth",r),n}function fd(e,t){let a=e.series[t].points;return a._fill||a._stroke}function gd(e,t){let a=e.series[t].points;return a._stroke||a._fill}function hd(e,t){return e.series[t].points.size}var ql=[0,0];function $d(e,t,a){return ql[0]=t,ql[1]=a,ql}function el(e,t,a,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&a(l)}}function Yl(e,t,a,n=!0){return l=>{(!n||l.target==t)&&a(l)}}var bd={show:!0,x:!0,y:!0,lock:!1,move:$d,points:{one:!1,show:pd,size:hd,width:0,stroke:gd,fill:fd},bind:{mousedown:el,mouseup:el,click:el,dblclick:el,mousemove:Yl,mouseleave:Yl,mouseenter:Yl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,a,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Tr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},ho=We({},Tr,{filter:mr}),Ar=We({},ho,{size:10}),_r=We({},Tr,{show:!1}),$o='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Dr="bold "+$o,Pr=1.5,Ks={show:!0,scale:"x",stroke:so,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Dr,side:2,grid:ho,ticks:Ar,border:_r,font:$o,lineGap:Pr,rotate:0},vd="Value",yd="Time",qs={show:!0,scale:"x",auto:!1,sorted:1,min:Se,max:-Se,idxs:[]};function wd(e,t,a,n,l){return t.map(s=>s==null?"":mo(s))}function kd(e,t,a,n,l,s,r){let u=[],i=pn.get(l)||0;a=r?a:Ce(rl(a,l),i);for(let m=a;m<=n;m=Ce(m+l,i))u.push(Object.is(m,-0)?0:m);return u}function to(e,t,a,n,l,s,r){let u=[],i=e.scales[e.axes[t].scale].log,m=i==10?tn:cr,$=kt(m(a));l=oa(i,$),i==10&&(l=Tn[Ot(l,Tn)]);let f=a,h=l*i;i==10&&(h=Tn[Ot(h,Tn)]);do u.push(f),f=f+l,i==10&&!pn.has(f)&&(f=Ce(f,pn.get(l))),f>=h&&(l=f,h=l*i,i==10&&(h=Tn[Ot(h,Tn)]));while(f<=n);return u}function xd(e,t,a,n,l,s,r){let i=e.scales[e.axes[t].scale].asinh,m=n>i?to(e,t,pt(i,a),n,l):[i],$=n>=0&&a<=0?[0]:[];return(a<-i?to(e,t,pt(i,-n),-a,l):[i]).reverse().map(h=>-h).concat($,m)}var Er=/./,Sd=/[12357]/,Cd=/[125]/,Ys=/1/,no=(e,t,a,n)=>e.map((l,s)=>t==4&&l==0||s%n==0&&a.test(l.toExponential()[l<0?1:0])?l:null);function Td(e,t,a,n,l){let s=e.axes[a],r=s.scale,u=e.scales[r],i=e.valToPos,m=s._space,$=i(10,r),f=i(9,r)-$>=m?Er:i(7,r)-$>=m?Sd:i(5,r)-$>=m?Cd:Ys;if(f==Ys){let h=je(i(1,r)-$);if(h<m)return no(t.slice().reverse(),u.distr,f,Mt(m/h)).reverse()}return no(t,u.distr,f,1)}function Ad(e,t,a,n,l){let s=e.axes[a],r=s.scale,u=s._space,i=e.valToPos,m=je(i(1,r)-i(2,r));return m<u?no(t.slice().reverse(),3,Er,Mt(u/m)).reverse():t}function _d(e,t,a,n){return n==null?ro:t==null?"":mo(t)}var Zs={show:!0,scale:"y",stroke:so,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Dr,side:3,grid:ho,ticks:Ar,border:_r,font:$o,lineGap:Pr,rotate:0};function Dd(e,t){let a=3+(e||1)*2;return Ce(a*t,3)}function Pd(e,t){let{scale:a,idxs:n}=e.series[0],l=e._data[0],s=e.valToPos(l[n[0]],a,!0),r=e.valToPos(l[n[1]],a,!0),u=je(r-s),i=e.series[t],m=u/(i.points.space*$e);return n[1]-n[0]<=m}var Js={scale:null,auto:!0,sorted:0,min:Se,max:-Se},Mr=(e,t,a,n,l)=>l,Qs={show:!0,auto:!0,sorted:0,gaps:Mr,alpha:1,facets:[We({},Js,{scale:"x"}),We({},Js,{scale:"y"})]},Xs={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Mr,alpha:1,points:{show:Pd,filter:null},values:null,min:Se,max:-Se,idxs:[],path:null,clip:null};function Ed(e,t,a,n,l){return a/10}var Rr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Md=We({},Rr,{time:!1,ori:1}),er={};function Lr(e,t){let a=er[e];return a||(a={key:e,plots:[],sub(n){a.plots.push(n)},unsub(n){a.plots=a.plots.filter(l=>l!=n)},pub(n,l,s,r,u,i,m){for(let $=0;$<a.plots.length;$++)a.plots[$]!=l&&a.plots[$].pub(n,l,s,r,u,i,m)}},e!=null&&(er[e]=a)),a}var ia=1,ao=2;function Pn(e,t,a){let n=e.mode,l=e.series[t],s=n==2?e._data[t]:e._data,r=e.scales,u=e.bbox,i=s[0],m=n==2?s[1]:s[t],$=n==2?r[l.facets[0].scale]:r[e.series[0].scale],f=n==2?r[l.facets[1].scale]:r[l.scale],h=u.left,w=u.top,y=u.width,T=u.height,E=e.valToPosH,F=e.valToPosV;return $.ori==0?a(l,i,m,$,f,E,F,h,w,y,T,dl,da,ml,Nr,Fr):a(l,i,m,$,f,F,E,w,h,T,y,ul,ua,yo,zr,Or)}function bo(e,t){let a=0,n=0,l=ge(e.bands,po);for(let s=0;s<l.length;s++){let r=l[s];r.series[0]==t?a=r.dir:r.series[1]==t&&(r.dir==1?n|=1:n|=2)}return[a,n==1?-1:n==2?1:n==3?2:0]}function Rd(e,t,a,n,l){let s=e.mode,r=e.series[t],u=s==2?r.facets[1].scale:r.scale,i=e.scales[u];return l==-1?i.min:l==1?i.max:i.distr==3?i.dir==1?i.min:i.max:0}function nn(e,t,a,n,l,s){return Pn(e,t,(r,u,i,m,$,f,h,w,y,T,E)=>{let F=r.pxRound,k=m.dir*(m.ori==0?1:-1),_=m.ori==0?da:ua,C,O;k==1?(C=a,O=n):(C=n,O=a);let R=F(f(u[C],m,T,w)),q=F(h(i[C],$,E,y)),Y=F(f(u[O],m,T,w)),re=F(h(s==1?$.max:$.min,$,E,y)),Q=new Path2D(l);return _(Q,Y,re),_(Q,R,re),_(Q,R,q),Q})}function cl(e,t,a,n,l,s){let r=null;if(e.length>0){r=new Path2D;let u=t==0?ml:yo,i=a;for(let f=0;f<e.length;f++){let h=e[f];if(h[1]>h[0]){let w=h[0]-i;w>0&&u(r,i,n,w,n+s),i=h[1]}}let m=a+l-i,$=10;m>0&&u(r,i,n-$/2,m,n+s+$)}return r}function Ld(e,t,a){let n=e[e.length-1];n&&n[0]==t?n[1]=a:e.push([t,a])}function vo(e,t,a,n,l,s,r){let u=[],i=e.length;for(let m=l==1?a:n;m>=a&&m<=n;m+=l)if(t[m]===null){let f=m,h=m;if(l==1)for(;++m<=n&&t[m]===null;)h=m;else for(;--m>=a&&t[m]===null;)h=m;let w=s(e[f]),y=h==f?w:s(e[h]),T=f-l;w=r<=0&&T>=0&&T<i?s(e[T]):w;let F=h+l;y=r>=0&&F>=0&&F<i?s(e[F]):y,y>=w&&u.push([w,y])}return u}function tr(e){return e==0?ur:e==1?Ge:t=>Cn(t,e)}function Ir(e){let t=e==0?dl:ul,a=e==0?(l,s,r,u,i,m)=>{l.arcTo(s,r,u,i,m)}:(l,s,r,u,i,m)=>{l.arcTo(r,s,i,u,m)},n=e==0?(l,s,r,u,i)=>{l.rect(s,r,u,i)}:(l,s,r,u,i)=>{l.rect(r,s,i,u)};return(l,s,r,u,i,m=0,$=0)=>{m==0&&$==0?n(l,s,r,u,i):(m=Vt(m,u/2,i/2),$=Vt($,u/2,i/2),t(l,s+m,r),a(l,s+u,r,s+u,r+i,m),a(l,s+u,r+i,s,r+i,$),a(l,s,r+i,s,r,$),a(l,s,r,s+u,r,m),l.closePath())}}var dl=(e,t,a)=>{e.moveTo(t,a)},ul=(e,t,a)=>{e.moveTo(a,t)},da=(e,t,a)=>{e.lineTo(t,a)},ua=(e,t,a)=>{e.lineTo(a,t)},ml=Ir(0),yo=Ir(1),Nr=(e,t,a,n,l,s)=>{e.arc(t,a,n,l,s)},zr=(e,t,a,n,l,s)=>{e.arc(a,t,n,l,s)},Fr=(e,t,a,n,l,s,r)=>{e.bezierCurveTo(t,a,n,l,s,r)},Or=(e,t,a,n,l,s,r)=>{e.bezierCurveTo(a,t,l,n,r,s)};function Vr(e){return(t,a,n,l,s)=>Pn(t,a,(r,u,i,m,$,f,h,w,y,T,E)=>{let{pxRound:F,points:k}=r,_,C;m.ori==0?(_=dl,C=Nr):(_=ul,C=zr);let O=Ce(k.width*$e,3),R=(k.size-k.width)/2*$e,q=Ce(R*2,3),Y=new Path2D,re=new Path2D,{left:Q,top:M,width:ne,height:W}=t.bbox;ml(re,Q-q,M-q,ne+q*2,W+q*2);let Z=V=>{if(i[V]!=null){let ce=F(f(u[V],m,T,w)),U=F(h(i[V],$,E,y));_(Y,ce+R,U),C(Y,ce,U,R,0,tl*2)}};if(s)s.forEach(Z);else for(let V=n;V<=l;V++)Z(V);return{stroke:O>0?Y:null,fill:Y,clip:re,flags:ia|ao}})}function Ur(e){return(t,a,n,l,s,r)=>{n!=l&&(s!=n&&r!=n&&e(t,a,n),s!=l&&r!=l&&e(t,a,l),e(t,a,r))}}var Id=Ur(da),Nd=Ur(ua);function Wr(e){let t=ge(e?.alignGaps,0);return(a,n,l,s)=>Pn(a,n,(r,u,i,m,$,f,h,w,y,T,E)=>{[l,s]=ol(i,l,s);let F=r.pxRound,k=W=>F(f(W,m,T,w)),_=W=>F(h(W,$,E,y)),C,O;m.ori==0?(C=da,O=Id):(C=ua,O=Nd);let R=m.dir*(m.ori==0?1:-1),q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},Y=q.stroke,re=!1;if(s-l>=T*4){let W=B=>a.posToVal(B,m.key,!0),Z=null,V=null,ce,U,J,ue=k(u[R==1?l:s]),pe=k(u[l]),ke=k(u[s]),ie=W(R==1?pe+1:ke-1);for(let B=R==1?l:s;B>=l&&B<=s;B+=R){let Be=u[B],Ee=(R==1?Be<ie:Be>ie)?ue:k(Be),be=i[B];Ee==ue?be!=null?(U=be,Z==null?(C(Y,Ee,_(U)),ce=Z=V=U):U<Z?Z=U:U>V&&(V=U)):be===null&&(re=!0):(Z!=null&&O(Y,ue,_(Z),_(V),_(ce),_(U)),be!=null?(U=be,C(Y,Ee,_(U)),Z=V=ce=U):(Z=V=null,be===null&&(re=!0)),ue=Ee,ie=W(ue+R))}Z!=null&&Z!=V&&J!=ue&&O(Y,ue,_(Z),_(V),_(ce),_(U))}else for(let W=R==1?l:s;W>=l&&W<=s;W+=R){let Z=i[W];Z===null?re=!0:Z!=null&&C(Y,k(u[W]),_(Z))}let[M,ne]=bo(a,n);if(r.fill!=null||M!=0){let W=q.fill=new Path2D(Y),Z=r.fillTo(a,n,r.min,r.max,M),V=_(Z),ce=k(u[l]),U=k(u[s]);R==-1&&([U,ce]=[ce,U]),C(W,U,V),C(W,ce,V)}if(!r.spanGaps){let W=[];re&&W.push(...vo(u,i,l,s,R,k,t)),q.gaps=W=r.gaps(a,n,l,s,W),q.clip=cl(W,m.ori,w,y,T,E)}return ne!=0&&(q.band=ne==2?[nn(a,n,l,s,Y,-1),nn(a,n,l,s,Y,1)]:nn(a,n,l,s,Y,ne)),q})}function zd(e){let t=ge(e.align,1),a=ge(e.ascDesc,!1),n=ge(e.alignGaps,0),l=ge(e.extend,!1);return(s,r,u,i)=>Pn(s,r,(m,$,f,h,w,y,T,E,F,k,_)=>{[u,i]=ol(f,u,i);let C=m.pxRound,{left:O,width:R}=s.bbox,q=pe=>C(y(pe,h,k,E)),Y=pe=>C(T(pe,w,_,F)),re=h.ori==0?da:ua,Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},M=Q.stroke,ne=h.dir*(h.ori==0?1:-1),W=Y(f[ne==1?u:i]),Z=q($[ne==1?u:i]),V=Z,ce=Z;l&&t==-1&&(ce=O,re(M,ce,W)),re(M,Z,W);for(let pe=ne==1?u:i;pe>=u&&pe<=i;pe+=ne){let ke=f[pe];if(ke==null)continue;let ie=q($[pe]),B=Y(ke);t==1?re(M,ie,W):re(M,V,B),re(M,ie,B),W=B,V=ie}let U=V;l&&t==1&&(U=O+R,re(M,U,W));let[J,ue]=bo(s,r);if(m.fill!=null||J!=0){let pe=Q.fill=new Path2D(M),ke=m.fillTo(s,r,m.min,m.max,J),ie=Y(ke);re(pe,U,ie),re(pe,ce,ie)}if(!m.spanGaps){let pe=[];pe.push(...vo($,f,u,i,ne,q,n));let ke=m.width*$e/2,ie=a||t==1?ke:-ke,B=a||t==-1?-ke:ke;pe.forEach(Be=>{Be[0]+=ie,Be[1]+=B}),Q.gaps=pe=m.gaps(s,r,u,i,pe),Q.clip=cl(pe,h.ori,E,F,k,_)}return ue!=0&&(Q.band=ue==2?[nn(s,r,u,i,M,-1),nn(s,r,u,i,M,1)]:nn(s,r,u,i,M,ue)),Q})}function nr(e,t,a,n,l,s,r=Se){if(e.length>1){let u=null;for(let i=0,m=1/0;i<e.length;i++)if(t[i]!==void 0){if(u!=null){let $=je(e[i]-e[u]);$<m&&(m=$,r=je(a(e[i],n,l,s)-a(e[u],n,l,s)))}u=i}}return r}function Fd(e){e=e||Ra;let t=ge(e.size,[.6,Se,1]),a=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let s=me(l),r=1-t[0],u=ge(t[1],Se),i=ge(t[2],1),m=ge(e.disp,Ra),$=ge(e.each,w=>{}),{fill:f,stroke:h}=m;return(w,y,T,E)=>Pn(w,y,(F,k,_,C,O,R,q,Y,re,Q,M)=>{let ne=F.pxRound,W=a,Z=n*$e,V=u*$e,ce=i*$e,U,J;C.ori==0?[U,J]=s(w,y):[J,U]=s(w,y);let ue=C.dir*(C.ori==0?1:-1),pe=C.ori==0?ml:yo,ke=C.ori==0?$:(N,Te,He,Nn,$n,Bt,bn)=>{$(N,Te,He,$n,Nn,bn,Bt)},ie=ge(w.bands,po).find(N=>N.series[0]==y),B=ie!=null?ie.dir:0,Be=F.fillTo(w,y,F.min,F.max,B),st=ne(q(Be,O,M,re)),Ee,be,Rt,ht=Q,Re=ne(F.width*$e),Wt=!1,Qt=null,St=null,an=null,Rn=null;f!=null&&(Re==0||h!=null)&&(Wt=!0,Qt=f.values(w,y,T,E),St=new Map,new Set(Qt).forEach(N=>{N!=null&&St.set(N,new Path2D)}),Re>0&&(an=h.values(w,y,T,E),Rn=new Map,new Set(an).forEach(N=>{N!=null&&Rn.set(N,new Path2D)})));let{x0:Ln,size:fa}=m;if(Ln!=null&&fa!=null){W=1,k=Ln.values(w,y,T,E),Ln.unit==2&&(k=k.map(He=>w.posToVal(Y+He*Q,C.key,!0)));let N=fa.values(w,y,T,E);fa.unit==2?be=N[0]*Q:be=R(N[0],C,Q,Y)-R(0,C,Q,Y),ht=nr(k,_,R,C,Q,Y,ht),Rt=ht-be+Z}else ht=nr(k,_,R,C,Q,Y,ht),Rt=ht*r+Z,be=ht-Rt;Rt<1&&(Rt=0),Re>=be/2&&(Re=0),Rt<5&&(ne=ur);let Fa=Rt>0,gn=ht-Rt-(Fa?Re:0);be=ne(eo(gn,ce,V)),Ee=(W==0?be/2:W==ue?0:be)-W*ue*((W==0?Z/2:0)+(Fa?Re/2:0));let rt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},In=Wt?null:new Path2D,Xt=null;if(ie!=null)Xt=w.data[ie.series[1]];else{let{y0:N,y1:Te}=m;N!=null&&Te!=null&&(_=Te.values(w,y,T,E),Xt=N.values(w,y,T,E))}let hn=U*be,le=J*be;for(let N=ue==1?T:E;N>=T&&N<=E;N+=ue){let Te=_[N];if(Te==null)continue;if(Xt!=null){let ft=Xt[N]??0;if(Te-ft==0)continue;st=q(ft,O,M,re)}let He=C.distr!=2||m!=null?k[N]:N,Nn=R(He,C,Q,Y),$n=q(ge(Te,Be),O,M,re),Bt=ne(Nn-Ee),bn=ne(pt($n,st)),$t=ne(Vt($n,st)),Ct=bn-$t;if(Te!=null){let ft=Te<0?le:hn,Lt=Te<0?hn:le;Wt?(Re>0&&an[N]!=null&&pe(Rn.get(an[N]),Bt,$t+kt(Re/2),be,pt(0,Ct-Re),ft,Lt),Qt[N]!=null&&pe(St.get(Qt[N]),Bt,$t+kt(Re/2),be,pt(0,Ct-Re),ft,Lt)):pe(In,Bt,$t+kt(Re/2),be,pt(0,Ct-Re),ft,Lt),ke(w,y,N,Bt-Re/2,$t,be+Re,Ct)}}return Re>0?rt.stroke=Wt?Rn:In:Wt||(rt._fill=F.width==0?F._fill:F._stroke??F._fill,rt.width=0),rt.fill=Wt?St:In,rt})}function Od(e,t){let a=ge(t?.alignGaps,0);return(n,l,s,r)=>Pn(n,l,(u,i,m,$,f,h,w,y,T,E,F)=>{[s,r]=ol(m,s,r);let k=u.pxRound,_=U=>k(h(U,$,E,y)),C=U=>k(w(U,f,F,T)),O,R,q;$.ori==0?(O=dl,q=da,R=Fr):(O=ul,q=ua,R=Or);let Y=$.dir*($.ori==0?1:-1),re=_(i[Y==1?s:r]),Q=re,M=[],ne=[];for(let U=Y==1?s:r;U>=s&&U<=r;U+=Y)if(m[U]!=null){let ue=i[U],pe=_(ue);M.push(Q=pe),ne.push(C(m[U]))}let W={stroke:e(M,ne,O,q,R,k),fill:null,clip:null,band:null,gaps:null,flags:ia},Z=W.stroke,[V,ce]=bo(n,l);if(u.fill!=null||V!=0){let U=W.fill=new Path2D(Z),J=u.fillTo(n,l,u.min,u.max,V),ue=C(J);q(U,Q,ue),q(U,re,ue)}if(!u.spanGaps){let U=[];U.push(...vo(i,m,s,r,Y,_,a)),W.gaps=U=u.gaps(n,l,s,r,U),W.clip=cl(U,$.ori,y,T,E,F)}return ce!=0&&(W.band=ce==2?[nn(n,l,s,r,Z,-1),nn(n,l,s,r,Z,1)]:nn(n,l,s,r,Z,ce)),W})}function Vd(e){return Od(Ud,e)}function Ud(e,t,a,n,l,s){let r=e.length;if(r<2)return null;let u=new Path2D;if(a(u,e[0],t[0]),r==2)n(u,e[1],t[1]);else{let i=Array(r),m=Array(r-1),$=Array(r-1),f=Array(r-1);for(let h=0;h<r-1;h++)$[h]=t[h+1]-t[h],f[h]=e[h+1]-e[h],m[h]=$[h]/f[h];i[0]=m[0];for(let h=1;h<r-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?i[h]=0:(i[h]=3*(f[h-1]+f[h])/((2*f[h]+f[h-1])/m[h-1]+(f[h]+2*f[h-1])/m[h]),isFinite(i[h])||(i[h]=0));i[r-1]=m[r-2];for(let h=0;h<r-1;h++)l(u,e[h]+f[h]/3,t[h]+i[h]*f[h]/3,e[h+1]-f[h]/3,t[h+1]-i[h+1]*f[h]/3,e[h+1],t[h+1])}return u}var lo=new Set;function ar(){for(let e of lo)e.syncRect(!0)}ca&&(_n(wc,la,ar),_n(kc,la,ar,!0),_n(nl,la,()=>{Xe.pxRatio=$e}));var Wd=Wr(),Bd=Vr();function lr(e,t,a,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,r)=>oo(s,r,t,a))}function Hd(e,t){return e.map((a,n)=>n==0?{}:We({},t,a))}function oo(e,t,a,n){return We({},t==0?a:n,e)}function Br(e,t,a){return t==null?sa:[t,a]}var Gd=Br;function jd(e,t,a){return t==null?sa:al(t,a,uo,!0)}function Hr(e,t,a,n){return t==null?sa:sl(t,a,e.scales[n].log,!1)}var Kd=Hr;function Gr(e,t,a,n){return t==null?sa:co(t,a,e.scales[n].log,!1)}var qd=Gr;function Yd(e,t,a,n,l){let s=pt(Ns(e),Ns(t)),r=t-e,u=Ot(l/n*r,a);do{let i=a[u],m=n*i/r;if(m>=l&&s+(i<5?pn.get(i):0)<=17)return[i,m]}while(++u<a.length);return[0,0]}function or(e){let t,a;return e=e.replace(/(\d+)px/,(n,l)=>(t=Ge((a=+l)*$e))+"px"),[e,t,a]}function Zd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let a=Ce(t[2]*$e,1);t[0]=t[0].replace(/[0-9.]+px/,a+"px"),t[1]=a})}function Xe(e,t,a){let n={mode:ge(e.mode,1)},l=n.mode;function s(o,c,p,g){let b=c.valToPct(o);return g+p*(c.dir==-1?1-b:b)}function r(o,c,p,g){let b=c.valToPct(o);return g+p*(c.dir==-1?b:1-b)}function u(o,c,p,g){return c.ori==0?s(o,c,p,g):r(o,c,p,g)}n.valToPosH=s,n.valToPosV=r;let i=!1;n.status=0;let m=n.root=Et(ac);if(e.id!=null&&(m.id=e.id),wt(m,e.class),e.title){let o=Et(sc,m);o.textContent=e.title}let $=Ft("canvas"),f=n.ctx=$.getContext("2d"),h=Et(rc,m);_n("click",h,o=>{o.target===y&&(Ae!=Kn||Me!=qn)&&nt.click(n,o)},!0);let w=n.under=Et(ic,h);h.appendChild($);let y=n.over=Et(cc,h);e=ra(e);let T=+ge(e.pxAlign,1),E=tr(T);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(n,e)||e)});let F=e.ms||.001,k=n.series=l==1?lr(e.series||[],qs,Xs,!1):Hd(e.series||[null],Qs),_=n.axes=lr(e.axes||[],Ks,Zs,!0),C=n.scales={},O=n.bands=e.bands||[];O.forEach(o=>{o.fill=me(o.fill||null),o.dir=ge(o.dir,-1)});let R=l==2?k[1].facets[0].scale:k[0].scale,q={axes:Ii,series:Pi},Y=(e.drawOrder||["axes","series"]).map(o=>q[o]);function re(o){let c=o.distr==3?p=>tn(p>0?p:o.clamp(n,p,o.min,o.max,o.key)):o.distr==4?p=>jl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let g=c(p),{_min:b,_max:v}=o,x=v-b;return(g-b)/x}}function Q(o){let c=C[o];if(c==null){let p=(e.scales||Ra)[o]||Ra;if(p.from!=null){Q(p.from);let g=We({},C[p.from],p,{key:o});g.valToPct=re(g),C[o]=g}else{c=C[o]=We({},o==R?Rr:Md,p),c.key=o;let g=c.time,b=c.range,v=mn(b);if((o!=R||l==2&&!g)&&(v&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Rs:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Rs:{mode:1,hard:b[1],soft:b[1]}},v=!1),!v&&il(b))){let x=b;b=(A,P,L)=>P==null?sa:al(P,L,x)}c.range=me(b||(g?Gd:o==R?c.distr==3?Kd:c.distr==4?qd:Br:c.distr==3?Hr:c.distr==4?Gr:jd)),c.auto=me(v?!1:c.auto),c.clamp=me(c.clamp||Ed),c._min=c._max=null,c.valToPct=re(c)}}}Q("x"),Q("y"),l==1&&k.forEach(o=>{Q(o.scale)}),_.forEach(o=>{Q(o.scale)});for(let o in e.scales)Q(o);let M=C[R],ne=M.distr,W,Z;M.ori==0?(wt(m,lc),W=s,Z=r):(wt(m,oc),W=r,Z=s);let V={};for(let o in C){let c=C[o];(c.min!=null||c.max!=null)&&(V[o]={min:c.min,max:c.max},c.min=c.max=null)}let ce=e.tzDate||(o=>new Date(Ge(o/F))),U=e.fmtDate||fo,J=F==1?ld(ce):rd(ce),ue=Hs(ce,Bs(F==1?ad:sd,U)),pe=js(ce,Gs(cd,U)),ke=[],ie=n.legend=We({},md,e.legend),B=n.cursor=We({},bd,{drag:{y:l==2}},e.cursor),Be=ie.show,st=B.show,Ee=ie.markers;ie.idxs=ke,Ee.width=me(Ee.width),Ee.dash=me(Ee.dash),Ee.stroke=me(Ee.stroke),Ee.fill=me(Ee.fill);let be,Rt,ht,Re=[],Wt=[],Qt,St=!1,an={};if(ie.live){let o=k[1]?k[1].values:null;St=o!=null,Qt=St?o(n,1,0):{_:0};for(let c in Qt)an[c]=ro}if(Be)if(be=Ft("table",gc,m),ht=Ft("tbody",null,be),ie.mount(n,be),St){Rt=Ft("thead",null,be,ht);let o=Ft("tr",null,Rt);Ft("th",null,o);for(var Rn in Qt)Ft("th",ys,o).textContent=Rn}else wt(be,$c),ie.live&&wt(be,hc);let Ln={show:!0},fa={show:!1};function Fa(o,c){if(c==0&&(St||!ie.live||l==2))return sa;let p=[],g=Ft("tr",bc,ht,ht.childNodes[c]);wt(g,o.class),o.show||wt(g,An);let b=Ft("th",null,g);if(Ee.show){let A=Et(vc,b);if(c>0){let P=Ee.width(n,c);P&&(A.style.border=P+"px "+Ee.dash(n,c)+" "+Ee.stroke(n,c)),A.style.background=Ee.fill(n,c)}}let v=Et(ys,b);o.label instanceof HTMLElement?v.appendChild(o.label):v.textContent=o.label,c>0&&(Ee.show||(v.style.color=o.width>0?Ee.stroke(n,c):Ee.fill(n,c)),rt("click",b,A=>{if(B._lock)return;yn(A);let P=k.indexOf(o);if((A.ctrlKey||A.metaKey)!=ie.isolate){let L=k.some((I,z)=>z>0&&z!=P&&I.show);k.forEach((I,z)=>{z>0&&Gt(z,L?z==P?Ln:fa:Ln,!0,Ve.setSeries)})}else Gt(P,{show:!o.show},!0,Ve.setSeries)},!1),Fn&&rt(Ss,b,A=>{B._lock||(yn(A),Gt(k.indexOf(o),Zn,!0,Ve.setSeries))},!1));for(var x in Qt){let A=Ft("td",yc,g);A.textContent="--",p.push(A)}return[g,p]}let gn=new Map;function rt(o,c,p,g=!0){let b=gn.get(c)||{},v=B.bind[o](n,c,p,g);v&&(_n(o,c,b[o]=v),gn.set(c,b))}function In(o,c,p){let g=gn.get(c)||{};for(let b in g)(o==null||b==o)&&(Xl(b,c,g[b]),delete g[b]);o==null&&gn.delete(c)}let Xt=0,hn=0,le=0,N=0,Te=0,He=0,Nn=Te,$n=He,Bt=le,bn=N,$t=0,Ct=0,ft=0,Lt=0;n.bbox={};let gl=!1,Oa=!1,zn=!1,vn=!1,Va=!1,Tt=!1;function hl(o,c,p){(p||o!=n.width||c!=n.height)&&Po(o,c),Bn(!1),zn=!0,Oa=!0,Hn()}function Po(o,c){n.width=Xt=le=o,n.height=hn=N=c,Te=He=0,xi(),Si();let p=n.bbox;$t=p.left=Cn(Te*$e,.5),Ct=p.top=Cn(He*$e,.5),ft=p.width=Cn(le*$e,.5),Lt=p.height=Cn(N*$e,.5)}let yi=3;function wi(){let o=!1,c=0;for(;!o;){c++;let p=Ri(c),g=Li(c);o=c==yi||p&&g,o||(Po(n.width,n.height),Oa=!0)}}function ki({width:o,height:c}){hl(o,c)}n.setSize=ki;function xi(){let o=!1,c=!1,p=!1,g=!1;_.forEach((b,v)=>{if(b.show&&b._show){let{side:x,_size:A}=b,P=x%2,L=b.label!=null?b.labelSize:0,I=A+L;I>0&&(P?(le-=I,x==3?(Te+=I,g=!0):p=!0):(N-=I,x==0?(He+=I,o=!0):c=!0))}}),wn[0]=o,wn[1]=p,wn[2]=c,wn[3]=g,le-=ln[1]+ln[3],Te+=ln[3],N-=ln[2]+ln[0],He+=ln[0]}function Si(){let o=Te+le,c=He+N,p=Te,g=He;function b(v,x){switch(v){case 1:return o+=x,o-x;case 2:return c+=x,c-x;case 3:return p-=x,p+x;case 0:return g-=x,g+x}}_.forEach((v,x)=>{if(v.show&&v._show){let A=v.side;v._pos=b(A,v._size),v.label!=null&&(v._lpos=b(A,v.labelSize))}})}if(B.dataIdx==null){let o=B.hover,c=o.skip=new Set(o.skip??[]);c.add(void 0);let p=o.prox=me(o.prox),g=o.bias??(o.bias=0);B.dataIdx=(b,v,x,A)=>{if(v==0)return x;let P=x,L=p(b,v,x,A)??Se,I=L>=0&&L<Se,z=M.ori==0?le:N,X=B.left,he=t[0],fe=t[v];if(c.has(fe[x])){P=null;let de=null,K=null,H;if(g==0||g==-1)for(H=x;de==null&&H-- >0;)c.has(fe[H])||(de=H);if(g==0||g==1)for(H=x;K==null&&H++<fe.length;)c.has(fe[H])||(K=H);if(de!=null||K!=null)if(I){let De=de==null?-1/0:W(he[de],M,z,0),Ie=K==null?1/0:W(he[K],M,z,0),Qe=X-De,xe=Ie-X;Qe<=xe?Qe<=L&&(P=de):xe<=L&&(P=K)}else P=K==null?de:de==null?K:x-de<=K-x?de:K}else I&&je(X-W(he[x],M,z,0))>L&&(P=null);return P}}let yn=o=>{B.event=o};B.idxs=ke,B._lock=!1;let at=B.points;at.show=me(at.show),at.size=me(at.size),at.stroke=me(at.stroke),at.width=me(at.width),at.fill=me(at.fill);let Ht=n.focus=We({},e.focus||{alpha:.3},B.focus),Fn=Ht.prox>=0,On=Fn&&at.one,At=[],Vn=[],Un=[];function Eo(o,c){let p=at.show(n,c);if(p instanceof HTMLElement)return wt(p,fc),wt(p,o.class),Jt(p,-10,-10,le,N),y.insertBefore(p,At[c]),p}function Mo(o,c){if(l==1||c>0){let p=l==1&&C[o.scale].time,g=o.value;o.value=p?Os(g)?js(ce,Gs(g,U)):g||pe:g||_d,o.label=o.label||(p?yd:vd)}if(On||c>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Wd||Mc,o.fillTo=me(o.fillTo||Rd),o.pxAlign=+ge(o.pxAlign,T),o.pxRound=tr(o.pxAlign),o.stroke=me(o.stroke||null),o.fill=me(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=Dd(pt(1,o.width),1),g=o.points=We({},{size:p,width:pt(1,p*.2),stroke:o.stroke,space:p*2,paths:Bd,_stroke:null,_fill:null},o.points);g.show=me(g.show),g.filter=me(g.filter),g.fill=me(g.fill),g.stroke=me(g.stroke),g.paths=me(g.paths),g.pxAlign=o.pxAlign}if(Be){let p=Fa(o,c);Re.splice(c,0,p[0]),Wt.splice(c,0,p[1]),ie.values.push(null)}if(st){ke.splice(c,0,null);let p=null;On?c==0&&(p=Eo(o,c)):c>0&&(p=Eo(o,c)),At.splice(c,0,p),Vn.splice(c,0,0),Un.splice(c,0,0)}Je("addSeries",c)}function Ci(o,c){c=c??k.length,o=l==1?oo(o,c,qs,Xs):oo(o,c,{},Qs),k.splice(c,0,o),Mo(k[c],c)}n.addSeries=Ci;function Ti(o){if(k.splice(o,1),Be){ie.values.splice(o,1),Wt.splice(o,1);let c=Re.splice(o,1)[0];In(null,c.firstChild),c.remove()}st&&(ke.splice(o,1),At.splice(o,1)[0].remove(),Vn.splice(o,1),Un.splice(o,1)),Je("delSeries",o)}n.delSeries=Ti;let wn=[!1,!1,!1,!1];function Ai(o,c){if(o._show=o.show,o.show){let p=o.side%2,g=C[o.scale];g==null&&(o.scale=p?k[1].scale:R,g=C[o.scale]);let b=g.time;o.size=me(o.size),o.space=me(o.space),o.rotate=me(o.rotate),mn(o.incrs)&&o.incrs.forEach(x=>{!pn.has(x)&&pn.set(x,fr(x))}),o.incrs=me(o.incrs||(g.distr==2?ed:b?F==1?nd:od:Tn)),o.splits=me(o.splits||(b&&g.distr==1?J:g.distr==3?to:g.distr==4?xd:kd)),o.stroke=me(o.stroke),o.grid.stroke=me(o.grid.stroke),o.ticks.stroke=me(o.ticks.stroke),o.border.stroke=me(o.border.stroke);let v=o.values;o.values=mn(v)&&!mn(v[0])?me(v):b?mn(v)?Hs(ce,Bs(v,U)):Os(v)?id(ce,v):v||ue:v||wd,o.filter=me(o.filter||(g.distr>=3&&g.log==10?Td:g.distr==3&&g.log==2?Ad:mr)),o.font=or(o.font),o.labelFont=or(o.labelFont),o._size=o.size(n,null,c,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(wn[c]=!0,o._el=Et(dc,h))}}function ga(o,c,p,g){let[b,v,x,A]=p,P=c%2,L=0;return P==0&&(A||v)&&(L=c==0&&!b||c==2&&!x?Ge(Ks.size/3):0),P==1&&(b||x)&&(L=c==1&&!v||c==3&&!A?Ge(Zs.size/2):0),L}let Ro=n.padding=(e.padding||[ga,ga,ga,ga]).map(o=>me(ge(o,ga))),ln=n._padding=Ro.map((o,c)=>o(n,c,wn,0)),tt,Ke=null,qe=null,Ua=l==1?k[0].idxs:null,It=null,ha=!1;function Lo(o,c){if(t=o??[],n.data=n._data=t,l==2){tt=0;for(let p=1;p<k.length;p++)tt+=t[p][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),It=t[0],tt=It.length;let p=t;if(ne==2){p=t.slice();let g=p[0]=Array(tt);for(let b=0;b<tt;b++)g[b]=b}n._data=t=p}if(Bn(!0),Je("setData"),ne==2&&(zn=!0),c!==!1){let p=M;p.auto(n,ha)?$l():sn(R,p.min,p.max),vn=vn||B.left>=0,Tt=!0,Hn()}}n.setData=Lo;function $l(){ha=!0;let o,c;l==1&&(tt>0?(Ke=Ua[0]=0,qe=Ua[1]=tt-1,o=t[0][Ke],c=t[0][qe],ne==2?(o=Ke,c=qe):o==c&&(ne==3?[o,c]=sl(o,o,M.log,!1):ne==4?[o,c]=co(o,o,M.log,!1):M.time?c=o+Ge(86400/F):[o,c]=al(o,c,uo,!0))):(Ke=Ua[0]=o=null,qe=Ua[1]=c=null)),sn(R,o,c)}let Wa,Wn,bl,vl,yl,wl,kl,xl,Sl,gt;function Io(o,c,p,g,b,v){o??(o=ks),p??(p=po),g??(g="butt"),b??(b=ks),v??(v="round"),o!=Wa&&(f.strokeStyle=Wa=o),b!=Wn&&(f.fillStyle=Wn=b),c!=bl&&(f.lineWidth=bl=c),v!=yl&&(f.lineJoin=yl=v),g!=wl&&(f.lineCap=wl=g),p!=vl&&f.setLineDash(vl=p)}function No(o,c,p,g){c!=Wn&&(f.fillStyle=Wn=c),o!=kl&&(f.font=kl=o),p!=xl&&(f.textAlign=xl=p),g!=Sl&&(f.textBaseline=Sl=g)}function Cl(o,c,p,g,b=0){if(g.length>0&&o.auto(n,ha)&&(c==null||c.min==null)){let v=ge(Ke,0),x=ge(qe,g.length-1),A=p.min==null?Tc(g,v,x,b,o.distr==3):[p.min,p.max];o.min=Vt(o.min,p.min=A[0]),o.max=pt(o.max,p.max=A[1])}}let zo={min:null,max:null};function _i(){for(let g in C){let b=C[g];V[g]==null&&(b.min==null||V[R]!=null&&b.auto(n,ha))&&(V[g]=zo)}for(let g in C){let b=C[g];V[g]==null&&b.from!=null&&V[b.from]!=null&&(V[g]=zo)}V[R]!=null&&Bn(!0);let o={};for(let g in V){let b=V[g];if(b!=null){let v=o[g]=ra(C[g],Ic);if(b.min!=null)We(v,b);else if(g!=R||l==2)if(tt==0&&v.from==null){let x=v.range(n,null,null,g);v.min=x[0],v.max=x[1]}else v.min=Se,v.max=-Se}}if(tt>0){k.forEach((g,b)=>{if(l==1){let v=g.scale,x=V[v];if(x==null)return;let A=o[v];if(b==0){let P=A.range(n,A.min,A.max,v);A.min=P[0],A.max=P[1],Ke=Ot(A.min,t[0]),qe=Ot(A.max,t[0]),qe-Ke>1&&(t[0][Ke]<A.min&&Ke++,t[0][qe]>A.max&&qe--),g.min=It[Ke],g.max=It[qe]}else g.show&&g.auto&&Cl(A,x,g,t[b],g.sorted);g.idxs[0]=Ke,g.idxs[1]=qe}else if(b>0&&g.show&&g.auto){let[v,x]=g.facets,A=v.scale,P=x.scale,[L,I]=t[b],z=o[A],X=o[P];z!=null&&Cl(z,V[A],v,L,v.sorted),X!=null&&Cl(X,V[P],x,I,x.sorted),g.min=x.min,g.max=x.max}});for(let g in o){let b=o[g],v=V[g];if(b.from==null&&(v==null||v.min==null)){let x=b.range(n,b.min==Se?null:b.min,b.max==-Se?null:b.max,g);b.min=x[0],b.max=x[1]}}}for(let g in o){let b=o[g];if(b.from!=null){let v=o[b.from];if(v.min==null)b.min=b.max=null;else{let x=b.range(n,v.min,v.max,g);b.min=x[0],b.max=x[1]}}}let c={},p=!1;for(let g in o){let b=o[g],v=C[g];if(v.min!=b.min||v.max!=b.max){v.min=b.min,v.max=b.max;let x=v.distr;v._min=x==3?tn(v.min):x==4?jl(v.min,v.asinh):x==100?v.fwd(v.min):v.min,v._max=x==3?tn(v.max):x==4?jl(v.max,v.asinh):x==100?v.fwd(v.max):v.max,c[g]=p=!0}}if(p){k.forEach((g,b)=>{l==2?b>0&&c.y&&(g._paths=null):c[g.scale]&&(g._paths=null)});for(let g in c)zn=!0,Je("setScale",g);st&&B.left>=0&&(vn=Tt=!0)}for(let g in V)V[g]=null}function Di(o){let c=eo(Ke-1,0,tt-1),p=eo(qe+1,0,tt-1);for(;o[c]==null&&c>0;)c--;for(;o[p]==null&&p<tt-1;)p++;return[c,p]}function Pi(){if(tt>0){let o=k.some(c=>c._focus)&&gt!=Ht.alpha;o&&(f.globalAlpha=gt=Ht.alpha),k.forEach((c,p)=>{if(p>0&&c.show&&(Fo(p,!1),Fo(p,!0),c._paths==null)){let g=gt;gt!=c.alpha&&(f.globalAlpha=gt=c.alpha);let b=l==2?[0,t[p][0].length-1]:Di(t[p]);c._paths=c.paths(n,p,b[0],b[1]),gt!=g&&(f.globalAlpha=gt=g)}}),k.forEach((c,p)=>{if(p>0&&c.show){let g=gt;gt!=c.alpha&&(f.globalAlpha=gt=c.alpha),c._paths!=null&&Oo(p,!1);{let b=c._paths!=null?c._paths.gaps:null,v=c.points.show(n,p,Ke,qe,b),x=c.points.filter(n,p,v,b);(v||x)&&(c.points._paths=c.points.paths(n,p,Ke,qe,x),Oo(p,!0))}gt!=g&&(f.globalAlpha=gt=g),Je("drawSeries",p)}}),o&&(f.globalAlpha=gt=1)}}function Fo(o,c){let p=c?k[o].points:k[o];p._stroke=p.stroke(n,o),p._fill=p.fill(n,o)}function Oo(o,c){let p=c?k[o].points:k[o],{stroke:g,fill:b,clip:v,flags:x,_stroke:A=p._stroke,_fill:P=p._fill,_width:L=p.width}=p._paths;L=Ce(L*$e,3);let I=null,z=L%2/2;c&&P==null&&(P=L>0?"#fff":A);let X=p.pxAlign==1&&z>0;if(X&&f.translate(z,z),!c){let he=$t-L/2,fe=Ct-L/2,de=ft+L,K=Lt+L;I=new Path2D,I.rect(he,fe,de,K)}c?Tl(A,L,p.dash,p.cap,P,g,b,x,v):Ei(o,A,L,p.dash,p.cap,P,g,b,x,I,v),X&&f.translate(-z,-z)}function Ei(o,c,p,g,b,v,x,A,P,L,I){let z=!1;P!=0&&O.forEach((X,he)=>{if(X.series[0]==o){let fe=k[X.series[1]],de=t[X.series[1]],K=(fe._paths||Ra).band;mn(K)&&(K=X.dir==1?K[0]:K[1]);let H,De=null;fe.show&&K&&_c(de,Ke,qe)?(De=X.fill(n,he)||v,H=fe._paths.clip):K=null,Tl(c,p,g,b,De,x,A,P,L,I,H,K),z=!0}}),z||Tl(c,p,g,b,v,x,A,P,L,I)}let Vo=ia|ao;function Tl(o,c,p,g,b,v,x,A,P,L,I,z){Io(o,c,p,g,b),(P||L||z)&&(f.save(),P&&f.clip(P),L&&f.clip(L)),z?(A&Vo)==Vo?(f.clip(z),I&&f.clip(I),Ha(b,x),Ba(o,v,c)):A&ao?(Ha(b,x),f.clip(z),Ba(o,v,c)):A&ia&&(f.save(),f.clip(z),I&&f.clip(I),Ha(b,x),f.restore(),Ba(o,v,c)):(Ha(b,x),Ba(o,v,c)),(P||L||z)&&f.restore()}function Ba(o,c,p){p>0&&(c instanceof Map?c.forEach((g,b)=>{f.strokeStyle=Wa=b,f.stroke(g)}):c!=null&&o&&f.stroke(c))}function Ha(o,c){c instanceof Map?c.forEach((p,g)=>{f.fillStyle=Wn=g,f.fill(p)}):c!=null&&o&&f.fill(c)}function Mi(o,c,p,g){let b=_[o],v;if(g<=0)v=[0,0];else{let x=b._space=b.space(n,o,c,p,g),A=b._incrs=b.incrs(n,o,c,p,g,x);v=Yd(c,p,A,g,x)}return b._found=v}function Al(o,c,p,g,b,v,x,A,P,L){let I=x%2/2;T==1&&f.translate(I,I),Io(A,x,P,L,A),f.beginPath();let z,X,he,fe,de=b+(g==0||g==3?-v:v);p==0?(X=b,fe=de):(z=b,he=de);for(let K=0;K<o.length;K++)c[K]!=null&&(p==0?z=he=o[K]:X=fe=o[K],f.moveTo(z,X),f.lineTo(he,fe));f.stroke(),T==1&&f.translate(-I,-I)}function Ri(o){let c=!0;return _.forEach((p,g)=>{if(!p.show)return;let b=C[p.scale];if(b.min==null){p._show&&(c=!1,p._show=!1,Bn(!1));return}else p._show||(c=!1,p._show=!0,Bn(!1));let v=p.side,x=v%2,{min:A,max:P}=b,[L,I]=Mi(g,A,P,x==0?le:N);if(I==0)return;let z=b.distr==2,X=p._splits=p.splits(n,g,A,P,L,I,z),he=b.distr==2?X.map(H=>It[H]):X,fe=b.distr==2?It[X[1]]-It[X[0]]:L,de=p._values=p.values(n,p.filter(n,he,g,I,fe),g,I,fe);p._rotate=v==2?p.rotate(n,de,g,I):0;let K=p._size;p._size=Mt(p.size(n,de,g,o)),K!=null&&p._size!=K&&(c=!1)}),c}function Li(o){let c=!0;return Ro.forEach((p,g)=>{let b=p(n,g,wn,o);b!=ln[g]&&(c=!1),ln[g]=b}),c}function Ii(){for(let o=0;o<_.length;o++){let c=_[o];if(!c.show||!c._show)continue;let p=c.side,g=p%2,b,v,x=c.stroke(n,o),A=p==0||p==3?-1:1,[P,L]=c._found;if(c.label!=null){let ct=c.labelGap*A,yt=Ge((c._lpos+ct)*$e);No(c.labelFont[0],x,"center",p==2?"top":ws),f.save(),g==1?(b=v=0,f.translate(yt,Ge(Ct+Lt/2)),f.rotate((p==3?-tl:tl)/2)):(b=Ge($t+ft/2),v=yt);let Sn=dr(c.label)?c.label(n,o,P,L):c.label;f.fillText(Sn,b,v),f.restore()}if(L==0)continue;let I=C[c.scale],z=g==0?ft:Lt,X=g==0?$t:Ct,he=c._splits,fe=I.distr==2?he.map(ct=>It[ct]):he,de=I.distr==2?It[he[1]]-It[he[0]]:P,K=c.ticks,H=c.border,De=K.show?K.size:0,Ie=Ge(De*$e),Qe=Ge((c.alignTo==2?c._size-De-c.gap:c.gap)*$e),xe=c._rotate*-tl/180,Ne=E(c._pos*$e),bt=(Ie+Qe)*A,it=Ne+bt;v=g==0?it:0,b=g==1?it:0;let _t=c.font[0],Nt=c.align==1?na:c.align==2?Bl:xe>0?na:xe<0?Bl:g==0?"center":p==3?Bl:na,Kt=xe||g==1?"middle":p==2?"top":ws;No(_t,x,Nt,Kt);let vt=c.font[1]*c.lineGap,Dt=he.map(ct=>E(u(ct,I,z,X))),zt=c._values;for(let ct=0;ct<zt.length;ct++){let yt=zt[ct];if(yt!=null){g==0?b=Dt[ct]:v=Dt[ct],yt=""+yt;let Sn=yt.indexOf(`
`)==-1?[yt]:yt.split(/\n/gm);for(let dt=0;dt<Sn.length;dt++){let os=Sn[dt];xe?(f.save(),f.translate(b,v+dt*vt),f.rotate(xe),f.fillText(os,0,0),f.restore()):f.fillText(os,b,v+dt*vt)}}}K.show&&Al(Dt,K.filter(n,fe,o,L,de),g,p,Ne,Ie,Ce(K.width*$e,3),K.stroke(n,o),K.dash,K.cap);let qt=c.grid;qt.show&&Al(Dt,qt.filter(n,fe,o,L,de),g,g==0?2:1,g==0?Ct:$t,g==0?Lt:ft,Ce(qt.width*$e,3),qt.stroke(n,o),qt.dash,qt.cap),H.show&&Al([Ne],[1],g==0?1:0,g==0?1:2,g==1?Ct:$t,g==1?Lt:ft,Ce(H.width*$e,3),H.stroke(n,o),H.dash,H.cap)}Je("drawAxes")}function Bn(o){k.forEach((c,p)=>{p>0&&(c._paths=null,o&&(l==1?(c.min=null,c.max=null):c.facets.forEach(g=>{g.min=null,g.max=null})))})}let Ga=!1,_l=!1,$a=[];function Ni(){_l=!1;for(let o=0;o<$a.length;o++)Je(...$a[o]);$a.length=0}function Hn(){Ga||(Wc(Uo),Ga=!0)}function zi(o,c=!1){Ga=!0,_l=c,o(n),Uo(),c&&$a.length>0&&queueMicrotask(Ni)}n.batch=zi;function Uo(){if(gl&&(_i(),gl=!1),zn&&(wi(),zn=!1),Oa){if(Pe(w,na,Te),Pe(w,"top",He),Pe(w,Da,le),Pe(w,Pa,N),Pe(y,na,Te),Pe(y,"top",He),Pe(y,Da,le),Pe(y,Pa,N),Pe(h,Da,Xt),Pe(h,Pa,hn),$.width=Ge(Xt*$e),$.height=Ge(hn*$e),_.forEach(({_el:o,_show:c,_size:p,_pos:g,side:b})=>{if(o!=null)if(c){let v=b===3||b===0?p:0,x=b%2==1;Pe(o,x?"left":"top",g-v),Pe(o,x?"width":"height",p),Pe(o,x?"top":"left",x?He:Te),Pe(o,x?"height":"width",x?N:le),Ql(o,An)}else wt(o,An)}),Wa=Wn=bl=yl=wl=kl=xl=Sl=vl=null,gt=1,ya(!0),Te!=Nn||He!=$n||le!=Bt||N!=bn){Bn(!1);let o=le/Bt,c=N/bn;if(st&&!vn&&B.left>=0){B.left*=o,B.top*=c,Gn&&Jt(Gn,Ge(B.left),0,le,N),jn&&Jt(jn,0,Ge(B.top),le,N);for(let p=0;p<At.length;p++){let g=At[p];g!=null&&(Vn[p]*=o,Un[p]*=c,Jt(g,Mt(Vn[p]),Mt(Un[p]),le,N))}}if(_e.show&&!Va&&_e.left>=0&&_e.width>0){_e.left*=o,_e.width*=o,_e.top*=c,_e.height*=c;for(let p in Ll)Pe(Yn,p,_e[p])}Nn=Te,$n=He,Bt=le,bn=N}Je("setSize"),Oa=!1}Xt>0&&hn>0&&(f.clearRect(0,0,$.width,$.height),Je("drawClear"),Y.forEach(o=>o()),Je("draw")),_e.show&&Va&&(ja(_e),Va=!1),st&&vn&&(xn(null,!0,!1),vn=!1),ie.show&&ie.live&&Tt&&(Ml(),Tt=!1),i||(i=!0,n.status=1,Je("ready")),ha=!1,Ga=!1}n.redraw=(o,c)=>{zn=c||!1,o!==!1?sn(R,M.min,M.max):Hn()};function Dl(o,c){let p=C[o];if(p.from==null){if(tt==0){let g=p.range(n,c.min,c.max,o);c.min=g[0],c.max=g[1]}if(c.min>c.max){let g=c.min;c.min=c.max,c.max=g}if(tt>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;o==R&&p.distr==2&&tt>0&&(c.min=Ot(c.min,t[0]),c.max=Ot(c.max,t[0]),c.min==c.max&&c.max++),V[o]=c,gl=!0,Hn()}}n.setScale=Dl;let Pl,El,Gn,jn,Wo,Bo,Kn,qn,Ho,Go,Ae,Me,on=!1,nt=B.drag,Ye=nt.x,Ze=nt.y;st&&(B.x&&(Pl=Et(mc,y)),B.y&&(El=Et(pc,y)),M.ori==0?(Gn=Pl,jn=El):(Gn=El,jn=Pl),Ae=B.left,Me=B.top);let _e=n.select=We({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Yn=_e.show?Et(uc,_e.over?y:w):null;function ja(o,c){if(_e.show){for(let p in o)_e[p]=o[p],p in Ll&&Pe(Yn,p,o[p]);c!==!1&&Je("setSelect")}}n.setSelect=ja;function Fi(o){if(k[o].show)Be&&Ql(Re[o],An);else if(Be&&wt(Re[o],An),st){let p=On?At[0]:At[o];p!=null&&Jt(p,-10,-10,le,N)}}function sn(o,c,p){Dl(o,{min:c,max:p})}function Gt(o,c,p,g){c.focus!=null&&Bi(o),c.show!=null&&k.forEach((b,v)=>{v>0&&(o==v||o==null)&&(b.show=c.show,Fi(v),l==2?(sn(b.facets[0].scale,null,null),sn(b.facets[1].scale,null,null)):sn(b.scale,null,null),Hn())}),p!==!1&&Je("setSeries",o,c),g&&wa("setSeries",n,o,c)}n.setSeries=Gt;function Oi(o,c){We(O[o],c)}function Vi(o,c){o.fill=me(o.fill||null),o.dir=ge(o.dir,-1),c=c??O.length,O.splice(c,0,o)}function Ui(o){o==null?O.length=0:O.splice(o,1)}n.addBand=Vi,n.setBand=Oi,n.delBand=Ui;function Wi(o,c){k[o].alpha=c,st&&At[o]!=null&&(At[o].style.opacity=c),Be&&Re[o]&&(Re[o].style.opacity=c)}let en,rn,kn,Zn={focus:!0};function Bi(o){if(o!=kn){let c=o==null,p=Ht.alpha!=1;k.forEach((g,b)=>{if(l==1||b>0){let v=c||b==0||b==o;g._focus=c?null:v,p&&Wi(b,v?1:Ht.alpha)}}),kn=o,p&&Hn()}}Be&&Fn&&rt(Cs,be,o=>{B._lock||(yn(o),kn!=null&&Gt(null,Zn,!0,Ve.setSeries))});function jt(o,c,p){let g=C[c];p&&(o=o/$e-(g.ori==1?He:Te));let b=le;g.ori==1&&(b=N,o=b-o),g.dir==-1&&(o=b-o);let v=g._min,x=g._max,A=o/b,P=v+(x-v)*A,L=g.distr;return L==3?oa(10,P):L==4?Pc(P,g.asinh):L==100?g.bwd(P):P}function Hi(o,c){let p=jt(o,R,c);return Ot(p,t[0],Ke,qe)}n.valToIdx=o=>Ot(o,t[0]),n.posToIdx=Hi,n.posToVal=jt,n.valToPos=(o,c,p)=>C[c].ori==0?s(o,C[c],p?ft:le,p?$t:0):r(o,C[c],p?Lt:N,p?Ct:0),n.setCursor=(o,c,p)=>{Ae=o.left,Me=o.top,xn(null,c,p)};function jo(o,c){Pe(Yn,na,_e.left=o),Pe(Yn,Da,_e.width=c)}function Ko(o,c){Pe(Yn,"top",_e.top=o),Pe(Yn,Pa,_e.height=c)}let ba=M.ori==0?jo:Ko,va=M.ori==1?jo:Ko;function Gi(){if(Be&&ie.live)for(let o=l==2?1:0;o<k.length;o++){if(o==0&&St)continue;let c=ie.values[o],p=0;for(let g in c)Wt[o][p++].firstChild.nodeValue=c[g]}}function Ml(o,c){if(o!=null&&(o.idxs?o.idxs.forEach((p,g)=>{ke[g]=p}):Lc(o.idx)||ke.fill(o.idx),ie.idx=ke[0]),Be&&ie.live){for(let p=0;p<k.length;p++)(p>0||l==1&&!St)&&ji(p,ke[p]);Gi()}Tt=!1,c!==!1&&Je("setLegend")}n.setLegend=Ml;function ji(o,c){let p=k[o],g=o==0&&ne==2?It:t[o],b;St?b=p.values(n,o,c)??an:(b=p.value(n,c==null?null:g[c],o,c),b=b==null?an:{_:b}),ie.values[o]=b}function xn(o,c,p){Ho=Ae,Go=Me,[Ae,Me]=B.move(n,Ae,Me),B.left=Ae,B.top=Me,st&&(Gn&&Jt(Gn,Ge(Ae),0,le,N),jn&&Jt(jn,0,Ge(Me),le,N));let g,b=Ke>qe;en=Se,rn=null;let v=M.ori==0?le:N,x=M.ori==1?le:N;if(Ae<0||tt==0||b){g=B.idx=null;for(let A=0;A<k.length;A++){let P=At[A];P!=null&&Jt(P,-10,-10,le,N)}Fn&&Gt(null,Zn,!0,o==null&&Ve.setSeries),ie.live&&(ke.fill(g),Tt=!0)}else{let A,P,L;l==1&&(A=M.ori==0?Ae:Me,P=jt(A,R),g=B.idx=Ot(P,t[0],Ke,qe),L=W(t[0][g],M,v,0));let I=-10,z=-10,X=0,he=0,fe=!0,de="",K="";for(let H=l==2?1:0;H<k.length;H++){let De=k[H],Ie=ke[H],Qe=Ie==null?null:l==1?t[H][Ie]:t[H][1][Ie],xe=B.dataIdx(n,H,g,P),Ne=xe==null?null:l==1?t[H][xe]:t[H][1][xe];if(Tt=Tt||Ne!=Qe||xe!=Ie,ke[H]=xe,H>0&&De.show){let bt=xe==null?-10:xe==g?L:W(l==1?t[0][xe]:t[H][0][xe],M,v,0),it=Ne==null?-10:Z(Ne,l==1?C[De.scale]:C[De.facets[1].scale],x,0);if(Fn&&Ne!=null){let _t=M.ori==1?Ae:Me,Nt=je(Ht.dist(n,H,xe,it,_t));if(Nt<en){let Kt=Ht.bias;if(Kt!=0){let vt=jt(_t,De.scale),Dt=Ne>=0?1:-1,zt=vt>=0?1:-1;zt==Dt&&(zt==1?Kt==1?Ne>=vt:Ne<=vt:Kt==1?Ne<=vt:Ne>=vt)&&(en=Nt,rn=H)}else en=Nt,rn=H}}if(Tt||On){let _t,Nt;M.ori==0?(_t=bt,Nt=it):(_t=it,Nt=bt);let Kt,vt,Dt,zt,qt,ct,yt=!0,Sn=at.bbox;if(Sn!=null){yt=!1;let dt=Sn(n,H);Dt=dt.left,zt=dt.top,Kt=dt.width,vt=dt.height}else Dt=_t,zt=Nt,Kt=vt=at.size(n,H);if(ct=at.fill(n,H),qt=at.stroke(n,H),On)H==rn&&en<=Ht.prox&&(I=Dt,z=zt,X=Kt,he=vt,fe=yt,de=ct,K=qt);else{let dt=At[H];dt!=null&&(Vn[H]=Dt,Un[H]=zt,Ms(dt,Kt,vt,yt),Ps(dt,ct,qt),Jt(dt,Mt(Dt),Mt(zt),le,N))}}}}if(On){let H=Ht.prox,De=kn==null?en<=H:en>H||rn!=kn;if(Tt||De){let Ie=At[0];Ie!=null&&(Vn[0]=I,Un[0]=z,Ms(Ie,X,he,fe),Ps(Ie,de,K),Jt(Ie,Mt(I),Mt(z),le,N))}}}if(_e.show&&on)if(o!=null){let[A,P]=Ve.scales,[L,I]=Ve.match,[z,X]=o.cursor.sync.scales,he=o.cursor.drag;if(Ye=he._x,Ze=he._y,Ye||Ze){let{left:fe,top:de,width:K,height:H}=o.select,De=o.scales[z].ori,Ie=o.posToVal,Qe,xe,Ne,bt,it,_t=A!=null&&L(A,z),Nt=P!=null&&I(P,X);_t&&Ye?(De==0?(Qe=fe,xe=K):(Qe=de,xe=H),Ne=C[A],bt=W(Ie(Qe,z),Ne,v,0),it=W(Ie(Qe+xe,z),Ne,v,0),ba(Vt(bt,it),je(it-bt))):ba(0,v),Nt&&Ze?(De==1?(Qe=fe,xe=K):(Qe=de,xe=H),Ne=C[P],bt=Z(Ie(Qe,X),Ne,x,0),it=Z(Ie(Qe+xe,X),Ne,x,0),va(Vt(bt,it),je(it-bt))):va(0,x)}else Il()}else{let A=je(Ho-Wo),P=je(Go-Bo);if(M.ori==1){let X=A;A=P,P=X}Ye=nt.x&&A>=nt.dist,Ze=nt.y&&P>=nt.dist;let L=nt.uni;L!=null?Ye&&Ze&&(Ye=A>=L,Ze=P>=L,!Ye&&!Ze&&(P>A?Ze=!0:Ye=!0)):nt.x&&nt.y&&(Ye||Ze)&&(Ye=Ze=!0);let I,z;Ye&&(M.ori==0?(I=Kn,z=Ae):(I=qn,z=Me),ba(Vt(I,z),je(z-I)),Ze||va(0,x)),Ze&&(M.ori==1?(I=Kn,z=Ae):(I=qn,z=Me),va(Vt(I,z),je(z-I)),Ye||ba(0,v)),!Ye&&!Ze&&(ba(0,0),va(0,0))}if(nt._x=Ye,nt._y=Ze,o==null){if(p){if(ls!=null){let[A,P]=Ve.scales;Ve.values[0]=A!=null?jt(M.ori==0?Ae:Me,A):null,Ve.values[1]=P!=null?jt(M.ori==1?Ae:Me,P):null}wa(Hl,n,Ae,Me,le,N,g)}if(Fn){let A=p&&Ve.setSeries,P=Ht.prox;kn==null?en<=P&&Gt(rn,Zn,!0,A):en>P?Gt(null,Zn,!0,A):rn!=kn&&Gt(rn,Zn,!0,A)}}Tt&&(ie.idx=g,Ml()),c!==!1&&Je("setCursor")}let cn=null;Object.defineProperty(n,"rect",{get(){return cn==null&&ya(!1),cn}});function ya(o=!1){o?cn=null:(cn=y.getBoundingClientRect(),Je("syncRect",cn))}function qo(o,c,p,g,b,v,x){B._lock||on&&o!=null&&o.movementX==0&&o.movementY==0||(Rl(o,c,p,g,b,v,x,!1,o!=null),o!=null?xn(null,!0,!0):xn(c,!0,!1))}function Rl(o,c,p,g,b,v,x,A,P){if(cn==null&&ya(!1),yn(o),o!=null)p=o.clientX-cn.left,g=o.clientY-cn.top;else{if(p<0||g<0){Ae=-10,Me=-10;return}let[L,I]=Ve.scales,z=c.cursor.sync,[X,he]=z.values,[fe,de]=z.scales,[K,H]=Ve.match,De=c.axes[0].side%2==1,Ie=M.ori==0?le:N,Qe=M.ori==1?le:N,xe=De?v:b,Ne=De?b:v,bt=De?g:p,it=De?p:g;if(fe!=null?p=K(L,fe)?u(X,C[L],Ie,0):-10:p=Ie*(bt/xe),de!=null?g=H(I,de)?u(he,C[I],Qe,0):-10:g=Qe*(it/Ne),M.ori==1){let _t=p;p=g,g=_t}}P&&(c==null||c.cursor.event.type==Hl)&&((p<=1||p>=le-1)&&(p=Cn(p,le)),(g<=1||g>=N-1)&&(g=Cn(g,N))),A?(Wo=p,Bo=g,[Kn,qn]=B.move(n,p,g)):(Ae=p,Me=g)}let Ll={width:0,height:0,left:0,top:0};function Il(){ja(Ll,!1)}let Yo,Zo,Jo,Qo;function Xo(o,c,p,g,b,v,x){on=!0,Ye=Ze=nt._x=nt._y=!1,Rl(o,c,p,g,b,v,x,!0,!1),o!=null&&(rt(Gl,Zl,es,!1),wa(xs,n,Kn,qn,le,N,null));let{left:A,top:P,width:L,height:I}=_e;Yo=A,Zo=P,Jo=L,Qo=I}function es(o,c,p,g,b,v,x){on=nt._x=nt._y=!1,Rl(o,c,p,g,b,v,x,!1,!0);let{left:A,top:P,width:L,height:I}=_e,z=L>0||I>0,X=Yo!=A||Zo!=P||Jo!=L||Qo!=I;if(z&&X&&ja(_e),nt.setScale&&z&&X){let he=A,fe=L,de=P,K=I;if(M.ori==1&&(he=P,fe=I,de=A,K=L),Ye&&sn(R,jt(he,R),jt(he+fe,R)),Ze)for(let H in C){let De=C[H];H!=R&&De.from==null&&De.min!=Se&&sn(H,jt(de+K,H),jt(de,H))}Il()}else B.lock&&(B._lock=!B._lock,xn(c,!0,o!=null));o!=null&&(In(Gl,Zl),wa(Gl,n,Ae,Me,le,N,null))}function Ki(o,c,p,g,b,v,x){if(B._lock)return;yn(o);let A=on;if(on){let P=!0,L=!0,I=10,z,X;M.ori==0?(z=Ye,X=Ze):(z=Ze,X=Ye),z&&X&&(P=Ae<=I||Ae>=le-I,L=Me<=I||Me>=N-I),z&&P&&(Ae=Ae<Kn?0:le),X&&L&&(Me=Me<qn?0:N),xn(null,!0,!0),on=!1}Ae=-10,Me=-10,ke.fill(null),xn(null,!0,!0),A&&(on=A)}function ts(o,c,p,g,b,v,x){B._lock||(yn(o),$l(),Il(),o!=null&&wa(Ts,n,Ae,Me,le,N,null))}function ns(){_.forEach(Zd),hl(n.width,n.height,!0)}_n(nl,la,ns);let Jn={};Jn.mousedown=Xo,Jn.mousemove=qo,Jn.mouseup=es,Jn.dblclick=ts,Jn.setSeries=(o,c,p,g)=>{let b=Ve.match[2];p=b(n,c,p),p!=-1&&Gt(p,g,!0,!1)},st&&(rt(xs,y,Xo),rt(Hl,y,qo),rt(Ss,y,o=>{yn(o),ya(!1)}),rt(Cs,y,Ki),rt(Ts,y,ts),lo.add(n),n.syncRect=ya);let Ka=n.hooks=e.hooks||{};function Je(o,c,p){_l?$a.push([o,c,p]):o in Ka&&Ka[o].forEach(g=>{g.call(null,n,c,p)})}(e.plugins||[]).forEach(o=>{for(let c in o.hooks)Ka[c]=(Ka[c]||[]).concat(o.hooks[c])});let as=(o,c,p)=>p,Ve=We({key:null,setSeries:!1,filters:{pub:zs,sub:zs},scales:[R,k[1]?k[1].scale:null],match:[Fs,Fs,as],values:[null,null]},B.sync);Ve.match.length==2&&Ve.match.push(as),B.sync=Ve;let ls=Ve.key,Nl=Lr(ls);function wa(o,c,p,g,b,v,x){Ve.filters.pub(o,c,p,g,b,v,x)&&Nl.pub(o,c,p,g,b,v,x)}Nl.sub(n);function qi(o,c,p,g,b,v,x){Ve.filters.sub(o,c,p,g,b,v,x)&&Jn[o](null,c,p,g,b,v,x)}n.pub=qi;function Yi(){Nl.unsub(n),lo.delete(n),gn.clear(),Xl(nl,la,ns),m.remove(),be?.remove(),Je("destroy")}n.destroy=Yi;function zl(){Je("init",e,t),Lo(t||e.data,!1),V[R]?Dl(R,V[R]):$l(),Va=_e.show&&(_e.width>0||_e.height>0),vn=Tt=!0,hl(e.width,e.height)}return k.forEach(Mo),_.forEach(Ai),a?a instanceof HTMLElement?(a.appendChild(m),zl()):a(n,zl):zl(),n}Xe.assign=We;Xe.fmtNum=mo;Xe.rangeNum=al;Xe.rangeLog=sl;Xe.rangeAsinh=co;Xe.orient=Pn;Xe.pxRatio=$e;Xe.join=Uc;Xe.fmtDate=fo,Xe.tzDate=Qc;Xe.sync=Lr;{Xe.addGap=Ld,Xe.clipGaps=cl;let e=Xe.paths={points:Vr};e.linear=Wr,e.stepped=zd,e.bars=Fd,e.spline=Vd}function fn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Jd(e,t){let a=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return a?`rgba(${parseInt(a[1],16)}, ${parseInt(a[2],16)}, ${parseInt(a[3],16)}, ${t})`:e}function Qd(e,t,a,n){return Xe.paths.bars({size:[.7,60]})(e,t,a,n)}function Xd(e,t){return{hooks:{draw:[a=>{if(!e.length)return;let{ctx:n}=a,l=a.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let s of e){let r=Math.round(a.valToPos(s.t,"x",!0));r<a.bbox.left||r>a.bbox.left+a.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(r,l),n.lineTo(r,l+a.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(r,l+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function eu(){let e=window.matchMedia?.("(prefers-color-scheme: dark)"),[t,a]=S(!!e?.matches);return lt(()=>{if(!e)return;let n=l=>a(l.matches);return e.addEventListener("change",n),()=>e.removeEventListener("change",n)},[]),t}function tu(e,t){let a=Math.max(2,Math.floor(t/90)),n=Math.max(1,Math.ceil(e.length/a));return e.filter((l,s)=>s%n===0)}function jr({rows:e,notes:t,currency:a,interval:n,timeZone:l}){let s=ka(null),r=ka(null),u=eu();return lt(()=>{let i=s.current;if(!i)return;let m=e.map(k=>new Date(k.timestamp).getTime()/1e3),$=e.map(k=>k.visitors??0),f=e.map(k=>k.revenue??0),h=m.length>1?m[1]-m[0]:3600,w=(t||[]).map(k=>{let _=new Date(k.timestamp).getTime()/1e3,C=-1;for(let O=0;O<m.length;O++)m[O]<=_&&(C=O);return C>=0&&_<m[C]+h?{t:m[C],text:k.text}:null}).filter(Boolean),y=k=>{let _=new Date(k*1e3),C=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...C,timeZone:l}).format(_)}catch{return _.toLocaleString()}},T={width:i.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1,range:(k,_,C)=>[_-h/2,C+h/2]},v:{range:(k,_,C)=>[0,Math.max(4,C*1.1)]},r:{range:(k,_,C)=>[0,Math.max(1,C*1.1)]}},axes:[{stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},splits:k=>tu(m,k.bbox.width/devicePixelRatio),values:(k,_)=>_.map(y)},{scale:"v",stroke:fn("--muted"),grid:{stroke:fn("--border"),width:1},ticks:{show:!1},values:(k,_)=>_.map(C=>Le(C))},{scale:"r",side:1,stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},values:(k,_)=>_.map(C=>Pt(C,a))}],series:[{},{label:"Visitors",scale:"v",stroke:fn("--visitors"),fill:Jd(fn("--visitors"),.45),paths:Qd,points:{show:!1}},{label:"Revenue",scale:"r",stroke:fn("--revenue"),width:2,points:{show:!1}}],plugins:[Xd(w,fn("--accent"))],hooks:{setCursor:[k=>{let _=k.cursor.idx,C=r.current;if(!C)return;if(_==null){C.textContent="";return}let O=w.filter(R=>R.t===m[_]).map(R=>` \xB7 \u270E ${R.text}`).join("");C.textContent=`${y(m[_])}: ${Le($[_])} visitors, ${Pt(f[_],a)} revenue${O}`}]}},E=new Xe(T,[m,$,f],i),F=new ResizeObserver(()=>E.setSize({width:i.clientWidth,height:260}));return F.observe(i),()=>{F.disconnect(),E.destroy()}},[e,t,a,n,l,u]),d`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${r} aria-live="off"></span>
    </div>
    <div class="chart" ref=${s} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&d`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(i=>d`<li key=${i.id}>✎ ${new Date(i.timestamp).toLocaleDateString(void 0,{timeZone:l})}: ${i.text}</li>`)}
    </ul>`}
  </div>`}function ko(e){let[t,a]=S(null);return lt(()=>{import("/assets/map-EVIVH4IP.js").then(n=>a(()=>n.WorldMap))},[]),t?d`<${t} ...${e} />`:d`<div class="map-placeholder" aria-hidden="true"></div>`}function ma(e){return!e||e.length!==2?"":d`<span class="cc" title=${e.toUpperCase()}>${e.toUpperCase()}</span>`}function nu(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var En=new Set(["Unknown",""]);function au(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function lu(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var wo={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:En.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:au(e.campaign||{}),filter:lu(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=nu(e.image);return{label:e.country,icon:t,filter:En.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:En.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:En.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:En.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:En.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:En.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:(e,t)=>({label:t?.get(e.goal)?.displayName||e.goal,title:e.goal,dot:t?.get(e.goal)?.color,filter:["goal",e.goal]})}},qr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Kr=10,Yr=()=>new Promise(()=>{});function ou(e,t){let a=ka(!1);lt(()=>{!a.current&&(e.data!==void 0||e.error)&&!e.loading&&(a.current=!0,t?.())},[e.data,e.error,e.loading])}function Zr({panel:e,websiteId:t,scope:a,currency:n,onFilter:l,active:s=!0,onAnswered:r,goalLooks:u}){let[i,m]=S(e.tabs[0]),[$,f]=S(!1),h=wo[i],w=$?100:Kr,y=ae(()=>s?D.getFull(`/api/v1/analytics/${h.path}`,{websiteId:t,...a,limit:w}):Yr(),[i,t,JSON.stringify(a),w,s]);ou(y,r);let T=y.data?.data||[],E=y.data?.pagination?.total??T.length,F=Math.max(1,...T.map(_=>_.visitors||0)),k=e.tabs.length>1?d`<${is} label=${e.title} tabs=${e.tabs.map(_=>[_,wo[_].label])} active=${i} onChange=${_=>{m(_),f(!1)}} />`:d`<h2>${wo[i].label}</h2>`;return d`<section class="card panel" data-panel=${e.id} data-tab=${i} aria-label=${e.title}>
    <div class="panel-head">${k}</div>
    ${e.map&&i==="countries"&&T.length>0&&d`<${ko} rows=${T} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${h.goals?"Completions":h.clicks?"Clicks":""}</span><span>Visitors</span>${!h.goals&&!h.clicks?d`<span>Revenue</span>`:d`<span></span>`}
    </div>
    ${y.error&&d`<${ee} error=${y.error} />`}
    ${y.loading&&!y.data?d`<${oe} />`:T.length===0?d`<p class="muted empty">No data for this period</p>`:d`<ol class="rows" data-loading=${y.loading?"true":"false"}>
      ${T.map((_,C)=>{let O=h.row(_,u),R=`${Math.max(2,Math.round((_.visitors||0)/F*100))}%`,q=d`<span class="row-label" title=${O.title||O.label}>${O.icon&&d`<span class="flag" aria-hidden="true">${ma(O.icon)} </span>`}${O.dot&&d`<span class="goal-dot" style=${{background:O.dot}} aria-hidden="true"></span>`}${O.label}</span>`,Y=d`<span class="num">${h.goals?Le(_.completions):h.clicks?Le(_.clicks):""}</span>
          <span class="num" data-visitors=${_.visitors}>${Le(_.visitors)}</span>
          <span class="num rev">${h.goals||h.clicks?"":Pt(_.revenue,n)}</span>`;return d`<li key=${C} class="row">
          <span class="row-bar" style=${{width:R}} aria-hidden="true"></span>
          ${O.filter?d`<button type="button" class="row-main" data-filter=${O.filter[0]} data-value=${O.filter[1]} onClick=${()=>l(O.filter[0],O.filter[1])} aria-label=${`Filter by ${O.label}`}>${q}</button>`:d`<span class="row-main">${q}</span>`}
          ${Y}
        </li>`})}
    </ol>`}
    ${E>Kr&&d`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>f(!$)}>${$?"Show fewer":`Show all ${Le(Math.min(E,100))}${E>100?"+":""}`}</button>`}
  </section>`}function Jr({websiteId:e,scope:t,shared:a,active:n=!0}){let l=ae(()=>n?a?Promise.resolve([]):D.get(`/api/v1/admin/websites/${e}/funnels`):Yr(),[e,a,n]),s=(l.data||[]).filter(f=>f.isActive!==!1),[r,u]=S(null),i=r||s[0]?._id,m=ae(()=>i?D.get(`/api/v1/analytics/funnels/${i}`,{websiteId:e,...t}):Promise.resolve(null),[i,e,JSON.stringify(t)]),$=m.data?.[0];return d`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${s.length>1&&d`<select class="input input-small" aria-label="Funnel" value=${i} onChange=${f=>u(f.currentTarget.value)}>
        ${s.map(f=>d`<option value=${f._id} selected=${f._id===i}>${f.name}</option>`)}
      </select>`}
    </div>
    ${l.error&&d`<${ee} error=${l.error} />`}
    ${!l.loading&&s.length===0&&d`<p class="muted empty">${a?"No funnels shared.":d`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${m.error&&d`<${ee} error=${m.error} />`}
    ${$&&d`<ol class="funnel">
        ${$.steps.map((f,h)=>d`<li key=${h} class="funnel-step">
            <div class="funnel-label"><strong>${h+1}. ${f.name||f.url||f.goalName}</strong>
              <span class="num">${Le(f.visitors)} · ${dn(f.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,f.conversionRate)}%`}}></span></div>
            ${h>0&&f.dropOff>0&&d`<div class="funnel-drop small">↘ ${Le(f.dropOff)} dropped off (${dn(f.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${Le($.completed)} of ${Le($.visitors)} (${dn($.conversionRate)})</p>`}
  </section>`}var So={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function ru(e){let t={};for(let a of Object.keys(So)){let n=e.get(`filter_${a}`);n&&(t[`filter_${a}`]=n)}return t}function iu(e,t){let a=new URLSearchParams(e);for(let[l,s]of Object.entries(t))s==null||s===""?a.delete(l):a.set(l,s);let n=a.toString();return n?`?${n}`:""}function cu(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Mn({id:e,label:t,value:a,raw:n,delta:l,lowerIsBetter:s}){let r=null;if(l!=null&&Number.isFinite(l)){let u=s?l<0:l>0,i=Math.abs(l)<.05?"flat":u?"up":"down";r=d`<span class=${`kpi-change ${i}`} title="Change against the previous period">${l>0?"\u2191":l<0?"\u2193":"\u2192"} ${dn(Math.abs(l))}</span>`}return d`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${a}</div>
    <div class="kpi-foot">${r}</div>
  </div>`}function du({now:e,before:t,realtime:a,currency:n,comparable:l}){let s=r=>l?cu(e?.[r],t?.[r]):null;return d`<div class="kpis" aria-label="Key figures">
    <${Mn} id="visitors" label="Visitors" raw=${e.visitors} value=${Le(e.visitors)} delta=${s("visitors")} />
    <${Mn} id="revenue" label="Revenue" raw=${e.revenue} value=${Pt(e.revenue,n)} delta=${s("revenue")} />
    <${Mn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${dn(e.conversion_rate)} delta=${s("conversion_rate")} />
    <${Mn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Pt(e.revenue_per_visitor,n)} delta=${s("revenue_per_visitor")} />
    <${Mn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${dn(e.bounce_rate)} delta=${s("bounce_rate")} lowerIsBetter=${!0} />
    <${Mn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${rs(e.avg_session_duration)} delta=${s("avg_session_duration")} />
    <${Mn} id="realtime" label="Visitors now" raw=${a??""} value=${d`<span class="live-dot" aria-hidden="true"></span>${a===null?"\u2013":Le(a)}`} />
  </div>`}function uu({period:e,query:t,go:a,timeZone:n}){let[l,s]=S(e.preset==="custom"),r=Wl(n),[u,i]=S(t.get("from")||e.startAt?.slice(0,10)||r),[m,$]=S(t.get("to")||e.endAt?.slice(0,10)||r);return d`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${ut}
        name="period"
        value=${l?"custom":e.preset}
        options=${Ul}
        onChange=${f=>{if(f==="custom")return s(!0);s(!1),a({period:f,from:null,to:null,interval:null})}}
      />
    </label>
    ${l&&d`<form
      class="inline custom-range"
      onSubmit=${f=>{f.preventDefault(),a({period:"custom",from:u,to:m,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${u} max=${r} onInput=${f=>i(f.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${m} max=${r} onInput=${f=>$(f.currentTarget.value)} required /></label>
      <${j} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}var xo=2;function Co({params:e,query:t,navigate:a,site:n,shared:l=!1}){let s=e.websiteId,r=ae(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):D.get("/api/v1/analytics/metadata",{websiteId:s}),[s,n?.timezone,n?.currency]);if(r.error){let u=l&&[401,403,404].includes(r.error.code);return d`<${ee}>${u?"This dashboard is not public. Log in to see it.":r.error.message}<//>${u?d`<p><a href=${`/login?next=/sites/${s}`}>Log in</a></p>`:""}`}return r.data?d`<${mu} websiteId=${s} query=${t} navigate=${a} info=${r.data[0]} shared=${l} />`:d`<${oe} />`}function mu({websiteId:e,query:t,navigate:a,info:n,shared:l}){let s=n.timezone||"UTC",r=n.currency||"USD",u=l?`/share/${e}`:`/sites/${e}`,i=J=>a(u+iu(t,J)),m=Aa({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},s),$=bs(m),f=$.some(([J])=>J===t.get("interval"))?t.get("interval"):$.some(([J])=>J===m.interval)?m.interval:$[0][0],h=ru(t),w={startAt:m.startAt,endAt:m.endAt},y={...w,...h},T=JSON.stringify(y),E=ae(()=>D.get("/api/v1/analytics/overview",{websiteId:e,...y}),[e,T]),F=m.startAt?w:{startAt:m.chartStartAt,endAt:m.chartEndAt},k=ae(()=>D.getFull("/api/v1/analytics/timeseries",{websiteId:e,...h,...F,interval:f,fields:"visitors,revenue",limit:1e3}),[e,T,f,F.startAt]),_=J=>J.data!==void 0||!!J.error,C=_(E)&&_(k),[O,R]=S(0),q=C&&O>=xo,Y=!!m.prevStartAt,re=ae(()=>Y?q?D.get("/api/v1/analytics/overview",{websiteId:e,...h,startAt:m.prevStartAt,endAt:m.prevEndAt}):new Promise(()=>{}):Promise.resolve(null),[e,T,m.prevStartAt,q]),Q=ae(()=>l?Promise.resolve(null):q?D.getFull(`/api/v1/admin/websites/${e}/goals/customizations`).catch(()=>null):new Promise(()=>{}),[e,l,q]),M=new Map((Q.data?.data||[]).map(J=>[J.goalName,J])),ne=ae(()=>l?Promise.resolve([]):D.get(`/api/v1/admin/websites/${e}/notes`,{...F,limit:100,order:"asc"}).catch(()=>[]),[e,F.startAt,F.endAt]),[W,Z]=S(null);Xn(async()=>Z((await D.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let V=k.data?.data||[];if(!m.startAt){let J=V.findIndex(ue=>(ue.visitors||0)>0||(ue.revenue||0)>0);V=J>0?V.slice(J):V}let ce=(J,ue)=>i({[`filter_${J}`]:ue}),U=Object.entries(h);return d`<div class="dash" data-loading=${E.loading||k.loading?"true":"false"}>
    <div class="toolbar">
      <${uu} key=${m.preset} period=${m} query=${t} go=${i} timeZone=${s} />
      <span class="muted small tz" title="Days follow the website's time zone">${s}</span>
      ${l&&d`<span class="badge">Read-only</span>`}
    </div>
    ${U.length>0&&d`<div class="chips" aria-label="Filters">
      ${U.map(([J,ue])=>d`<span class="chip" data-chip=${J}>
          <span>${So[J.slice(7)]||J.slice(7)}: <strong>${ue.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${So[J.slice(7)]} filter`} onClick=${()=>i({[J]:null})}>✕</button>
        </span>`)}
      ${U.length>1&&d`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>i(Object.fromEntries(U.map(([J])=>[J,null])))}>Clear all</button>`}
    </div>`}
    ${E.error&&d`<${ee} error=${E.error} />`}
    ${E.data?d`<${du} now=${E.data[0]} before=${re.data?.[0]} realtime=${W} currency=${r} comparable=${Y} />`:!E.error&&d`<div class="kpis kpis-loading"><${oe} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${$.length>1&&d`<div class="seg" role="group" aria-label="Interval">
          ${$.map(([J,ue])=>d`<button type="button" class=${`seg-btn ${J===f?"active":""}`} aria-pressed=${J===f} onClick=${()=>i({interval:J})}>${ue}</button>`)}
        </div>`}
      </div>
      ${k.error&&d`<${ee} error=${k.error} />`}
      ${k.data?d`<${jr} rows=${V} notes=${ne.data||[]} currency=${r} interval=${f} timeZone=${s} />`:!k.error&&d`<div class="chart-placeholder"><${oe} /></div>`}
    </section>
    ${(E.data||E.error)&&d`<div class="panels">
      ${qr.map((J,ue)=>d`<${Zr}
            key=${J.id}
            panel=${J}
            websiteId=${e}
            scope=${y}
            currency=${r}
            onFilter=${ce}
            active=${ue<xo?C:q}
            goalLooks=${M}
            onAnswered=${ue<xo?()=>R(pe=>pe+1):void 0}
          />`)}
      <${Jr} websiteId=${e} scope=${y} shared=${l} active=${q} />
    </div>`}
  </div>`}var pu=5e3,Qr={pageview:"view",goal:"goal",payment:"paid",payment_received:"paid",external_link:"out",identify:"id"};function Xr({kind:e}){return d`<span class=${`tag tag-${Qr[e]||"other"}`}>${Qr[e]||e}</span>`}function ei({params:e}){let t=e.websiteId,[a,n]=S(null),[l,s]=S(null);Xn(async()=>{try{n(await D.get("/api/v1/analytics/realtime/map",{websiteId:t})),s(null)}catch(i){s(i)}},pu,[t]);let r=a?.visitors||[],u=r.filter(i=>typeof i.latitude=="number"&&typeof i.longitude=="number").map(i=>({latitude:i.latitude,longitude:i.longitude,label:`${i.location?.city||i.location?.countryCode||"Visitor"} \xB7 ${i.currentUrl||""}`}));return d`<div class="stack">
    <${ee} error=${l} />
    <div class="live-grid">
      <${te} title=${d`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${a?a.count:"\u2026"}</span>`}>
        <${ko} points=${u} />
        ${r.length===0?d`<p class="muted empty">Nobody right now.</p>`:d`<ul class="feed" aria-label="Visitors now">
              ${r.map(i=>d`<li key=${i.visitorId}>
                  <span aria-hidden="true">${ma(i.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${i.visitorId}`}>${i.currentUrl||"/"} <span class="muted small">${[i.system?.browser?.name,i.system?.os?.name,i.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${i.sessionStartTime?Qn(i.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${te} title="Live events">
          ${(a?.recentEvents||[]).length===0?d`<p class="muted empty">No events in the last 10 minutes.</p>`:d`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${a.recentEvents.map(i=>d`<li key=${i._id}>
                    <${Xr} kind=${i.type} />
                    <span class="what">${i.type==="pageview"?i.path:`${i.type}${i.extraData?.name?`: ${i.extraData.name}`:""} on ${i.path||"/"}`}</span>
                    <span class="muted small">${Qn(i.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${te} title="Recent payments">
          ${(a?.recentPayments||[]).length===0?d`<p class="muted empty">No payment in the last 10 minutes.</p>`:d`<ul class="feed" aria-label="Recent payments">
                ${a.recentPayments.map(i=>d`<li key=${i._id}>
                    <${Xr} kind="payment" />
                    <span class="what"><strong class="rev">${Pt(i.amount,i.currency)}</strong> ${i.name||i.email||""}${i.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Qn(i.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var To=50,fu=1800*1e3;function ti({params:e,query:t,navigate:a,site:n}){let l=e.websiteId,[s,r]=S(t.get("page")||""),u=t.get("customers")==="1",i=t.get("goal")||"",m=Number(t.get("offset")||0),$=y=>{let T=new URLSearchParams(t);for(let[F,k]of Object.entries(y))k?T.set(F,k):T.delete(F);let E=T.toString();a(`/sites/${l}/visitors${E?`?${E}`:""}`)},f=ae(()=>D.get("/api/v1/analytics/goals",{websiteId:l,limit:100}),[l]),h=ae(()=>D.getFull("/api/v1/visitors",{websiteId:l,limit:To,offset:m,visitedPageContains:t.get("page")||void 0,isCustomer:u&&!i?"true":void 0,completedGoal:i||void 0}),[l,t.toString()]),w=h.data?.data||[];return d`<${te} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${y=>{y.preventDefault(),$({page:s.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${s} onInput=${y=>r(y.currentTarget.value)}
      /></label>
      <${j} type="submit" class="btn-small">Search<//>
      <${Ue} label="Customers only" name="customers" checked=${u} disabled=${!!i} onChange=${y=>$({customers:y?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${y=>$({goal:y.currentTarget.value,offset:null})}>
          <option value="" selected=${!i}>Any</option>
          ${(f.data||[]).map(y=>d`<option value=${y.goal} selected=${y.goal===i}>${y.goal}</option>`)}
        </select>
      </label>
    </form>
    ${h.error&&d`<${ee} error=${h.error} />`}
    ${h.loading&&!h.data?d`<${oe} />`:w.length===0?d`<p class="muted empty">No visitor matches.</p>`:d`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${w.map(y=>d`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${l}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${y.identity?.country?d`${ma(y.identity.country)||y.identity.country} ${y.identity.city||""}`:"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${ze(y.lastSeenAt,n?.timezone)}>${Qn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${m>0&&d`<${j} class="btn-small" onClick=${()=>$({offset:String(Math.max(0,m-To))||null})}>← Newer<//>`}
      ${h.data?.pagination?.hasMore&&d`<${j} class="btn-small" onClick=${()=>$({offset:String(m+To)})}>Older →<//>`}
    </div>
  <//>`}function gu(e){let t=[...(e.activity?.visitedPages||[]).map(l=>({kind:"page",at:l.timestamp,text:l.url})),...(e.activity?.completedGoals||[]).filter(l=>l.origin!=="payment_provider").map(l=>({kind:"goal",at:l.timestamp,text:l.name})),...(e.payments||[]).map(l=>({kind:"payment",at:l.timestamp,text:`${Pt(l.amount,l.currency)} ${l.type!=="new"?`(${l.type})`:""}`}))].sort((l,s)=>new Date(l.at)-new Date(s.at)),a=[],n=-1/0;for(let l of t){let s=new Date(l.at).getTime();(a.length===0||l.kind==="page"&&s-n>fu)&&a.push({start:l.at,items:[]}),a[a.length-1].items.push(l),l.kind==="page"&&(n=s)}return a}function ni({params:e,site:t}){let{websiteId:a,visitorId:n}=e,l=ae(()=>D.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:a}),[n]);if(l.loading)return d`<${oe} />`;if(l.error)return d`<${ee} error=${l.error} /><p><a href=${`/sites/${a}/visitors`}>All visitors</a></p>`;let s=l.data,r=s.identity||{},u=t?.timezone,i=s.profile?.metadata?.name||s.profile?.metadata?.email||s.profile?.userId,m=$=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:u}).format(new Date($))}catch{return $}};return d`<div class="stack">
    <p><a href=${`/sites/${a}/visitors`}>← All visitors</a></p>
    <${te} title=${d`${ma(r.countryCode)} ${i||`Visitor ${n.slice(0,8)}`} ${s.isCustomer?d`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[r.city,r.region,r.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[r.browser?.name,r.os?.name,r.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${Le(s.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${Le(s.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${ze(s.activity?.firstVisitAt,u)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(r.params||{}).filter(([,$])=>$).map(([$,f])=>`${$}=${f}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${te} title="Journey">
      <ol class="journey">
        ${gu(s).map(($,f)=>d`<li key=${$.start} class="journey-session">
              <h3>Visit ${f+1} · ${ze($.start,u)}</h3>
              <ol class="journey">
                ${$.items.map((h,w)=>d`<li key=${w} class=${`ev ev-${h.kind}`}>
                    <span class="muted small">${m(h.at)}</span>
                    <span class=${`tag tag-${h.kind==="page"?"view":h.kind==="goal"?"goal":"paid"}`}>${h.kind==="page"?"view":h.kind==="goal"?"goal":"paid"}</span>
                    <span>${h.kind==="goal"?`Goal: ${h.text}`:h.kind==="payment"?`Payment ${h.text}`:h.text}</span>
                  </li>`)}
              </ol>
            </li>`)}
      </ol>
    <//>
  </div>`}function ai({params:e,navigate:t,onAuth:a}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,l=ae(()=>D.get(n),[e.token]),[s,r]=S(""),[u,i]=S("");return d`<main class="auth" id="main"><div class="auth-card"><${te} title="Join a website">${(()=>{if(l.loading)return d`<${oe} />`;if(l.error)return d`<${ee} error=${l.error} /><p><a href="/login">Log in</a></p>`;let $=l.data?.[0]||{},f=$.domain||"a website",h=Oe.user&&Oe.user.email===$.email,w=async()=>{Sa(),await Ya(),a?.(),t(`/sites/${$.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Oe.user&&!h?d`<p>This invitation is for <strong>${$.email}</strong>, and you are logged in as ${Oe.user.email}. Log out, then open this link again.</p>`:!Oe.user&&$.accountExists?d`<p>You are invited to <strong>${f}</strong> as <strong>${$.role}</strong>. An account with ${$.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:d`<p>You are invited to <strong>${f}</strong>${$.role?d` as <strong>${$.role}</strong>`:""}${$.email?d` (${$.email})`:""}.</p>
      ${h?d`<${ve} submitLabel="Accept the invitation" onSubmit=${async()=>{await D.post(`${n}/accept`,{}),await w()}} />`:d`<${ve}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await D.post(`${n}/accept`,{name:s.trim(),password:u}),await D.post("/api/auth/login",{email:$.email,password:u}),await w()}}
          >
            <${G} label="Your name"><${se} name="name" required value=${s} onInput=${r} /><//>
            <${G} label="Choose a password" hint="At least 8 characters"
              ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${u} onInput=${i}
            /><//>
          <//>
`}`})()}<//></div></main>`}function pa(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Ut(e){return(e||[]).join(`
`)}function Ia({title:e,secret:t,what:a,onClose:n}){return d`<${ot}
    title=${e}
    onClose=${n}
    footer=${d`<${j} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${a} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${Yt} text=${t} label="Copy" />
    </div>
  <//>`}function et({title:e,message:t,confirmLabel:a="Delete",danger:n=!0,run:l,onClose:s}){let[r,u]=S(!1),[i,m]=S(null);return d`<${ot}
    title=${e}
    onClose=${s}
    footer=${d`
      <${j} onClick=${s}>Cancel<//>
      <${j}
        kind=${n?"danger-solid":"primary"}
        disabled=${r}
        onClick=${async()=>{u(!0),m(null);try{await l(),s()}catch($){m($),u(!1)}}}
        >${r?"Working\u2026":a}<//
      >
    `}
  >
    <p>${t}</p>
    <${ee} error=${i} />
  <//>`}function Fe({children:e}){return d`<p class="muted section-intro">${e}</p>`}function pl({title:e,hint:t,children:a}){return d`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${a}
    ${t&&d`<div class="field-hint">${t}</div>`}
  </div>`}var Ao=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],hu=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function $u(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function li({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,a=ae(()=>D.get(t),[e]);if(a.loading&&!a.data)return d`<${oe} />`;if(a.error)return d`<${ee} error=${a.error} />`;let n=a.data[0],l=async(s,r)=>{let u=(await D.put(t,s))[0];return ps(e,{name:u.name,domain:u.domain,timezone:u.timezone,currency:u.currency}),we(r),u};return d`
    <${bu} initial=${n} save=${l} />
    <${vu} initial=${n} save=${l} websiteId=${e} />
    <${yu} initial=${n} save=${l} />
    <${wu} initial=${n} save=${l} />
    <${ku} initial=${n} save=${l} />
    <${xu} initial=${n} save=${l} />
  `}function bu({initial:e,save:t}){let[a,n]=S(e.name||""),[l,s]=S(e.domain||""),[r,u]=S(e.timezone||"UTC"),[i,m]=S(e.currency||"USD"),$=Ao.includes(i)?Ao:[i,...Ao];return d`<${te} title="Website">
    <${Fe}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${ve}
      onSubmit=${async()=>{let f=await t({name:a.trim()||null,domain:l.trim(),timezone:r,currency:i},"Website settings saved");n(f.name||""),s(f.domain)}}
    >
      <div class="grid-2">
        <${G} label="Name"><${se} name="name" value=${a} onInput=${n} maxlength="100" /><//>
        <${G} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${se} name="domain" required value=${l} onInput=${s}
        /><//>
      </div>
      <div class="grid-2">
        <${G} label="Time zone"><${ut} name="timezone" value=${r} onChange=${u} options=${$u(r)} /><//>
        <${G} label="Currency" hint="Revenue is reported in this currency"
          ><${ut} name="currency" value=${i} onChange=${m} options=${$}
        /><//>
      </div>
    <//>
  <//>`}function vu({initial:e,save:t,websiteId:a}){let[n,l]=S(!!e.isPublicDashboardEnabled),[s,r]=S(!!e.isPublicDataEnabled),[u,i]=S(!!e.isPublicDashboardEnabled),m=`${window.location.origin}/share/${a}`;return d`<${te} title="Public dashboard">
    <${Fe}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${ve}
      onSubmit=${async()=>{let $=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:s},n?"The dashboard is public":"The dashboard is private");i(!!$.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${Ue} name="isPublicDashboardEnabled" checked=${n} onChange=${l} label="Share a read-only public dashboard" />
        <${Ue} name="isPublicDataEnabled" checked=${s} onChange=${r} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${u&&d`<div class="share-link" data-share-link>
        <${pl} title="Share link"><${Yt} text=${m} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function yu({initial:e,save:t}){let[a,n]=S(!!e.isCookieless),[l,s]=S(!!e.isAllHostnamesAllowed),[r,u]=S(Ut(e.allowedHostnames)),[i,m]=S(!!e.isAttackModeEnabled);return d`<${te} title="Tracking">
    <${ve}
      onSubmit=${async()=>{let $=await t({isCookieless:a,isAllHostnamesAllowed:l,allowedHostnames:pa(r),isAttackModeEnabled:i},"Tracking settings saved");u(Ut($.allowedHostnames))}}
    >
      <div class="toggles">
        <${Ue} name="isCookieless" checked=${a} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${Ue} name="isAttackModeEnabled" checked=${i} onChange=${m} label="Attack mode (stricter bot filtering)" />
        <${Ue} name="isAllHostnamesAllowed" checked=${l} onChange=${s} label="Accept events from any hostname" />
      </div>
      <${G} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${l} value=${r} onInput=${$=>u($.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function wu({initial:e,save:t}){let[a,n]=S(Ut(e.excludedIps)),[l,s]=S(Ut(e.excludedPaths)),[r,u]=S(Ut(e.excludedCountries)),[i,m]=S(Ut(e.excludedHostnames)),$=(f,h,w)=>d`<textarea class="input" name=${f} value=${h} onInput=${y=>w(y.currentTarget.value)}></textarea>`;return d`<${te} title="Exclusions">
    <${Fe}>Events matching any of these are not recorded. One value per line.<//>
    <${ve}
      onSubmit=${async()=>{let f=await t({excludedIps:pa(a),excludedPaths:pa(l),excludedCountries:pa(r).map(h=>h.toUpperCase()),excludedHostnames:pa(i)},"Exclusions saved");n(Ut(f.excludedIps)),s(Ut(f.excludedPaths)),u(Ut(f.excludedCountries)),m(Ut(f.excludedHostnames))}}
    >
      <div class="grid-2">
        <${G} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${$("excludedIps",a,n)}<//>
        <${G} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${$("excludedPaths",l,s)}<//>
      </div>
      <div class="grid-2">
        <${G} label="Countries" hint="Two-letter codes, e.g. US, FR">${$("excludedCountries",r,u)}<//>
        <${G} label="Hostnames" hint="e.g. staging.example.com">${$("excludedHostnames",i,m)}<//>
      </div>
    <//>
  <//>`}function ku({initial:e,save:t}){let[a,n]=S(e.revenueMetric||"revenue"),[l,s]=S(!!e.includeRenewalRevenue),[r,u]=S(e.kpi||""),[i,m]=S(e.kpiColorScheme||"orange");return d`<${te} title="Revenue and KPI">
    <${ve}
      onSubmit=${async()=>{await t({revenueMetric:a,includeRenewalRevenue:l,kpi:r.trim()||null,kpiColorScheme:i},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${G} label="Revenue metric"
          ><${ut} name="revenueMetric" value=${a} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${G} label="KPI color"><${ut} name="kpiColorScheme" value=${i} onChange=${m} options=${hu} /><//>
      </div>
      <${G} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${se} name="kpi" value=${r} onInput=${u}
      /><//>
      <${Ue} name="includeRenewalRevenue" checked=${l} onChange=${s} label="Count renewals in revenue totals" />
    <//>
  <//>`}function xu({initial:e,save:t}){let[a,n]=S(!!e.sendWeeklyReports),[l,s]=S(!!e.sendViralTrafficAlerts);return d`<${te} title="Emails">
    <${Fe}>Sent to the website owner's email address.<//>
    <${ve} onSubmit=${()=>t({sendWeeklyReports:a,sendViralTrafficAlerts:l},"Email settings saved")}>
      <div class="toggles">
        <${Ue} name="sendWeeklyReports" checked=${a} onChange=${n} label="Weekly report every Monday" />
        <${Ue} name="sendViralTrafficAlerts" checked=${l} onChange=${s} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var oi=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function si({websiteId:e,site:t}){return d`
    <${Su} websiteId=${e} site=${t} />
    <${_u} websiteId=${e} site=${t} />
  `}function ri(e){return e?ze(e):d`<span class="muted">Never</span>`}function Su({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/apikeys`,n=ae(()=>D.get(a),[e]),[l,s]=S(null),r=()=>s(null),u=(i,m)=>{n.reload(),s(d`<${Ia} title=${i} secret=${m[0].key} what="website key" onClose=${r} />`)};return d`<${te}
    title="Website keys"
    class="website-keys"
    actions=${d`<${j} kind="primary" onClick=${()=>s(d`<${Cu} path=${a} onClose=${r} onCreated=${i=>u("Website key created",i)} />`)}>New website key<//>`}
  >
    <${Fe}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&d`<${ee} error=${n.error} />`}
    ${n.loading&&!n.data?d`<${oe} />`:d`<${mt}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(i=>({...i,key:i._id}))}
          columns=${[{key:"name",label:"Name",render:i=>i.name||d`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:i=>d`<code class="mono" data-masked-key>${i.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:i=>ri(i.lastUsedAt)},{key:"createdAt",label:"Created",render:i=>ze(i.createdAt)},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:i=>d`<div class="row-actions">
                <${j}
                  class="btn-small"
                  aria-label=${`Roll ${i.name||i.displayKey}`}
                  onClick=${()=>s(d`<${et}
                      title="Roll this key?"
                      message=${`${i.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let m=await D.put(`${a}/${i._id}`);setTimeout(()=>u("Website key rolled",m))}}
                      onClose=${r}
                    />`)}
                  >Roll<//
                >
                <${j}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${i.name||i.displayKey}`}
                  onClick=${()=>s(d`<${et}
                      title="Delete this key?"
                      message=${`${i.displayKey} stops working at once. This cannot be undone.`}
                      run=${async()=>{await D.del(`${a}/${i._id}`),we("Website key deleted"),n.reload()}}
                      onClose=${r}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function Cu({path:e,onClose:t,onCreated:a}){let[n,l]=S("");return d`<${ot} title="New website key" onClose=${t}>
    <${ve}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let s=await D.post(e,n.trim()?{name:n.trim()}:{});t(),a(s)}}
    >
      <${G} label="Name" hint="Where the key is used, e.g. Production server"
        ><${se} name="keyName" value=${n} onInput=${l} maxlength="100"
      /><//>
    <//>
  <//>`}function Tu(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=ms()||[];return e.websiteIds.map(a=>t.find(n=>n._id===a)?.domain||a).join(", ")}function Au(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function _u({websiteId:e,site:t}){let a="/api/v1/admin/access-tokens",n=ae(()=>D.get(a),[]),[l,s]=S(null),r=()=>s(null);return d`<${te}
    title="Account tokens"
    class="account-tokens"
    actions=${d`<${j}
      kind="primary"
      onClick=${()=>s(d`<${Du}
          websiteId=${e}
          site=${t}
          onClose=${r}
          onCreated=${u=>{n.reload(),s(d`<${Ia} title="Account token created" secret=${u[0].key} what="token" onClose=${r} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${Fe}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&d`<${ee} error=${n.error} />`}
    ${n.loading&&!n.data?d`<${oe} />`:d`<${mt}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name",render:u=>u.name||d`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:u=>d`<code class="mono" data-masked-key>${u.displayKey}</code>`},{key:"permissions",label:"Permissions",render:u=>d`<span class="small">${Au(u)}</span>`},{key:"websiteIds",label:"Websites",render:u=>d`<span class="small">${Tu(u)}</span>`},{key:"lastUsedAt",label:"Last used",render:u=>ri(u.lastUsedAt)},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:u=>d`<div class="row-actions">
                <${j}
                  class="btn-small btn-danger"
                  aria-label=${`Revoke ${u.name||u.displayKey}`}
                  onClick=${()=>s(d`<${et}
                      title="Revoke this token?"
                      message=${`${u.displayKey} stops working at once. This cannot be undone.`}
                      confirmLabel="Revoke"
                      run=${async()=>{await D.del(`${a}/${u._id}`),we("Token revoked"),n.reload()}}
                      onClose=${r}
                    />`)}
                  >Revoke<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function Du({websiteId:e,site:t,onClose:a,onCreated:n}){let[l,s]=S(""),[r,u]=S(!1),[i,m]=S(["analytics:read","websites:read"]),[$,f]=S(!0),h=(w,y)=>m(T=>y?[...T.filter(E=>E!==w),w]:T.filter(E=>E!==w));return d`<${ot} title="New account token" onClose=${a}>
    <${ve}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let w={permissions:r?["*"]:oi.map(([T])=>T).filter(T=>i.includes(T)),websiteIds:$?[e]:[]};l.trim()&&(w.name=l.trim());let y=await D.post("/api/v1/admin/access-tokens",w);a(),n(y)}}
    >
      <${G} label="Name" hint="e.g. Reporting script"><${se} name="tokenName" value=${l} onInput=${s} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${Ue} name="perm-all" checked=${r} onChange=${u} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${r}>
          ${oi.map(([w,y])=>d`<${Ue} key=${w} name=${`perm-${w}`} value=${w} checked=${i.includes(w)} onChange=${T=>h(w,T)} label=${d`<span class="perm">${y}<code>${w}</code></span>`} />`)}
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
  <//>`}function Pu(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function ii({websiteId:e,role:t}){let a=`/api/v1/admin/websites/${e}/team`,n=ae(()=>Promise.all([D.get(a),D.get(`${a}/invitations`)]),[e]),[l,s]=S(null),r=()=>s(null),u=t==="owner",[i,m]=n.data||[[],[]],$=(f,h,w,y)=>s(d`<${et}
      title=${f}
      message=${h}
      confirmLabel="Remove"
      run=${async()=>{await D.del(a,w),we(y),n.reload()}}
      onClose=${r}
    />`);return d`
    ${u&&d`<${Eu} path=${a} onInvited=${f=>{n.reload(),s(d`<${Mu} invitation=${f[0]} onClose=${r} />`)}} />`}
    <${te} title="Members" class="team-members">
      ${!u&&d`<${Fe}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&d`<${ee} error=${n.error} />`}
      ${n.loading&&!n.data?d`<${oe} />`:d`<${mt}
            caption="Members"
            rows=${i.map(f=>({...f,key:f.userId}))}
            columns=${[{key:"name",label:"Name",render:f=>d`${f.name||f.email}${f.email===Oe.user?.email?d` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>d`<span class="badge">${f.role}</span>`},{key:"joinedAt",label:"Joined",render:f=>ze(f.joinedAt)},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:f=>u&&f.role!=="owner"?d`<div class="row-actions"><${j}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${f.email}`}
                        onClick=${()=>$("Remove this person?",`${f.email} loses access to this website at once, with their tokens and keys for it.`,{userId:f.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${te} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?d`<${oe} />`:d`<${mt}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${m.map(f=>({...f,key:f.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>d`<span class="badge">${f.role}</span>`},{key:"createdAt",label:"Invited",render:f=>ze(f.createdAt)},{key:"expiresAt",label:"Expires",render:f=>ze(f.expiresAt)},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:f=>u?d`<div class="row-actions"><${j}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${f.email}`}
                        onClick=${()=>$("Revoke this invitation?",`The link sent to ${f.email} stops working.`,{invitationId:f.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${l}
  `}function Eu({path:e,onInvited:t}){let[a,n]=S(""),[l,s]=S("viewer");return d`<${te} title="Invite someone">
    <${Fe}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${ve}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let r=await D.post(e,{email:a.trim(),role:l});n(""),t(r)}}
    >
      <div class="grid-2">
        <${G} label="Email"><${se} type="email" name="inviteEmail" required value=${a} onInput=${n} autocomplete="off" /><//>
        <${G} label="Role"><${ut} name="inviteRole" value=${l} onChange=${s} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Mu({invitation:e,onClose:t}){let a=Pu(e.inviteUrl);return d`<${ot} title="Invitation created" onClose=${t} footer=${d`<${j} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${ze(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${Yt} text=${a} label="Copy link" /></div>
  <//>`}function ci({status:e}){return d`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function di({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,a=ae(()=>D.get(t),[e]),n=ae(()=>D.getFull(`${t}/history`,{limit:50}),[e]),[l,s]=S(null),r=()=>s(null),u=()=>{r(),a.reload(),n.reload()},i=m=>s(d`<${Ru} path=${t} alert=${m} onClose=${r} onSaved=${u} />`);return d`
    <${te} title="Goal alerts" class="alerts" actions=${d`<${j} kind="primary" onClick=${()=>i(null)}>New alert<//>`}>
      <${Fe}>An email to the website owner each time a visitor completes the goal.<//>
      ${a.error&&d`<${ee} error=${a.error} />`}
      ${a.loading&&!a.data?d`<${oe} />`:d`<${mt}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(a.data||[]).map(m=>({...m,key:m._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:m=>d`<code>${m.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:m=>d`<span class="badge">${m.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:m=>m.recentLogs?.[0]?d`<${ci} status=${m.recentLogs[0].status} /> ${ze(m.recentLogs[0].triggeredAt)}`:d`<span class="muted">Never</span>`},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:m=>d`<div class="row-actions">
                  <${j} class="btn-small" aria-label=${`Edit ${m.name}`} onClick=${()=>i(m)}>Edit<//>
                  <${j}
                    class="btn-small btn-danger"
                    aria-label=${`Delete ${m.name}`}
                    onClick=${()=>s(d`<${et}
                        title="Delete this alert?"
                        message=${`"${m.name}" stops sending emails. Its history stays.`}
                        run=${async()=>{await D.del(`${t}/${m._id}`),we("Alert deleted"),a.reload()}}
                        onClose=${r}
                      />`)}
                    >Delete<//
                  >
                </div>`}]}
          />`}
    <//>
    <${te} title="Delivery history" class="alert-history" actions=${d`<${j} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&d`<${ee} error=${n.error} />`}
      ${n.data&&d`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?d`<${oe} />`:d`<${mt}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:m=>ze(m.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:m=>d`<code>${m.goalName}</code>`},{key:"status",label:"Status",render:m=>d`<${ci} status=${m.status} />${m.error?d` <span class="small muted">${m.error}</span>`:""}`}]}
          />`}
    <//>
    ${l}
  `}function Ru({path:e,alert:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[r,u]=S(t?.trigger?.goalName||""),[i,m]=S(t?.template?.subject||""),[$,f]=S(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[h,w]=S(t?t.isEnabled:!0);return d`<${ot} title=${t?"Edit alert":"New alert"} onClose=${a}>
    <${ve}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:l.trim(),trigger:{type:"goal",goalName:r.trim()},destination:{type:"email"},template:{subject:i.trim()||null,message:$.trim()},isEnabled:h};t?await D.put(`${e}/${t._id}`,y):await D.post(e,y),we(t?"Alert saved":"Alert created"),n()}}
    >
      <${G} label="Name"><${se} name="alertName" required value=${l} onInput=${s} maxlength="100" /><//>
      <${G} label="Goal" hint="The goal name your site sends, e.g. signup"><${se} name="alertGoal" required value=${r} onInput=${u} /><//>
      <${G} label="Subject" hint="Empty: the standard subject"><${se} name="alertSubject" value=${i} onInput=${m} maxlength="200" /><//>
      <${G} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${$} onInput=${y=>f(y.currentTarget.value)}></textarea>
      <//>
      <${Ue} name="alertEnabled" checked=${h} onChange=${w} label="Enabled" />
    <//>
  <//>`}var Lu=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function ui({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,a=ae(()=>D.get(t),[e]);if(a.loading&&!a.data)return d`<${oe} />`;if(a.error)return d`<${ee} error=${a.error} />`;let n=a.data[0];return d`<div class="provider-grid">
    ${Lu.map(([l,s,r,u])=>d`<${Iu} key=${l} path=${`${t}/${l}`} slug=${l} name=${s} fields=${r} webhookHelp=${u} state=${n[l]||{}} reload=${a.reload} />`)}
  </div>`}function Iu({path:e,slug:t,name:a,fields:n,webhookHelp:l,state:s,reload:r}){let[u,i]=S({}),[m,$]=S(null),[f,h]=S(!1),w=(T,E)=>i(F=>({...F,[T]:E})),y=!!s.connected;return d`<${te}
    title=${d`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${a}`}
    class=${`provider provider-${t}`}
    actions=${d`<span class=${`badge ${y?"badge-ok":""}`}>${y?"Connected":"Not connected"}</span>`}
  >
    ${y&&d`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${s.displayKey||"\u2014"}</code></dd>
      ${s.storeId&&d`<dt>Store</dt><dd>${s.storeId}</dd>`}
      ${s.orgId&&d`<dt>Organization</dt><dd>${s.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${s.webhookSecretConfigured?d`<code class="mono">${s.displayWebhookSecret}</code>`:d`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${ze(s.connectedAt)}</dd>
      ${t==="paddle"&&s.resyncRequestedAt&&d`<dt>Resync queued</dt><dd>${ze(s.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${pl} title="Webhook URL" hint=${l}><${Yt} text=${s.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!f?d`<div class="form-actions">
          <${j} onClick=${()=>h(!0)}>Replace keys<//>
          ${t==="paddle"&&d`<${j}
            onClick=${async()=>{try{await D.patch(e),we("Paddle resync queued"),r()}catch(T){we(T.message,"error")}}}
            >Resync payments<//
          >`}
          <${j}
            class="btn-danger"
            onClick=${()=>$(d`<${et}
                title=${`Disconnect ${a}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await D.del(e),we(`${a} disconnected`),r()}}
                onClose=${()=>$(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:d`<${ve}
          submitLabel=${y?"Save keys":`Connect ${a}`}
          busyLabel="Connecting…"
          extra=${y?d`<${j} onClick=${()=>h(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let T={};for(let[E]of n)(u[E]||"").trim()&&(T[E]=u[E].trim());(u.webhookSecret||"").trim()&&(T.webhookSecret=u.webhookSecret.trim()),await D.post(e,T),we(`${a} connected`),i({}),h(!1),r()}}
        >
          ${n.map(([T,E,F,k])=>d`<${G} key=${T} label=${E} hint=${F}
                ><${se} name=${`${t}-${T}`} type=${k?"password":"text"} autocomplete="off" value=${u[T]||""} onInput=${_=>w(T,_)}
              /><//>`)}
          <${G} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${se} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${u.webhookSecret||""} onInput=${T=>w("webhookSecret",T)}
          /><//>
        <//>`}
    ${m}
  <//>`}var Nu=100;function zu(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function mi({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/notes`,[n,l]=S(""),s=ae(()=>D.getFull(a,{limit:Nu,q:n.trim()||void 0}),[e,n]),[r,u]=S(null),i=()=>u(null),m=h=>u(d`<${Fu}
      path=${a}
      note=${h}
      timeZone=${t?.timezone}
      onClose=${i}
      onSaved=${()=>{i(),s.reload()}}
    />`),$=s.data?.data||[],f=s.data?.pagination?.total??$.length;return d`<${te} title="Notes" class="notes" actions=${d`<${j} kind="primary" onClick=${()=>m(null)}>New note<//>`}>
    <${Fe}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${se} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${l} /></label>
      ${s.data&&d`<span class="muted small">${f} note${f===1?"":"s"}${f>$.length?`, newest ${$.length} shown`:""}</span>`}
    </div>
    ${s.error&&d`<${ee} error=${s.error} />`}
    ${s.loading&&!s.data?d`<${oe} />`:d`<${mt}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${$.map(h=>({...h,key:h.id}))}
          columns=${[{key:"timestamp",label:"When",render:h=>d`<span style="white-space:nowrap">${ze(h.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:h=>d`<span class="note-text">${h.text}</span>`},{key:"author",label:"By",render:h=>h.author?.name||d`<span class="muted">—</span>`},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:h=>d`<div class="row-actions">
                <${j} class="btn-small" aria-label=${`Edit note ${h.text.slice(0,30)}`} onClick=${()=>m(h)}>Edit<//>
                <${j}
                  class="btn-small btn-danger"
                  aria-label=${`Delete note ${h.text.slice(0,30)}`}
                  onClick=${()=>u(d`<${et}
                      title="Delete this note?"
                      message=${h.text}
                      run=${async()=>{await D.del(`${a}/${h.id}`),we("Note deleted"),s.reload()}}
                      onClose=${i}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${r}
  <//>`}function Fu({path:e,note:t,timeZone:a,onClose:n,onSaved:l}){let s=t?Ou(t.timestamp,a):{date:zu(),time:""},[r,u]=S(t?.text||""),[i,m]=S(s.date),[$,f]=S(s.time);return d`<${ot} title=${t?"Edit note":"New note"} onClose=${n}>
    <${ve}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let h=$?Vu(i,$,a):i,w={text:r.trim(),timestamp:h};t?await D.put(`${e}/${t.id}`,w):await D.post(e,w),we(t?"Note saved":"Note added"),l()}}
    >
      <${G} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${r} onInput=${h=>u(h.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${G} label="Date"><${se} type="date" name="noteDate" required value=${i} onInput=${m} /><//>
        <${G} label="Time" hint=${`Optional, ${a||"UTC"}`}><${se} type="time" name="noteTime" value=${$} onInput=${f} /><//>
      </div>
    <//>
  <//>`}function pi(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(a.formatToParts(new Date(e)).map(l=>[l.type,l.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Ou(e,t){let a=pi(Date.parse(e),t);return{date:a.date,time:a.time==="00:00"?"":a.time}}function Vu(e,t,a){let n=Date.parse(`${e}T${t}:00Z`),l=n;for(let s=0;s<2;s++){let r=pi(l,a),u=Date.parse(`${r.date}T${r.time}:00Z`);l+=n-u}return new Date(l).toISOString()}function Uu(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function fi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,a=ae(()=>D.get(t),[e]),[n,l]=S(null),s=()=>l(null),r=u=>l(d`<${Wu}
      path=${t}
      funnel=${u}
      onClose=${s}
      onSaved=${()=>{s(),a.reload()}}
    />`);return d`<${te} title="Funnels" class="funnels" actions=${d`<${j} kind="primary" onClick=${()=>r(null)}>New funnel<//>`}>
    <${Fe}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${a.error&&d`<${ee} error=${a.error} />`}
    ${a.loading&&!a.data?d`<${oe} />`:d`<${mt}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(a.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:u=>d`<span class="small">${u.steps.map(i=>`${i.name} (${Uu(i)})`).join(" \u2192 ")}</span>`},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:u=>d`<div class="row-actions">
                <${j} class="btn-small" aria-label=${`Edit ${u.name}`} onClick=${()=>r(u)}>Edit<//>
                <${j}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${u.name}`}
                  onClick=${()=>l(d`<${et}
                      title="Delete this funnel?"
                      message=${`"${u.name}" disappears from the dashboard.`}
                      run=${async()=>{await D.del(`${t}/${u._id}`),we("Funnel deleted"),a.reload()}}
                      onClose=${s}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${n}
  <//>`}var _o=()=>({name:"",type:"pageview",url:"",goalName:""});function Wu({path:e,funnel:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[r,u]=S(t?t.steps.map(m=>({id:m.id,name:m.name,type:m.type,url:m.url||"",goalName:m.goalName||""})):[_o(),_o()]),i=(m,$)=>u(f=>f.map((h,w)=>w===m?{...h,...$}:h));return d`<${ot} title=${t?"Edit funnel":"New funnel"} onClose=${a}>
    <${ve}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let m={name:l.trim(),steps:r.map($=>{let f={name:$.name.trim(),type:$.type};return $.id&&(f.id=$.id),$.type==="goal"?f.goalName=$.goalName.trim():f.url=$.url.trim(),f})};t?await D.put(`${e}/${t._id}`,m):await D.post(e,m),we(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${G} label="Funnel name"><${se} name="funnelName" required value=${l} onInput=${s} maxlength="100" /><//>
      ${r.map((m,$)=>d`<fieldset class="group" key=${$}>
          <legend>Step ${$+1}</legend>
          <div class="grid-2">
            <${G} label=${`Step ${$+1} name`}><${se} name=${`stepName${$}`} required value=${m.name} onInput=${f=>i($,{name:f})} /><//>
            <${G} label=${`Step ${$+1} kind`}
              ><${ut} name=${`stepType${$}`} value=${m.type} onChange=${f=>i($,{type:f})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${m.type==="goal"?d`<${G} label=${`Step ${$+1} goal`}><${se} name=${`stepGoal${$}`} required value=${m.goalName} onInput=${f=>i($,{goalName:f})} /><//>`:d`<${G} label=${`Step ${$+1} page`} hint="A path; * matches anything"
                ><${se} name=${`stepUrl${$}`} required placeholder="/pricing" value=${m.url} onInput=${f=>i($,{url:f})}
              /><//>`}
          ${r.length>2&&d`<${j} class="btn-small btn-danger" onClick=${()=>u(f=>f.filter((h,w)=>w!==$))}>Remove step ${$+1}<//>`}
        </fieldset>`)}
      <div><${j} class="btn-small" onClick=${()=>u(m=>[...m,_o()])}>Add a step<//></div>
    <//>
  <//>`}function gi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/goals`,a=ae(()=>D.get(t),[e]),n=ae(()=>D.getFull(`${t}/customizations`),[e]),[l,s]=S(null),r=()=>s(null),u=()=>{r(),n.reload()},i=new Map((n.data?.data||[]).map(h=>[h.goalName,h])),m=n.data?.colors||[],$=[...(a.data||[]).map(h=>({name:h.name,total:h.total,visitors:h.uv})),...[...i.keys()].filter(h=>!(a.data||[]).some(w=>w.name===h)).map(h=>({name:h,total:0,visitors:0}))].map(h=>({...h,key:h.name,look:i.get(h.name)})),f=a.error||n.error;return d`<${te} title="Goals" class="goals-settings">
    <${Fe}>How each goal reads on the dashboard. The tracked event keeps its name; only its label, color and description change.<//>
    ${f&&d`<${ee} error=${f} />`}
    ${a.loading&&!a.data||n.loading&&!n.data?d`<${oe} />`:d`<${mt}
          caption="Goals"
          empty="No goal recorded yet. Goals appear here once a visitor completes one."
          rows=${$}
          columns=${[{key:"name",label:"Goal",render:h=>d`<span class="goal-name">
                <span class="goal-dot" style=${h.look?.color?{background:h.look.color}:{}} aria-hidden="true"></span>
                <strong>${h.look?.displayName||h.name}</strong>
                ${h.look?.displayName&&d` <code class="muted small">${h.name}</code>`}
              </span>`},{key:"total",label:"Completions",render:h=>Le(h.total)},{key:"visitors",label:"Visitors",render:h=>Le(h.visitors)},{key:"description",label:"Description",render:h=>h.look?.description||d`<span class="muted">—</span>`},{key:"actions",label:d`<span class="sr-only">Actions</span>`,render:h=>d`<div class="row-actions">
                <${j}
                  class="btn-small"
                  aria-label=${`Customize goal ${h.name}`}
                  onClick=${()=>s(d`<${Bu} path=${`${t}/customizations`} goal=${h.name} look=${h.look} palette=${m} onClose=${r} onSaved=${u} />`)}
                  >Customize<//
                >
                ${h.look&&d`<${j}
                  class="btn-small btn-danger"
                  aria-label=${`Reset goal ${h.name}`}
                  onClick=${()=>s(d`<${et}
                      title="Reset this goal?"
                      message=${`"${h.name}" goes back to its raw name and the automatic color.`}
                      confirmLabel="Reset"
                      run=${async()=>{await D.del(`${t}/customizations?goalName=${encodeURIComponent(h.name)}`),we("Goal reset"),n.reload()}}
                      onClose=${r}
                    />`)}
                  >Reset<//
                >`}
              </div>`}]}
        />`}
    ${l}
  <//>`}function Bu({path:e,goal:t,look:a,palette:n,onClose:l,onSaved:s}){let[r,u]=S(a?.displayName||""),[i,m]=S(a?.color||""),[$,f]=S(a?.description||"");return d`<${ot} title=${`Customize \u201C${t}\u201D`} onClose=${l}>
    <${ve}
      submitLabel="Save goal"
      onSubmit=${async()=>{await D.patch(e,{goalName:t,displayName:r.trim()||null,color:i||null,description:$.trim()||null}),we("Goal saved"),s()}}
    >
      <${G} label="Display name" hint="Shown instead of the raw name"><${se} name="goalDisplayName" maxlength="80" value=${r} onInput=${u} /><//>
      <${G} label="Color">
        <${ut}
          name="goalColor"
          value=${i}
          onChange=${m}
          options=${[["","Automatic"],...n.map(h=>[h.color,h.label])]}
        />
      <//>
      <${G} label="Description"><textarea class="input" name="goalDescription" maxlength="300" value=${$} onInput=${h=>f(h.currentTarget.value)}></textarea><//>
    <//>
  <//>`}function hi({websiteId:e,role:t}){if(t!=="owner")return d`<${te} title="AI crawlers">
      <p class="muted">Only the website's owner manages crawler tracking.</p>
    <//>`;let a=`/api/v1/admin/websites/${e}/bot-traffic`,n=ae(()=>D.get(`${a}/settings`),[e]),l=ae(()=>D.get(`${a}/token`),[e]),s=n.data?.[0];return d`<div class="bots">
    ${n.error&&d`<${ee} error=${n.error} />`}
    ${s?d`<${Hu} base=${a} data=${s} onSaved=${n.reload} />`:d`<${oe} />`}
    <${Gu} base=${a} status=${l.data?.[0]} error=${l.error} onChanged=${()=>{l.reload(),n.reload()}} />
  </div>`}function Hu({base:e,data:t,onSaved:a}){let[n,l]=S(new Set(t.settings.excludedCrawlerIds)),[s,r]=S(t.settings.verifiedOnly),[u,i]=S(!1),[m,$]=S(null),f=(w,y)=>{let T=new Set(n);y?T.delete(w):T.add(w),l(T)},h=async w=>{w.preventDefault(),i(!0),$(null);try{await D.patch(`${e}/settings`,{excludedCrawlerIds:[...n],verifiedOnly:s}),we("Crawler settings saved"),a()}catch(y){$(y)}i(!1)};return d`<${te} title="AI crawlers" class="crawlers">
    <${Fe}>Hits from these crawlers are kept when your server reports them to <code>${location.origin}/api/bot-traffic</code>. Unchecked crawlers are dropped before anything is stored.<//>
    <form onSubmit=${h}>
      <div class="crawler-companies">
        ${t.companies.map(w=>d`<fieldset class="crawler-company" key=${w.company}>
            <legend>${w.company}</legend>
            ${w.crawlers.map(y=>d`<${Ue}
                key=${y.id}
                name=${`crawler-${y.id}`}
                label=${d`${y.name} <span class="muted small">${y.category.replace("_"," ")}</span>`}
                checked=${!n.has(y.id)}
                onChange=${T=>f(y.id,T)}
              />`)}
          </fieldset>`)}
      </div>
      <div class="checks"><${Ue} name="verifiedOnly" label="Keep only crawlers verified by their IP address" checked=${s} onChange=${r} /></div>
      <${ee} error=${m} />
      <div class="form-actions"><${j} kind="primary" type="submit" disabled=${u}>${u?"Saving\u2026":"Save crawler settings"}<//></div>
    </form>
  <//>`}function Gu({base:e,status:t,error:a,onChanged:n}){let[l,s]=S(null),r=()=>s(null),u=h=>s(d`<${Ia} title="Crawler request token" what="token" secret=${h} onClose=${r} />`),i=async h=>{let w=h==="post"?await D.post(`${e}/token`):await D.put(`${e}/token`);n(),u(w?.[0]?.requestAuthToken)},[m,$]=S(null);lt(()=>$(null),[t?.requireAuthToken,t?.hasToken]);let f=async h=>{$(h);try{await D.patch(`${e}/settings`,{requireAuthToken:h}),we(h?"Reports now need the token":"Reports no longer need the token")}catch(w){$(null),we(w.message)}n()};return d`<${te} title="Request token" class="bot-token">
    <${Fe}>Servers reporting crawler hits send this token as <code>Authorization: Bearer dfbot_…</code>. Once it is required, reports without it are refused.<//>
    ${a&&d`<${ee} error=${a} />`}
    ${t?t.hasToken?d`<div class="bot-token-status" data-token=${t.displayToken}>
              <span class="muted small">Token (masked), created ${ze(t.createdAt)}</span>
              <code>${t.displayToken}</code>
            </div>
            <div class="checks"><${Ue} name="requireAuthToken" label="Require the token on every report" checked=${m??t.requireAuthToken} onChange=${f} /></div>
            <div class="row-actions">
              <${j} onClick=${()=>i("put")}>Rotate token<//>
              <${j}
                class="btn-danger"
                onClick=${()=>s(d`<${et}
                    title="Revoke the token?"
                    message="Reports signed with it are refused at once, and the token is no longer required."
                    confirmLabel="Revoke"
                    run=${async()=>{await D.del(`${e}/token`),we("Token revoked"),n()}}
                    onClose=${r}
                  />`)}
                >Revoke token<//
              >
            </div>`:d`<p class="muted">No token yet: anyone who knows the website id can report crawler hits.</p>
            <${j} kind="primary" onClick=${()=>i("post")}>Create token<//>`:d`<${oe} />`}
    ${l}
  <//>`}var Do=[["website","Website",li],["keys","API keys",si],["team","Team",ii],["goals","Goals",gi],["funnels","Funnels",fi],["alerts","Alerts",di],["integrations","Integrations",ui],["notes","Notes",mi],["crawlers","AI crawlers",hi]];function $i({websiteId:e,site:t,section:a,role:n,navigate:l}){if(n!=="owner"&&n!=="member")return d`<${te} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let s=Do.find(([m])=>m===a)||Do[0],[r,,u]=s,i=`/sites/${e}/settings`;return d`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${Do.map(([m,$])=>d`<a href=${`${i}/${m}`} class=${`navtab ${m===r?"active":""}`} aria-current=${m===r?"page":void 0}
            >${$}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${r}>
      <${u} key=${`${e}-${r}`} websiteId=${e} site=${t} role=${n} navigate=${l} />
    </div>
  </div>`}var ju=[["/login",fs,"anyone"],["/setup",gs,"anyone"],["/invite/:token",ai,"anyone"],["/share/:websiteId",Ju,"anyone"],["/",vs,"member"],["/sites/:websiteId",Na(Co,"dashboard"),"member"],["/sites/:websiteId/realtime",Na(ei,"realtime"),"member"],["/sites/:websiteId/visitors",Na(ti,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",Na(ni,"visitors"),"member"],["/sites/:websiteId/settings/:section?",Na(Zu,"settings"),"member"]];function Ku(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[a,n,l]of ju){let s=a.split("/").filter(Boolean),r={},u=!0;for(let i=0;i<Math.max(s.length,t.length);i++){let m=s[i],$=t[i];if(m===void 0){u=!1;break}if(m.startsWith(":")){let f=m.endsWith("?"),h=m.slice(1).replace(/\?$/,"");if($===void 0){f||(u=!1);break}r[h]=decodeURIComponent($)}else if(m!==$){u=!1;break}}if(u)return{screen:n,params:r,access:l}}return null}function bi(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var fl=new Set;function za(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),fl.forEach(a=>a()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>fl.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href,window.location.href);a.origin!==window.location.origin||a.pathname.startsWith("/api/")||a.pathname.startsWith("/js/")||(e.preventDefault(),za(a.pathname+a.search))});function qu(){let[e,t]=S(bi()),[a,n]=S({checked:!1,error:null});if(lt(()=>{let u=()=>t(bi());return fl.add(u),()=>fl.delete(u)},[]),lt(()=>{let u=window.location.pathname.startsWith("/sites/")?ta().catch(()=>null):null;Promise.all([Ya(),u]).then(()=>n({checked:!0,error:null}),i=>n({checked:!0,error:i})),D.onUnauthorized=()=>{Oe.user=null,Oe.csrfToken=null;let i=window.location.pathname;!["/login","/setup"].includes(i)&&!i.startsWith("/share/")&&!i.startsWith("/invite/")&&za(`/login?next=${encodeURIComponent(i+window.location.search)}`,{replace:!0})}},[]),!a.checked)return d`<${oe} />`;if(a.error)return d`<main class="page"><${ee} error=${a.error} /></main>`;let l=Ku(e.path);if(!l)return d`<${vi}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(l.access==="member"&&!Oe.user)return d`<${Yu} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let s=l.screen,r=d`<${s} params=${l.params} query=${e.query} navigate=${za} onAuth=${()=>n({checked:!0,error:null})} />`;return l.access==="member"?d`<${vi}>${r}<//>`:r}function Yu({to:e}){return lt(()=>za(e,{replace:!0}),[e]),null}function vi({children:e}){return d`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Oe.user&&d`<span class="muted who">${Oe.user.name||Oe.user.email}</span>`}
        ${Oe.user&&d`<${j}
          kind="ghost"
          onClick=${async()=>{await us(),za("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${Fl} />
  </div>`}function Na(e,t){return function(n){let{websiteId:l}=n.params,[s,r]=S({site:Za(l),error:null});if(lt(()=>{s.site||ta().then(()=>r({site:Za(l),error:Za(l)?null:new Error("This website does not exist or is not shared with you")}),$=>r({site:null,error:$}))},[l]),s.error)return d`<main class="page"><${ee} error=${s.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!s.site)return d`<${oe} />`;let u=s.site,i=`/sites/${u._id}`,m=[["dashboard","Dashboard",i],["realtime","Realtime",`${i}/realtime`],["visitors","Visitors",`${i}/visitors`],...u.role==="viewer"?[]:[["settings","Settings",`${i}/settings`]]];return d`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${u.name||u.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${m.map(([$,f,h])=>d`<a href=${h} class=${`navtab ${$===t?"active":""}`} aria-current=${$===t?"page":void 0}>${f}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${n} site=${u} /></main>
    </div>`}}function Zu({params:e,site:t,navigate:a}){return d`<${$i} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${a} />`}function Ju(e){return d`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${Co} ...${e} site=${null} shared=${!0} /></main>
    <${Fl} />
  </div>`}ss(d`<${qu} />`,document.getElementById("app"));export{Ku as match,za as navigate};
