import{A as te,B as ve,C as cs,a as rs,b as S,c as at,d as xa,f as u,g as Re,h as Dt,i as un,j as is,k as ze,l as Xn,m as ae,n as ea,o as Y,p as G,q as se,r as dt,s as Ue,t as ut,u as lt,v as qt,w as Me,x as Ol,y as ee,z as oe}from"/assets/chunk-IXRY7JOY.js";var qa=class extends Error{constructor(t,a){super(a),this.code=t}},Oe={user:null,csrfToken:null};function Ji(e,t){let a=new URLSearchParams;for(let[l,s]of Object.entries(t||{}))s==null||s===""||a.set(l,String(s));let n=a.toString();return n?`${e}?${n}`:e}async function Qi(e,t,a){let n=window.__datafastEarly;if(e!=="GET"||a||!n||!(t in n))return null;let l=n[t];return delete n[t],l}async function ta(e,t,{query:a,body:n}={}){let l={Accept:"application/json"};n!==void 0&&(l["Content-Type"]="application/json"),e!=="GET"&&Oe.csrfToken&&(l["X-CSRF-Token"]=Oe.csrfToken);let s=await Qi(e,t,a);try{s??(s=await fetch(Ji(t,a),{method:e,headers:l,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)}))}catch{throw new qa(0,"The server cannot be reached")}let r=null;try{r=await s.json()}catch{}if(s.ok&&r&&r.status==="success")return r;if(s.ok&&r&&r.status===void 0)return{status:"success",data:r};let d=r?.error?.message||`${s.status} ${s.statusText||"error"}`;throw s.status===401&&typeof P.onUnauthorized=="function"&&P.onUnauthorized(),new qa(r?.error?.code||s.status,d)}var P={async get(e,t){return(await ta("GET",e,{query:t})).data},async getFull(e,t){return ta("GET",e,{query:t})},async post(e,t){return(await ta("POST",e,{body:t??{}})).data},async put(e,t){return(await ta("PUT",e,{body:t??{}})).data},async patch(e,t){return(await ta("PATCH",e,{body:t??{}})).data},async del(e,t){return(await ta("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function Sa(e){let t=Array.isArray(e)?e[0]:e;return Oe.user=t?.user||null,Oe.csrfToken=t?.csrfToken||null,Oe}async function Za(){try{return Sa(await P.get("/api/auth/session"))}catch(e){if(e.code===401)return Sa(null);throw e}}async function ds(e,t){return Sa(await P.post("/api/auth/login",{email:e,password:t}))}async function us(e,t,a){return Sa(await P.post("/api/auth/signup",{email:e,password:t,name:a||void 0}))}async function ms(){try{await P.post("/api/auth/logout",{})}finally{Sa(null)}}var mn=null;async function na(){return mn=await P.get("/api/v1/admin/websites"),mn}function ps(){return mn}function Ja(e){return mn?.find(t=>t._id===e)||null}function fs(e,t){mn&&(mn=mn.map(a=>a._id===e?{...a,...t}:a))}function Ca(){mn=null}function Xi(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Vl({title:e,children:t,footer:a}){return u`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${a&&u`<div class="auth-foot muted">${a}</div>`}
    </div>
  </main>`}function gs({query:e,navigate:t,onAuth:a}){let[n,l]=S(""),[s,r]=S(""),[d,i]=S(!1);return at(()=>{P.get("/api/auth/signup").then(m=>{m?.[0]?.signupOpen&&(i(!0),t("/setup",{replace:!0}))},()=>{})},[]),u`<${Vl}
    title="Log in"
    footer=${d?u`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${ve}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await ds(n.trim(),s),Ca(),a?.(),t(Xi(e),{replace:!0})}}
    >
      <${G} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${n} onInput=${l} /><//>
      <${G} label="Password"><${se} type="password" name="password" autocomplete="current-password" required value=${s} onInput=${r} /><//>
    <//>
  <//>`}function hs({navigate:e,onAuth:t}){let[a,n]=S({checked:!1,open:!1}),[l,s]=S(""),[r,d]=S(""),[i,m]=S("");return at(()=>{P.get("/api/auth/signup").then($=>n({checked:!0,open:!!$?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),a.checked?a.open?u`<${Vl} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${ve}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await us(r.trim(),i,l.trim()),Ca(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${G} label="Your name"><${se} name="name" autocomplete="name" value=${l} onInput=${s} /><//>
      <${G} label="Email"><${se} type="email" name="email" autocomplete="username" required value=${r} onInput=${d} /><//>
      <${G} label="Password" hint="At least 8 characters"
        ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${i} onInput=${m}
      /><//>
    <//>
  <//>`:u`<${Vl} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:u`<${oe} />`}function ec(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function $s({site:e,onFirstEvent:t}){let[a,n]=S(!1);return ea(async()=>{if(a)return;((await P.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,a]),u`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${qt} text=${ec(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${a?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${a?u`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}var Wl=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var tc="2015-01-01";function Bl(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Aa(e){let[t,a,n]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,n))}function bs(e){return e.toISOString().slice(0,10)}function Zt(e,t){let a=Aa(e);return a.setUTCDate(a.getUTCDate()+t),bs(a)}function Ta(e,t){let a=Aa(e),n=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+t,1)),l=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(a.getUTCDate(),l)),bs(n)}function Ul(e,t){return Math.round((Aa(t)-Aa(e))/864e5)}var Qa=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function _a({preset:e,from:t,to:a},n,l=new Date){let s=Bl(n,l),r=(i,m)=>({startAt:i,endAt:m,prevStartAt:Zt(i,-(Ul(i,m)+1)),prevEndAt:Zt(i,-1)}),d;switch(e){case"today":d={...r(s,s),interval:"hour"};break;case"yesterday":d={...r(Zt(s,-1),Zt(s,-1)),interval:"hour"};break;case"24h":{let i=new Date(Math.floor(l.getTime()/6e4)*6e4),m=new Date(i.getTime()-864e5),$=new Date(m.getTime()-864e5);d={startAt:m.toISOString(),endAt:i.toISOString(),prevStartAt:$.toISOString(),prevEndAt:new Date(m.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":d={...r(Zt(s,-6),s),interval:"day"};break;case"30d":d={...r(Zt(s,-29),s),interval:"day"};break;case"12m":d={...r(Zt(Ta(s,-12),1),s),interval:"month"};break;case"week":{let i=(Aa(s).getUTCDay()+6)%7,m=Zt(s,-i);d={startAt:m,endAt:s,prevStartAt:Zt(m,-7),prevEndAt:Zt(s,-7),interval:"day"};break}case"month":{let i=s.slice(0,8)+"01";d={startAt:i,endAt:s,prevStartAt:Ta(i,-1),prevEndAt:Ta(s,-1),interval:"day"};break}case"year":{let i=s.slice(0,5)+"01-01";d={startAt:i,endAt:s,prevStartAt:Ta(i,-12),prevEndAt:Ta(s,-12),interval:"month"};break}case"all":d={chartStartAt:tc,chartEndAt:s,interval:"month"};break;case"custom":if(Qa(t)&&Qa(a)&&t<=a){let i=Ul(t,a);d={...r(t,a),interval:i===0?"hour":i<=62?"day":i<=400?"week":"month"};break}default:return _a({preset:"30d"},n,l)}return{preset:e,...d,label:Wl.find(([i])=>i===e)?.[1]||e}}function vs(e){let t=e.startAt||e.chartStartAt,a=e.endAt||e.chartEndAt,n=Qa(t)&&Qa(a)?Ul(t,a)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,s])=>s).map(([s,r])=>[s,r])}function nc(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function ac({onAdded:e,onCancel:t}){let[a,n]=S(""),[l,s]=S(""),[r,d]=S(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return u`<${te} title="Add a website">
    <${ve}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&u`<${Y} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let i=a.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),m=await P.post("/api/v1/admin/websites",{domain:i,name:l.trim()||i,timezone:r});await e(m[0])}}
    >
      <div class="grid-2">
        <${G} label="Domain" hint="Without https://, e.g. example.com"
          ><${se} name="domain" required placeholder="example.com" value=${a} onInput=${n}
        /><//>
        <${G} label="Name"><${se} name="name" placeholder="My site" value=${l} onInput=${s} /><//>
      </div>
      <${G} label="Time zone" hint="Days and charts follow this zone"
        ><${dt} name="timezone" value=${r} onChange=${d} options=${nc()}
      /><//>
    <//>
  <//>`}function lc({site:e}){let{data:t}=ae(()=>{let a=_a({preset:"7d"},e.timezone||"UTC");return P.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",startAt:a.startAt,endAt:a.endAt})},[e._id]);return u`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${Re(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function ys({query:e,navigate:t}){let a=ae(()=>na(),[]),[n,l]=S(!1),[s,r]=S(null);if(a.loading&&!a.data)return u`<${oe} />`;if(a.error)return u`<main class="page"><${ee} error=${a.error} /></main>`;let d=a.data||[],i=n||d.length===0&&!s;return u`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${d.length>0&&!i&&u`<${Y} kind="primary" onClick=${()=>l(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&d.length===0&&u`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${i&&u`<${ac}
      onCancel=${d.length>0?()=>l(!1):null}
      onAdded=${async m=>{let $=await na();a.reload(),l(!1),r($.find(f=>f._id===m.websiteId)||null)}}
    />`}
    ${s&&u`<div class="stack">
      <${$s} site=${s} />
      <p><a class="btn btn-primary" href=${`/sites/${s._id}`}>Open the dashboard</a></p>
    </div>`}
    ${d.length>0&&u`<ul class="site-list card">${d.map(m=>u`<${lc} key=${m._id} site=${m} />`)}</ul>`}
  </main>`}var oc="uplot",sc="u-hz",rc="u-vt",ic="u-title",cc="u-wrap",dc="u-under",uc="u-over",mc="u-axis",_n="u-off",pc="u-select",fc="u-cursor-x",gc="u-cursor-y",hc="u-cursor-pt",$c="u-legend",bc="u-live",vc="u-inline",yc="u-series",wc="u-marker",ws="u-label",kc="u-value",Pa="width",Ea="height";var ks="bottom",aa="left",Hl="right",ro="#000",xs=ro+"0",Gl="mousemove",Ss="mousedown",jl="mouseup",Cs="mouseenter",Ts="mouseleave",As="dblclick",xc="resize",Sc="scroll",_s="change",al="dppxchange",io="--",da=typeof window<"u",Jl=da?document:null,oa=da?window:null,Cc=da?navigator:null,$e,Xa;function Ql(){let e=devicePixelRatio;$e!=e&&($e=e,Xa&&eo(_s,Xa,Ql),Xa=matchMedia(`(min-resolution: ${$e-.001}dppx) and (max-resolution: ${$e+.001}dppx)`),Dn(_s,Xa,Ql),oa.dispatchEvent(new CustomEvent(al)))}function yt(e,t){if(t!=null){let a=e.classList;!a.contains(t)&&a.add(t)}}function Xl(e,t){let a=e.classList;a.contains(t)&&a.remove(t)}function De(e,t,a){e.style[t]=a+"px"}function zt(e,t,a,n){let l=Jl.createElement(e);return t!=null&&yt(l,t),a?.insertBefore(l,n),l}function Pt(e,t){return zt("div",e,t)}var Ds=new WeakMap;function Jt(e,t,a,n,l){let s="translate("+t+"px,"+a+"px)",r=Ds.get(e);s!=r&&(e.style.transform=s,Ds.set(e,s),t<0||a<0||t>n||a>l?yt(e,_n):Xl(e,_n))}var Ps=new WeakMap;function Es(e,t,a){let n=t+a,l=Ps.get(e);n!=l&&(Ps.set(e,n),e.style.background=t,e.style.borderColor=a)}var Ms=new WeakMap;function Ls(e,t,a,n){let l=t+""+a,s=Ms.get(e);l!=s&&(Ms.set(e,l),e.style.height=a+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-a/2+"px":0)}var co={passive:!0},Tc={...co,capture:!0};function Dn(e,t,a,n){t.addEventListener(e,a,n?Tc:co)}function eo(e,t,a,n){t.removeEventListener(e,a,co)}da&&Ql();function Ft(e,t,a,n){let l;a=a||0,n=n||t.length-1;let s=n<=2147483647;for(;n-a>1;)l=s?a+n>>1:wt((a+n)/2),t[l]<e?a=l:n=l;return e-t[a]<=t[n]-e?a:n}function rr(e){return(a,n,l)=>{let s=-1,r=-1;for(let d=n;d<=l;d++)if(e(a[d])){s=d;break}for(let d=l;d>=n;d--)if(e(a[d])){r=d;break}return[s,r]}}var ir=e=>e!=null,cr=e=>e!=null&&e>0,sl=rr(ir),Ac=rr(cr);function _c(e,t,a,n=0,l=!1){let s=l?Ac:sl,r=l?cr:ir;[t,a]=s(e,t,a);let d=e[t],i=e[t];if(t>-1)if(n==1)d=e[t],i=e[a];else if(n==-1)d=e[a],i=e[t];else for(let m=t;m<=a;m++){let $=e[m];r($)&&($<d?d=$:$>i&&(i=$))}return[d??xe,i??-xe]}function rl(e,t,a,n){let l=Ns(e),s=Ns(t);e==t&&(l==-1?(e*=a,t/=a):(e/=a,t*=a));let r=a==10?tn:dr,d=l==1?wt:Et,i=s==1?Et:wt,m=d(r(je(e))),$=i(r(je(t))),f=sa(a,m),h=sa(a,$);return a==10&&(m<0&&(f=Se(f,-m)),$<0&&(h=Se(h,-$))),n||a==2?(e=f*l,t=h*s):(e=fr(e,f),t=il(t,h)),[e,t]}function uo(e,t,a,n){let l=rl(e,t,a,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var mo=.1,Rs={mode:3,pad:mo},La={pad:0,soft:null,mode:0},Dc={min:La,max:La};function ll(e,t,a,n){return cl(a)?Is(e,t,a):(La.pad=a,La.soft=n?0:null,La.mode=n?3:0,Is(e,t,Dc))}function ge(e,t){return e??t}function Pc(e,t,a){for(t=ge(t,0),a=ge(a,e.length-1);t<=a;){if(e[t]!=null)return!0;t++}return!1}function Is(e,t,a){let n=a.min,l=a.max,s=ge(n.pad,0),r=ge(l.pad,0),d=ge(n.hard,-xe),i=ge(l.hard,xe),m=ge(n.soft,xe),$=ge(l.soft,-xe),f=ge(n.mode,0),h=ge(l.mode,0),w=t-e,y=tn(w),T=mt(je(e),je(t)),E=tn(T),F=je(E-y);(w<1e-24||F>10)&&(w=0,(e==0||t==0)&&(w=1e-24,f==2&&m!=xe&&(s=0),h==2&&$!=-xe&&(r=0)));let k=w||T||1e3,_=tn(k),C=sa(10,wt(_)),O=k*(w==0?e==0?.1:1:s),L=Se(fr(e-O,C/10),24),K=e>=m&&(f==1||f==3&&L<=m||f==2&&L>=m)?m:xe,q=mt(d,L<K&&e>=K?K:Ot(K,L)),re=k*(w==0?t==0?.1:1:r),Q=Se(il(t+re,C/10),24),M=t<=$&&(h==1||h==3&&Q>=$||h==2&&Q<=$)?$:-xe,ne=Ot(i,Q>M&&t<=M?M:mt(M,Q));return q==ne&&q==0&&(ne=100),[q,ne]}var Ec=new Intl.NumberFormat(da?Cc.language:"en-US"),po=e=>Ec.format(e),kt=Math,nl=kt.PI,je=kt.abs,wt=kt.floor,Ge=kt.round,Et=kt.ceil,Ot=kt.min,mt=kt.max,sa=kt.pow,Ns=kt.sign,tn=kt.log10,dr=kt.log2,Mc=(e,t=1)=>kt.sinh(e)*t,Kl=(e,t=1)=>kt.asinh(e/t),xe=1/0;function zs(e){return(tn((e^e>>31)-(e>>31))|0)+1}function to(e,t,a){return Ot(mt(e,t),a)}function ur(e){return typeof e=="function"}function me(e){return ur(e)?e:()=>e}var Lc=()=>{},mr=e=>e,pr=(e,t)=>t,Rc=e=>null,Fs=e=>!0,Os=(e,t)=>e==t,Ic=/\.\d*?(?=9{6,}|0{6,})/gm,Pn=e=>{if(hr(e)||fn.has(e))return e;let t=`${e}`,a=t.match(Ic);if(a==null)return e;let n=a[0].length-1;if(t.indexOf("e-")!=-1){let[l,s]=t.split("e");return+`${Pn(l)}e${s}`}return Se(e,n)};function Tn(e,t){return Pn(Se(Pn(e/t))*t)}function il(e,t){return Pn(Et(Pn(e/t))*t)}function fr(e,t){return Pn(wt(Pn(e/t))*t)}function Se(e,t=0){if(hr(e))return e;let a=10**t,n=e*a*(1+Number.EPSILON);return Ge(n)/a}var fn=new Map;function gr(e){return((""+e).split(".")[1]||"").length}function Ia(e,t,a,n){let l=[],s=n.map(gr);for(let r=t;r<a;r++){let d=je(r),i=Se(sa(e,r),d);for(let m=0;m<n.length;m++){let $=e==10?+`${n[m]}e${r}`:n[m]*i,f=(r>=0?0:d)+(r>=s[m]?0:s[m]),h=e==10?$:Se($,f);l.push(h),fn.set(h,f)}}return l}var Ra={},fo=[],ra=[null,null],pn=Array.isArray,hr=Number.isInteger,Nc=e=>e===void 0;function Vs(e){return typeof e=="string"}function cl(e){let t=!1;if(e!=null){let a=e.constructor;t=a==null||a==Object}return t}function zc(e){return e!=null&&typeof e=="object"}var Fc=Object.getPrototypeOf(Uint8Array),$r="__proto__";function ia(e,t=cl){let a;if(pn(e)){let n=e.find(l=>l!=null);if(pn(n)||t(n)){a=Array(e.length);for(let l=0;l<e.length;l++)a[l]=ia(e[l],t)}else a=e.slice()}else if(e instanceof Fc)a=e.slice();else if(t(e)){a={};for(let n in e)n!=$r&&(a[n]=ia(e[n],t))}else a=e;return a}function We(e){let t=arguments;for(let a=1;a<t.length;a++){let n=t[a];for(let l in n)l!=$r&&(cl(e[l])?We(e[l],ia(n[l])):e[l]=ia(n[l]))}return e}var Oc=0,Vc=1,Uc=2;function Wc(e,t,a){for(let n=0,l,s=-1;n<t.length;n++){let r=t[n];if(r>s){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<a&&e[l]==null;)e[s=l++]=null}}}function Bc(e,t){if(jc(e)){let r=e[0].slice();for(let d=1;d<e.length;d++)r.push(...e[d].slice(1));return Kc(r[0])||(r=Gc(r)),r}let a=new Set;for(let r=0;r<e.length;r++){let i=e[r][0],m=i.length;for(let $=0;$<m;$++)a.add(i[$])}let n=[Array.from(a).sort((r,d)=>r-d)],l=n[0].length,s=new Map;for(let r=0;r<l;r++)s.set(n[0][r],r);for(let r=0;r<e.length;r++){let d=e[r],i=d[0];for(let m=1;m<d.length;m++){let $=d[m],f=Array(l).fill(void 0),h=t?t[r][m]:Vc,w=[];for(let y=0;y<$.length;y++){let T=$[y],E=s.get(i[y]);T===null?h!=Oc&&(f[E]=T,h==Uc&&w.push(E)):f[E]=T}Wc(f,w,l),n.push(f)}}return n}var Hc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Gc(e){let t=e[0],a=t.length,n=Array(a);for(let s=0;s<n.length;s++)n[s]=s;n.sort((s,r)=>t[s]-t[r]);let l=[];for(let s=0;s<e.length;s++){let r=e[s],d=Array(a);for(let i=0;i<a;i++)d[i]=r[n[i]];l.push(d)}return l}function jc(e){let t=e[0][0],a=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=a)return!1;if(l!=t){for(let s=0;s<a;s++)if(l[s]!=t[s])return!1}}return!0}function Kc(e,t=100){let a=e.length;if(a<=1)return!0;let n=0,l=a-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let s=mt(1,wt((l-n+1)/t));for(let r=e[n],d=n+s;d<=l;d+=s){let i=e[d];if(i!=null){if(i<=r)return!1;r=i}}return!0}var br=["January","February","March","April","May","June","July","August","September","October","November","December"],vr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function yr(e){return e.slice(0,3)}var Yc=vr.map(yr),qc=br.map(yr),Zc={MMMM:br,MMM:qc,WWWW:vr,WWW:Yc};function Da(e){return(e<10?"0":"")+e}function Jc(e){return(e<10?"00":e<100?"0":"")+e}var Qc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Da(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Da(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Da(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Da(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Da(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Jc(e.getMilliseconds())};function go(e,t){t=t||Zc;let a=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)a.push(l[0][0]=="{"?Qc[l[1]]:l[0]);return s=>{let r="";for(let d=0;d<a.length;d++)r+=typeof a[d]=="string"?a[d]:a[d](s,t);return r}}var Xc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ed(e,t){let a;return t=="UTC"||t=="Etc/UTC"?a=new Date(+e+e.getTimezoneOffset()*6e4):t==Xc?a=e:(a=new Date(e.toLocaleString("en-US",{timeZone:t})),a.setMilliseconds(e.getMilliseconds())),a}var wr=e=>e%1==0,ol=[1,2,2.5,5],td=Ia(10,-32,0,ol),kr=Ia(10,0,32,ol),nd=kr.filter(wr),An=td.concat(kr),ho=`
`,xr="{YYYY}",Us=ho+xr,Sr="{M}/{D}",Ma=ho+Sr,el=Ma+"/{YY}",Cr="{aa}",ad="{h}:{mm}",la=ad+Cr,Ws=ho+la,Bs=":{ss}",ye=null;function Tr(e){let t=e*1e3,a=t*60,n=a*60,l=n*24,s=l*30,r=l*365,i=(e==1?Ia(10,0,3,ol).filter(wr):Ia(10,-3,0,ol)).concat([t,t*5,t*10,t*15,t*30,a,a*5,a*10,a*15,a*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,s,s*2,s*3,s*4,s*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),m=[[r,xr,ye,ye,ye,ye,ye,ye,1],[l*28,"{MMM}",Us,ye,ye,ye,ye,ye,1],[l,Sr,Us,ye,ye,ye,ye,ye,1],[n,"{h}"+Cr,el,ye,Ma,ye,ye,ye,1],[a,la,el,ye,Ma,ye,ye,ye,1],[t,Bs,el+" "+la,ye,Ma+" "+la,ye,Ws,ye,1],[e,Bs+".{fff}",el+" "+la,ye,Ma+" "+la,ye,Ws,ye,1]];function $(f){return(h,w,y,T,E,F)=>{let k=[],_=E>=r,C=E>=s&&E<r,O=f(y),L=Se(O*e,3),K=Yl(O.getFullYear(),_?0:O.getMonth(),C||_?1:O.getDate()),q=Se(K*e,3);if(C||_){let re=C?E/s:0,Q=_?E/r:0,M=L==q?L:Se(Yl(K.getFullYear()+Q,K.getMonth()+re,1)*e,3),ne=new Date(Ge(M/e)),W=ne.getFullYear(),Z=ne.getMonth();for(let V=0;M<=T;V++){let ce=Yl(W+Q*V,Z+re*V,1),U=ce-f(Se(ce*e,3));M=Se((+ce+U)*e,3),M<=T&&k.push(M)}}else{let re=E>=l?l:E,Q=wt(y)-wt(L),M=q+Q+il(L-q,re);k.push(M);let ne=f(M),W=ne.getHours()+ne.getMinutes()/a+ne.getSeconds()/n,Z=E/n,V=h.axes[w]._space,ce=F/V;for(;M=Se(M+E,e==1?0:3),!(M>T);)if(Z>1){let U=wt(Se(W+Z,6))%24,pe=f(M).getHours()-U;pe>1&&(pe=-1),M-=pe*n,W=(W+Z)%24;let we=k[k.length-1];Se((M-we)/E,3)*ce>=.7&&k.push(M)}else k.push(M)}return k}}return[i,m,$]}var[ld,od,sd]=Tr(1),[rd,id,cd]=Tr(.001);Ia(2,-53,53,[1]);function Hs(e,t){return e.map(a=>a.map((n,l)=>l==0||l==8||n==null?n:t(l==1||a[8]==0?n:a[1]+n)))}function Gs(e,t){return(a,n,l,s,r)=>{let d=t.find(y=>r>=y[0])||t[t.length-1],i,m,$,f,h,w;return n.map(y=>{let T=e(y),E=T.getFullYear(),F=T.getMonth(),k=T.getDate(),_=T.getHours(),C=T.getMinutes(),O=T.getSeconds(),L=E!=i&&d[2]||F!=m&&d[3]||k!=$&&d[4]||_!=f&&d[5]||C!=h&&d[6]||O!=w&&d[7]||d[1];return i=E,m=F,$=k,f=_,h=C,w=O,L(T)})}}function dd(e,t){let a=go(t);return(n,l,s,r,d)=>l.map(i=>a(e(i)))}function Yl(e,t,a){return new Date(e,t,a)}function js(e,t){return t(e)}var ud="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Ks(e,t){return(a,n,l,s)=>s==null?io:t(e(n))}function md(e,t){let a=e.series[t];return a.width?a.stroke(e,t):a.points.width?a.points.stroke(e,t):null}function pd(e,t){return e.series[t].fill(e,t)}var fd={show:!0,live:!0,isolate:!1,mount:Lc,markers:{show:!0,width:2,stroke:md,fill:pd,dash:"solid"},idx:null,idxs:null,values:[]};function gd(e,t){let a=e.cursor.points,n=Pt(),l=a.size(e,t);De(n,Pa,l),De(n,Ea,l);let s=l/-2;De(n,"marginLeft",s),De(n,"marginTop",s);let r=a.width(e,t,l);return r&&De(n,"borderWidth",r),n}function hd(e,t){let a=e.series[t].points;return a._fill||a._stroke}function $d(e,t){let a=e.series[t].points;return a._stroke||a._fill}function bd(e,t){return e.series[t].points.size}var ql=[0,0];function vd(e,t,a){return ql[0]=t,ql[1]=a,ql}function tl(e,t,a,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&a(l)}}function Zl(e,t,a,n=!0){return l=>{(!n||l.target==t)&&a(l)}}var yd={show:!0,x:!0,y:!0,lock:!1,move:vd,points:{one:!1,show:gd,size:bd,width:0,stroke:$d,fill:hd},bind:{mousedown:tl,mouseup:tl,click:tl,dblclick:tl,mousemove:Zl,mouseleave:Zl,mouseenter:Zl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,a,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ar={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},$o=We({},Ar,{filter:pr}),_r=We({},$o,{size:10}),Dr=We({},Ar,{show:!1}),bo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Pr="bold "+bo,Er=1.5,Ys={show:!0,scale:"x",stroke:ro,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Pr,side:2,grid:$o,ticks:_r,border:Dr,font:bo,lineGap:Er,rotate:0},wd="Value",kd="Time",qs={show:!0,scale:"x",auto:!1,sorted:1,min:xe,max:-xe,idxs:[]};function xd(e,t,a,n,l){return t.map(s=>s==null?"":po(s))}function Sd(e,t,a,n,l,s,r){let d=[],i=fn.get(l)||0;a=r?a:Se(il(a,l),i);for(let m=a;m<=n;m=Se(m+l,i))d.push(Object.is(m,-0)?0:m);return d}function no(e,t,a,n,l,s,r){let d=[],i=e.scales[e.axes[t].scale].log,m=i==10?tn:dr,$=wt(m(a));l=sa(i,$),i==10&&(l=An[Ft(l,An)]);let f=a,h=l*i;i==10&&(h=An[Ft(h,An)]);do d.push(f),f=f+l,i==10&&!fn.has(f)&&(f=Se(f,fn.get(l))),f>=h&&(l=f,h=l*i,i==10&&(h=An[Ft(h,An)]));while(f<=n);return d}function Cd(e,t,a,n,l,s,r){let i=e.scales[e.axes[t].scale].asinh,m=n>i?no(e,t,mt(i,a),n,l):[i],$=n>=0&&a<=0?[0]:[];return(a<-i?no(e,t,mt(i,-n),-a,l):[i]).reverse().map(h=>-h).concat($,m)}var Mr=/./,Td=/[12357]/,Ad=/[125]/,Zs=/1/,ao=(e,t,a,n)=>e.map((l,s)=>t==4&&l==0||s%n==0&&a.test(l.toExponential()[l<0?1:0])?l:null);function _d(e,t,a,n,l){let s=e.axes[a],r=s.scale,d=e.scales[r],i=e.valToPos,m=s._space,$=i(10,r),f=i(9,r)-$>=m?Mr:i(7,r)-$>=m?Td:i(5,r)-$>=m?Ad:Zs;if(f==Zs){let h=je(i(1,r)-$);if(h<m)return ao(t.slice().reverse(),d.distr,f,Et(m/h)).reverse()}return ao(t,d.distr,f,1)}function Dd(e,t,a,n,l){let s=e.axes[a],r=s.scale,d=s._space,i=e.valToPos,m=je(i(1,r)-i(2,r));return m<d?ao(t.slice().reverse(),3,Mr,Et(d/m)).reverse():t}function Pd(e,t,a,n){return n==null?io:t==null?"":po(t)}var Js={show:!0,scale:"y",stroke:ro,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Pr,side:3,grid:$o,ticks:_r,border:Dr,font:bo,lineGap:Er,rotate:0};function Ed(e,t){let a=3+(e||1)*2;return Se(a*t,3)}function Md(e,t){let{scale:a,idxs:n}=e.series[0],l=e._data[0],s=e.valToPos(l[n[0]],a,!0),r=e.valToPos(l[n[1]],a,!0),d=je(r-s),i=e.series[t],m=d/(i.points.space*$e);return n[1]-n[0]<=m}var Qs={scale:null,auto:!0,sorted:0,min:xe,max:-xe},Lr=(e,t,a,n,l)=>l,Xs={show:!0,auto:!0,sorted:0,gaps:Lr,alpha:1,facets:[We({},Qs,{scale:"x"}),We({},Qs,{scale:"y"})]},er={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Lr,alpha:1,points:{show:Md,filter:null},values:null,min:xe,max:-xe,idxs:[],path:null,clip:null};function Ld(e,t,a,n,l){return a/10}var Rr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Rd=We({},Rr,{time:!1,ori:1}),tr={};function Ir(e,t){let a=tr[e];return a||(a={key:e,plots:[],sub(n){a.plots.push(n)},unsub(n){a.plots=a.plots.filter(l=>l!=n)},pub(n,l,s,r,d,i,m){for(let $=0;$<a.plots.length;$++)a.plots[$]!=l&&a.plots[$].pub(n,l,s,r,d,i,m)}},e!=null&&(tr[e]=a)),a}var ca=1,lo=2;function En(e,t,a){let n=e.mode,l=e.series[t],s=n==2?e._data[t]:e._data,r=e.scales,d=e.bbox,i=s[0],m=n==2?s[1]:s[t],$=n==2?r[l.facets[0].scale]:r[e.series[0].scale],f=n==2?r[l.facets[1].scale]:r[l.scale],h=d.left,w=d.top,y=d.width,T=d.height,E=e.valToPosH,F=e.valToPosV;return $.ori==0?a(l,i,m,$,f,E,F,h,w,y,T,ul,ua,pl,zr,Or):a(l,i,m,$,f,F,E,w,h,T,y,ml,ma,wo,Fr,Vr)}function vo(e,t){let a=0,n=0,l=ge(e.bands,fo);for(let s=0;s<l.length;s++){let r=l[s];r.series[0]==t?a=r.dir:r.series[1]==t&&(r.dir==1?n|=1:n|=2)}return[a,n==1?-1:n==2?1:n==3?2:0]}function Id(e,t,a,n,l){let s=e.mode,r=e.series[t],d=s==2?r.facets[1].scale:r.scale,i=e.scales[d];return l==-1?i.min:l==1?i.max:i.distr==3?i.dir==1?i.min:i.max:0}function nn(e,t,a,n,l,s){return En(e,t,(r,d,i,m,$,f,h,w,y,T,E)=>{let F=r.pxRound,k=m.dir*(m.ori==0?1:-1),_=m.ori==0?ua:ma,C,O;k==1?(C=a,O=n):(C=n,O=a);let L=F(f(d[C],m,T,w)),K=F(h(i[C],$,E,y)),q=F(f(d[O],m,T,w)),re=F(h(s==1?$.max:$.min,$,E,y)),Q=new Path2D(l);return _(Q,q,re),_(Q,L,re),_(Q,L,K),Q})}function dl(e,t,a,n,l,s){let r=null;if(e.length>0){r=new Path2D;let d=t==0?pl:wo,i=a;for(let f=0;f<e.length;f++){let h=e[f];if(h[1]>h[0]){let w=h[0]-i;w>0&&d(r,i,n,w,n+s),i=h[1]}}let m=a+l-i,$=10;m>0&&d(r,i,n-$/2,m,n+s+$)}return r}function Nd(e,t,a){let n=e[e.length-1];n&&n[0]==t?n[1]=a:e.push([t,a])}function yo(e,t,a,n,l,s,r){let d=[],i=e.length;for(let m=l==1?a:n;m>=a&&m<=n;m+=l)if(t[m]===null){let f=m,h=m;if(l==1)for(;++m<=n&&t[m]===null;)h=m;else for(;--m>=a&&t[m]===null;)h=m;let w=s(e[f]),y=h==f?w:s(e[h]),T=f-l;w=r<=0&&T>=0&&T<i?s(e[T]):w;let F=h+l;y=r>=0&&F>=0&&F<i?s(e[F]):y,y>=w&&d.push([w,y])}return d}function nr(e){return e==0?mr:e==1?Ge:t=>Tn(t,e)}function Nr(e){let t=e==0?ul:ml,a=e==0?(l,s,r,d,i,m)=>{l.arcTo(s,r,d,i,m)}:(l,s,r,d,i,m)=>{l.arcTo(r,s,i,d,m)},n=e==0?(l,s,r,d,i)=>{l.rect(s,r,d,i)}:(l,s,r,d,i)=>{l.rect(r,s,i,d)};return(l,s,r,d,i,m=0,$=0)=>{m==0&&$==0?n(l,s,r,d,i):(m=Ot(m,d/2,i/2),$=Ot($,d/2,i/2),t(l,s+m,r),a(l,s+d,r,s+d,r+i,m),a(l,s+d,r+i,s,r+i,$),a(l,s,r+i,s,r,$),a(l,s,r,s+d,r,m),l.closePath())}}var ul=(e,t,a)=>{e.moveTo(t,a)},ml=(e,t,a)=>{e.moveTo(a,t)},ua=(e,t,a)=>{e.lineTo(t,a)},ma=(e,t,a)=>{e.lineTo(a,t)},pl=Nr(0),wo=Nr(1),zr=(e,t,a,n,l,s)=>{e.arc(t,a,n,l,s)},Fr=(e,t,a,n,l,s)=>{e.arc(a,t,n,l,s)},Or=(e,t,a,n,l,s,r)=>{e.bezierCurveTo(t,a,n,l,s,r)},Vr=(e,t,a,n,l,s,r)=>{e.bezierCurveTo(a,t,l,n,r,s)};function Ur(e){return(t,a,n,l,s)=>En(t,a,(r,d,i,m,$,f,h,w,y,T,E)=>{let{pxRound:F,points:k}=r,_,C;m.ori==0?(_=ul,C=zr):(_=ml,C=Fr);let O=Se(k.width*$e,3),L=(k.size-k.width)/2*$e,K=Se(L*2,3),q=new Path2D,re=new Path2D,{left:Q,top:M,width:ne,height:W}=t.bbox;pl(re,Q-K,M-K,ne+K*2,W+K*2);let Z=V=>{if(i[V]!=null){let ce=F(f(d[V],m,T,w)),U=F(h(i[V],$,E,y));_(q,ce+L,U),C(q,ce,U,L,0,nl*2)}};if(s)s.forEach(Z);else for(let V=n;V<=l;V++)Z(V);return{stroke:O>0?q:null,fill:q,clip:re,flags:ca|lo}})}function Wr(e){return(t,a,n,l,s,r)=>{n!=l&&(s!=n&&r!=n&&e(t,a,n),s!=l&&r!=l&&e(t,a,l),e(t,a,r))}}var zd=Wr(ua),Fd=Wr(ma);function Br(e){let t=ge(e?.alignGaps,0);return(a,n,l,s)=>En(a,n,(r,d,i,m,$,f,h,w,y,T,E)=>{[l,s]=sl(i,l,s);let F=r.pxRound,k=W=>F(f(W,m,T,w)),_=W=>F(h(W,$,E,y)),C,O;m.ori==0?(C=ua,O=zd):(C=ma,O=Fd);let L=m.dir*(m.ori==0?1:-1),K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ca},q=K.stroke,re=!1;if(s-l>=T*4){let W=B=>a.posToVal(B,m.key,!0),Z=null,V=null,ce,U,J,ue=k(d[L==1?l:s]),pe=k(d[l]),we=k(d[s]),ie=W(L==1?pe+1:we-1);for(let B=L==1?l:s;B>=l&&B<=s;B+=L){let Be=d[B],Pe=(L==1?Be<ie:Be>ie)?ue:k(Be),be=i[B];Pe==ue?be!=null?(U=be,Z==null?(C(q,Pe,_(U)),ce=Z=V=U):U<Z?Z=U:U>V&&(V=U)):be===null&&(re=!0):(Z!=null&&O(q,ue,_(Z),_(V),_(ce),_(U)),be!=null?(U=be,C(q,Pe,_(U)),Z=V=ce=U):(Z=V=null,be===null&&(re=!0)),ue=Pe,ie=W(ue+L))}Z!=null&&Z!=V&&J!=ue&&O(q,ue,_(Z),_(V),_(ce),_(U))}else for(let W=L==1?l:s;W>=l&&W<=s;W+=L){let Z=i[W];Z===null?re=!0:Z!=null&&C(q,k(d[W]),_(Z))}let[M,ne]=vo(a,n);if(r.fill!=null||M!=0){let W=K.fill=new Path2D(q),Z=r.fillTo(a,n,r.min,r.max,M),V=_(Z),ce=k(d[l]),U=k(d[s]);L==-1&&([U,ce]=[ce,U]),C(W,U,V),C(W,ce,V)}if(!r.spanGaps){let W=[];re&&W.push(...yo(d,i,l,s,L,k,t)),K.gaps=W=r.gaps(a,n,l,s,W),K.clip=dl(W,m.ori,w,y,T,E)}return ne!=0&&(K.band=ne==2?[nn(a,n,l,s,q,-1),nn(a,n,l,s,q,1)]:nn(a,n,l,s,q,ne)),K})}function Od(e){let t=ge(e.align,1),a=ge(e.ascDesc,!1),n=ge(e.alignGaps,0),l=ge(e.extend,!1);return(s,r,d,i)=>En(s,r,(m,$,f,h,w,y,T,E,F,k,_)=>{[d,i]=sl(f,d,i);let C=m.pxRound,{left:O,width:L}=s.bbox,K=pe=>C(y(pe,h,k,E)),q=pe=>C(T(pe,w,_,F)),re=h.ori==0?ua:ma,Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ca},M=Q.stroke,ne=h.dir*(h.ori==0?1:-1),W=q(f[ne==1?d:i]),Z=K($[ne==1?d:i]),V=Z,ce=Z;l&&t==-1&&(ce=O,re(M,ce,W)),re(M,Z,W);for(let pe=ne==1?d:i;pe>=d&&pe<=i;pe+=ne){let we=f[pe];if(we==null)continue;let ie=K($[pe]),B=q(we);t==1?re(M,ie,W):re(M,V,B),re(M,ie,B),W=B,V=ie}let U=V;l&&t==1&&(U=O+L,re(M,U,W));let[J,ue]=vo(s,r);if(m.fill!=null||J!=0){let pe=Q.fill=new Path2D(M),we=m.fillTo(s,r,m.min,m.max,J),ie=q(we);re(pe,U,ie),re(pe,ce,ie)}if(!m.spanGaps){let pe=[];pe.push(...yo($,f,d,i,ne,K,n));let we=m.width*$e/2,ie=a||t==1?we:-we,B=a||t==-1?-we:we;pe.forEach(Be=>{Be[0]+=ie,Be[1]+=B}),Q.gaps=pe=m.gaps(s,r,d,i,pe),Q.clip=dl(pe,h.ori,E,F,k,_)}return ue!=0&&(Q.band=ue==2?[nn(s,r,d,i,M,-1),nn(s,r,d,i,M,1)]:nn(s,r,d,i,M,ue)),Q})}function ar(e,t,a,n,l,s,r=xe){if(e.length>1){let d=null;for(let i=0,m=1/0;i<e.length;i++)if(t[i]!==void 0){if(d!=null){let $=je(e[i]-e[d]);$<m&&(m=$,r=je(a(e[i],n,l,s)-a(e[d],n,l,s)))}d=i}}return r}function Vd(e){e=e||Ra;let t=ge(e.size,[.6,xe,1]),a=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let s=me(l),r=1-t[0],d=ge(t[1],xe),i=ge(t[2],1),m=ge(e.disp,Ra),$=ge(e.each,w=>{}),{fill:f,stroke:h}=m;return(w,y,T,E)=>En(w,y,(F,k,_,C,O,L,K,q,re,Q,M)=>{let ne=F.pxRound,W=a,Z=n*$e,V=d*$e,ce=i*$e,U,J;C.ori==0?[U,J]=s(w,y):[J,U]=s(w,y);let ue=C.dir*(C.ori==0?1:-1),pe=C.ori==0?pl:wo,we=C.ori==0?$:(N,Ce,He,zn,bn,Bt,vn)=>{$(N,Ce,He,bn,zn,vn,Bt)},ie=ge(w.bands,fo).find(N=>N.series[0]==y),B=ie!=null?ie.dir:0,Be=F.fillTo(w,y,F.min,F.max,B),ot=ne(K(Be,O,M,re)),Pe,be,Mt,gt=Q,Le=ne(F.width*$e),Wt=!1,Qt=null,xt=null,ln=null,Rn=null;f!=null&&(Le==0||h!=null)&&(Wt=!0,Qt=f.values(w,y,T,E),xt=new Map,new Set(Qt).forEach(N=>{N!=null&&xt.set(N,new Path2D)}),Le>0&&(ln=h.values(w,y,T,E),Rn=new Map,new Set(ln).forEach(N=>{N!=null&&Rn.set(N,new Path2D)})));let{x0:In,size:ga}=m;if(In!=null&&ga!=null){W=1,k=In.values(w,y,T,E),In.unit==2&&(k=k.map(He=>w.posToVal(q+He*Q,C.key,!0)));let N=ga.values(w,y,T,E);ga.unit==2?be=N[0]*Q:be=L(N[0],C,Q,q)-L(0,C,Q,q),gt=ar(k,_,L,C,Q,q,gt),Mt=gt-be+Z}else gt=ar(k,_,L,C,Q,q,gt),Mt=gt*r+Z,be=gt-Mt;Mt<1&&(Mt=0),Le>=be/2&&(Le=0),Mt<5&&(ne=mr);let Oa=Mt>0,hn=gt-Mt-(Oa?Le:0);be=ne(to(hn,ce,V)),Pe=(W==0?be/2:W==ue?0:be)-W*ue*((W==0?Z/2:0)+(Oa?Le/2:0));let st={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Nn=Wt?null:new Path2D,Xt=null;if(ie!=null)Xt=w.data[ie.series[1]];else{let{y0:N,y1:Ce}=m;N!=null&&Ce!=null&&(_=Ce.values(w,y,T,E),Xt=N.values(w,y,T,E))}let $n=U*be,le=J*be;for(let N=ue==1?T:E;N>=T&&N<=E;N+=ue){let Ce=_[N];if(Ce==null)continue;if(Xt!=null){let pt=Xt[N]??0;if(Ce-pt==0)continue;ot=K(pt,O,M,re)}let He=C.distr!=2||m!=null?k[N]:N,zn=L(He,C,Q,q),bn=K(ge(Ce,Be),O,M,re),Bt=ne(zn-Pe),vn=ne(mt(bn,ot)),ht=ne(Ot(bn,ot)),St=vn-ht;if(Ce!=null){let pt=Ce<0?le:$n,Lt=Ce<0?$n:le;Wt?(Le>0&&ln[N]!=null&&pe(Rn.get(ln[N]),Bt,ht+wt(Le/2),be,mt(0,St-Le),pt,Lt),Qt[N]!=null&&pe(xt.get(Qt[N]),Bt,ht+wt(Le/2),be,mt(0,St-Le),pt,Lt)):pe(Nn,Bt,ht+wt(Le/2),be,mt(0,St-Le),pt,Lt),we(w,y,N,Bt-Le/2,ht,be+Le,St)}}return Le>0?st.stroke=Wt?Rn:Nn:Wt||(st._fill=F.width==0?F._fill:F._stroke??F._fill,st.width=0),st.fill=Wt?xt:Nn,st})}function Ud(e,t){let a=ge(t?.alignGaps,0);return(n,l,s,r)=>En(n,l,(d,i,m,$,f,h,w,y,T,E,F)=>{[s,r]=sl(m,s,r);let k=d.pxRound,_=U=>k(h(U,$,E,y)),C=U=>k(w(U,f,F,T)),O,L,K;$.ori==0?(O=ul,K=ua,L=Or):(O=ml,K=ma,L=Vr);let q=$.dir*($.ori==0?1:-1),re=_(i[q==1?s:r]),Q=re,M=[],ne=[];for(let U=q==1?s:r;U>=s&&U<=r;U+=q)if(m[U]!=null){let ue=i[U],pe=_(ue);M.push(Q=pe),ne.push(C(m[U]))}let W={stroke:e(M,ne,O,K,L,k),fill:null,clip:null,band:null,gaps:null,flags:ca},Z=W.stroke,[V,ce]=vo(n,l);if(d.fill!=null||V!=0){let U=W.fill=new Path2D(Z),J=d.fillTo(n,l,d.min,d.max,V),ue=C(J);K(U,Q,ue),K(U,re,ue)}if(!d.spanGaps){let U=[];U.push(...yo(i,m,s,r,q,_,a)),W.gaps=U=d.gaps(n,l,s,r,U),W.clip=dl(U,$.ori,y,T,E,F)}return ce!=0&&(W.band=ce==2?[nn(n,l,s,r,Z,-1),nn(n,l,s,r,Z,1)]:nn(n,l,s,r,Z,ce)),W})}function Wd(e){return Ud(Bd,e)}function Bd(e,t,a,n,l,s){let r=e.length;if(r<2)return null;let d=new Path2D;if(a(d,e[0],t[0]),r==2)n(d,e[1],t[1]);else{let i=Array(r),m=Array(r-1),$=Array(r-1),f=Array(r-1);for(let h=0;h<r-1;h++)$[h]=t[h+1]-t[h],f[h]=e[h+1]-e[h],m[h]=$[h]/f[h];i[0]=m[0];for(let h=1;h<r-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?i[h]=0:(i[h]=3*(f[h-1]+f[h])/((2*f[h]+f[h-1])/m[h-1]+(f[h]+2*f[h-1])/m[h]),isFinite(i[h])||(i[h]=0));i[r-1]=m[r-2];for(let h=0;h<r-1;h++)l(d,e[h]+f[h]/3,t[h]+i[h]*f[h]/3,e[h+1]-f[h]/3,t[h+1]-i[h+1]*f[h]/3,e[h+1],t[h+1])}return d}var oo=new Set;function lr(){for(let e of oo)e.syncRect(!0)}da&&(Dn(xc,oa,lr),Dn(Sc,oa,lr,!0),Dn(al,oa,()=>{Xe.pxRatio=$e}));var Hd=Br(),Gd=Ur();function or(e,t,a,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,r)=>so(s,r,t,a))}function jd(e,t){return e.map((a,n)=>n==0?{}:We({},t,a))}function so(e,t,a,n){return We({},t==0?a:n,e)}function Hr(e,t,a){return t==null?ra:[t,a]}var Kd=Hr;function Yd(e,t,a){return t==null?ra:ll(t,a,mo,!0)}function Gr(e,t,a,n){return t==null?ra:rl(t,a,e.scales[n].log,!1)}var qd=Gr;function jr(e,t,a,n){return t==null?ra:uo(t,a,e.scales[n].log,!1)}var Zd=jr;function Jd(e,t,a,n,l){let s=mt(zs(e),zs(t)),r=t-e,d=Ft(l/n*r,a);do{let i=a[d],m=n*i/r;if(m>=l&&s+(i<5?fn.get(i):0)<=17)return[i,m]}while(++d<a.length);return[0,0]}function sr(e){let t,a;return e=e.replace(/(\d+)px/,(n,l)=>(t=Ge((a=+l)*$e))+"px"),[e,t,a]}function Qd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let a=Se(t[2]*$e,1);t[0]=t[0].replace(/[0-9.]+px/,a+"px"),t[1]=a})}function Xe(e,t,a){let n={mode:ge(e.mode,1)},l=n.mode;function s(o,c,p,g){let b=c.valToPct(o);return g+p*(c.dir==-1?1-b:b)}function r(o,c,p,g){let b=c.valToPct(o);return g+p*(c.dir==-1?b:1-b)}function d(o,c,p,g){return c.ori==0?s(o,c,p,g):r(o,c,p,g)}n.valToPosH=s,n.valToPosV=r;let i=!1;n.status=0;let m=n.root=Pt(oc);if(e.id!=null&&(m.id=e.id),yt(m,e.class),e.title){let o=Pt(ic,m);o.textContent=e.title}let $=zt("canvas"),f=n.ctx=$.getContext("2d"),h=Pt(cc,m);Dn("click",h,o=>{o.target===y&&(Te!=Yn||Ee!=qn)&&tt.click(n,o)},!0);let w=n.under=Pt(dc,h);h.appendChild($);let y=n.over=Pt(uc,h);e=ia(e);let T=+ge(e.pxAlign,1),E=nr(T);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(n,e)||e)});let F=e.ms||.001,k=n.series=l==1?or(e.series||[],qs,er,!1):jd(e.series||[null],Xs),_=n.axes=or(e.axes||[],Ys,Js,!0),C=n.scales={},O=n.bands=e.bands||[];O.forEach(o=>{o.fill=me(o.fill||null),o.dir=ge(o.dir,-1)});let L=l==2?k[1].facets[0].scale:k[0].scale,K={axes:Ni,series:Ei},q=(e.drawOrder||["axes","series"]).map(o=>K[o]);function re(o){let c=o.distr==3?p=>tn(p>0?p:o.clamp(n,p,o.min,o.max,o.key)):o.distr==4?p=>Kl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let g=c(p),{_min:b,_max:v}=o,x=v-b;return(g-b)/x}}function Q(o){let c=C[o];if(c==null){let p=(e.scales||Ra)[o]||Ra;if(p.from!=null){Q(p.from);let g=We({},C[p.from],p,{key:o});g.valToPct=re(g),C[o]=g}else{c=C[o]=We({},o==L?Rr:Rd,p),c.key=o;let g=c.time,b=c.range,v=pn(b);if((o!=L||l==2&&!g)&&(v&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Rs:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Rs:{mode:1,hard:b[1],soft:b[1]}},v=!1),!v&&cl(b))){let x=b;b=(A,D,R)=>D==null?ra:ll(D,R,x)}c.range=me(b||(g?Kd:o==L?c.distr==3?qd:c.distr==4?Zd:Hr:c.distr==3?Gr:c.distr==4?jr:Yd)),c.auto=me(v?!1:c.auto),c.clamp=me(c.clamp||Ld),c._min=c._max=null,c.valToPct=re(c)}}}Q("x"),Q("y"),l==1&&k.forEach(o=>{Q(o.scale)}),_.forEach(o=>{Q(o.scale)});for(let o in e.scales)Q(o);let M=C[L],ne=M.distr,W,Z;M.ori==0?(yt(m,sc),W=s,Z=r):(yt(m,rc),W=r,Z=s);let V={};for(let o in C){let c=C[o];(c.min!=null||c.max!=null)&&(V[o]={min:c.min,max:c.max},c.min=c.max=null)}let ce=e.tzDate||(o=>new Date(Ge(o/F))),U=e.fmtDate||go,J=F==1?sd(ce):cd(ce),ue=Gs(ce,Hs(F==1?od:id,U)),pe=Ks(ce,js(ud,U)),we=[],ie=n.legend=We({},fd,e.legend),B=n.cursor=We({},yd,{drag:{y:l==2}},e.cursor),Be=ie.show,ot=B.show,Pe=ie.markers;ie.idxs=we,Pe.width=me(Pe.width),Pe.dash=me(Pe.dash),Pe.stroke=me(Pe.stroke),Pe.fill=me(Pe.fill);let be,Mt,gt,Le=[],Wt=[],Qt,xt=!1,ln={};if(ie.live){let o=k[1]?k[1].values:null;xt=o!=null,Qt=xt?o(n,1,0):{_:0};for(let c in Qt)ln[c]=io}if(Be)if(be=zt("table",$c,m),gt=zt("tbody",null,be),ie.mount(n,be),xt){Mt=zt("thead",null,be,gt);let o=zt("tr",null,Mt);zt("th",null,o);for(var Rn in Qt)zt("th",ws,o).textContent=Rn}else yt(be,vc),ie.live&&yt(be,bc);let In={show:!0},ga={show:!1};function Oa(o,c){if(c==0&&(xt||!ie.live||l==2))return ra;let p=[],g=zt("tr",yc,gt,gt.childNodes[c]);yt(g,o.class),o.show||yt(g,_n);let b=zt("th",null,g);if(Pe.show){let A=Pt(wc,b);if(c>0){let D=Pe.width(n,c);D&&(A.style.border=D+"px "+Pe.dash(n,c)+" "+Pe.stroke(n,c)),A.style.background=Pe.fill(n,c)}}let v=Pt(ws,b);o.label instanceof HTMLElement?v.appendChild(o.label):v.textContent=o.label,c>0&&(Pe.show||(v.style.color=o.width>0?Pe.stroke(n,c):Pe.fill(n,c)),st("click",b,A=>{if(B._lock)return;wn(A);let D=k.indexOf(o);if((A.ctrlKey||A.metaKey)!=ie.isolate){let R=k.some((I,z)=>z>0&&z!=D&&I.show);k.forEach((I,z)=>{z>0&&Gt(z,R?z==D?In:ga:In,!0,Ve.setSeries)})}else Gt(D,{show:!o.show},!0,Ve.setSeries)},!1),On&&st(Cs,b,A=>{B._lock||(wn(A),Gt(k.indexOf(o),Jn,!0,Ve.setSeries))},!1));for(var x in Qt){let A=zt("td",kc,g);A.textContent="--",p.push(A)}return[g,p]}let hn=new Map;function st(o,c,p,g=!0){let b=hn.get(c)||{},v=B.bind[o](n,c,p,g);v&&(Dn(o,c,b[o]=v),hn.set(c,b))}function Nn(o,c,p){let g=hn.get(c)||{};for(let b in g)(o==null||b==o)&&(eo(b,c,g[b]),delete g[b]);o==null&&hn.delete(c)}let Xt=0,$n=0,le=0,N=0,Ce=0,He=0,zn=Ce,bn=He,Bt=le,vn=N,ht=0,St=0,pt=0,Lt=0;n.bbox={};let hl=!1,Va=!1,Fn=!1,yn=!1,Ua=!1,Ct=!1;function $l(o,c,p){(p||o!=n.width||c!=n.height)&&Eo(o,c),Hn(!1),Fn=!0,Va=!0,Gn()}function Eo(o,c){n.width=Xt=le=o,n.height=$n=N=c,Ce=He=0,Si(),Ci();let p=n.bbox;ht=p.left=Tn(Ce*$e,.5),St=p.top=Tn(He*$e,.5),pt=p.width=Tn(le*$e,.5),Lt=p.height=Tn(N*$e,.5)}let wi=3;function ki(){let o=!1,c=0;for(;!o;){c++;let p=Ri(c),g=Ii(c);o=c==wi||p&&g,o||(Eo(n.width,n.height),Va=!0)}}function xi({width:o,height:c}){$l(o,c)}n.setSize=xi;function Si(){let o=!1,c=!1,p=!1,g=!1;_.forEach((b,v)=>{if(b.show&&b._show){let{side:x,_size:A}=b,D=x%2,R=b.label!=null?b.labelSize:0,I=A+R;I>0&&(D?(le-=I,x==3?(Ce+=I,g=!0):p=!0):(N-=I,x==0?(He+=I,o=!0):c=!0))}}),kn[0]=o,kn[1]=p,kn[2]=c,kn[3]=g,le-=on[1]+on[3],Ce+=on[3],N-=on[2]+on[0],He+=on[0]}function Ci(){let o=Ce+le,c=He+N,p=Ce,g=He;function b(v,x){switch(v){case 1:return o+=x,o-x;case 2:return c+=x,c-x;case 3:return p-=x,p+x;case 0:return g-=x,g+x}}_.forEach((v,x)=>{if(v.show&&v._show){let A=v.side;v._pos=b(A,v._size),v.label!=null&&(v._lpos=b(A,v.labelSize))}})}if(B.dataIdx==null){let o=B.hover,c=o.skip=new Set(o.skip??[]);c.add(void 0);let p=o.prox=me(o.prox),g=o.bias??(o.bias=0);B.dataIdx=(b,v,x,A)=>{if(v==0)return x;let D=x,R=p(b,v,x,A)??xe,I=R>=0&&R<xe,z=M.ori==0?le:N,X=B.left,he=t[0],fe=t[v];if(c.has(fe[x])){D=null;let de=null,j=null,H;if(g==0||g==-1)for(H=x;de==null&&H-- >0;)c.has(fe[H])||(de=H);if(g==0||g==1)for(H=x;j==null&&H++<fe.length;)c.has(fe[H])||(j=H);if(de!=null||j!=null)if(I){let _e=de==null?-1/0:W(he[de],M,z,0),Ie=j==null?1/0:W(he[j],M,z,0),Qe=X-_e,ke=Ie-X;Qe<=ke?Qe<=R&&(D=de):ke<=R&&(D=j)}else D=j==null?de:de==null?j:x-de<=j-x?de:j}else I&&je(X-W(he[x],M,z,0))>R&&(D=null);return D}}let wn=o=>{B.event=o};B.idxs=we,B._lock=!1;let nt=B.points;nt.show=me(nt.show),nt.size=me(nt.size),nt.stroke=me(nt.stroke),nt.width=me(nt.width),nt.fill=me(nt.fill);let Ht=n.focus=We({},e.focus||{alpha:.3},B.focus),On=Ht.prox>=0,Vn=On&&nt.one,Tt=[],Un=[],Wn=[];function Mo(o,c){let p=nt.show(n,c);if(p instanceof HTMLElement)return yt(p,hc),yt(p,o.class),Jt(p,-10,-10,le,N),y.insertBefore(p,Tt[c]),p}function Lo(o,c){if(l==1||c>0){let p=l==1&&C[o.scale].time,g=o.value;o.value=p?Vs(g)?Ks(ce,js(g,U)):g||pe:g||Pd,o.label=o.label||(p?kd:wd)}if(Vn||c>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Hd||Rc,o.fillTo=me(o.fillTo||Id),o.pxAlign=+ge(o.pxAlign,T),o.pxRound=nr(o.pxAlign),o.stroke=me(o.stroke||null),o.fill=me(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=Ed(mt(1,o.width),1),g=o.points=We({},{size:p,width:mt(1,p*.2),stroke:o.stroke,space:p*2,paths:Gd,_stroke:null,_fill:null},o.points);g.show=me(g.show),g.filter=me(g.filter),g.fill=me(g.fill),g.stroke=me(g.stroke),g.paths=me(g.paths),g.pxAlign=o.pxAlign}if(Be){let p=Oa(o,c);Le.splice(c,0,p[0]),Wt.splice(c,0,p[1]),ie.values.push(null)}if(ot){we.splice(c,0,null);let p=null;Vn?c==0&&(p=Mo(o,c)):c>0&&(p=Mo(o,c)),Tt.splice(c,0,p),Un.splice(c,0,0),Wn.splice(c,0,0)}Je("addSeries",c)}function Ti(o,c){c=c??k.length,o=l==1?so(o,c,qs,er):so(o,c,{},Xs),k.splice(c,0,o),Lo(k[c],c)}n.addSeries=Ti;function Ai(o){if(k.splice(o,1),Be){ie.values.splice(o,1),Wt.splice(o,1);let c=Le.splice(o,1)[0];Nn(null,c.firstChild),c.remove()}ot&&(we.splice(o,1),Tt.splice(o,1)[0].remove(),Un.splice(o,1),Wn.splice(o,1)),Je("delSeries",o)}n.delSeries=Ai;let kn=[!1,!1,!1,!1];function _i(o,c){if(o._show=o.show,o.show){let p=o.side%2,g=C[o.scale];g==null&&(o.scale=p?k[1].scale:L,g=C[o.scale]);let b=g.time;o.size=me(o.size),o.space=me(o.space),o.rotate=me(o.rotate),pn(o.incrs)&&o.incrs.forEach(x=>{!fn.has(x)&&fn.set(x,gr(x))}),o.incrs=me(o.incrs||(g.distr==2?nd:b?F==1?ld:rd:An)),o.splits=me(o.splits||(b&&g.distr==1?J:g.distr==3?no:g.distr==4?Cd:Sd)),o.stroke=me(o.stroke),o.grid.stroke=me(o.grid.stroke),o.ticks.stroke=me(o.ticks.stroke),o.border.stroke=me(o.border.stroke);let v=o.values;o.values=pn(v)&&!pn(v[0])?me(v):b?pn(v)?Gs(ce,Hs(v,U)):Vs(v)?dd(ce,v):v||ue:v||xd,o.filter=me(o.filter||(g.distr>=3&&g.log==10?_d:g.distr==3&&g.log==2?Dd:pr)),o.font=sr(o.font),o.labelFont=sr(o.labelFont),o._size=o.size(n,null,c,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(kn[c]=!0,o._el=Pt(mc,h))}}function ha(o,c,p,g){let[b,v,x,A]=p,D=c%2,R=0;return D==0&&(A||v)&&(R=c==0&&!b||c==2&&!x?Ge(Ys.size/3):0),D==1&&(b||x)&&(R=c==1&&!v||c==3&&!A?Ge(Js.size/2):0),R}let Ro=n.padding=(e.padding||[ha,ha,ha,ha]).map(o=>me(ge(o,ha))),on=n._padding=Ro.map((o,c)=>o(n,c,kn,0)),et,Ke=null,Ye=null,Wa=l==1?k[0].idxs:null,Rt=null,$a=!1;function Io(o,c){if(t=o??[],n.data=n._data=t,l==2){et=0;for(let p=1;p<k.length;p++)et+=t[p][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],et=Rt.length;let p=t;if(ne==2){p=t.slice();let g=p[0]=Array(et);for(let b=0;b<et;b++)g[b]=b}n._data=t=p}if(Hn(!0),Je("setData"),ne==2&&(Fn=!0),c!==!1){let p=M;p.auto(n,$a)?bl():rn(L,p.min,p.max),yn=yn||B.left>=0,Ct=!0,Gn()}}n.setData=Io;function bl(){$a=!0;let o,c;l==1&&(et>0?(Ke=Wa[0]=0,Ye=Wa[1]=et-1,o=t[0][Ke],c=t[0][Ye],ne==2?(o=Ke,c=Ye):o==c&&(ne==3?[o,c]=rl(o,o,M.log,!1):ne==4?[o,c]=uo(o,o,M.log,!1):M.time?c=o+Ge(86400/F):[o,c]=ll(o,c,mo,!0))):(Ke=Wa[0]=o=null,Ye=Wa[1]=c=null)),rn(L,o,c)}let Ba,Bn,vl,yl,wl,kl,xl,Sl,Cl,ft;function No(o,c,p,g,b,v){o??(o=xs),p??(p=fo),g??(g="butt"),b??(b=xs),v??(v="round"),o!=Ba&&(f.strokeStyle=Ba=o),b!=Bn&&(f.fillStyle=Bn=b),c!=vl&&(f.lineWidth=vl=c),v!=wl&&(f.lineJoin=wl=v),g!=kl&&(f.lineCap=kl=g),p!=yl&&f.setLineDash(yl=p)}function zo(o,c,p,g){c!=Bn&&(f.fillStyle=Bn=c),o!=xl&&(f.font=xl=o),p!=Sl&&(f.textAlign=Sl=p),g!=Cl&&(f.textBaseline=Cl=g)}function Tl(o,c,p,g,b=0){if(g.length>0&&o.auto(n,$a)&&(c==null||c.min==null)){let v=ge(Ke,0),x=ge(Ye,g.length-1),A=p.min==null?_c(g,v,x,b,o.distr==3):[p.min,p.max];o.min=Ot(o.min,p.min=A[0]),o.max=mt(o.max,p.max=A[1])}}let Fo={min:null,max:null};function Di(){for(let g in C){let b=C[g];V[g]==null&&(b.min==null||V[L]!=null&&b.auto(n,$a))&&(V[g]=Fo)}for(let g in C){let b=C[g];V[g]==null&&b.from!=null&&V[b.from]!=null&&(V[g]=Fo)}V[L]!=null&&Hn(!0);let o={};for(let g in V){let b=V[g];if(b!=null){let v=o[g]=ia(C[g],zc);if(b.min!=null)We(v,b);else if(g!=L||l==2)if(et==0&&v.from==null){let x=v.range(n,null,null,g);v.min=x[0],v.max=x[1]}else v.min=xe,v.max=-xe}}if(et>0){k.forEach((g,b)=>{if(l==1){let v=g.scale,x=V[v];if(x==null)return;let A=o[v];if(b==0){let D=A.range(n,A.min,A.max,v);A.min=D[0],A.max=D[1],Ke=Ft(A.min,t[0]),Ye=Ft(A.max,t[0]),Ye-Ke>1&&(t[0][Ke]<A.min&&Ke++,t[0][Ye]>A.max&&Ye--),g.min=Rt[Ke],g.max=Rt[Ye]}else g.show&&g.auto&&Tl(A,x,g,t[b],g.sorted);g.idxs[0]=Ke,g.idxs[1]=Ye}else if(b>0&&g.show&&g.auto){let[v,x]=g.facets,A=v.scale,D=x.scale,[R,I]=t[b],z=o[A],X=o[D];z!=null&&Tl(z,V[A],v,R,v.sorted),X!=null&&Tl(X,V[D],x,I,x.sorted),g.min=x.min,g.max=x.max}});for(let g in o){let b=o[g],v=V[g];if(b.from==null&&(v==null||v.min==null)){let x=b.range(n,b.min==xe?null:b.min,b.max==-xe?null:b.max,g);b.min=x[0],b.max=x[1]}}}for(let g in o){let b=o[g];if(b.from!=null){let v=o[b.from];if(v.min==null)b.min=b.max=null;else{let x=b.range(n,v.min,v.max,g);b.min=x[0],b.max=x[1]}}}let c={},p=!1;for(let g in o){let b=o[g],v=C[g];if(v.min!=b.min||v.max!=b.max){v.min=b.min,v.max=b.max;let x=v.distr;v._min=x==3?tn(v.min):x==4?Kl(v.min,v.asinh):x==100?v.fwd(v.min):v.min,v._max=x==3?tn(v.max):x==4?Kl(v.max,v.asinh):x==100?v.fwd(v.max):v.max,c[g]=p=!0}}if(p){k.forEach((g,b)=>{l==2?b>0&&c.y&&(g._paths=null):c[g.scale]&&(g._paths=null)});for(let g in c)Fn=!0,Je("setScale",g);ot&&B.left>=0&&(yn=Ct=!0)}for(let g in V)V[g]=null}function Pi(o){let c=to(Ke-1,0,et-1),p=to(Ye+1,0,et-1);for(;o[c]==null&&c>0;)c--;for(;o[p]==null&&p<et-1;)p++;return[c,p]}function Ei(){if(et>0){let o=k.some(c=>c._focus)&&ft!=Ht.alpha;o&&(f.globalAlpha=ft=Ht.alpha),k.forEach((c,p)=>{if(p>0&&c.show&&(Oo(p,!1),Oo(p,!0),c._paths==null)){let g=ft;ft!=c.alpha&&(f.globalAlpha=ft=c.alpha);let b=l==2?[0,t[p][0].length-1]:Pi(t[p]);c._paths=c.paths(n,p,b[0],b[1]),ft!=g&&(f.globalAlpha=ft=g)}}),k.forEach((c,p)=>{if(p>0&&c.show){let g=ft;ft!=c.alpha&&(f.globalAlpha=ft=c.alpha),c._paths!=null&&Vo(p,!1);{let b=c._paths!=null?c._paths.gaps:null,v=c.points.show(n,p,Ke,Ye,b),x=c.points.filter(n,p,v,b);(v||x)&&(c.points._paths=c.points.paths(n,p,Ke,Ye,x),Vo(p,!0))}ft!=g&&(f.globalAlpha=ft=g),Je("drawSeries",p)}}),o&&(f.globalAlpha=ft=1)}}function Oo(o,c){let p=c?k[o].points:k[o];p._stroke=p.stroke(n,o),p._fill=p.fill(n,o)}function Vo(o,c){let p=c?k[o].points:k[o],{stroke:g,fill:b,clip:v,flags:x,_stroke:A=p._stroke,_fill:D=p._fill,_width:R=p.width}=p._paths;R=Se(R*$e,3);let I=null,z=R%2/2;c&&D==null&&(D=R>0?"#fff":A);let X=p.pxAlign==1&&z>0;if(X&&f.translate(z,z),!c){let he=ht-R/2,fe=St-R/2,de=pt+R,j=Lt+R;I=new Path2D,I.rect(he,fe,de,j)}c?Al(A,R,p.dash,p.cap,D,g,b,x,v):Mi(o,A,R,p.dash,p.cap,D,g,b,x,I,v),X&&f.translate(-z,-z)}function Mi(o,c,p,g,b,v,x,A,D,R,I){let z=!1;D!=0&&O.forEach((X,he)=>{if(X.series[0]==o){let fe=k[X.series[1]],de=t[X.series[1]],j=(fe._paths||Ra).band;pn(j)&&(j=X.dir==1?j[0]:j[1]);let H,_e=null;fe.show&&j&&Pc(de,Ke,Ye)?(_e=X.fill(n,he)||v,H=fe._paths.clip):j=null,Al(c,p,g,b,_e,x,A,D,R,I,H,j),z=!0}}),z||Al(c,p,g,b,v,x,A,D,R,I)}let Uo=ca|lo;function Al(o,c,p,g,b,v,x,A,D,R,I,z){No(o,c,p,g,b),(D||R||z)&&(f.save(),D&&f.clip(D),R&&f.clip(R)),z?(A&Uo)==Uo?(f.clip(z),I&&f.clip(I),Ga(b,x),Ha(o,v,c)):A&lo?(Ga(b,x),f.clip(z),Ha(o,v,c)):A&ca&&(f.save(),f.clip(z),I&&f.clip(I),Ga(b,x),f.restore(),Ha(o,v,c)):(Ga(b,x),Ha(o,v,c)),(D||R||z)&&f.restore()}function Ha(o,c,p){p>0&&(c instanceof Map?c.forEach((g,b)=>{f.strokeStyle=Ba=b,f.stroke(g)}):c!=null&&o&&f.stroke(c))}function Ga(o,c){c instanceof Map?c.forEach((p,g)=>{f.fillStyle=Bn=g,f.fill(p)}):c!=null&&o&&f.fill(c)}function Li(o,c,p,g){let b=_[o],v;if(g<=0)v=[0,0];else{let x=b._space=b.space(n,o,c,p,g),A=b._incrs=b.incrs(n,o,c,p,g,x);v=Jd(c,p,A,g,x)}return b._found=v}function _l(o,c,p,g,b,v,x,A,D,R){let I=x%2/2;T==1&&f.translate(I,I),No(A,x,D,R,A),f.beginPath();let z,X,he,fe,de=b+(g==0||g==3?-v:v);p==0?(X=b,fe=de):(z=b,he=de);for(let j=0;j<o.length;j++)c[j]!=null&&(p==0?z=he=o[j]:X=fe=o[j],f.moveTo(z,X),f.lineTo(he,fe));f.stroke(),T==1&&f.translate(-I,-I)}function Ri(o){let c=!0;return _.forEach((p,g)=>{if(!p.show)return;let b=C[p.scale];if(b.min==null){p._show&&(c=!1,p._show=!1,Hn(!1));return}else p._show||(c=!1,p._show=!0,Hn(!1));let v=p.side,x=v%2,{min:A,max:D}=b,[R,I]=Li(g,A,D,x==0?le:N);if(I==0)return;let z=b.distr==2,X=p._splits=p.splits(n,g,A,D,R,I,z),he=b.distr==2?X.map(H=>Rt[H]):X,fe=b.distr==2?Rt[X[1]]-Rt[X[0]]:R,de=p._values=p.values(n,p.filter(n,he,g,I,fe),g,I,fe);p._rotate=v==2?p.rotate(n,de,g,I):0;let j=p._size;p._size=Et(p.size(n,de,g,o)),j!=null&&p._size!=j&&(c=!1)}),c}function Ii(o){let c=!0;return Ro.forEach((p,g)=>{let b=p(n,g,kn,o);b!=on[g]&&(c=!1),on[g]=b}),c}function Ni(){for(let o=0;o<_.length;o++){let c=_[o];if(!c.show||!c._show)continue;let p=c.side,g=p%2,b,v,x=c.stroke(n,o),A=p==0||p==3?-1:1,[D,R]=c._found;if(c.label!=null){let it=c.labelGap*A,vt=Ge((c._lpos+it)*$e);zo(c.labelFont[0],x,"center",p==2?"top":ks),f.save(),g==1?(b=v=0,f.translate(vt,Ge(St+Lt/2)),f.rotate((p==3?-nl:nl)/2)):(b=Ge(ht+pt/2),v=vt);let Cn=ur(c.label)?c.label(n,o,D,R):c.label;f.fillText(Cn,b,v),f.restore()}if(R==0)continue;let I=C[c.scale],z=g==0?pt:Lt,X=g==0?ht:St,he=c._splits,fe=I.distr==2?he.map(it=>Rt[it]):he,de=I.distr==2?Rt[he[1]]-Rt[he[0]]:D,j=c.ticks,H=c.border,_e=j.show?j.size:0,Ie=Ge(_e*$e),Qe=Ge((c.alignTo==2?c._size-_e-c.gap:c.gap)*$e),ke=c._rotate*-nl/180,Ne=E(c._pos*$e),$t=(Ie+Qe)*A,rt=Ne+$t;v=g==0?rt:0,b=g==1?rt:0;let At=c.font[0],It=c.align==1?aa:c.align==2?Hl:ke>0?aa:ke<0?Hl:g==0?"center":p==3?Hl:aa,Kt=ke||g==1?"middle":p==2?"top":ks;zo(At,x,It,Kt);let bt=c.font[1]*c.lineGap,_t=he.map(it=>E(d(it,I,z,X))),Nt=c._values;for(let it=0;it<Nt.length;it++){let vt=Nt[it];if(vt!=null){g==0?b=_t[it]:v=_t[it],vt=""+vt;let Cn=vt.indexOf(`
`)==-1?[vt]:vt.split(/\n/gm);for(let ct=0;ct<Cn.length;ct++){let ss=Cn[ct];ke?(f.save(),f.translate(b,v+ct*bt),f.rotate(ke),f.fillText(ss,0,0),f.restore()):f.fillText(ss,b,v+ct*bt)}}}j.show&&_l(_t,j.filter(n,fe,o,R,de),g,p,Ne,Ie,Se(j.width*$e,3),j.stroke(n,o),j.dash,j.cap);let Yt=c.grid;Yt.show&&_l(_t,Yt.filter(n,fe,o,R,de),g,g==0?2:1,g==0?St:ht,g==0?Lt:pt,Se(Yt.width*$e,3),Yt.stroke(n,o),Yt.dash,Yt.cap),H.show&&_l([Ne],[1],g==0?1:0,g==0?1:2,g==1?St:ht,g==1?Lt:pt,Se(H.width*$e,3),H.stroke(n,o),H.dash,H.cap)}Je("drawAxes")}function Hn(o){k.forEach((c,p)=>{p>0&&(c._paths=null,o&&(l==1?(c.min=null,c.max=null):c.facets.forEach(g=>{g.min=null,g.max=null})))})}let ja=!1,Dl=!1,ba=[];function zi(){Dl=!1;for(let o=0;o<ba.length;o++)Je(...ba[o]);ba.length=0}function Gn(){ja||(Hc(Wo),ja=!0)}function Fi(o,c=!1){ja=!0,Dl=c,o(n),Wo(),c&&ba.length>0&&queueMicrotask(zi)}n.batch=Fi;function Wo(){if(hl&&(Di(),hl=!1),Fn&&(ki(),Fn=!1),Va){if(De(w,aa,Ce),De(w,"top",He),De(w,Pa,le),De(w,Ea,N),De(y,aa,Ce),De(y,"top",He),De(y,Pa,le),De(y,Ea,N),De(h,Pa,Xt),De(h,Ea,$n),$.width=Ge(Xt*$e),$.height=Ge($n*$e),_.forEach(({_el:o,_show:c,_size:p,_pos:g,side:b})=>{if(o!=null)if(c){let v=b===3||b===0?p:0,x=b%2==1;De(o,x?"left":"top",g-v),De(o,x?"width":"height",p),De(o,x?"top":"left",x?He:Ce),De(o,x?"height":"width",x?N:le),Xl(o,_n)}else yt(o,_n)}),Ba=Bn=vl=wl=kl=xl=Sl=Cl=yl=null,ft=1,wa(!0),Ce!=zn||He!=bn||le!=Bt||N!=vn){Hn(!1);let o=le/Bt,c=N/vn;if(ot&&!yn&&B.left>=0){B.left*=o,B.top*=c,jn&&Jt(jn,Ge(B.left),0,le,N),Kn&&Jt(Kn,0,Ge(B.top),le,N);for(let p=0;p<Tt.length;p++){let g=Tt[p];g!=null&&(Un[p]*=o,Wn[p]*=c,Jt(g,Et(Un[p]),Et(Wn[p]),le,N))}}if(Ae.show&&!Ua&&Ae.left>=0&&Ae.width>0){Ae.left*=o,Ae.width*=o,Ae.top*=c,Ae.height*=c;for(let p in Il)De(Zn,p,Ae[p])}zn=Ce,bn=He,Bt=le,vn=N}Je("setSize"),Va=!1}Xt>0&&$n>0&&(f.clearRect(0,0,$.width,$.height),Je("drawClear"),q.forEach(o=>o()),Je("draw")),Ae.show&&Ua&&(Ka(Ae),Ua=!1),ot&&yn&&(Sn(null,!0,!1),yn=!1),ie.show&&ie.live&&Ct&&(Ll(),Ct=!1),i||(i=!0,n.status=1,Je("ready")),$a=!1,ja=!1}n.redraw=(o,c)=>{Fn=c||!1,o!==!1?rn(L,M.min,M.max):Gn()};function Pl(o,c){let p=C[o];if(p.from==null){if(et==0){let g=p.range(n,c.min,c.max,o);c.min=g[0],c.max=g[1]}if(c.min>c.max){let g=c.min;c.min=c.max,c.max=g}if(et>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;o==L&&p.distr==2&&et>0&&(c.min=Ft(c.min,t[0]),c.max=Ft(c.max,t[0]),c.min==c.max&&c.max++),V[o]=c,hl=!0,Gn()}}n.setScale=Pl;let El,Ml,jn,Kn,Bo,Ho,Yn,qn,Go,jo,Te,Ee,sn=!1,tt=B.drag,qe=tt.x,Ze=tt.y;ot&&(B.x&&(El=Pt(fc,y)),B.y&&(Ml=Pt(gc,y)),M.ori==0?(jn=El,Kn=Ml):(jn=Ml,Kn=El),Te=B.left,Ee=B.top);let Ae=n.select=We({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Zn=Ae.show?Pt(pc,Ae.over?y:w):null;function Ka(o,c){if(Ae.show){for(let p in o)Ae[p]=o[p],p in Il&&De(Zn,p,o[p]);c!==!1&&Je("setSelect")}}n.setSelect=Ka;function Oi(o){if(k[o].show)Be&&Xl(Le[o],_n);else if(Be&&yt(Le[o],_n),ot){let p=Vn?Tt[0]:Tt[o];p!=null&&Jt(p,-10,-10,le,N)}}function rn(o,c,p){Pl(o,{min:c,max:p})}function Gt(o,c,p,g){c.focus!=null&&Hi(o),c.show!=null&&k.forEach((b,v)=>{v>0&&(o==v||o==null)&&(b.show=c.show,Oi(v),l==2?(rn(b.facets[0].scale,null,null),rn(b.facets[1].scale,null,null)):rn(b.scale,null,null),Gn())}),p!==!1&&Je("setSeries",o,c),g&&ka("setSeries",n,o,c)}n.setSeries=Gt;function Vi(o,c){We(O[o],c)}function Ui(o,c){o.fill=me(o.fill||null),o.dir=ge(o.dir,-1),c=c??O.length,O.splice(c,0,o)}function Wi(o){o==null?O.length=0:O.splice(o,1)}n.addBand=Ui,n.setBand=Vi,n.delBand=Wi;function Bi(o,c){k[o].alpha=c,ot&&Tt[o]!=null&&(Tt[o].style.opacity=c),Be&&Le[o]&&(Le[o].style.opacity=c)}let en,cn,xn,Jn={focus:!0};function Hi(o){if(o!=xn){let c=o==null,p=Ht.alpha!=1;k.forEach((g,b)=>{if(l==1||b>0){let v=c||b==0||b==o;g._focus=c?null:v,p&&Bi(b,v?1:Ht.alpha)}}),xn=o,p&&Gn()}}Be&&On&&st(Ts,be,o=>{B._lock||(wn(o),xn!=null&&Gt(null,Jn,!0,Ve.setSeries))});function jt(o,c,p){let g=C[c];p&&(o=o/$e-(g.ori==1?He:Ce));let b=le;g.ori==1&&(b=N,o=b-o),g.dir==-1&&(o=b-o);let v=g._min,x=g._max,A=o/b,D=v+(x-v)*A,R=g.distr;return R==3?sa(10,D):R==4?Mc(D,g.asinh):R==100?g.bwd(D):D}function Gi(o,c){let p=jt(o,L,c);return Ft(p,t[0],Ke,Ye)}n.valToIdx=o=>Ft(o,t[0]),n.posToIdx=Gi,n.posToVal=jt,n.valToPos=(o,c,p)=>C[c].ori==0?s(o,C[c],p?pt:le,p?ht:0):r(o,C[c],p?Lt:N,p?St:0),n.setCursor=(o,c,p)=>{Te=o.left,Ee=o.top,Sn(null,c,p)};function Ko(o,c){De(Zn,aa,Ae.left=o),De(Zn,Pa,Ae.width=c)}function Yo(o,c){De(Zn,"top",Ae.top=o),De(Zn,Ea,Ae.height=c)}let va=M.ori==0?Ko:Yo,ya=M.ori==1?Ko:Yo;function ji(){if(Be&&ie.live)for(let o=l==2?1:0;o<k.length;o++){if(o==0&&xt)continue;let c=ie.values[o],p=0;for(let g in c)Wt[o][p++].firstChild.nodeValue=c[g]}}function Ll(o,c){if(o!=null&&(o.idxs?o.idxs.forEach((p,g)=>{we[g]=p}):Nc(o.idx)||we.fill(o.idx),ie.idx=we[0]),Be&&ie.live){for(let p=0;p<k.length;p++)(p>0||l==1&&!xt)&&Ki(p,we[p]);ji()}Ct=!1,c!==!1&&Je("setLegend")}n.setLegend=Ll;function Ki(o,c){let p=k[o],g=o==0&&ne==2?Rt:t[o],b;xt?b=p.values(n,o,c)??ln:(b=p.value(n,c==null?null:g[c],o,c),b=b==null?ln:{_:b}),ie.values[o]=b}function Sn(o,c,p){Go=Te,jo=Ee,[Te,Ee]=B.move(n,Te,Ee),B.left=Te,B.top=Ee,ot&&(jn&&Jt(jn,Ge(Te),0,le,N),Kn&&Jt(Kn,0,Ge(Ee),le,N));let g,b=Ke>Ye;en=xe,cn=null;let v=M.ori==0?le:N,x=M.ori==1?le:N;if(Te<0||et==0||b){g=B.idx=null;for(let A=0;A<k.length;A++){let D=Tt[A];D!=null&&Jt(D,-10,-10,le,N)}On&&Gt(null,Jn,!0,o==null&&Ve.setSeries),ie.live&&(we.fill(g),Ct=!0)}else{let A,D,R;l==1&&(A=M.ori==0?Te:Ee,D=jt(A,L),g=B.idx=Ft(D,t[0],Ke,Ye),R=W(t[0][g],M,v,0));let I=-10,z=-10,X=0,he=0,fe=!0,de="",j="";for(let H=l==2?1:0;H<k.length;H++){let _e=k[H],Ie=we[H],Qe=Ie==null?null:l==1?t[H][Ie]:t[H][1][Ie],ke=B.dataIdx(n,H,g,D),Ne=ke==null?null:l==1?t[H][ke]:t[H][1][ke];if(Ct=Ct||Ne!=Qe||ke!=Ie,we[H]=ke,H>0&&_e.show){let $t=ke==null?-10:ke==g?R:W(l==1?t[0][ke]:t[H][0][ke],M,v,0),rt=Ne==null?-10:Z(Ne,l==1?C[_e.scale]:C[_e.facets[1].scale],x,0);if(On&&Ne!=null){let At=M.ori==1?Te:Ee,It=je(Ht.dist(n,H,ke,rt,At));if(It<en){let Kt=Ht.bias;if(Kt!=0){let bt=jt(At,_e.scale),_t=Ne>=0?1:-1,Nt=bt>=0?1:-1;Nt==_t&&(Nt==1?Kt==1?Ne>=bt:Ne<=bt:Kt==1?Ne<=bt:Ne>=bt)&&(en=It,cn=H)}else en=It,cn=H}}if(Ct||Vn){let At,It;M.ori==0?(At=$t,It=rt):(At=rt,It=$t);let Kt,bt,_t,Nt,Yt,it,vt=!0,Cn=nt.bbox;if(Cn!=null){vt=!1;let ct=Cn(n,H);_t=ct.left,Nt=ct.top,Kt=ct.width,bt=ct.height}else _t=At,Nt=It,Kt=bt=nt.size(n,H);if(it=nt.fill(n,H),Yt=nt.stroke(n,H),Vn)H==cn&&en<=Ht.prox&&(I=_t,z=Nt,X=Kt,he=bt,fe=vt,de=it,j=Yt);else{let ct=Tt[H];ct!=null&&(Un[H]=_t,Wn[H]=Nt,Ls(ct,Kt,bt,vt),Es(ct,it,Yt),Jt(ct,Et(_t),Et(Nt),le,N))}}}}if(Vn){let H=Ht.prox,_e=xn==null?en<=H:en>H||cn!=xn;if(Ct||_e){let Ie=Tt[0];Ie!=null&&(Un[0]=I,Wn[0]=z,Ls(Ie,X,he,fe),Es(Ie,de,j),Jt(Ie,Et(I),Et(z),le,N))}}}if(Ae.show&&sn)if(o!=null){let[A,D]=Ve.scales,[R,I]=Ve.match,[z,X]=o.cursor.sync.scales,he=o.cursor.drag;if(qe=he._x,Ze=he._y,qe||Ze){let{left:fe,top:de,width:j,height:H}=o.select,_e=o.scales[z].ori,Ie=o.posToVal,Qe,ke,Ne,$t,rt,At=A!=null&&R(A,z),It=D!=null&&I(D,X);At&&qe?(_e==0?(Qe=fe,ke=j):(Qe=de,ke=H),Ne=C[A],$t=W(Ie(Qe,z),Ne,v,0),rt=W(Ie(Qe+ke,z),Ne,v,0),va(Ot($t,rt),je(rt-$t))):va(0,v),It&&Ze?(_e==1?(Qe=fe,ke=j):(Qe=de,ke=H),Ne=C[D],$t=Z(Ie(Qe,X),Ne,x,0),rt=Z(Ie(Qe+ke,X),Ne,x,0),ya(Ot($t,rt),je(rt-$t))):ya(0,x)}else Nl()}else{let A=je(Go-Bo),D=je(jo-Ho);if(M.ori==1){let X=A;A=D,D=X}qe=tt.x&&A>=tt.dist,Ze=tt.y&&D>=tt.dist;let R=tt.uni;R!=null?qe&&Ze&&(qe=A>=R,Ze=D>=R,!qe&&!Ze&&(D>A?Ze=!0:qe=!0)):tt.x&&tt.y&&(qe||Ze)&&(qe=Ze=!0);let I,z;qe&&(M.ori==0?(I=Yn,z=Te):(I=qn,z=Ee),va(Ot(I,z),je(z-I)),Ze||ya(0,x)),Ze&&(M.ori==1?(I=Yn,z=Te):(I=qn,z=Ee),ya(Ot(I,z),je(z-I)),qe||va(0,v)),!qe&&!Ze&&(va(0,0),ya(0,0))}if(tt._x=qe,tt._y=Ze,o==null){if(p){if(os!=null){let[A,D]=Ve.scales;Ve.values[0]=A!=null?jt(M.ori==0?Te:Ee,A):null,Ve.values[1]=D!=null?jt(M.ori==1?Te:Ee,D):null}ka(Gl,n,Te,Ee,le,N,g)}if(On){let A=p&&Ve.setSeries,D=Ht.prox;xn==null?en<=D&&Gt(cn,Jn,!0,A):en>D?Gt(null,Jn,!0,A):cn!=xn&&Gt(cn,Jn,!0,A)}}Ct&&(ie.idx=g,Ll()),c!==!1&&Je("setCursor")}let dn=null;Object.defineProperty(n,"rect",{get(){return dn==null&&wa(!1),dn}});function wa(o=!1){o?dn=null:(dn=y.getBoundingClientRect(),Je("syncRect",dn))}function qo(o,c,p,g,b,v,x){B._lock||sn&&o!=null&&o.movementX==0&&o.movementY==0||(Rl(o,c,p,g,b,v,x,!1,o!=null),o!=null?Sn(null,!0,!0):Sn(c,!0,!1))}function Rl(o,c,p,g,b,v,x,A,D){if(dn==null&&wa(!1),wn(o),o!=null)p=o.clientX-dn.left,g=o.clientY-dn.top;else{if(p<0||g<0){Te=-10,Ee=-10;return}let[R,I]=Ve.scales,z=c.cursor.sync,[X,he]=z.values,[fe,de]=z.scales,[j,H]=Ve.match,_e=c.axes[0].side%2==1,Ie=M.ori==0?le:N,Qe=M.ori==1?le:N,ke=_e?v:b,Ne=_e?b:v,$t=_e?g:p,rt=_e?p:g;if(fe!=null?p=j(R,fe)?d(X,C[R],Ie,0):-10:p=Ie*($t/ke),de!=null?g=H(I,de)?d(he,C[I],Qe,0):-10:g=Qe*(rt/Ne),M.ori==1){let At=p;p=g,g=At}}D&&(c==null||c.cursor.event.type==Gl)&&((p<=1||p>=le-1)&&(p=Tn(p,le)),(g<=1||g>=N-1)&&(g=Tn(g,N))),A?(Bo=p,Ho=g,[Yn,qn]=B.move(n,p,g)):(Te=p,Ee=g)}let Il={width:0,height:0,left:0,top:0};function Nl(){Ka(Il,!1)}let Zo,Jo,Qo,Xo;function es(o,c,p,g,b,v,x){sn=!0,qe=Ze=tt._x=tt._y=!1,Rl(o,c,p,g,b,v,x,!0,!1),o!=null&&(st(jl,Jl,ts,!1),ka(Ss,n,Yn,qn,le,N,null));let{left:A,top:D,width:R,height:I}=Ae;Zo=A,Jo=D,Qo=R,Xo=I}function ts(o,c,p,g,b,v,x){sn=tt._x=tt._y=!1,Rl(o,c,p,g,b,v,x,!1,!0);let{left:A,top:D,width:R,height:I}=Ae,z=R>0||I>0,X=Zo!=A||Jo!=D||Qo!=R||Xo!=I;if(z&&X&&Ka(Ae),tt.setScale&&z&&X){let he=A,fe=R,de=D,j=I;if(M.ori==1&&(he=D,fe=I,de=A,j=R),qe&&rn(L,jt(he,L),jt(he+fe,L)),Ze)for(let H in C){let _e=C[H];H!=L&&_e.from==null&&_e.min!=xe&&rn(H,jt(de+j,H),jt(de,H))}Nl()}else B.lock&&(B._lock=!B._lock,Sn(c,!0,o!=null));o!=null&&(Nn(jl,Jl),ka(jl,n,Te,Ee,le,N,null))}function Yi(o,c,p,g,b,v,x){if(B._lock)return;wn(o);let A=sn;if(sn){let D=!0,R=!0,I=10,z,X;M.ori==0?(z=qe,X=Ze):(z=Ze,X=qe),z&&X&&(D=Te<=I||Te>=le-I,R=Ee<=I||Ee>=N-I),z&&D&&(Te=Te<Yn?0:le),X&&R&&(Ee=Ee<qn?0:N),Sn(null,!0,!0),sn=!1}Te=-10,Ee=-10,we.fill(null),Sn(null,!0,!0),A&&(sn=A)}function ns(o,c,p,g,b,v,x){B._lock||(wn(o),bl(),Nl(),o!=null&&ka(As,n,Te,Ee,le,N,null))}function as(){_.forEach(Qd),$l(n.width,n.height,!0)}Dn(al,oa,as);let Qn={};Qn.mousedown=es,Qn.mousemove=qo,Qn.mouseup=ts,Qn.dblclick=ns,Qn.setSeries=(o,c,p,g)=>{let b=Ve.match[2];p=b(n,c,p),p!=-1&&Gt(p,g,!0,!1)},ot&&(st(Ss,y,es),st(Gl,y,qo),st(Cs,y,o=>{wn(o),wa(!1)}),st(Ts,y,Yi),st(As,y,ns),oo.add(n),n.syncRect=wa);let Ya=n.hooks=e.hooks||{};function Je(o,c,p){Dl?ba.push([o,c,p]):o in Ya&&Ya[o].forEach(g=>{g.call(null,n,c,p)})}(e.plugins||[]).forEach(o=>{for(let c in o.hooks)Ya[c]=(Ya[c]||[]).concat(o.hooks[c])});let ls=(o,c,p)=>p,Ve=We({key:null,setSeries:!1,filters:{pub:Fs,sub:Fs},scales:[L,k[1]?k[1].scale:null],match:[Os,Os,ls],values:[null,null]},B.sync);Ve.match.length==2&&Ve.match.push(ls),B.sync=Ve;let os=Ve.key,zl=Ir(os);function ka(o,c,p,g,b,v,x){Ve.filters.pub(o,c,p,g,b,v,x)&&zl.pub(o,c,p,g,b,v,x)}zl.sub(n);function qi(o,c,p,g,b,v,x){Ve.filters.sub(o,c,p,g,b,v,x)&&Qn[o](null,c,p,g,b,v,x)}n.pub=qi;function Zi(){zl.unsub(n),oo.delete(n),hn.clear(),eo(al,oa,as),m.remove(),be?.remove(),Je("destroy")}n.destroy=Zi;function Fl(){Je("init",e,t),Io(t||e.data,!1),V[L]?Pl(L,V[L]):bl(),Ua=Ae.show&&(Ae.width>0||Ae.height>0),yn=Ct=!0,$l(e.width,e.height)}return k.forEach(Lo),_.forEach(_i),a?a instanceof HTMLElement?(a.appendChild(m),Fl()):a(n,Fl):Fl(),n}Xe.assign=We;Xe.fmtNum=po;Xe.rangeNum=ll;Xe.rangeLog=rl;Xe.rangeAsinh=uo;Xe.orient=En;Xe.pxRatio=$e;Xe.join=Bc;Xe.fmtDate=go,Xe.tzDate=ed;Xe.sync=Ir;{Xe.addGap=Nd,Xe.clipGaps=dl;let e=Xe.paths={points:Ur};e.linear=Br,e.stepped=Od,e.bars=Vd,e.spline=Wd}function gn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Xd(e,t){let a=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return a?`rgba(${parseInt(a[1],16)}, ${parseInt(a[2],16)}, ${parseInt(a[3],16)}, ${t})`:e}function eu(e,t,a,n){return Xe.paths.bars({size:[.7,60]})(e,t,a,n)}function tu(e,t){return{hooks:{draw:[a=>{if(!e.length)return;let{ctx:n}=a,l=a.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let s of e){let r=Math.round(a.valToPos(s.t,"x",!0));r<a.bbox.left||r>a.bbox.left+a.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(r,l),n.lineTo(r,l+a.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(r,l+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function nu(){let e=window.matchMedia?.("(prefers-color-scheme: dark)"),[t,a]=S(!!e?.matches);return at(()=>{if(!e)return;let n=l=>a(l.matches);return e.addEventListener("change",n),()=>e.removeEventListener("change",n)},[]),t}function au(e,t){let a=Math.max(2,Math.floor(t/90)),n=Math.max(1,Math.ceil(e.length/a));return e.filter((l,s)=>s%n===0)}function Kr({rows:e,notes:t,currency:a,interval:n,timeZone:l}){let s=xa(null),r=xa(null),d=nu();return at(()=>{let i=s.current;if(!i)return;let m=e.map(k=>new Date(k.timestamp).getTime()/1e3),$=e.map(k=>k.visitors??0),f=e.map(k=>k.revenue??0),h=m.length>1?m[1]-m[0]:3600,w=(t||[]).map(k=>{let _=new Date(k.timestamp).getTime()/1e3,C=-1;for(let O=0;O<m.length;O++)m[O]<=_&&(C=O);return C>=0&&_<m[C]+h?{t:m[C],text:k.text}:null}).filter(Boolean),y=k=>{let _=new Date(k*1e3),C=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...C,timeZone:l}).format(_)}catch{return _.toLocaleString()}},T={width:i.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1,range:(k,_,C)=>[_-h/2,C+h/2]},v:{range:(k,_,C)=>[0,Math.max(4,C*1.1)]},r:{range:(k,_,C)=>[0,Math.max(1,C*1.1)]}},axes:[{stroke:gn("--muted"),grid:{show:!1},ticks:{show:!1},splits:k=>au(m,k.bbox.width/devicePixelRatio),values:(k,_)=>_.map(y)},{scale:"v",stroke:gn("--muted"),grid:{stroke:gn("--border"),width:1},ticks:{show:!1},values:(k,_)=>_.map(C=>Re(C))},{scale:"r",side:1,stroke:gn("--muted"),grid:{show:!1},ticks:{show:!1},values:(k,_)=>_.map(C=>Dt(C,a))}],series:[{},{label:"Visitors",scale:"v",stroke:gn("--visitors"),fill:Xd(gn("--visitors"),.45),paths:eu,points:{show:!1}},{label:"Revenue",scale:"r",stroke:gn("--revenue"),width:2,points:{show:!1}}],plugins:[tu(w,gn("--accent"))],hooks:{setCursor:[k=>{let _=k.cursor.idx,C=r.current;if(!C)return;if(_==null){C.textContent="";return}let O=w.filter(L=>L.t===m[_]).map(L=>` \xB7 \u270E ${L.text}`).join("");C.textContent=`${y(m[_])}: ${Re($[_])} visitors, ${Dt(f[_],a)} revenue${O}`}]}},E=new Xe(T,[m,$,f],i),F=new ResizeObserver(()=>E.setSize({width:i.clientWidth,height:260}));return F.observe(i),()=>{F.disconnect(),E.destroy()}},[e,t,a,n,l,d]),u`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${r} aria-live="off"></span>
    </div>
    <div class="chart" ref=${s} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&u`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(i=>u`<li key=${i.id}>✎ ${new Date(i.timestamp).toLocaleDateString(void 0,{timeZone:l})}: ${i.text}</li>`)}
    </ul>`}
  </div>`}function xo(e){let[t,a]=S(null);return at(()=>{import("/assets/map-EVIVH4IP.js").then(n=>a(()=>n.WorldMap))},[]),t?u`<${t} ...${e} />`:u`<div class="map-placeholder" aria-hidden="true"></div>`}function pa(e){return!e||e.length!==2?"":u`<span class="cc" title=${e.toUpperCase()}>${e.toUpperCase()}</span>`}function lu(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var Mn=new Set(["Unknown",""]);function ou(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function su(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var ko={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:Mn.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:ou(e.campaign||{}),filter:su(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=lu(e.image);return{label:e.country,icon:t,filter:Mn.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:Mn.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:Mn.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:Mn.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:Mn.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:Mn.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:(e,t)=>({label:t?.get(e.goal)?.displayName||e.goal,title:e.goal,dot:t?.get(e.goal)?.color,filter:["goal",e.goal]})}},qr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Yr=10,Zr=()=>new Promise(()=>{});function ru(e,t){let a=xa(!1);at(()=>{!a.current&&(e.data!==void 0||e.error)&&!e.loading&&(a.current=!0,t?.())},[e.data,e.error,e.loading])}function Jr({panel:e,websiteId:t,scope:a,currency:n,onFilter:l,active:s=!0,onAnswered:r,goalLooks:d}){let[i,m]=S(e.tabs[0]),[$,f]=S(!1),h=ko[i],w=$?100:Yr,y=ae(()=>s?P.getFull(`/api/v1/analytics/${h.path}`,{websiteId:t,...a,limit:w}):Zr(),[i,t,JSON.stringify(a),w,s]);ru(y,r);let T=y.data?.data||[],E=y.data?.pagination?.total??T.length,F=Math.max(1,...T.map(_=>_.visitors||0)),k=e.tabs.length>1?u`<${cs} label=${e.title} tabs=${e.tabs.map(_=>[_,ko[_].label])} active=${i} onChange=${_=>{m(_),f(!1)}} />`:u`<h2>${ko[i].label}</h2>`;return u`<section class="card panel" data-panel=${e.id} data-tab=${i} aria-label=${e.title}>
    <div class="panel-head">${k}</div>
    ${e.map&&i==="countries"&&T.length>0&&u`<${xo} rows=${T} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${h.goals?"Completions":h.clicks?"Clicks":""}</span><span>Visitors</span>${!h.goals&&!h.clicks?u`<span>Revenue</span>`:u`<span></span>`}
    </div>
    ${y.error&&u`<${ee} error=${y.error} />`}
    ${y.loading&&!y.data?u`<${oe} />`:T.length===0?u`<p class="muted empty">No data for this period</p>`:u`<ol class="rows" data-loading=${y.loading?"true":"false"}>
      ${T.map((_,C)=>{let O=h.row(_,d),L=`${Math.max(2,Math.round((_.visitors||0)/F*100))}%`,K=u`<span class="row-label" title=${O.title||O.label}>${O.icon&&u`<span class="flag" aria-hidden="true">${pa(O.icon)} </span>`}${O.dot&&u`<span class="goal-dot" style=${{background:O.dot}} aria-hidden="true"></span>`}${O.label}</span>`,q=u`<span class="num">${h.goals?Re(_.completions):h.clicks?Re(_.clicks):""}</span>
          <span class="num" data-visitors=${_.visitors}>${Re(_.visitors)}</span>
          <span class="num rev">${h.goals||h.clicks?"":Dt(_.revenue,n)}</span>`;return u`<li key=${C} class="row">
          <span class="row-bar" style=${{width:L}} aria-hidden="true"></span>
          ${O.filter?u`<button type="button" class="row-main" data-filter=${O.filter[0]} data-value=${O.filter[1]} onClick=${()=>l(O.filter[0],O.filter[1])} aria-label=${`Filter by ${O.label}`}>${K}</button>`:u`<span class="row-main">${K}</span>`}
          ${q}
        </li>`})}
    </ol>`}
    ${E>Yr&&u`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>f(!$)}>${$?"Show fewer":`Show all ${Re(Math.min(E,100))}${E>100?"+":""}`}</button>`}
  </section>`}function Qr({websiteId:e,scope:t,shared:a,active:n=!0}){let l=ae(()=>n?a?Promise.resolve([]):P.get(`/api/v1/admin/websites/${e}/funnels`):Zr(),[e,a,n]),s=(l.data||[]).filter(f=>f.isActive!==!1),[r,d]=S(null),i=r||s[0]?._id,m=ae(()=>i?P.get(`/api/v1/analytics/funnels/${i}`,{websiteId:e,...t}):Promise.resolve(null),[i,e,JSON.stringify(t)]),$=m.data?.[0];return u`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${s.length>1&&u`<select class="input input-small" aria-label="Funnel" value=${i} onChange=${f=>d(f.currentTarget.value)}>
        ${s.map(f=>u`<option value=${f._id} selected=${f._id===i}>${f.name}</option>`)}
      </select>`}
    </div>
    ${l.error&&u`<${ee} error=${l.error} />`}
    ${!l.loading&&s.length===0&&u`<p class="muted empty">${a?"No funnels shared.":u`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${m.error&&u`<${ee} error=${m.error} />`}
    ${$&&u`<ol class="funnel">
        ${$.steps.map((f,h)=>u`<li key=${h} class="funnel-step">
            <div class="funnel-label"><strong>${h+1}. ${f.name||f.url||f.goalName}</strong>
              <span class="num">${Re(f.visitors)} · ${un(f.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,f.conversionRate)}%`}}></span></div>
            ${h>0&&f.dropOff>0&&u`<div class="funnel-drop small">↘ ${Re(f.dropOff)} dropped off (${un(f.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${Re($.completed)} of ${Re($.visitors)} (${un($.conversionRate)})</p>`}
  </section>`}var Co={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function cu(e){let t={};for(let a of Object.keys(Co)){let n=e.get(`filter_${a}`);n&&(t[`filter_${a}`]=n)}return t}function du(e,t){let a=new URLSearchParams(e);for(let[l,s]of Object.entries(t))s==null||s===""?a.delete(l):a.set(l,s);let n=a.toString();return n?`?${n}`:""}function uu(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Ln({id:e,label:t,value:a,raw:n,delta:l,lowerIsBetter:s}){let r=null;if(l!=null&&Number.isFinite(l)){let d=s?l<0:l>0,i=Math.abs(l)<.05?"flat":d?"up":"down";r=u`<span class=${`kpi-change ${i}`} title="Change against the previous period">${l>0?"\u2191":l<0?"\u2193":"\u2192"} ${un(Math.abs(l))}</span>`}return u`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${a}</div>
    <div class="kpi-foot">${r}</div>
  </div>`}function mu({now:e,before:t,realtime:a,currency:n,comparable:l}){let s=r=>l?uu(e?.[r],t?.[r]):null;return u`<div class="kpis" aria-label="Key figures">
    <${Ln} id="visitors" label="Visitors" raw=${e.visitors} value=${Re(e.visitors)} delta=${s("visitors")} />
    <${Ln} id="revenue" label="Revenue" raw=${e.revenue} value=${Dt(e.revenue,n)} delta=${s("revenue")} />
    <${Ln} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${un(e.conversion_rate)} delta=${s("conversion_rate")} />
    <${Ln} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Dt(e.revenue_per_visitor,n)} delta=${s("revenue_per_visitor")} />
    <${Ln} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${un(e.bounce_rate)} delta=${s("bounce_rate")} lowerIsBetter=${!0} />
    <${Ln} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${is(e.avg_session_duration)} delta=${s("avg_session_duration")} />
    <${Ln} id="realtime" label="Visitors now" raw=${a??""} value=${u`<span class="live-dot" aria-hidden="true"></span>${a===null?"\u2013":Re(a)}`} />
  </div>`}function pu({period:e,query:t,go:a,timeZone:n}){let[l,s]=S(e.preset==="custom"),r=Bl(n),[d,i]=S(t.get("from")||e.startAt?.slice(0,10)||r),[m,$]=S(t.get("to")||e.endAt?.slice(0,10)||r);return u`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${dt}
        name="period"
        value=${l?"custom":e.preset}
        options=${Wl}
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
      <${Y} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}var So=2;function To({params:e,query:t,navigate:a,site:n,shared:l=!1}){let s=e.websiteId,r=ae(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):P.get("/api/v1/analytics/metadata",{websiteId:s}),[s,n?.timezone,n?.currency]);if(r.error){let d=l&&[401,403,404].includes(r.error.code);return u`<${ee}>${d?"This dashboard is not public. Log in to see it.":r.error.message}<//>${d?u`<p><a href=${`/login?next=/sites/${s}`}>Log in</a></p>`:""}`}return r.data?u`<${fu} websiteId=${s} query=${t} navigate=${a} info=${r.data[0]} shared=${l} />`:u`<${oe} />`}function fu({websiteId:e,query:t,navigate:a,info:n,shared:l}){let s=n.timezone||"UTC",r=n.currency||"USD",d=l?`/share/${e}`:`/sites/${e}`,i=J=>a(d+du(t,J)),m=_a({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},s),$=vs(m),f=$.some(([J])=>J===t.get("interval"))?t.get("interval"):$.some(([J])=>J===m.interval)?m.interval:$[0][0],h=cu(t),w={startAt:m.startAt,endAt:m.endAt},y={...w,...h},T=JSON.stringify(y),E=ae(()=>P.get("/api/v1/analytics/overview",{websiteId:e,...y}),[e,T]),F=m.startAt?w:{startAt:m.chartStartAt,endAt:m.chartEndAt},k=ae(()=>P.getFull("/api/v1/analytics/timeseries",{websiteId:e,...h,...F,interval:f,fields:"visitors,revenue",limit:1e3}),[e,T,f,F.startAt]),_=J=>J.data!==void 0||!!J.error,C=_(E)&&_(k),[O,L]=S(0),K=C&&O>=So,q=!!m.prevStartAt,re=ae(()=>q?K?P.get("/api/v1/analytics/overview",{websiteId:e,...h,startAt:m.prevStartAt,endAt:m.prevEndAt}):new Promise(()=>{}):Promise.resolve(null),[e,T,m.prevStartAt,K]),Q=ae(()=>l?Promise.resolve(null):K?P.getFull(`/api/v1/admin/websites/${e}/goals/customizations`).catch(()=>null):new Promise(()=>{}),[e,l,K]),M=new Map((Q.data?.data||[]).map(J=>[J.goalName,J])),ne=ae(()=>l?Promise.resolve([]):P.get(`/api/v1/admin/websites/${e}/notes`,{...F,limit:100,order:"asc"}).catch(()=>[]),[e,F.startAt,F.endAt]),[W,Z]=S(null);ea(async()=>Z((await P.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let V=k.data?.data||[];if(!m.startAt){let J=V.findIndex(ue=>(ue.visitors||0)>0||(ue.revenue||0)>0);V=J>0?V.slice(J):V}let ce=(J,ue)=>i({[`filter_${J}`]:ue}),U=Object.entries(h);return u`<div class="dash" data-loading=${E.loading||k.loading?"true":"false"}>
    <div class="toolbar">
      <${pu} key=${m.preset} period=${m} query=${t} go=${i} timeZone=${s} />
      <span class="muted small tz" title="Days follow the website's time zone">${s}</span>
      ${l&&u`<span class="badge">Read-only</span>`}
    </div>
    ${U.length>0&&u`<div class="chips" aria-label="Filters">
      ${U.map(([J,ue])=>u`<span class="chip" data-chip=${J}>
          <span>${Co[J.slice(7)]||J.slice(7)}: <strong>${ue.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${Co[J.slice(7)]} filter`} onClick=${()=>i({[J]:null})}>✕</button>
        </span>`)}
      ${U.length>1&&u`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>i(Object.fromEntries(U.map(([J])=>[J,null])))}>Clear all</button>`}
    </div>`}
    ${E.error&&u`<${ee} error=${E.error} />`}
    ${E.data?u`<${mu} now=${E.data[0]} before=${re.data?.[0]} realtime=${W} currency=${r} comparable=${q} />`:!E.error&&u`<div class="kpis kpis-loading"><${oe} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${$.length>1&&u`<div class="seg" role="group" aria-label="Interval">
          ${$.map(([J,ue])=>u`<button type="button" class=${`seg-btn ${J===f?"active":""}`} aria-pressed=${J===f} onClick=${()=>i({interval:J})}>${ue}</button>`)}
        </div>`}
      </div>
      ${k.error&&u`<${ee} error=${k.error} />`}
      ${k.data?u`<${Kr} rows=${V} notes=${ne.data||[]} currency=${r} interval=${f} timeZone=${s} />`:!k.error&&u`<div class="chart-placeholder"><${oe} /></div>`}
    </section>
    ${(E.data||E.error)&&u`<div class="panels">
      ${qr.map((J,ue)=>u`<${Jr}
            key=${J.id}
            panel=${J}
            websiteId=${e}
            scope=${y}
            currency=${r}
            onFilter=${ce}
            active=${ue<So?C:K}
            goalLooks=${M}
            onAnswered=${ue<So?()=>L(pe=>pe+1):void 0}
          />`)}
      <${Qr} websiteId=${e} scope=${y} shared=${l} active=${K} />
    </div>`}
  </div>`}var gu=5e3,Xr={pageview:"view",goal:"goal",payment:"paid",payment_received:"paid",external_link:"out",identify:"id"};function ei({kind:e}){return u`<span class=${`tag tag-${Xr[e]||"other"}`}>${Xr[e]||e}</span>`}function ti({params:e}){let t=e.websiteId,[a,n]=S(null),[l,s]=S(null);ea(async()=>{try{n(await P.get("/api/v1/analytics/realtime/map",{websiteId:t})),s(null)}catch(i){s(i)}},gu,[t]);let r=a?.visitors||[],d=r.filter(i=>typeof i.latitude=="number"&&typeof i.longitude=="number").map(i=>({latitude:i.latitude,longitude:i.longitude,label:`${i.location?.city||i.location?.countryCode||"Visitor"} \xB7 ${i.currentUrl||""}`}));return u`<div class="stack">
    <${ee} error=${l} />
    <div class="live-grid">
      <${te} title=${u`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${a?a.count:"\u2026"}</span>`}>
        <${xo} points=${d} />
        ${r.length===0?u`<p class="muted empty">Nobody right now.</p>`:u`<ul class="feed" aria-label="Visitors now">
              ${r.map(i=>u`<li key=${i.visitorId}>
                  <span aria-hidden="true">${pa(i.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${i.visitorId}`}>${i.currentUrl||"/"} <span class="muted small">${[i.system?.browser?.name,i.system?.os?.name,i.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${i.sessionStartTime?Xn(i.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${te} title="Live events">
          ${(a?.recentEvents||[]).length===0?u`<p class="muted empty">No events in the last 10 minutes.</p>`:u`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${a.recentEvents.map(i=>u`<li key=${i._id}>
                    <${ei} kind=${i.type} />
                    <span class="what">${i.type==="pageview"?i.path:`${i.type}${i.extraData?.name?`: ${i.extraData.name}`:""} on ${i.path||"/"}`}</span>
                    <span class="muted small">${Xn(i.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${te} title="Recent payments">
          ${(a?.recentPayments||[]).length===0?u`<p class="muted empty">No payment in the last 10 minutes.</p>`:u`<ul class="feed" aria-label="Recent payments">
                ${a.recentPayments.map(i=>u`<li key=${i._id}>
                    <${ei} kind="payment" />
                    <span class="what"><strong class="rev">${Dt(i.amount,i.currency)}</strong> ${i.name||i.email||""}${i.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Xn(i.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var Ao=50,hu=1800*1e3;function ni({params:e,query:t,navigate:a,site:n}){let l=e.websiteId,[s,r]=S(t.get("page")||""),d=t.get("customers")==="1",i=t.get("goal")||"",m=Number(t.get("offset")||0),$=y=>{let T=new URLSearchParams(t);for(let[F,k]of Object.entries(y))k?T.set(F,k):T.delete(F);let E=T.toString();a(`/sites/${l}/visitors${E?`?${E}`:""}`)},f=ae(()=>P.get("/api/v1/analytics/goals",{websiteId:l,limit:100}),[l]),h=ae(()=>P.getFull("/api/v1/visitors",{websiteId:l,limit:Ao,offset:m,visitedPageContains:t.get("page")||void 0,isCustomer:d&&!i?"true":void 0,completedGoal:i||void 0}),[l,t.toString()]),w=h.data?.data||[];return u`<${te} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${y=>{y.preventDefault(),$({page:s.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${s} onInput=${y=>r(y.currentTarget.value)}
      /></label>
      <${Y} type="submit" class="btn-small">Search<//>
      <${Ue} label="Customers only" name="customers" checked=${d} disabled=${!!i} onChange=${y=>$({customers:y?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${y=>$({goal:y.currentTarget.value,offset:null})}>
          <option value="" selected=${!i}>Any</option>
          ${(f.data||[]).map(y=>u`<option value=${y.goal} selected=${y.goal===i}>${y.goal}</option>`)}
        </select>
      </label>
    </form>
    ${h.error&&u`<${ee} error=${h.error} />`}
    ${h.loading&&!h.data?u`<${oe} />`:w.length===0?u`<p class="muted empty">No visitor matches.</p>`:u`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${w.map(y=>u`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${l}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${y.identity?.country?u`${pa(y.identity.country)||y.identity.country} ${y.identity.city||""}`:"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${ze(y.lastSeenAt,n?.timezone)}>${Xn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${m>0&&u`<${Y} class="btn-small" onClick=${()=>$({offset:String(Math.max(0,m-Ao))||null})}>← Newer<//>`}
      ${h.data?.pagination?.hasMore&&u`<${Y} class="btn-small" onClick=${()=>$({offset:String(m+Ao)})}>Older →<//>`}
    </div>
  <//>`}function $u(e){let t=[...(e.activity?.visitedPages||[]).map(l=>({kind:"page",at:l.timestamp,text:l.url})),...(e.activity?.completedGoals||[]).filter(l=>l.origin!=="payment_provider").map(l=>({kind:"goal",at:l.timestamp,text:l.name})),...(e.payments||[]).map(l=>({kind:"payment",at:l.timestamp,text:`${Dt(l.amount,l.currency)} ${l.type!=="new"?`(${l.type})`:""}`}))].sort((l,s)=>new Date(l.at)-new Date(s.at)),a=[],n=-1/0;for(let l of t){let s=new Date(l.at).getTime();(a.length===0||l.kind==="page"&&s-n>hu)&&a.push({start:l.at,items:[]}),a[a.length-1].items.push(l),l.kind==="page"&&(n=s)}return a}function ai({params:e,site:t}){let{websiteId:a,visitorId:n}=e,l=ae(()=>P.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:a}),[n]);if(l.loading)return u`<${oe} />`;if(l.error)return u`<${ee} error=${l.error} /><p><a href=${`/sites/${a}/visitors`}>All visitors</a></p>`;let s=l.data,r=s.identity||{},d=t?.timezone,i=s.profile?.metadata?.name||s.profile?.metadata?.email||s.profile?.userId,m=$=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:d}).format(new Date($))}catch{return $}};return u`<div class="stack">
    <p><a href=${`/sites/${a}/visitors`}>← All visitors</a></p>
    <${te} title=${u`${pa(r.countryCode)} ${i||`Visitor ${n.slice(0,8)}`} ${s.isCustomer?u`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[r.city,r.region,r.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[r.browser?.name,r.os?.name,r.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${Re(s.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${Re(s.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${ze(s.activity?.firstVisitAt,d)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(r.params||{}).filter(([,$])=>$).map(([$,f])=>`${$}=${f}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${te} title="Journey">
      <ol class="journey">
        ${$u(s).map(($,f)=>u`<li key=${$.start} class="journey-session">
              <h3>Visit ${f+1} · ${ze($.start,d)}</h3>
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
  </div>`}function li({params:e,navigate:t,onAuth:a}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,l=ae(()=>P.get(n),[e.token]),[s,r]=S(""),[d,i]=S("");return u`<main class="auth" id="main"><div class="auth-card"><${te} title="Join a website">${(()=>{if(l.loading)return u`<${oe} />`;if(l.error)return u`<${ee} error=${l.error} /><p><a href="/login">Log in</a></p>`;let $=l.data?.[0]||{},f=$.domain||"a website",h=Oe.user&&Oe.user.email===$.email,w=async()=>{Ca(),await Za(),a?.(),t(`/sites/${$.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Oe.user&&!h?u`<p>This invitation is for <strong>${$.email}</strong>, and you are logged in as ${Oe.user.email}. Log out, then open this link again.</p>`:!Oe.user&&$.accountExists?u`<p>You are invited to <strong>${f}</strong> as <strong>${$.role}</strong>. An account with ${$.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:u`<p>You are invited to <strong>${f}</strong>${$.role?u` as <strong>${$.role}</strong>`:""}${$.email?u` (${$.email})`:""}.</p>
      ${h?u`<${ve} submitLabel="Accept the invitation" onSubmit=${async()=>{await P.post(`${n}/accept`,{}),await w()}} />`:u`<${ve}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await P.post(`${n}/accept`,{name:s.trim(),password:d}),await P.post("/api/auth/login",{email:$.email,password:d}),await w()}}
          >
            <${G} label="Your name"><${se} name="name" required value=${s} onInput=${r} /><//>
            <${G} label="Choose a password" hint="At least 8 characters"
              ><${se} type="password" name="password" autocomplete="new-password" minlength="8" required value=${d} onInput=${i}
            /><//>
          <//>
`}`})()}<//></div></main>`}function fa(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Vt(e){return(e||[]).join(`
`)}function Na({title:e,secret:t,what:a,onClose:n}){return u`<${lt}
    title=${e}
    onClose=${n}
    footer=${u`<${Y} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${a} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${qt} text=${t} label="Copy" />
    </div>
  <//>`}function an({title:e,message:t,confirmLabel:a="Delete",danger:n=!0,run:l,onClose:s}){let[r,d]=S(!1),[i,m]=S(null);return u`<${lt}
    title=${e}
    onClose=${s}
    footer=${u`
      <${Y} onClick=${s}>Cancel<//>
      <${Y}
        kind=${n?"danger-solid":"primary"}
        disabled=${r}
        onClick=${async()=>{d(!0),m(null);try{await l(),s()}catch($){m($),d(!1)}}}
        >${r?"Working\u2026":a}<//
      >
    `}
  >
    <p>${t}</p>
    <${ee} error=${i} />
  <//>`}function Ut({label:e="Delete",what:t,title:a,message:n,url:l,done:s,onDone:r,openDialog:d,closeDialog:i}){return u`<${Y}
    class="btn-small btn-danger"
    aria-label=${`${e} ${t}`}
    onClick=${()=>d(u`<${an}
        title=${a}
        message=${n}
        confirmLabel=${e}
        run=${async()=>{await P.del(l),Me(s),r()}}
        onClose=${i}
      />`)}
    >${e}<//
  >`}function Fe({children:e}){return u`<p class="muted section-intro">${e}</p>`}function fl({title:e,hint:t,children:a}){return u`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${a}
    ${t&&u`<div class="field-hint">${t}</div>`}
  </div>`}var _o=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],bu=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function vu(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function oi({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,a=ae(()=>P.get(t),[e]);if(a.loading&&!a.data)return u`<${oe} />`;if(a.error)return u`<${ee} error=${a.error} />`;let n=a.data[0],l=async(s,r)=>{let d=(await P.put(t,s))[0];return fs(e,{name:d.name,domain:d.domain,timezone:d.timezone,currency:d.currency}),Me(r),d};return u`
    <${yu} initial=${n} save=${l} />
    <${wu} initial=${n} save=${l} websiteId=${e} />
    <${ku} initial=${n} save=${l} />
    <${xu} initial=${n} save=${l} />
    <${Su} initial=${n} save=${l} />
    <${Cu} initial=${n} save=${l} />
  `}function yu({initial:e,save:t}){let[a,n]=S(e.name||""),[l,s]=S(e.domain||""),[r,d]=S(e.timezone||"UTC"),[i,m]=S(e.currency||"USD"),$=_o.includes(i)?_o:[i,..._o];return u`<${te} title="Website">
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
        <${G} label="Time zone"><${dt} name="timezone" value=${r} onChange=${d} options=${vu(r)} /><//>
        <${G} label="Currency" hint="Revenue is reported in this currency"
          ><${dt} name="currency" value=${i} onChange=${m} options=${$}
        /><//>
      </div>
    <//>
  <//>`}function wu({initial:e,save:t,websiteId:a}){let[n,l]=S(!!e.isPublicDashboardEnabled),[s,r]=S(!!e.isPublicDataEnabled),[d,i]=S(!!e.isPublicDashboardEnabled),m=`${window.location.origin}/share/${a}`;return u`<${te} title="Public dashboard">
    <${Fe}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${ve}
      onSubmit=${async()=>{let $=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:s},n?"The dashboard is public":"The dashboard is private");i(!!$.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${Ue} name="isPublicDashboardEnabled" checked=${n} onChange=${l} label="Share a read-only public dashboard" />
        <${Ue} name="isPublicDataEnabled" checked=${s} onChange=${r} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${d&&u`<div class="share-link" data-share-link>
        <${fl} title="Share link"><${qt} text=${m} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function ku({initial:e,save:t}){let[a,n]=S(!!e.isCookieless),[l,s]=S(!!e.isAllHostnamesAllowed),[r,d]=S(Vt(e.allowedHostnames)),[i,m]=S(!!e.isAttackModeEnabled);return u`<${te} title="Tracking">
    <${ve}
      onSubmit=${async()=>{let $=await t({isCookieless:a,isAllHostnamesAllowed:l,allowedHostnames:fa(r),isAttackModeEnabled:i},"Tracking settings saved");d(Vt($.allowedHostnames))}}
    >
      <div class="toggles">
        <${Ue} name="isCookieless" checked=${a} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${Ue} name="isAttackModeEnabled" checked=${i} onChange=${m} label="Attack mode (stricter bot filtering)" />
        <${Ue} name="isAllHostnamesAllowed" checked=${l} onChange=${s} label="Accept events from any hostname" />
      </div>
      <${G} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${l} value=${r} onInput=${$=>d($.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function xu({initial:e,save:t}){let[a,n]=S(Vt(e.excludedIps)),[l,s]=S(Vt(e.excludedPaths)),[r,d]=S(Vt(e.excludedCountries)),[i,m]=S(Vt(e.excludedHostnames)),$=(f,h,w)=>u`<textarea class="input" name=${f} value=${h} onInput=${y=>w(y.currentTarget.value)}></textarea>`;return u`<${te} title="Exclusions">
    <${Fe}>Events matching any of these are not recorded. One value per line.<//>
    <${ve}
      onSubmit=${async()=>{let f=await t({excludedIps:fa(a),excludedPaths:fa(l),excludedCountries:fa(r).map(h=>h.toUpperCase()),excludedHostnames:fa(i)},"Exclusions saved");n(Vt(f.excludedIps)),s(Vt(f.excludedPaths)),d(Vt(f.excludedCountries)),m(Vt(f.excludedHostnames))}}
    >
      <div class="grid-2">
        <${G} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${$("excludedIps",a,n)}<//>
        <${G} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${$("excludedPaths",l,s)}<//>
      </div>
      <div class="grid-2">
        <${G} label="Countries" hint="Two-letter codes, e.g. US, FR">${$("excludedCountries",r,d)}<//>
        <${G} label="Hostnames" hint="e.g. staging.example.com">${$("excludedHostnames",i,m)}<//>
      </div>
    <//>
  <//>`}function Su({initial:e,save:t}){let[a,n]=S(e.revenueMetric||"revenue"),[l,s]=S(!!e.includeRenewalRevenue),[r,d]=S(e.kpi||""),[i,m]=S(e.kpiColorScheme||"orange");return u`<${te} title="Revenue and KPI">
    <${ve}
      onSubmit=${async()=>{await t({revenueMetric:a,includeRenewalRevenue:l,kpi:r.trim()||null,kpiColorScheme:i},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${G} label="Revenue metric"
          ><${dt} name="revenueMetric" value=${a} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${G} label="KPI color"><${dt} name="kpiColorScheme" value=${i} onChange=${m} options=${bu} /><//>
      </div>
      <${G} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${se} name="kpi" value=${r} onInput=${d}
      /><//>
      <${Ue} name="includeRenewalRevenue" checked=${l} onChange=${s} label="Count renewals in revenue totals" />
    <//>
  <//>`}function Cu({initial:e,save:t}){let[a,n]=S(!!e.sendWeeklyReports),[l,s]=S(!!e.sendViralTrafficAlerts);return u`<${te} title="Emails">
    <${Fe}>Sent to the website owner's email address.<//>
    <${ve} onSubmit=${()=>t({sendWeeklyReports:a,sendViralTrafficAlerts:l},"Email settings saved")}>
      <div class="toggles">
        <${Ue} name="sendWeeklyReports" checked=${a} onChange=${n} label="Weekly report every Monday" />
        <${Ue} name="sendViralTrafficAlerts" checked=${l} onChange=${s} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var si=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function ri({websiteId:e,site:t}){return u`
    <${Tu} websiteId=${e} site=${t} />
    <${Pu} websiteId=${e} site=${t} />
  `}function ii(e){return e?ze(e):u`<span class="muted">Never</span>`}function Tu({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/apikeys`,n=ae(()=>P.get(a),[e]),[l,s]=S(null),r=()=>s(null),d=(i,m)=>{n.reload(),s(u`<${Na} title=${i} secret=${m[0].key} what="website key" onClose=${r} />`)};return u`<${te}
    title="Website keys"
    class="website-keys"
    actions=${u`<${Y} kind="primary" onClick=${()=>s(u`<${Au} path=${a} onClose=${r} onCreated=${i=>d("Website key created",i)} />`)}>New website key<//>`}
  >
    <${Fe}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&u`<${ee} error=${n.error} />`}
    ${n.loading&&!n.data?u`<${oe} />`:u`<${ut}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(i=>({...i,key:i._id}))}
          columns=${[{key:"name",label:"Name",render:i=>i.name||u`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:i=>u`<code class="mono" data-masked-key>${i.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:i=>ii(i.lastUsedAt)},{key:"createdAt",label:"Created",render:i=>ze(i.createdAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:i=>u`<div class="row-actions">
                <${Y}
                  class="btn-small"
                  aria-label=${`Roll ${i.name||i.displayKey}`}
                  onClick=${()=>s(u`<${an}
                      title="Roll this key?"
                      message=${`${i.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let m=await P.put(`${a}/${i._id}`);setTimeout(()=>d("Website key rolled",m))}}
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
  <//>`}function Au({path:e,onClose:t,onCreated:a}){let[n,l]=S("");return u`<${lt} title="New website key" onClose=${t}>
    <${ve}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let s=await P.post(e,n.trim()?{name:n.trim()}:{});t(),a(s)}}
    >
      <${G} label="Name" hint="Where the key is used, e.g. Production server"
        ><${se} name="keyName" value=${n} onInput=${l} maxlength="100"
      /><//>
    <//>
  <//>`}function _u(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=ps()||[];return e.websiteIds.map(a=>t.find(n=>n._id===a)?.domain||a).join(", ")}function Du(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function Pu({websiteId:e,site:t}){let a="/api/v1/admin/access-tokens",n=ae(()=>P.get(a),[]),[l,s]=S(null),r=()=>s(null);return u`<${te}
    title="Account tokens"
    class="account-tokens"
    actions=${u`<${Y}
      kind="primary"
      onClick=${()=>s(u`<${Eu}
          websiteId=${e}
          site=${t}
          onClose=${r}
          onCreated=${d=>{n.reload(),s(u`<${Na} title="Account token created" secret=${d[0].key} what="token" onClose=${r} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${Fe}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&u`<${ee} error=${n.error} />`}
    ${n.loading&&!n.data?u`<${oe} />`:u`<${ut}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(d=>({...d,key:d._id}))}
          columns=${[{key:"name",label:"Name",render:d=>d.name||u`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:d=>u`<code class="mono" data-masked-key>${d.displayKey}</code>`},{key:"permissions",label:"Permissions",render:d=>u`<span class="small">${Du(d)}</span>`},{key:"websiteIds",label:"Websites",render:d=>u`<span class="small">${_u(d)}</span>`},{key:"lastUsedAt",label:"Last used",render:d=>ii(d.lastUsedAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:d=>u`<div class="row-actions">
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
  <//>`}function Eu({websiteId:e,site:t,onClose:a,onCreated:n}){let[l,s]=S(""),[r,d]=S(!1),[i,m]=S(["analytics:read","websites:read"]),[$,f]=S(!0),h=(w,y)=>m(T=>y?[...T.filter(E=>E!==w),w]:T.filter(E=>E!==w));return u`<${lt} title="New account token" onClose=${a}>
    <${ve}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let w={permissions:r?["*"]:si.map(([T])=>T).filter(T=>i.includes(T)),websiteIds:$?[e]:[]};l.trim()&&(w.name=l.trim());let y=await P.post("/api/v1/admin/access-tokens",w);a(),n(y)}}
    >
      <${G} label="Name" hint="e.g. Reporting script"><${se} name="tokenName" value=${l} onInput=${s} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${Ue} name="perm-all" checked=${r} onChange=${d} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${r}>
          ${si.map(([w,y])=>u`<${Ue} key=${w} name=${`perm-${w}`} value=${w} checked=${i.includes(w)} onChange=${T=>h(w,T)} label=${u`<span class="perm">${y}<code>${w}</code></span>`} />`)}
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
  <//>`}function Mu(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function ci({websiteId:e,role:t}){let a=`/api/v1/admin/websites/${e}/team`,n=ae(()=>Promise.all([P.get(a),P.get(`${a}/invitations`)]),[e]),[l,s]=S(null),r=()=>s(null),d=t==="owner",[i,m]=n.data||[[],[]],$=(f,h,w,y)=>s(u`<${an}
      title=${f}
      message=${h}
      confirmLabel="Remove"
      run=${async()=>{await P.del(a,w),Me(y),n.reload()}}
      onClose=${r}
    />`);return u`
    ${d&&u`<${Lu} path=${a} onInvited=${f=>{n.reload(),s(u`<${Ru} invitation=${f[0]} onClose=${r} />`)}} />`}
    <${te} title="Members" class="team-members">
      ${!d&&u`<${Fe}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&u`<${ee} error=${n.error} />`}
      ${n.loading&&!n.data?u`<${oe} />`:u`<${ut}
            caption="Members"
            rows=${i.map(f=>({...f,key:f.userId}))}
            columns=${[{key:"name",label:"Name",render:f=>u`${f.name||f.email}${f.email===Oe.user?.email?u` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>u`<span class="badge">${f.role}</span>`},{key:"joinedAt",label:"Joined",render:f=>ze(f.joinedAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:f=>d&&f.role!=="owner"?u`<div class="row-actions"><${Y}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${f.email}`}
                        onClick=${()=>$("Remove this person?",`${f.email} loses access to this website at once, with their tokens and keys for it.`,{userId:f.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${te} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?u`<${oe} />`:u`<${ut}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${m.map(f=>({...f,key:f.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>u`<span class="badge">${f.role}</span>`},{key:"createdAt",label:"Invited",render:f=>ze(f.createdAt)},{key:"expiresAt",label:"Expires",render:f=>ze(f.expiresAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:f=>d?u`<div class="row-actions"><${Y}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${f.email}`}
                        onClick=${()=>$("Revoke this invitation?",`The link sent to ${f.email} stops working.`,{invitationId:f.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${l}
  `}function Lu({path:e,onInvited:t}){let[a,n]=S(""),[l,s]=S("viewer");return u`<${te} title="Invite someone">
    <${Fe}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${ve}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let r=await P.post(e,{email:a.trim(),role:l});n(""),t(r)}}
    >
      <div class="grid-2">
        <${G} label="Email"><${se} type="email" name="inviteEmail" required value=${a} onInput=${n} autocomplete="off" /><//>
        <${G} label="Role"><${dt} name="inviteRole" value=${l} onChange=${s} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Ru({invitation:e,onClose:t}){let a=Mu(e.inviteUrl);return u`<${lt} title="Invitation created" onClose=${t} footer=${u`<${Y} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${ze(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${qt} text=${a} label="Copy link" /></div>
  <//>`}function di({status:e}){return u`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function ui({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,a=ae(()=>P.get(t),[e]),n=ae(()=>P.getFull(`${t}/history`,{limit:50}),[e]),[l,s]=S(null),r=()=>s(null),d=()=>{r(),a.reload(),n.reload()},i=m=>s(u`<${Iu} path=${t} alert=${m} onClose=${r} onSaved=${d} />`);return u`
    <${te} title="Goal alerts" class="alerts" actions=${u`<${Y} kind="primary" onClick=${()=>i(null)}>New alert<//>`}>
      <${Fe}>An email to the website owner each time a visitor completes the goal.<//>
      ${a.error&&u`<${ee} error=${a.error} />`}
      ${a.loading&&!a.data?u`<${oe} />`:u`<${ut}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(a.data||[]).map(m=>({...m,key:m._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:m=>u`<code>${m.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:m=>u`<span class="badge">${m.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:m=>m.recentLogs?.[0]?u`<${di} status=${m.recentLogs[0].status} /> ${ze(m.recentLogs[0].triggeredAt)}`:u`<span class="muted">Never</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:m=>u`<div class="row-actions">
                  <${Y} class="btn-small" aria-label=${`Edit ${m.name}`} onClick=${()=>i(m)}>Edit<//>
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
    <${te} title="Delivery history" class="alert-history" actions=${u`<${Y} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&u`<${ee} error=${n.error} />`}
      ${n.data&&u`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?u`<${oe} />`:u`<${ut}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:m=>ze(m.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:m=>u`<code>${m.goalName}</code>`},{key:"status",label:"Status",render:m=>u`<${di} status=${m.status} />${m.error?u` <span class="small muted">${m.error}</span>`:""}`}]}
          />`}
    <//>
    ${l}
  `}function Iu({path:e,alert:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[r,d]=S(t?.trigger?.goalName||""),[i,m]=S(t?.template?.subject||""),[$,f]=S(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[h,w]=S(t?t.isEnabled:!0);return u`<${lt} title=${t?"Edit alert":"New alert"} onClose=${a}>
    <${ve}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:l.trim(),trigger:{type:"goal",goalName:r.trim()},destination:{type:"email"},template:{subject:i.trim()||null,message:$.trim()},isEnabled:h};t?await P.put(`${e}/${t._id}`,y):await P.post(e,y),Me(t?"Alert saved":"Alert created"),n()}}
    >
      <${G} label="Name"><${se} name="alertName" required value=${l} onInput=${s} maxlength="100" /><//>
      <${G} label="Goal" hint="The goal name your site sends, e.g. signup"><${se} name="alertGoal" required value=${r} onInput=${d} /><//>
      <${G} label="Subject" hint="Empty: the standard subject"><${se} name="alertSubject" value=${i} onInput=${m} maxlength="200" /><//>
      <${G} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${$} onInput=${y=>f(y.currentTarget.value)}></textarea>
      <//>
      <${Ue} name="alertEnabled" checked=${h} onChange=${w} label="Enabled" />
    <//>
  <//>`}var Nu=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function mi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,a=ae(()=>P.get(t),[e]);if(a.loading&&!a.data)return u`<${oe} />`;if(a.error)return u`<${ee} error=${a.error} />`;let n=a.data[0];return u`<div class="provider-grid">
    ${Nu.map(([l,s,r,d])=>u`<${zu} key=${l} path=${`${t}/${l}`} slug=${l} name=${s} fields=${r} webhookHelp=${d} state=${n[l]||{}} reload=${a.reload} />`)}
  </div>`}function zu({path:e,slug:t,name:a,fields:n,webhookHelp:l,state:s,reload:r}){let[d,i]=S({}),[m,$]=S(null),[f,h]=S(!1),w=(T,E)=>i(F=>({...F,[T]:E})),y=!!s.connected;return u`<${te}
    title=${u`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${a}`}
    class=${`provider provider-${t}`}
    actions=${u`<span class=${`badge ${y?"badge-ok":""}`}>${y?"Connected":"Not connected"}</span>`}
  >
    ${y&&u`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${s.displayKey||"\u2014"}</code></dd>
      ${s.storeId&&u`<dt>Store</dt><dd>${s.storeId}</dd>`}
      ${s.orgId&&u`<dt>Organization</dt><dd>${s.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${s.webhookSecretConfigured?u`<code class="mono">${s.displayWebhookSecret}</code>`:u`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${ze(s.connectedAt)}</dd>
      ${t==="paddle"&&s.resyncRequestedAt&&u`<dt>Resync queued</dt><dd>${ze(s.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${fl} title="Webhook URL" hint=${l}><${qt} text=${s.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!f?u`<div class="form-actions">
          <${Y} onClick=${()=>h(!0)}>Replace keys<//>
          ${t==="paddle"&&u`<${Y}
            onClick=${async()=>{try{await P.patch(e),Me("Paddle resync queued"),r()}catch(T){Me(T.message,"error")}}}
            >Resync payments<//
          >`}
          <${Y}
            class="btn-danger"
            onClick=${()=>$(u`<${an}
                title=${`Disconnect ${a}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await P.del(e),Me(`${a} disconnected`),r()}}
                onClose=${()=>$(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:u`<${ve}
          submitLabel=${y?"Save keys":`Connect ${a}`}
          busyLabel="Connecting…"
          extra=${y?u`<${Y} onClick=${()=>h(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let T={};for(let[E]of n)(d[E]||"").trim()&&(T[E]=d[E].trim());(d.webhookSecret||"").trim()&&(T.webhookSecret=d.webhookSecret.trim()),await P.post(e,T),Me(`${a} connected`),i({}),h(!1),r()}}
        >
          ${n.map(([T,E,F,k])=>u`<${G} key=${T} label=${E} hint=${F}
                ><${se} name=${`${t}-${T}`} type=${k?"password":"text"} autocomplete="off" value=${d[T]||""} onInput=${_=>w(T,_)}
              /><//>`)}
          <${G} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${se} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${d.webhookSecret||""} onInput=${T=>w("webhookSecret",T)}
          /><//>
        <//>`}
    ${m}
  <//>`}var Fu=100;function Ou(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function pi({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/notes`,[n,l]=S(""),s=ae(()=>P.getFull(a,{limit:Fu,q:n.trim()||void 0}),[e,n]),[r,d]=S(null),i=()=>d(null),m=h=>d(u`<${Vu}
      path=${a}
      note=${h}
      timeZone=${t?.timezone}
      onClose=${i}
      onSaved=${()=>{i(),s.reload()}}
    />`),$=s.data?.data||[],f=s.data?.pagination?.total??$.length;return u`<${te} title="Notes" class="notes" actions=${u`<${Y} kind="primary" onClick=${()=>m(null)}>New note<//>`}>
    <${Fe}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${se} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${l} /></label>
      ${s.data&&u`<span class="muted small">${f} note${f===1?"":"s"}${f>$.length?`, newest ${$.length} shown`:""}</span>`}
    </div>
    ${s.error&&u`<${ee} error=${s.error} />`}
    ${s.loading&&!s.data?u`<${oe} />`:u`<${ut}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${$.map(h=>({...h,key:h.id}))}
          columns=${[{key:"timestamp",label:"When",render:h=>u`<span style="white-space:nowrap">${ze(h.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:h=>u`<span class="note-text">${h.text}</span>`},{key:"author",label:"By",render:h=>h.author?.name||u`<span class="muted">—</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:h=>u`<div class="row-actions">
                <${Y} class="btn-small" aria-label=${`Edit note ${h.text.slice(0,30)}`} onClick=${()=>m(h)}>Edit<//>
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
  <//>`}function Vu({path:e,note:t,timeZone:a,onClose:n,onSaved:l}){let s=t?Uu(t.timestamp,a):{date:Ou(),time:""},[r,d]=S(t?.text||""),[i,m]=S(s.date),[$,f]=S(s.time);return u`<${lt} title=${t?"Edit note":"New note"} onClose=${n}>
    <${ve}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let h=$?Wu(i,$,a):i,w={text:r.trim(),timestamp:h};t?await P.put(`${e}/${t.id}`,w):await P.post(e,w),Me(t?"Note saved":"Note added"),l()}}
    >
      <${G} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${r} onInput=${h=>d(h.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${G} label="Date"><${se} type="date" name="noteDate" required value=${i} onInput=${m} /><//>
        <${G} label="Time" hint=${`Optional, ${a||"UTC"}`}><${se} type="time" name="noteTime" value=${$} onInput=${f} /><//>
      </div>
    <//>
  <//>`}function fi(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(a.formatToParts(new Date(e)).map(l=>[l.type,l.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Uu(e,t){let a=fi(Date.parse(e),t);return{date:a.date,time:a.time==="00:00"?"":a.time}}function Wu(e,t,a){let n=Date.parse(`${e}T${t}:00Z`),l=n;for(let s=0;s<2;s++){let r=fi(l,a),d=Date.parse(`${r.date}T${r.time}:00Z`);l+=n-d}return new Date(l).toISOString()}function Bu(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function gi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,a=ae(()=>P.get(t),[e]),[n,l]=S(null),s=()=>l(null),r=d=>l(u`<${Hu}
      path=${t}
      funnel=${d}
      onClose=${s}
      onSaved=${()=>{s(),a.reload()}}
    />`);return u`<${te} title="Funnels" class="funnels" actions=${u`<${Y} kind="primary" onClick=${()=>r(null)}>New funnel<//>`}>
    <${Fe}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${a.error&&u`<${ee} error=${a.error} />`}
    ${a.loading&&!a.data?u`<${oe} />`:u`<${ut}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(a.data||[]).map(d=>({...d,key:d._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:d=>u`<span class="small">${d.steps.map(i=>`${i.name} (${Bu(i)})`).join(" \u2192 ")}</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:d=>u`<div class="row-actions">
                <${Y} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>r(d)}>Edit<//>
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
  <//>`}var Do=()=>({name:"",type:"pageview",url:"",goalName:""});function Hu({path:e,funnel:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[r,d]=S(t?t.steps.map(m=>({id:m.id,name:m.name,type:m.type,url:m.url||"",goalName:m.goalName||""})):[Do(),Do()]),i=(m,$)=>d(f=>f.map((h,w)=>w===m?{...h,...$}:h));return u`<${lt} title=${t?"Edit funnel":"New funnel"} onClose=${a}>
    <${ve}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let m={name:l.trim(),steps:r.map($=>{let f={name:$.name.trim(),type:$.type};return $.id&&(f.id=$.id),$.type==="goal"?f.goalName=$.goalName.trim():f.url=$.url.trim(),f})};t?await P.put(`${e}/${t._id}`,m):await P.post(e,m),Me(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${G} label="Funnel name"><${se} name="funnelName" required value=${l} onInput=${s} maxlength="100" /><//>
      ${r.map((m,$)=>u`<fieldset class="group" key=${$}>
          <legend>Step ${$+1}</legend>
          <div class="grid-2">
            <${G} label=${`Step ${$+1} name`}><${se} name=${`stepName${$}`} required value=${m.name} onInput=${f=>i($,{name:f})} /><//>
            <${G} label=${`Step ${$+1} kind`}
              ><${dt} name=${`stepType${$}`} value=${m.type} onChange=${f=>i($,{type:f})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${m.type==="goal"?u`<${G} label=${`Step ${$+1} goal`}><${se} name=${`stepGoal${$}`} required value=${m.goalName} onInput=${f=>i($,{goalName:f})} /><//>`:u`<${G} label=${`Step ${$+1} page`} hint="A path; * matches anything"
                ><${se} name=${`stepUrl${$}`} required placeholder="/pricing" value=${m.url} onInput=${f=>i($,{url:f})}
              /><//>`}
          ${r.length>2&&u`<${Y} class="btn-small btn-danger" onClick=${()=>d(f=>f.filter((h,w)=>w!==$))}>Remove step ${$+1}<//>`}
        </fieldset>`)}
      <div><${Y} class="btn-small" onClick=${()=>d(m=>[...m,Do()])}>Add a step<//></div>
    <//>
  <//>`}function hi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/goals`,a=ae(()=>P.get(t),[e]),n=ae(()=>P.getFull(`${t}/customizations`),[e]),[l,s]=S(null),r=()=>s(null),d=()=>{r(),n.reload()},i=new Map((n.data?.data||[]).map(h=>[h.goalName,h])),m=n.data?.colors||[],$=[...(a.data||[]).map(h=>({name:h.name,total:h.total,visitors:h.uv})),...[...i.keys()].filter(h=>!(a.data||[]).some(w=>w.name===h)).map(h=>({name:h,total:0,visitors:0}))].map(h=>({...h,key:h.name,look:i.get(h.name)})),f=a.error||n.error;return u`<${te} title="Goals" class="goals-settings">
    <${Fe}>How each goal reads on the dashboard. The tracked event keeps its name; only its label, color and description change.<//>
    ${f&&u`<${ee} error=${f} />`}
    ${a.loading&&!a.data||n.loading&&!n.data?u`<${oe} />`:u`<${ut}
          caption="Goals"
          empty="No goal recorded yet. Goals appear here once a visitor completes one."
          rows=${$}
          columns=${[{key:"name",label:"Goal",render:h=>u`<span class="goal-name">
                <span class="goal-dot" style=${h.look?.color?{background:h.look.color}:{}} aria-hidden="true"></span>
                <strong>${h.look?.displayName||h.name}</strong>
                ${h.look?.displayName&&u` <code class="muted small">${h.name}</code>`}
              </span>`},{key:"total",label:"Completions",render:h=>Re(h.total)},{key:"visitors",label:"Visitors",render:h=>Re(h.visitors)},{key:"description",label:"Description",render:h=>h.look?.description||u`<span class="muted">—</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:h=>u`<div class="row-actions">
                <${Y}
                  class="btn-small"
                  aria-label=${`Customize goal ${h.name}`}
                  onClick=${()=>s(u`<${Gu} path=${`${t}/customizations`} goal=${h.name} look=${h.look} palette=${m} onClose=${r} onSaved=${d} />`)}
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
  <//>`}function Gu({path:e,goal:t,look:a,palette:n,onClose:l,onSaved:s}){let[r,d]=S(a?.displayName||""),[i,m]=S(a?.color||""),[$,f]=S(a?.description||"");return u`<${lt} title=${`Customize \u201C${t}\u201D`} onClose=${l}>
    <${ve}
      submitLabel="Save goal"
      onSubmit=${async()=>{await P.patch(e,{goalName:t,displayName:r.trim()||null,color:i||null,description:$.trim()||null}),Me("Goal saved"),s()}}
    >
      <${G} label="Display name" hint="Shown instead of the raw name"><${se} name="goalDisplayName" maxlength="80" value=${r} onInput=${d} /><//>
      <${G} label="Color">
        <${dt}
          name="goalColor"
          value=${i}
          onChange=${m}
          options=${[["","Automatic"],...n.map(h=>[h.color,h.label])]}
        />
      <//>
      <${G} label="Description"><textarea class="input" name="goalDescription" maxlength="300" value=${$} onInput=${h=>f(h.currentTarget.value)}></textarea><//>
    <//>
  <//>`}function $i({websiteId:e,role:t}){if(t!=="owner")return u`<${te} title="AI crawlers">
      <p class="muted">Only the website's owner manages crawler tracking.</p>
    <//>`;let a=`/api/v1/admin/websites/${e}/bot-traffic`,n=ae(()=>P.get(`${a}/settings`),[e]),l=ae(()=>P.get(`${a}/token`),[e]),s=n.data?.[0];return u`<div class="bots">
    ${n.error&&u`<${ee} error=${n.error} />`}
    ${s?u`<${ju} base=${a} data=${s} onSaved=${n.reload} />`:u`<${oe} />`}
    <${Ku} base=${a} status=${l.data?.[0]} error=${l.error} onChanged=${()=>{l.reload(),n.reload()}} />
  </div>`}function ju({base:e,data:t,onSaved:a}){let[n,l]=S(new Set(t.settings.excludedCrawlerIds)),[s,r]=S(t.settings.verifiedOnly),[d,i]=S(!1),[m,$]=S(null),f=(w,y)=>{let T=new Set(n);y?T.delete(w):T.add(w),l(T)},h=async w=>{w.preventDefault(),i(!0),$(null);try{await P.patch(`${e}/settings`,{excludedCrawlerIds:[...n],verifiedOnly:s}),Me("Crawler settings saved"),a()}catch(y){$(y)}i(!1)};return u`<${te} title="AI crawlers" class="crawlers">
    <${Fe}>Hits from these crawlers are kept when your server reports them to <code>${location.origin}/api/bot-traffic</code>. Unchecked crawlers are dropped before anything is stored.<//>
    <form onSubmit=${h}>
      <div class="crawler-companies">
        ${t.companies.map(w=>u`<fieldset class="crawler-company" key=${w.company}>
            <legend>${w.company}</legend>
            ${w.crawlers.map(y=>u`<${Ue}
                key=${y.id}
                name=${`crawler-${y.id}`}
                label=${u`${y.name} <span class="muted small">${y.category.replace("_"," ")}</span>`}
                checked=${!n.has(y.id)}
                onChange=${T=>f(y.id,T)}
              />`)}
          </fieldset>`)}
      </div>
      <div class="checks"><${Ue} name="verifiedOnly" label="Keep only crawlers verified by their IP address" checked=${s} onChange=${r} /></div>
      <${ee} error=${m} />
      <div class="form-actions"><${Y} kind="primary" type="submit" disabled=${d}>${d?"Saving\u2026":"Save crawler settings"}<//></div>
    </form>
  <//>`}function Ku({base:e,status:t,error:a,onChanged:n}){let[l,s]=S(null),r=()=>s(null),d=h=>s(u`<${Na} title="Crawler request token" what="token" secret=${h} onClose=${r} />`),i=async h=>{let w=h==="post"?await P.post(`${e}/token`):await P.put(`${e}/token`);n(),d(w?.[0]?.requestAuthToken)},[m,$]=S(null);at(()=>$(null),[t?.requireAuthToken,t?.hasToken]);let f=async h=>{$(h);try{await P.patch(`${e}/settings`,{requireAuthToken:h}),Me(h?"Reports now need the token":"Reports no longer need the token")}catch(w){$(null),Me(w.message)}n()};return u`<${te} title="Request token" class="bot-token">
    <${Fe}>Servers reporting crawler hits send this token as <code>Authorization: Bearer dfbot_…</code>. Once it is required, reports without it are refused.<//>
    ${a&&u`<${ee} error=${a} />`}
    ${t?t.hasToken?u`<div class="bot-token-status" data-token=${t.displayToken}>
              <span class="muted small">Token (masked), created ${ze(t.createdAt)}</span>
              <code>${t.displayToken}</code>
            </div>
            <div class="checks"><${Ue} name="requireAuthToken" label="Require the token on every report" checked=${m??t.requireAuthToken} onChange=${f} /></div>
            <div class="row-actions">
              <${Y} onClick=${()=>i("put")}>Rotate token<//>
              <${Y}
                class="btn-danger"
                onClick=${()=>s(u`<${an}
                    title="Revoke the token?"
                    message="Reports signed with it are refused at once, and the token is no longer required."
                    confirmLabel="Revoke"
                    run=${async()=>{await P.del(`${e}/token`),Me("Token revoked"),n()}}
                    onClose=${r}
                  />`)}
                >Revoke token<//
              >
            </div>`:u`<p class="muted">No token yet: anyone who knows the website id can report crawler hits.</p>
            <${Y} kind="primary" onClick=${()=>i("post")}>Create token<//>`:u`<${oe} />`}
    ${l}
  <//>`}var Po=[["website","Website",oi],["keys","API keys",ri],["team","Team",ci],["goals","Goals",hi],["funnels","Funnels",gi],["alerts","Alerts",ui],["integrations","Integrations",mi],["notes","Notes",pi],["crawlers","AI crawlers",$i]];function bi({websiteId:e,site:t,section:a,role:n,navigate:l}){if(n!=="owner"&&n!=="member")return u`<${te} title="Settings" class="settings-refused">
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
  </div>`}var Yu=[["/login",gs,"anyone"],["/setup",hs,"anyone"],["/invite/:token",li,"anyone"],["/share/:websiteId",Xu,"anyone"],["/",ys,"member"],["/sites/:websiteId",za(To,"dashboard"),"member"],["/sites/:websiteId/realtime",za(ti,"realtime"),"member"],["/sites/:websiteId/visitors",za(ni,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",za(ai,"visitors"),"member"],["/sites/:websiteId/settings/:section?",za(Qu,"settings"),"member"]];function qu(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[a,n,l]of Yu){let s=a.split("/").filter(Boolean),r={},d=!0;for(let i=0;i<Math.max(s.length,t.length);i++){let m=s[i],$=t[i];if(m===void 0){d=!1;break}if(m.startsWith(":")){let f=m.endsWith("?"),h=m.slice(1).replace(/\?$/,"");if($===void 0){f||(d=!1);break}r[h]=decodeURIComponent($)}else if(m!==$){d=!1;break}}if(d)return{screen:n,params:r,access:l}}return null}function vi(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var gl=new Set;function Fa(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),gl.forEach(a=>a()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>gl.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href,window.location.href);a.origin!==window.location.origin||a.pathname.startsWith("/api/")||a.pathname.startsWith("/js/")||(e.preventDefault(),Fa(a.pathname+a.search))});function Zu(){let[e,t]=S(vi()),[a,n]=S({checked:!1,error:null});if(at(()=>{let d=()=>t(vi());return gl.add(d),()=>gl.delete(d)},[]),at(()=>{let d=window.location.pathname.startsWith("/sites/")?na().catch(()=>null):null;Promise.all([Za(),d]).then(()=>n({checked:!0,error:null}),i=>n({checked:!0,error:i})),P.onUnauthorized=()=>{Oe.user=null,Oe.csrfToken=null;let i=window.location.pathname;!["/login","/setup"].includes(i)&&!i.startsWith("/share/")&&!i.startsWith("/invite/")&&Fa(`/login?next=${encodeURIComponent(i+window.location.search)}`,{replace:!0})}},[]),!a.checked)return u`<${oe} />`;if(a.error)return u`<main class="page"><${ee} error=${a.error} /></main>`;let l=qu(e.path);if(!l)return u`<${yi}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(l.access==="member"&&!Oe.user)return u`<${Ju} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let s=l.screen,r=u`<${s} params=${l.params} query=${e.query} navigate=${Fa} onAuth=${()=>n({checked:!0,error:null})} />`;return l.access==="member"?u`<${yi}>${r}<//>`:r}function Ju({to:e}){return at(()=>Fa(e,{replace:!0}),[e]),null}function yi({children:e}){return u`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Oe.user&&u`<span class="muted who">${Oe.user.name||Oe.user.email}</span>`}
        ${Oe.user&&u`<${Y}
          kind="ghost"
          onClick=${async()=>{await ms(),Fa("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${Ol} />
  </div>`}function za(e,t){return function(n){let{websiteId:l}=n.params,[s,r]=S({site:Ja(l),error:null});if(at(()=>{s.site||na().then(()=>r({site:Ja(l),error:Ja(l)?null:new Error("This website does not exist or is not shared with you")}),$=>r({site:null,error:$}))},[l]),s.error)return u`<main class="page"><${ee} error=${s.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!s.site)return u`<${oe} />`;let d=s.site,i=`/sites/${d._id}`,m=[["dashboard","Dashboard",i],["realtime","Realtime",`${i}/realtime`],["visitors","Visitors",`${i}/visitors`],...d.role==="viewer"?[]:[["settings","Settings",`${i}/settings`]]];return u`<div>
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
    </div>`}}function Qu({params:e,site:t,navigate:a}){return u`<${bi} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${a} />`}function Xu(e){return u`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${To} ...${e} site=${null} shared=${!0} /></main>
    <${Ol} />
  </div>`}rs(u`<${Zu} />`,document.getElementById("app"));export{qu as match,Fa as navigate};
