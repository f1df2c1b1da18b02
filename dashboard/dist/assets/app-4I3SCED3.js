import{A as oe,B as ve,C as is,a as ss,b as S,c as gt,d as ka,f as u,g as Re,h as Pt,i as dn,j as rs,k as Oe,l as Qn,m as ae,n as Xn,o as Y,p as B,q as le,r as dt,s as nt,t as ut,u as at,v as qt,w as Me,x as zl,y as ne,z as de}from"/assets/chunk-5KCA4ZVZ.js";var Ka=class extends Error{constructor(t,a){super(a),this.code=t}},ze={user:null,csrfToken:null};function qi(e,t){let a=new URLSearchParams;for(let[l,s]of Object.entries(t||{}))s==null||s===""||a.set(l,String(s));let n=a.toString();return n?`${e}?${n}`:e}async function ea(e,t,{query:a,body:n}={}){let l={Accept:"application/json"};n!==void 0&&(l["Content-Type"]="application/json"),e!=="GET"&&ze.csrfToken&&(l["X-CSRF-Token"]=ze.csrfToken);let s;try{s=await fetch(qi(t,a),{method:e,headers:l,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)})}catch{throw new Ka(0,"The server cannot be reached")}let i=null;try{i=await s.json()}catch{}if(s.ok&&i&&i.status==="success")return i;if(s.ok&&i&&i.status===void 0)return{status:"success",data:i};let d=i?.error?.message||`${s.status} ${s.statusText||"error"}`;throw s.status===401&&typeof P.onUnauthorized=="function"&&P.onUnauthorized(),new Ka(i?.error?.code||s.status,d)}var P={async get(e,t){return(await ea("GET",e,{query:t})).data},async getFull(e,t){return ea("GET",e,{query:t})},async post(e,t){return(await ea("POST",e,{body:t??{}})).data},async put(e,t){return(await ea("PUT",e,{body:t??{}})).data},async patch(e,t){return(await ea("PATCH",e,{body:t??{}})).data},async del(e,t){return(await ea("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function xa(e){let t=Array.isArray(e)?e[0]:e;return ze.user=t?.user||null,ze.csrfToken=t?.csrfToken||null,ze}async function Ya(){try{return xa(await P.get("/api/auth/session"))}catch(e){if(e.code===401)return xa(null);throw e}}async function cs(e,t){return xa(await P.post("/api/auth/login",{email:e,password:t}))}async function ds(e,t,a){return xa(await P.post("/api/auth/signup",{email:e,password:t,name:a||void 0}))}async function us(){try{await P.post("/api/auth/logout",{})}finally{xa(null)}}var un=null;async function ta(){return un=await P.get("/api/v1/admin/websites"),un}function ms(){return un}function qa(e){return un?.find(t=>t._id===e)||null}function ps(e,t){un&&(un=un.map(a=>a._id===e?{...a,...t}:a))}function Sa(){un=null}function Zi(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Fl({title:e,children:t,footer:a}){return u`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${a&&u`<div class="auth-foot muted">${a}</div>`}
    </div>
  </main>`}function fs({query:e,navigate:t,onAuth:a}){let[n,l]=S(""),[s,i]=S(""),[d,c]=S(!1);return gt(()=>{P.get("/api/auth/signup").then(m=>{m?.[0]?.signupOpen&&(c(!0),t("/setup",{replace:!0}))},()=>{})},[]),u`<${Fl}
    title="Log in"
    footer=${d?u`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${ve}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await cs(n.trim(),s),Sa(),a?.(),t(Zi(e),{replace:!0})}}
    >
      <${B} label="Email"><${le} type="email" name="email" autocomplete="username" required value=${n} onInput=${l} /><//>
      <${B} label="Password"><${le} type="password" name="password" autocomplete="current-password" required value=${s} onInput=${i} /><//>
    <//>
  <//>`}function gs({navigate:e,onAuth:t}){let[a,n]=S({checked:!1,open:!1}),[l,s]=S(""),[i,d]=S(""),[c,m]=S("");return gt(()=>{P.get("/api/auth/signup").then($=>n({checked:!0,open:!!$?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),a.checked?a.open?u`<${Fl} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${ve}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await ds(i.trim(),c,l.trim()),Sa(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${B} label="Your name"><${le} name="name" autocomplete="name" value=${l} onInput=${s} /><//>
      <${B} label="Email"><${le} type="email" name="email" autocomplete="username" required value=${i} onInput=${d} /><//>
      <${B} label="Password" hint="At least 8 characters"
        ><${le} type="password" name="password" autocomplete="new-password" minlength="8" required value=${c} onInput=${m}
      /><//>
    <//>
  <//>`:u`<${Fl} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:u`<${de} />`}function Ji(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function hs({site:e,onFirstEvent:t}){let[a,n]=S(!1);return Xn(async()=>{if(a)return;((await P.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,a]),u`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${qt} text=${Ji(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${a?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${a?u`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}var Vl=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var Qi="2015-01-01";function Ul(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Ta(e){let[t,a,n]=e.split("-").map(Number);return new Date(Date.UTC(t,a-1,n))}function $s(e){return e.toISOString().slice(0,10)}function Zt(e,t){let a=Ta(e);return a.setUTCDate(a.getUTCDate()+t),$s(a)}function Ca(e,t){let a=Ta(e),n=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+t,1)),l=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(a.getUTCDate(),l)),$s(n)}function Ol(e,t){return Math.round((Ta(t)-Ta(e))/864e5)}var Za=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Aa({preset:e,from:t,to:a},n,l=new Date){let s=Ul(n,l),i=(c,m)=>({startAt:c,endAt:m,prevStartAt:Zt(c,-(Ol(c,m)+1)),prevEndAt:Zt(c,-1)}),d;switch(e){case"today":d={...i(s,s),interval:"hour"};break;case"yesterday":d={...i(Zt(s,-1),Zt(s,-1)),interval:"hour"};break;case"24h":{let c=new Date(Math.floor(l.getTime()/6e4)*6e4),m=new Date(c.getTime()-864e5),$=new Date(m.getTime()-864e5);d={startAt:m.toISOString(),endAt:c.toISOString(),prevStartAt:$.toISOString(),prevEndAt:new Date(m.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":d={...i(Zt(s,-6),s),interval:"day"};break;case"30d":d={...i(Zt(s,-29),s),interval:"day"};break;case"12m":d={...i(Zt(Ca(s,-12),1),s),interval:"month"};break;case"week":{let c=(Ta(s).getUTCDay()+6)%7,m=Zt(s,-c);d={startAt:m,endAt:s,prevStartAt:Zt(m,-7),prevEndAt:Zt(s,-7),interval:"day"};break}case"month":{let c=s.slice(0,8)+"01";d={startAt:c,endAt:s,prevStartAt:Ca(c,-1),prevEndAt:Ca(s,-1),interval:"day"};break}case"year":{let c=s.slice(0,5)+"01-01";d={startAt:c,endAt:s,prevStartAt:Ca(c,-12),prevEndAt:Ca(s,-12),interval:"month"};break}case"all":d={chartStartAt:Qi,chartEndAt:s,interval:"month"};break;case"custom":if(Za(t)&&Za(a)&&t<=a){let c=Ol(t,a);d={...i(t,a),interval:c===0?"hour":c<=62?"day":c<=400?"week":"month"};break}default:return Aa({preset:"30d"},n,l)}return{preset:e,...d,label:Vl.find(([c])=>c===e)?.[1]||e}}function bs(e){let t=e.startAt||e.chartStartAt,a=e.endAt||e.chartEndAt,n=Za(t)&&Za(a)?Ol(t,a)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,s])=>s).map(([s,i])=>[s,i])}function Xi(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function ec({onAdded:e,onCancel:t}){let[a,n]=S(""),[l,s]=S(""),[i,d]=S(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return u`<${oe} title="Add a website">
    <${ve}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&u`<${Y} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let c=a.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),m=await P.post("/api/v1/admin/websites",{domain:c,name:l.trim()||c,timezone:i});await e(m[0])}}
    >
      <div class="grid-2">
        <${B} label="Domain" hint="Without https://, e.g. example.com"
          ><${le} name="domain" required placeholder="example.com" value=${a} onInput=${n}
        /><//>
        <${B} label="Name"><${le} name="name" placeholder="My site" value=${l} onInput=${s} /><//>
      </div>
      <${B} label="Time zone" hint="Days and charts follow this zone"
        ><${dt} name="timezone" value=${i} onChange=${d} options=${Xi()}
      /><//>
    <//>
  <//>`}function tc({site:e}){let{data:t}=ae(()=>{let a=Aa({preset:"7d"},e.timezone||"UTC");return P.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",startAt:a.startAt,endAt:a.endAt})},[e._id]);return u`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${Re(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function vs({query:e,navigate:t}){let a=ae(()=>ta(),[]),[n,l]=S(!1),[s,i]=S(null);if(a.loading&&!a.data)return u`<${de} />`;if(a.error)return u`<main class="page"><${ne} error=${a.error} /></main>`;let d=a.data||[],c=n||d.length===0&&!s;return u`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${d.length>0&&!c&&u`<${Y} kind="primary" onClick=${()=>l(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&d.length===0&&u`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${c&&u`<${ec}
      onCancel=${d.length>0?()=>l(!1):null}
      onAdded=${async m=>{let $=await ta();a.reload(),l(!1),i($.find(f=>f._id===m.websiteId)||null)}}
    />`}
    ${s&&u`<div class="stack">
      <${hs} site=${s} />
      <p><a class="btn btn-primary" href=${`/sites/${s._id}`}>Open the dashboard</a></p>
    </div>`}
    ${d.length>0&&u`<ul class="site-list card">${d.map(m=>u`<${tc} key=${m._id} site=${m} />`)}</ul>`}
  </main>`}var nc="uplot",ac="u-hz",lc="u-vt",oc="u-title",sc="u-wrap",rc="u-under",ic="u-over",cc="u-axis",An="u-off",dc="u-select",uc="u-cursor-x",mc="u-cursor-y",pc="u-cursor-pt",fc="u-legend",gc="u-live",hc="u-inline",$c="u-series",bc="u-marker",ys="u-label",vc="u-value",Da="width",Pa="height";var ws="bottom",na="left",Wl="right",oo="#000",ks=oo+"0",Hl="mousemove",xs="mousedown",Gl="mouseup",Ss="mouseenter",Cs="mouseleave",Ts="dblclick",yc="resize",wc="scroll",As="change",tl="dppxchange",so="--",ca=typeof window<"u",ql=ca?document:null,la=ca?window:null,kc=ca?navigator:null,$e,Ja;function Zl(){let e=devicePixelRatio;$e!=e&&($e=e,Ja&&Ql(As,Ja,Zl),Ja=matchMedia(`(min-resolution: ${$e-.001}dppx) and (max-resolution: ${$e+.001}dppx)`),_n(As,Ja,Zl),la.dispatchEvent(new CustomEvent(tl)))}function wt(e,t){if(t!=null){let a=e.classList;!a.contains(t)&&a.add(t)}}function Jl(e,t){let a=e.classList;a.contains(t)&&a.remove(t)}function De(e,t,a){e.style[t]=a+"px"}function Ft(e,t,a,n){let l=ql.createElement(e);return t!=null&&wt(l,t),a?.insertBefore(l,n),l}function Et(e,t){return Ft("div",e,t)}var _s=new WeakMap;function Jt(e,t,a,n,l){let s="translate("+t+"px,"+a+"px)",i=_s.get(e);s!=i&&(e.style.transform=s,_s.set(e,s),t<0||a<0||t>n||a>l?wt(e,An):Jl(e,An))}var Ds=new WeakMap;function Ps(e,t,a){let n=t+a,l=Ds.get(e);n!=l&&(Ds.set(e,n),e.style.background=t,e.style.borderColor=a)}var Es=new WeakMap;function Ms(e,t,a,n){let l=t+""+a,s=Es.get(e);l!=s&&(Es.set(e,l),e.style.height=a+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-a/2+"px":0)}var ro={passive:!0},xc={...ro,capture:!0};function _n(e,t,a,n){t.addEventListener(e,a,n?xc:ro)}function Ql(e,t,a,n){t.removeEventListener(e,a,ro)}ca&&Zl();function Ot(e,t,a,n){let l;a=a||0,n=n||t.length-1;let s=n<=2147483647;for(;n-a>1;)l=s?a+n>>1:kt((a+n)/2),t[l]<e?a=l:n=l;return e-t[a]<=t[n]-e?a:n}function sr(e){return(a,n,l)=>{let s=-1,i=-1;for(let d=n;d<=l;d++)if(e(a[d])){s=d;break}for(let d=l;d>=n;d--)if(e(a[d])){i=d;break}return[s,i]}}var rr=e=>e!=null,ir=e=>e!=null&&e>0,ll=sr(rr),Sc=sr(ir);function Cc(e,t,a,n=0,l=!1){let s=l?Sc:ll,i=l?ir:rr;[t,a]=s(e,t,a);let d=e[t],c=e[t];if(t>-1)if(n==1)d=e[t],c=e[a];else if(n==-1)d=e[a],c=e[t];else for(let m=t;m<=a;m++){let $=e[m];i($)&&($<d?d=$:$>c&&(c=$))}return[d??xe,c??-xe]}function ol(e,t,a,n){let l=Is(e),s=Is(t);e==t&&(l==-1?(e*=a,t/=a):(e/=a,t*=a));let i=a==10?tn:cr,d=l==1?kt:Mt,c=s==1?Mt:kt,m=d(i(Ge(e))),$=c(i(Ge(t))),f=oa(a,m),h=oa(a,$);return a==10&&(m<0&&(f=Se(f,-m)),$<0&&(h=Se(h,-$))),n||a==2?(e=f*l,t=h*s):(e=pr(e,f),t=sl(t,h)),[e,t]}function io(e,t,a,n){let l=ol(e,t,a,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var co=.1,Ls={mode:3,pad:co},Ma={pad:0,soft:null,mode:0},Tc={min:Ma,max:Ma};function nl(e,t,a,n){return rl(a)?Rs(e,t,a):(Ma.pad=a,Ma.soft=n?0:null,Ma.mode=n?3:0,Rs(e,t,Tc))}function ge(e,t){return e??t}function Ac(e,t,a){for(t=ge(t,0),a=ge(a,e.length-1);t<=a;){if(e[t]!=null)return!0;t++}return!1}function Rs(e,t,a){let n=a.min,l=a.max,s=ge(n.pad,0),i=ge(l.pad,0),d=ge(n.hard,-xe),c=ge(l.hard,xe),m=ge(n.soft,xe),$=ge(l.soft,-xe),f=ge(n.mode,0),h=ge(l.mode,0),x=t-e,y=tn(x),_=mt(Ge(e),Ge(t)),E=tn(_),F=Ge(E-y);(x<1e-24||F>10)&&(x=0,(e==0||t==0)&&(x=1e-24,f==2&&m!=xe&&(s=0),h==2&&$!=-xe&&(i=0)));let w=x||_||1e3,A=tn(w),C=oa(10,kt(A)),O=w*(x==0?e==0?.1:1:s),L=Se(pr(e-O,C/10),24),K=e>=m&&(f==1||f==3&&L<=m||f==2&&L>=m)?m:xe,q=mt(d,L<K&&e>=K?K:Vt(K,L)),se=w*(x==0?t==0?.1:1:i),Q=Se(sl(t+se,C/10),24),M=t<=$&&(h==1||h==3&&Q>=$||h==2&&Q<=$)?$:-xe,ee=Vt(c,Q>M&&t<=M?M:mt(M,Q));return q==ee&&q==0&&(ee=100),[q,ee]}var _c=new Intl.NumberFormat(ca?kc.language:"en-US"),uo=e=>_c.format(e),xt=Math,el=xt.PI,Ge=xt.abs,kt=xt.floor,He=xt.round,Mt=xt.ceil,Vt=xt.min,mt=xt.max,oa=xt.pow,Is=xt.sign,tn=xt.log10,cr=xt.log2,Dc=(e,t=1)=>xt.sinh(e)*t,Bl=(e,t=1)=>xt.asinh(e/t),xe=1/0;function Ns(e){return(tn((e^e>>31)-(e>>31))|0)+1}function Xl(e,t,a){return Vt(mt(e,t),a)}function dr(e){return typeof e=="function"}function me(e){return dr(e)?e:()=>e}var Pc=()=>{},ur=e=>e,mr=(e,t)=>t,Ec=e=>null,zs=e=>!0,Fs=(e,t)=>e==t,Mc=/\.\d*?(?=9{6,}|0{6,})/gm,Dn=e=>{if(gr(e)||pn.has(e))return e;let t=`${e}`,a=t.match(Mc);if(a==null)return e;let n=a[0].length-1;if(t.indexOf("e-")!=-1){let[l,s]=t.split("e");return+`${Dn(l)}e${s}`}return Se(e,n)};function Cn(e,t){return Dn(Se(Dn(e/t))*t)}function sl(e,t){return Dn(Mt(Dn(e/t))*t)}function pr(e,t){return Dn(kt(Dn(e/t))*t)}function Se(e,t=0){if(gr(e))return e;let a=10**t,n=e*a*(1+Number.EPSILON);return He(n)/a}var pn=new Map;function fr(e){return((""+e).split(".")[1]||"").length}function Ra(e,t,a,n){let l=[],s=n.map(fr);for(let i=t;i<a;i++){let d=Ge(i),c=Se(oa(e,i),d);for(let m=0;m<n.length;m++){let $=e==10?+`${n[m]}e${i}`:n[m]*c,f=(i>=0?0:d)+(i>=s[m]?0:s[m]),h=e==10?$:Se($,f);l.push(h),pn.set(h,f)}}return l}var La={},mo=[],sa=[null,null],mn=Array.isArray,gr=Number.isInteger,Lc=e=>e===void 0;function Os(e){return typeof e=="string"}function rl(e){let t=!1;if(e!=null){let a=e.constructor;t=a==null||a==Object}return t}function Rc(e){return e!=null&&typeof e=="object"}var Ic=Object.getPrototypeOf(Uint8Array),hr="__proto__";function ra(e,t=rl){let a;if(mn(e)){let n=e.find(l=>l!=null);if(mn(n)||t(n)){a=Array(e.length);for(let l=0;l<e.length;l++)a[l]=ra(e[l],t)}else a=e.slice()}else if(e instanceof Ic)a=e.slice();else if(t(e)){a={};for(let n in e)n!=hr&&(a[n]=ra(e[n],t))}else a=e;return a}function Ve(e){let t=arguments;for(let a=1;a<t.length;a++){let n=t[a];for(let l in n)l!=hr&&(rl(e[l])?Ve(e[l],ra(n[l])):e[l]=ra(n[l]))}return e}var Nc=0,zc=1,Fc=2;function Oc(e,t,a){for(let n=0,l,s=-1;n<t.length;n++){let i=t[n];if(i>s){for(l=i-1;l>=0&&e[l]==null;)e[l--]=null;for(l=i+1;l<a&&e[l]==null;)e[s=l++]=null}}}function Vc(e,t){if(Hc(e)){let i=e[0].slice();for(let d=1;d<e.length;d++)i.push(...e[d].slice(1));return Gc(i[0])||(i=Wc(i)),i}let a=new Set;for(let i=0;i<e.length;i++){let c=e[i][0],m=c.length;for(let $=0;$<m;$++)a.add(c[$])}let n=[Array.from(a).sort((i,d)=>i-d)],l=n[0].length,s=new Map;for(let i=0;i<l;i++)s.set(n[0][i],i);for(let i=0;i<e.length;i++){let d=e[i],c=d[0];for(let m=1;m<d.length;m++){let $=d[m],f=Array(l).fill(void 0),h=t?t[i][m]:zc,x=[];for(let y=0;y<$.length;y++){let _=$[y],E=s.get(c[y]);_===null?h!=Nc&&(f[E]=_,h==Fc&&x.push(E)):f[E]=_}Oc(f,x,l),n.push(f)}}return n}var Uc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Wc(e){let t=e[0],a=t.length,n=Array(a);for(let s=0;s<n.length;s++)n[s]=s;n.sort((s,i)=>t[s]-t[i]);let l=[];for(let s=0;s<e.length;s++){let i=e[s],d=Array(a);for(let c=0;c<a;c++)d[c]=i[n[c]];l.push(d)}return l}function Hc(e){let t=e[0][0],a=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=a)return!1;if(l!=t){for(let s=0;s<a;s++)if(l[s]!=t[s])return!1}}return!0}function Gc(e,t=100){let a=e.length;if(a<=1)return!0;let n=0,l=a-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let s=mt(1,kt((l-n+1)/t));for(let i=e[n],d=n+s;d<=l;d+=s){let c=e[d];if(c!=null){if(c<=i)return!1;i=c}}return!0}var $r=["January","February","March","April","May","June","July","August","September","October","November","December"],br=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function vr(e){return e.slice(0,3)}var Bc=br.map(vr),jc=$r.map(vr),Kc={MMMM:$r,MMM:jc,WWWW:br,WWW:Bc};function _a(e){return(e<10?"0":"")+e}function Yc(e){return(e<10?"00":e<100?"0":"")+e}var qc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>_a(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>_a(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>_a(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>_a(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>_a(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Yc(e.getMilliseconds())};function po(e,t){t=t||Kc;let a=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)a.push(l[0][0]=="{"?qc[l[1]]:l[0]);return s=>{let i="";for(let d=0;d<a.length;d++)i+=typeof a[d]=="string"?a[d]:a[d](s,t);return i}}var Zc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Jc(e,t){let a;return t=="UTC"||t=="Etc/UTC"?a=new Date(+e+e.getTimezoneOffset()*6e4):t==Zc?a=e:(a=new Date(e.toLocaleString("en-US",{timeZone:t})),a.setMilliseconds(e.getMilliseconds())),a}var yr=e=>e%1==0,al=[1,2,2.5,5],Qc=Ra(10,-32,0,al),wr=Ra(10,0,32,al),Xc=wr.filter(yr),Tn=Qc.concat(wr),fo=`
`,kr="{YYYY}",Vs=fo+kr,xr="{M}/{D}",Ea=fo+xr,Qa=Ea+"/{YY}",Sr="{aa}",ed="{h}:{mm}",aa=ed+Sr,Us=fo+aa,Ws=":{ss}",ye=null;function Cr(e){let t=e*1e3,a=t*60,n=a*60,l=n*24,s=l*30,i=l*365,c=(e==1?Ra(10,0,3,al).filter(yr):Ra(10,-3,0,al)).concat([t,t*5,t*10,t*15,t*30,a,a*5,a*10,a*15,a*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,s,s*2,s*3,s*4,s*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),m=[[i,kr,ye,ye,ye,ye,ye,ye,1],[l*28,"{MMM}",Vs,ye,ye,ye,ye,ye,1],[l,xr,Vs,ye,ye,ye,ye,ye,1],[n,"{h}"+Sr,Qa,ye,Ea,ye,ye,ye,1],[a,aa,Qa,ye,Ea,ye,ye,ye,1],[t,Ws,Qa+" "+aa,ye,Ea+" "+aa,ye,Us,ye,1],[e,Ws+".{fff}",Qa+" "+aa,ye,Ea+" "+aa,ye,Us,ye,1]];function $(f){return(h,x,y,_,E,F)=>{let w=[],A=E>=i,C=E>=s&&E<i,O=f(y),L=Se(O*e,3),K=jl(O.getFullYear(),A?0:O.getMonth(),C||A?1:O.getDate()),q=Se(K*e,3);if(C||A){let se=C?E/s:0,Q=A?E/i:0,M=L==q?L:Se(jl(K.getFullYear()+Q,K.getMonth()+se,1)*e,3),ee=new Date(He(M/e)),W=ee.getFullYear(),Z=ee.getMonth();for(let V=0;M<=_;V++){let ie=jl(W+Q*V,Z+se*V,1),U=ie-f(Se(ie*e,3));M=Se((+ie+U)*e,3),M<=_&&w.push(M)}}else{let se=E>=l?l:E,Q=kt(y)-kt(L),M=q+Q+sl(L-q,se);w.push(M);let ee=f(M),W=ee.getHours()+ee.getMinutes()/a+ee.getSeconds()/n,Z=E/n,V=h.axes[x]._space,ie=F/V;for(;M=Se(M+E,e==1?0:3),!(M>_);)if(Z>1){let U=kt(Se(W+Z,6))%24,pe=f(M).getHours()-U;pe>1&&(pe=-1),M-=pe*n,W=(W+Z)%24;let we=w[w.length-1];Se((M-we)/E,3)*ie>=.7&&w.push(M)}else w.push(M)}return w}}return[c,m,$]}var[td,nd,ad]=Cr(1),[ld,od,sd]=Cr(.001);Ra(2,-53,53,[1]);function Hs(e,t){return e.map(a=>a.map((n,l)=>l==0||l==8||n==null?n:t(l==1||a[8]==0?n:a[1]+n)))}function Gs(e,t){return(a,n,l,s,i)=>{let d=t.find(y=>i>=y[0])||t[t.length-1],c,m,$,f,h,x;return n.map(y=>{let _=e(y),E=_.getFullYear(),F=_.getMonth(),w=_.getDate(),A=_.getHours(),C=_.getMinutes(),O=_.getSeconds(),L=E!=c&&d[2]||F!=m&&d[3]||w!=$&&d[4]||A!=f&&d[5]||C!=h&&d[6]||O!=x&&d[7]||d[1];return c=E,m=F,$=w,f=A,h=C,x=O,L(_)})}}function rd(e,t){let a=po(t);return(n,l,s,i,d)=>l.map(c=>a(e(c)))}function jl(e,t,a){return new Date(e,t,a)}function Bs(e,t){return t(e)}var id="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function js(e,t){return(a,n,l,s)=>s==null?so:t(e(n))}function cd(e,t){let a=e.series[t];return a.width?a.stroke(e,t):a.points.width?a.points.stroke(e,t):null}function dd(e,t){return e.series[t].fill(e,t)}var ud={show:!0,live:!0,isolate:!1,mount:Pc,markers:{show:!0,width:2,stroke:cd,fill:dd,dash:"solid"},idx:null,idxs:null,values:[]};function md(e,t){let a=e.cursor.points,n=Et(),l=a.size(e,t);De(n,Da,l),De(n,Pa,l);let s=l/-2;De(n,"marginLeft",s),De(n,"marginTop",s);let i=a.width(e,t,l);return i&&De(n,"borderWidth",i),n}function pd(e,t){let a=e.series[t].points;return a._fill||a._stroke}function fd(e,t){let a=e.series[t].points;return a._stroke||a._fill}function gd(e,t){return e.series[t].points.size}var Kl=[0,0];function hd(e,t,a){return Kl[0]=t,Kl[1]=a,Kl}function Xa(e,t,a,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&a(l)}}function Yl(e,t,a,n=!0){return l=>{(!n||l.target==t)&&a(l)}}var $d={show:!0,x:!0,y:!0,lock:!1,move:hd,points:{one:!1,show:md,size:gd,width:0,stroke:fd,fill:pd},bind:{mousedown:Xa,mouseup:Xa,click:Xa,dblclick:Xa,mousemove:Yl,mouseleave:Yl,mouseenter:Yl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,a,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Tr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},go=Ve({},Tr,{filter:mr}),Ar=Ve({},go,{size:10}),_r=Ve({},Tr,{show:!1}),ho='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Dr="bold "+ho,Pr=1.5,Ks={show:!0,scale:"x",stroke:oo,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Dr,side:2,grid:go,ticks:Ar,border:_r,font:ho,lineGap:Pr,rotate:0},bd="Value",vd="Time",Ys={show:!0,scale:"x",auto:!1,sorted:1,min:xe,max:-xe,idxs:[]};function yd(e,t,a,n,l){return t.map(s=>s==null?"":uo(s))}function wd(e,t,a,n,l,s,i){let d=[],c=pn.get(l)||0;a=i?a:Se(sl(a,l),c);for(let m=a;m<=n;m=Se(m+l,c))d.push(Object.is(m,-0)?0:m);return d}function eo(e,t,a,n,l,s,i){let d=[],c=e.scales[e.axes[t].scale].log,m=c==10?tn:cr,$=kt(m(a));l=oa(c,$),c==10&&(l=Tn[Ot(l,Tn)]);let f=a,h=l*c;c==10&&(h=Tn[Ot(h,Tn)]);do d.push(f),f=f+l,c==10&&!pn.has(f)&&(f=Se(f,pn.get(l))),f>=h&&(l=f,h=l*c,c==10&&(h=Tn[Ot(h,Tn)]));while(f<=n);return d}function kd(e,t,a,n,l,s,i){let c=e.scales[e.axes[t].scale].asinh,m=n>c?eo(e,t,mt(c,a),n,l):[c],$=n>=0&&a<=0?[0]:[];return(a<-c?eo(e,t,mt(c,-n),-a,l):[c]).reverse().map(h=>-h).concat($,m)}var Er=/./,xd=/[12357]/,Sd=/[125]/,qs=/1/,to=(e,t,a,n)=>e.map((l,s)=>t==4&&l==0||s%n==0&&a.test(l.toExponential()[l<0?1:0])?l:null);function Cd(e,t,a,n,l){let s=e.axes[a],i=s.scale,d=e.scales[i],c=e.valToPos,m=s._space,$=c(10,i),f=c(9,i)-$>=m?Er:c(7,i)-$>=m?xd:c(5,i)-$>=m?Sd:qs;if(f==qs){let h=Ge(c(1,i)-$);if(h<m)return to(t.slice().reverse(),d.distr,f,Mt(m/h)).reverse()}return to(t,d.distr,f,1)}function Td(e,t,a,n,l){let s=e.axes[a],i=s.scale,d=s._space,c=e.valToPos,m=Ge(c(1,i)-c(2,i));return m<d?to(t.slice().reverse(),3,Er,Mt(d/m)).reverse():t}function Ad(e,t,a,n){return n==null?so:t==null?"":uo(t)}var Zs={show:!0,scale:"y",stroke:oo,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Dr,side:3,grid:go,ticks:Ar,border:_r,font:ho,lineGap:Pr,rotate:0};function _d(e,t){let a=3+(e||1)*2;return Se(a*t,3)}function Dd(e,t){let{scale:a,idxs:n}=e.series[0],l=e._data[0],s=e.valToPos(l[n[0]],a,!0),i=e.valToPos(l[n[1]],a,!0),d=Ge(i-s),c=e.series[t],m=d/(c.points.space*$e);return n[1]-n[0]<=m}var Js={scale:null,auto:!0,sorted:0,min:xe,max:-xe},Mr=(e,t,a,n,l)=>l,Qs={show:!0,auto:!0,sorted:0,gaps:Mr,alpha:1,facets:[Ve({},Js,{scale:"x"}),Ve({},Js,{scale:"y"})]},Xs={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Mr,alpha:1,points:{show:Dd,filter:null},values:null,min:xe,max:-xe,idxs:[],path:null,clip:null};function Pd(e,t,a,n,l){return a/10}var Lr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Ed=Ve({},Lr,{time:!1,ori:1}),er={};function Rr(e,t){let a=er[e];return a||(a={key:e,plots:[],sub(n){a.plots.push(n)},unsub(n){a.plots=a.plots.filter(l=>l!=n)},pub(n,l,s,i,d,c,m){for(let $=0;$<a.plots.length;$++)a.plots[$]!=l&&a.plots[$].pub(n,l,s,i,d,c,m)}},e!=null&&(er[e]=a)),a}var ia=1,no=2;function Pn(e,t,a){let n=e.mode,l=e.series[t],s=n==2?e._data[t]:e._data,i=e.scales,d=e.bbox,c=s[0],m=n==2?s[1]:s[t],$=n==2?i[l.facets[0].scale]:i[e.series[0].scale],f=n==2?i[l.facets[1].scale]:i[l.scale],h=d.left,x=d.top,y=d.width,_=d.height,E=e.valToPosH,F=e.valToPosV;return $.ori==0?a(l,c,m,$,f,E,F,h,x,y,_,cl,da,ul,Nr,Fr):a(l,c,m,$,f,F,E,x,h,_,y,dl,ua,vo,zr,Or)}function $o(e,t){let a=0,n=0,l=ge(e.bands,mo);for(let s=0;s<l.length;s++){let i=l[s];i.series[0]==t?a=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[a,n==1?-1:n==2?1:n==3?2:0]}function Md(e,t,a,n,l){let s=e.mode,i=e.series[t],d=s==2?i.facets[1].scale:i.scale,c=e.scales[d];return l==-1?c.min:l==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function nn(e,t,a,n,l,s){return Pn(e,t,(i,d,c,m,$,f,h,x,y,_,E)=>{let F=i.pxRound,w=m.dir*(m.ori==0?1:-1),A=m.ori==0?da:ua,C,O;w==1?(C=a,O=n):(C=n,O=a);let L=F(f(d[C],m,_,x)),K=F(h(c[C],$,E,y)),q=F(f(d[O],m,_,x)),se=F(h(s==1?$.max:$.min,$,E,y)),Q=new Path2D(l);return A(Q,q,se),A(Q,L,se),A(Q,L,K),Q})}function il(e,t,a,n,l,s){let i=null;if(e.length>0){i=new Path2D;let d=t==0?ul:vo,c=a;for(let f=0;f<e.length;f++){let h=e[f];if(h[1]>h[0]){let x=h[0]-c;x>0&&d(i,c,n,x,n+s),c=h[1]}}let m=a+l-c,$=10;m>0&&d(i,c,n-$/2,m,n+s+$)}return i}function Ld(e,t,a){let n=e[e.length-1];n&&n[0]==t?n[1]=a:e.push([t,a])}function bo(e,t,a,n,l,s,i){let d=[],c=e.length;for(let m=l==1?a:n;m>=a&&m<=n;m+=l)if(t[m]===null){let f=m,h=m;if(l==1)for(;++m<=n&&t[m]===null;)h=m;else for(;--m>=a&&t[m]===null;)h=m;let x=s(e[f]),y=h==f?x:s(e[h]),_=f-l;x=i<=0&&_>=0&&_<c?s(e[_]):x;let F=h+l;y=i>=0&&F>=0&&F<c?s(e[F]):y,y>=x&&d.push([x,y])}return d}function tr(e){return e==0?ur:e==1?He:t=>Cn(t,e)}function Ir(e){let t=e==0?cl:dl,a=e==0?(l,s,i,d,c,m)=>{l.arcTo(s,i,d,c,m)}:(l,s,i,d,c,m)=>{l.arcTo(i,s,c,d,m)},n=e==0?(l,s,i,d,c)=>{l.rect(s,i,d,c)}:(l,s,i,d,c)=>{l.rect(i,s,c,d)};return(l,s,i,d,c,m=0,$=0)=>{m==0&&$==0?n(l,s,i,d,c):(m=Vt(m,d/2,c/2),$=Vt($,d/2,c/2),t(l,s+m,i),a(l,s+d,i,s+d,i+c,m),a(l,s+d,i+c,s,i+c,$),a(l,s,i+c,s,i,$),a(l,s,i,s+d,i,m),l.closePath())}}var cl=(e,t,a)=>{e.moveTo(t,a)},dl=(e,t,a)=>{e.moveTo(a,t)},da=(e,t,a)=>{e.lineTo(t,a)},ua=(e,t,a)=>{e.lineTo(a,t)},ul=Ir(0),vo=Ir(1),Nr=(e,t,a,n,l,s)=>{e.arc(t,a,n,l,s)},zr=(e,t,a,n,l,s)=>{e.arc(a,t,n,l,s)},Fr=(e,t,a,n,l,s,i)=>{e.bezierCurveTo(t,a,n,l,s,i)},Or=(e,t,a,n,l,s,i)=>{e.bezierCurveTo(a,t,l,n,i,s)};function Vr(e){return(t,a,n,l,s)=>Pn(t,a,(i,d,c,m,$,f,h,x,y,_,E)=>{let{pxRound:F,points:w}=i,A,C;m.ori==0?(A=cl,C=Nr):(A=dl,C=zr);let O=Se(w.width*$e,3),L=(w.size-w.width)/2*$e,K=Se(L*2,3),q=new Path2D,se=new Path2D,{left:Q,top:M,width:ee,height:W}=t.bbox;ul(se,Q-K,M-K,ee+K*2,W+K*2);let Z=V=>{if(c[V]!=null){let ie=F(f(d[V],m,_,x)),U=F(h(c[V],$,E,y));A(q,ie+L,U),C(q,ie,U,L,0,el*2)}};if(s)s.forEach(Z);else for(let V=n;V<=l;V++)Z(V);return{stroke:O>0?q:null,fill:q,clip:se,flags:ia|no}})}function Ur(e){return(t,a,n,l,s,i)=>{n!=l&&(s!=n&&i!=n&&e(t,a,n),s!=l&&i!=l&&e(t,a,l),e(t,a,i))}}var Rd=Ur(da),Id=Ur(ua);function Wr(e){let t=ge(e?.alignGaps,0);return(a,n,l,s)=>Pn(a,n,(i,d,c,m,$,f,h,x,y,_,E)=>{[l,s]=ll(c,l,s);let F=i.pxRound,w=W=>F(f(W,m,_,x)),A=W=>F(h(W,$,E,y)),C,O;m.ori==0?(C=da,O=Rd):(C=ua,O=Id);let L=m.dir*(m.ori==0?1:-1),K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},q=K.stroke,se=!1;if(s-l>=_*4){let W=H=>a.posToVal(H,m.key,!0),Z=null,V=null,ie,U,J,ue=w(d[L==1?l:s]),pe=w(d[l]),we=w(d[s]),re=W(L==1?pe+1:we-1);for(let H=L==1?l:s;H>=l&&H<=s;H+=L){let Ue=d[H],Pe=(L==1?Ue<re:Ue>re)?ue:w(Ue),be=c[H];Pe==ue?be!=null?(U=be,Z==null?(C(q,Pe,A(U)),ie=Z=V=U):U<Z?Z=U:U>V&&(V=U)):be===null&&(se=!0):(Z!=null&&O(q,ue,A(Z),A(V),A(ie),A(U)),be!=null?(U=be,C(q,Pe,A(U)),Z=V=ie=U):(Z=V=null,be===null&&(se=!0)),ue=Pe,re=W(ue+L))}Z!=null&&Z!=V&&J!=ue&&O(q,ue,A(Z),A(V),A(ie),A(U))}else for(let W=L==1?l:s;W>=l&&W<=s;W+=L){let Z=c[W];Z===null?se=!0:Z!=null&&C(q,w(d[W]),A(Z))}let[M,ee]=$o(a,n);if(i.fill!=null||M!=0){let W=K.fill=new Path2D(q),Z=i.fillTo(a,n,i.min,i.max,M),V=A(Z),ie=w(d[l]),U=w(d[s]);L==-1&&([U,ie]=[ie,U]),C(W,U,V),C(W,ie,V)}if(!i.spanGaps){let W=[];se&&W.push(...bo(d,c,l,s,L,w,t)),K.gaps=W=i.gaps(a,n,l,s,W),K.clip=il(W,m.ori,x,y,_,E)}return ee!=0&&(K.band=ee==2?[nn(a,n,l,s,q,-1),nn(a,n,l,s,q,1)]:nn(a,n,l,s,q,ee)),K})}function Nd(e){let t=ge(e.align,1),a=ge(e.ascDesc,!1),n=ge(e.alignGaps,0),l=ge(e.extend,!1);return(s,i,d,c)=>Pn(s,i,(m,$,f,h,x,y,_,E,F,w,A)=>{[d,c]=ll(f,d,c);let C=m.pxRound,{left:O,width:L}=s.bbox,K=pe=>C(y(pe,h,w,E)),q=pe=>C(_(pe,x,A,F)),se=h.ori==0?da:ua,Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ia},M=Q.stroke,ee=h.dir*(h.ori==0?1:-1),W=q(f[ee==1?d:c]),Z=K($[ee==1?d:c]),V=Z,ie=Z;l&&t==-1&&(ie=O,se(M,ie,W)),se(M,Z,W);for(let pe=ee==1?d:c;pe>=d&&pe<=c;pe+=ee){let we=f[pe];if(we==null)continue;let re=K($[pe]),H=q(we);t==1?se(M,re,W):se(M,V,H),se(M,re,H),W=H,V=re}let U=V;l&&t==1&&(U=O+L,se(M,U,W));let[J,ue]=$o(s,i);if(m.fill!=null||J!=0){let pe=Q.fill=new Path2D(M),we=m.fillTo(s,i,m.min,m.max,J),re=q(we);se(pe,U,re),se(pe,ie,re)}if(!m.spanGaps){let pe=[];pe.push(...bo($,f,d,c,ee,K,n));let we=m.width*$e/2,re=a||t==1?we:-we,H=a||t==-1?-we:we;pe.forEach(Ue=>{Ue[0]+=re,Ue[1]+=H}),Q.gaps=pe=m.gaps(s,i,d,c,pe),Q.clip=il(pe,h.ori,E,F,w,A)}return ue!=0&&(Q.band=ue==2?[nn(s,i,d,c,M,-1),nn(s,i,d,c,M,1)]:nn(s,i,d,c,M,ue)),Q})}function nr(e,t,a,n,l,s,i=xe){if(e.length>1){let d=null;for(let c=0,m=1/0;c<e.length;c++)if(t[c]!==void 0){if(d!=null){let $=Ge(e[c]-e[d]);$<m&&(m=$,i=Ge(a(e[c],n,l,s)-a(e[d],n,l,s)))}d=c}}return i}function zd(e){e=e||La;let t=ge(e.size,[.6,xe,1]),a=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let s=me(l),i=1-t[0],d=ge(t[1],xe),c=ge(t[2],1),m=ge(e.disp,La),$=ge(e.each,x=>{}),{fill:f,stroke:h}=m;return(x,y,_,E)=>Pn(x,y,(F,w,A,C,O,L,K,q,se,Q,M)=>{let ee=F.pxRound,W=a,Z=n*$e,V=d*$e,ie=c*$e,U,J;C.ori==0?[U,J]=s(x,y):[J,U]=s(x,y);let ue=C.dir*(C.ori==0?1:-1),pe=C.ori==0?ul:vo,we=C.ori==0?$:(N,Ce,We,Nn,$n,Ht,bn)=>{$(N,Ce,We,$n,Nn,bn,Ht)},re=ge(x.bands,mo).find(N=>N.series[0]==y),H=re!=null?re.dir:0,Ue=F.fillTo(x,y,F.min,F.max,H),ot=ee(K(Ue,O,M,se)),Pe,be,Lt,ht=Q,Le=ee(F.width*$e),Wt=!1,Qt=null,St=null,an=null,Ln=null;f!=null&&(Le==0||h!=null)&&(Wt=!0,Qt=f.values(x,y,_,E),St=new Map,new Set(Qt).forEach(N=>{N!=null&&St.set(N,new Path2D)}),Le>0&&(an=h.values(x,y,_,E),Ln=new Map,new Set(an).forEach(N=>{N!=null&&Ln.set(N,new Path2D)})));let{x0:Rn,size:fa}=m;if(Rn!=null&&fa!=null){W=1,w=Rn.values(x,y,_,E),Rn.unit==2&&(w=w.map(We=>x.posToVal(q+We*Q,C.key,!0)));let N=fa.values(x,y,_,E);fa.unit==2?be=N[0]*Q:be=L(N[0],C,Q,q)-L(0,C,Q,q),ht=nr(w,A,L,C,Q,q,ht),Lt=ht-be+Z}else ht=nr(w,A,L,C,Q,q,ht),Lt=ht*i+Z,be=ht-Lt;Lt<1&&(Lt=0),Le>=be/2&&(Le=0),Lt<5&&(ee=ur);let za=Lt>0,gn=ht-Lt-(za?Le:0);be=ee(Xl(gn,ie,V)),Pe=(W==0?be/2:W==ue?0:be)-W*ue*((W==0?Z/2:0)+(za?Le/2:0));let st={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},In=Wt?null:new Path2D,Xt=null;if(re!=null)Xt=x.data[re.series[1]];else{let{y0:N,y1:Ce}=m;N!=null&&Ce!=null&&(A=Ce.values(x,y,_,E),Xt=N.values(x,y,_,E))}let hn=U*be,te=J*be;for(let N=ue==1?_:E;N>=_&&N<=E;N+=ue){let Ce=A[N];if(Ce==null)continue;if(Xt!=null){let pt=Xt[N]??0;if(Ce-pt==0)continue;ot=K(pt,O,M,se)}let We=C.distr!=2||m!=null?w[N]:N,Nn=L(We,C,Q,q),$n=K(ge(Ce,Ue),O,M,se),Ht=ee(Nn-Pe),bn=ee(mt($n,ot)),$t=ee(Vt($n,ot)),Ct=bn-$t;if(Ce!=null){let pt=Ce<0?te:hn,Rt=Ce<0?hn:te;Wt?(Le>0&&an[N]!=null&&pe(Ln.get(an[N]),Ht,$t+kt(Le/2),be,mt(0,Ct-Le),pt,Rt),Qt[N]!=null&&pe(St.get(Qt[N]),Ht,$t+kt(Le/2),be,mt(0,Ct-Le),pt,Rt)):pe(In,Ht,$t+kt(Le/2),be,mt(0,Ct-Le),pt,Rt),we(x,y,N,Ht-Le/2,$t,be+Le,Ct)}}return Le>0?st.stroke=Wt?Ln:In:Wt||(st._fill=F.width==0?F._fill:F._stroke??F._fill,st.width=0),st.fill=Wt?St:In,st})}function Fd(e,t){let a=ge(t?.alignGaps,0);return(n,l,s,i)=>Pn(n,l,(d,c,m,$,f,h,x,y,_,E,F)=>{[s,i]=ll(m,s,i);let w=d.pxRound,A=U=>w(h(U,$,E,y)),C=U=>w(x(U,f,F,_)),O,L,K;$.ori==0?(O=cl,K=da,L=Fr):(O=dl,K=ua,L=Or);let q=$.dir*($.ori==0?1:-1),se=A(c[q==1?s:i]),Q=se,M=[],ee=[];for(let U=q==1?s:i;U>=s&&U<=i;U+=q)if(m[U]!=null){let ue=c[U],pe=A(ue);M.push(Q=pe),ee.push(C(m[U]))}let W={stroke:e(M,ee,O,K,L,w),fill:null,clip:null,band:null,gaps:null,flags:ia},Z=W.stroke,[V,ie]=$o(n,l);if(d.fill!=null||V!=0){let U=W.fill=new Path2D(Z),J=d.fillTo(n,l,d.min,d.max,V),ue=C(J);K(U,Q,ue),K(U,se,ue)}if(!d.spanGaps){let U=[];U.push(...bo(c,m,s,i,q,A,a)),W.gaps=U=d.gaps(n,l,s,i,U),W.clip=il(U,$.ori,y,_,E,F)}return ie!=0&&(W.band=ie==2?[nn(n,l,s,i,Z,-1),nn(n,l,s,i,Z,1)]:nn(n,l,s,i,Z,ie)),W})}function Od(e){return Fd(Vd,e)}function Vd(e,t,a,n,l,s){let i=e.length;if(i<2)return null;let d=new Path2D;if(a(d,e[0],t[0]),i==2)n(d,e[1],t[1]);else{let c=Array(i),m=Array(i-1),$=Array(i-1),f=Array(i-1);for(let h=0;h<i-1;h++)$[h]=t[h+1]-t[h],f[h]=e[h+1]-e[h],m[h]=$[h]/f[h];c[0]=m[0];for(let h=1;h<i-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?c[h]=0:(c[h]=3*(f[h-1]+f[h])/((2*f[h]+f[h-1])/m[h-1]+(f[h]+2*f[h-1])/m[h]),isFinite(c[h])||(c[h]=0));c[i-1]=m[i-2];for(let h=0;h<i-1;h++)l(d,e[h]+f[h]/3,t[h]+c[h]*f[h]/3,e[h+1]-f[h]/3,t[h+1]-c[h+1]*f[h]/3,e[h+1],t[h+1])}return d}var ao=new Set;function ar(){for(let e of ao)e.syncRect(!0)}ca&&(_n(yc,la,ar),_n(wc,la,ar,!0),_n(tl,la,()=>{Qe.pxRatio=$e}));var Ud=Wr(),Wd=Vr();function lr(e,t,a,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,i)=>lo(s,i,t,a))}function Hd(e,t){return e.map((a,n)=>n==0?{}:Ve({},t,a))}function lo(e,t,a,n){return Ve({},t==0?a:n,e)}function Hr(e,t,a){return t==null?sa:[t,a]}var Gd=Hr;function Bd(e,t,a){return t==null?sa:nl(t,a,co,!0)}function Gr(e,t,a,n){return t==null?sa:ol(t,a,e.scales[n].log,!1)}var jd=Gr;function Br(e,t,a,n){return t==null?sa:io(t,a,e.scales[n].log,!1)}var Kd=Br;function Yd(e,t,a,n,l){let s=mt(Ns(e),Ns(t)),i=t-e,d=Ot(l/n*i,a);do{let c=a[d],m=n*c/i;if(m>=l&&s+(c<5?pn.get(c):0)<=17)return[c,m]}while(++d<a.length);return[0,0]}function or(e){let t,a;return e=e.replace(/(\d+)px/,(n,l)=>(t=He((a=+l)*$e))+"px"),[e,t,a]}function qd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let a=Se(t[2]*$e,1);t[0]=t[0].replace(/[0-9.]+px/,a+"px"),t[1]=a})}function Qe(e,t,a){let n={mode:ge(e.mode,1)},l=n.mode;function s(o,r,p,g){let b=r.valToPct(o);return g+p*(r.dir==-1?1-b:b)}function i(o,r,p,g){let b=r.valToPct(o);return g+p*(r.dir==-1?b:1-b)}function d(o,r,p,g){return r.ori==0?s(o,r,p,g):i(o,r,p,g)}n.valToPosH=s,n.valToPosV=i;let c=!1;n.status=0;let m=n.root=Et(nc);if(e.id!=null&&(m.id=e.id),wt(m,e.class),e.title){let o=Et(oc,m);o.textContent=e.title}let $=Ft("canvas"),f=n.ctx=$.getContext("2d"),h=Et(sc,m);_n("click",h,o=>{o.target===y&&(Te!=Kn||Ee!=Yn)&&et.click(n,o)},!0);let x=n.under=Et(rc,h);h.appendChild($);let y=n.over=Et(ic,h);e=ra(e);let _=+ge(e.pxAlign,1),E=tr(_);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(n,e)||e)});let F=e.ms||.001,w=n.series=l==1?lr(e.series||[],Ys,Xs,!1):Hd(e.series||[null],Qs),A=n.axes=lr(e.axes||[],Ks,Zs,!0),C=n.scales={},O=n.bands=e.bands||[];O.forEach(o=>{o.fill=me(o.fill||null),o.dir=ge(o.dir,-1)});let L=l==2?w[1].facets[0].scale:w[0].scale,K={axes:Ri,series:Di},q=(e.drawOrder||["axes","series"]).map(o=>K[o]);function se(o){let r=o.distr==3?p=>tn(p>0?p:o.clamp(n,p,o.min,o.max,o.key)):o.distr==4?p=>Bl(p,o.asinh):o.distr==100?p=>o.fwd(p):p=>p;return p=>{let g=r(p),{_min:b,_max:v}=o,k=v-b;return(g-b)/k}}function Q(o){let r=C[o];if(r==null){let p=(e.scales||La)[o]||La;if(p.from!=null){Q(p.from);let g=Ve({},C[p.from],p,{key:o});g.valToPct=se(g),C[o]=g}else{r=C[o]=Ve({},o==L?Lr:Ed,p),r.key=o;let g=r.time,b=r.range,v=mn(b);if((o!=L||l==2&&!g)&&(v&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Ls:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Ls:{mode:1,hard:b[1],soft:b[1]}},v=!1),!v&&rl(b))){let k=b;b=(T,D,R)=>D==null?sa:nl(D,R,k)}r.range=me(b||(g?Gd:o==L?r.distr==3?jd:r.distr==4?Kd:Hr:r.distr==3?Gr:r.distr==4?Br:Bd)),r.auto=me(v?!1:r.auto),r.clamp=me(r.clamp||Pd),r._min=r._max=null,r.valToPct=se(r)}}}Q("x"),Q("y"),l==1&&w.forEach(o=>{Q(o.scale)}),A.forEach(o=>{Q(o.scale)});for(let o in e.scales)Q(o);let M=C[L],ee=M.distr,W,Z;M.ori==0?(wt(m,ac),W=s,Z=i):(wt(m,lc),W=i,Z=s);let V={};for(let o in C){let r=C[o];(r.min!=null||r.max!=null)&&(V[o]={min:r.min,max:r.max},r.min=r.max=null)}let ie=e.tzDate||(o=>new Date(He(o/F))),U=e.fmtDate||po,J=F==1?ad(ie):sd(ie),ue=Gs(ie,Hs(F==1?nd:od,U)),pe=js(ie,Bs(id,U)),we=[],re=n.legend=Ve({},ud,e.legend),H=n.cursor=Ve({},$d,{drag:{y:l==2}},e.cursor),Ue=re.show,ot=H.show,Pe=re.markers;re.idxs=we,Pe.width=me(Pe.width),Pe.dash=me(Pe.dash),Pe.stroke=me(Pe.stroke),Pe.fill=me(Pe.fill);let be,Lt,ht,Le=[],Wt=[],Qt,St=!1,an={};if(re.live){let o=w[1]?w[1].values:null;St=o!=null,Qt=St?o(n,1,0):{_:0};for(let r in Qt)an[r]=so}if(Ue)if(be=Ft("table",fc,m),ht=Ft("tbody",null,be),re.mount(n,be),St){Lt=Ft("thead",null,be,ht);let o=Ft("tr",null,Lt);Ft("th",null,o);for(var Ln in Qt)Ft("th",ys,o).textContent=Ln}else wt(be,hc),re.live&&wt(be,gc);let Rn={show:!0},fa={show:!1};function za(o,r){if(r==0&&(St||!re.live||l==2))return sa;let p=[],g=Ft("tr",$c,ht,ht.childNodes[r]);wt(g,o.class),o.show||wt(g,An);let b=Ft("th",null,g);if(Pe.show){let T=Et(bc,b);if(r>0){let D=Pe.width(n,r);D&&(T.style.border=D+"px "+Pe.dash(n,r)+" "+Pe.stroke(n,r)),T.style.background=Pe.fill(n,r)}}let v=Et(ys,b);o.label instanceof HTMLElement?v.appendChild(o.label):v.textContent=o.label,r>0&&(Pe.show||(v.style.color=o.width>0?Pe.stroke(n,r):Pe.fill(n,r)),st("click",b,T=>{if(H._lock)return;yn(T);let D=w.indexOf(o);if((T.ctrlKey||T.metaKey)!=re.isolate){let R=w.some((I,z)=>z>0&&z!=D&&I.show);w.forEach((I,z)=>{z>0&&Bt(z,R?z==D?Rn:fa:Rn,!0,Fe.setSeries)})}else Bt(D,{show:!o.show},!0,Fe.setSeries)},!1),Fn&&st(Ss,b,T=>{H._lock||(yn(T),Bt(w.indexOf(o),Zn,!0,Fe.setSeries))},!1));for(var k in Qt){let T=Ft("td",vc,g);T.textContent="--",p.push(T)}return[g,p]}let gn=new Map;function st(o,r,p,g=!0){let b=gn.get(r)||{},v=H.bind[o](n,r,p,g);v&&(_n(o,r,b[o]=v),gn.set(r,b))}function In(o,r,p){let g=gn.get(r)||{};for(let b in g)(o==null||b==o)&&(Ql(b,r,g[b]),delete g[b]);o==null&&gn.delete(r)}let Xt=0,hn=0,te=0,N=0,Ce=0,We=0,Nn=Ce,$n=We,Ht=te,bn=N,$t=0,Ct=0,pt=0,Rt=0;n.bbox={};let fl=!1,Fa=!1,zn=!1,vn=!1,Oa=!1,Tt=!1;function gl(o,r,p){(p||o!=n.width||r!=n.height)&&Po(o,r),Hn(!1),zn=!0,Fa=!0,Gn()}function Po(o,r){n.width=Xt=te=o,n.height=hn=N=r,Ce=We=0,ki(),xi();let p=n.bbox;$t=p.left=Cn(Ce*$e,.5),Ct=p.top=Cn(We*$e,.5),pt=p.width=Cn(te*$e,.5),Rt=p.height=Cn(N*$e,.5)}let vi=3;function yi(){let o=!1,r=0;for(;!o;){r++;let p=Mi(r),g=Li(r);o=r==vi||p&&g,o||(Po(n.width,n.height),Fa=!0)}}function wi({width:o,height:r}){gl(o,r)}n.setSize=wi;function ki(){let o=!1,r=!1,p=!1,g=!1;A.forEach((b,v)=>{if(b.show&&b._show){let{side:k,_size:T}=b,D=k%2,R=b.label!=null?b.labelSize:0,I=T+R;I>0&&(D?(te-=I,k==3?(Ce+=I,g=!0):p=!0):(N-=I,k==0?(We+=I,o=!0):r=!0))}}),wn[0]=o,wn[1]=p,wn[2]=r,wn[3]=g,te-=ln[1]+ln[3],Ce+=ln[3],N-=ln[2]+ln[0],We+=ln[0]}function xi(){let o=Ce+te,r=We+N,p=Ce,g=We;function b(v,k){switch(v){case 1:return o+=k,o-k;case 2:return r+=k,r-k;case 3:return p-=k,p+k;case 0:return g-=k,g+k}}A.forEach((v,k)=>{if(v.show&&v._show){let T=v.side;v._pos=b(T,v._size),v.label!=null&&(v._lpos=b(T,v.labelSize))}})}if(H.dataIdx==null){let o=H.hover,r=o.skip=new Set(o.skip??[]);r.add(void 0);let p=o.prox=me(o.prox),g=o.bias??(o.bias=0);H.dataIdx=(b,v,k,T)=>{if(v==0)return k;let D=k,R=p(b,v,k,T)??xe,I=R>=0&&R<xe,z=M.ori==0?te:N,X=H.left,he=t[0],fe=t[v];if(r.has(fe[k])){D=null;let ce=null,j=null,G;if(g==0||g==-1)for(G=k;ce==null&&G-- >0;)r.has(fe[G])||(ce=G);if(g==0||g==1)for(G=k;j==null&&G++<fe.length;)r.has(fe[G])||(j=G);if(ce!=null||j!=null)if(I){let _e=ce==null?-1/0:W(he[ce],M,z,0),Ie=j==null?1/0:W(he[j],M,z,0),Je=X-_e,ke=Ie-X;Je<=ke?Je<=R&&(D=ce):ke<=R&&(D=j)}else D=j==null?ce:ce==null?j:k-ce<=j-k?ce:j}else I&&Ge(X-W(he[k],M,z,0))>R&&(D=null);return D}}let yn=o=>{H.event=o};H.idxs=we,H._lock=!1;let tt=H.points;tt.show=me(tt.show),tt.size=me(tt.size),tt.stroke=me(tt.stroke),tt.width=me(tt.width),tt.fill=me(tt.fill);let Gt=n.focus=Ve({},e.focus||{alpha:.3},H.focus),Fn=Gt.prox>=0,On=Fn&&tt.one,At=[],Vn=[],Un=[];function Eo(o,r){let p=tt.show(n,r);if(p instanceof HTMLElement)return wt(p,pc),wt(p,o.class),Jt(p,-10,-10,te,N),y.insertBefore(p,At[r]),p}function Mo(o,r){if(l==1||r>0){let p=l==1&&C[o.scale].time,g=o.value;o.value=p?Os(g)?js(ie,Bs(g,U)):g||pe:g||Ad,o.label=o.label||(p?vd:bd)}if(On||r>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Ud||Ec,o.fillTo=me(o.fillTo||Md),o.pxAlign=+ge(o.pxAlign,_),o.pxRound=tr(o.pxAlign),o.stroke=me(o.stroke||null),o.fill=me(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let p=_d(mt(1,o.width),1),g=o.points=Ve({},{size:p,width:mt(1,p*.2),stroke:o.stroke,space:p*2,paths:Wd,_stroke:null,_fill:null},o.points);g.show=me(g.show),g.filter=me(g.filter),g.fill=me(g.fill),g.stroke=me(g.stroke),g.paths=me(g.paths),g.pxAlign=o.pxAlign}if(Ue){let p=za(o,r);Le.splice(r,0,p[0]),Wt.splice(r,0,p[1]),re.values.push(null)}if(ot){we.splice(r,0,null);let p=null;On?r==0&&(p=Eo(o,r)):r>0&&(p=Eo(o,r)),At.splice(r,0,p),Vn.splice(r,0,0),Un.splice(r,0,0)}Ze("addSeries",r)}function Si(o,r){r=r??w.length,o=l==1?lo(o,r,Ys,Xs):lo(o,r,{},Qs),w.splice(r,0,o),Mo(w[r],r)}n.addSeries=Si;function Ci(o){if(w.splice(o,1),Ue){re.values.splice(o,1),Wt.splice(o,1);let r=Le.splice(o,1)[0];In(null,r.firstChild),r.remove()}ot&&(we.splice(o,1),At.splice(o,1)[0].remove(),Vn.splice(o,1),Un.splice(o,1)),Ze("delSeries",o)}n.delSeries=Ci;let wn=[!1,!1,!1,!1];function Ti(o,r){if(o._show=o.show,o.show){let p=o.side%2,g=C[o.scale];g==null&&(o.scale=p?w[1].scale:L,g=C[o.scale]);let b=g.time;o.size=me(o.size),o.space=me(o.space),o.rotate=me(o.rotate),mn(o.incrs)&&o.incrs.forEach(k=>{!pn.has(k)&&pn.set(k,fr(k))}),o.incrs=me(o.incrs||(g.distr==2?Xc:b?F==1?td:ld:Tn)),o.splits=me(o.splits||(b&&g.distr==1?J:g.distr==3?eo:g.distr==4?kd:wd)),o.stroke=me(o.stroke),o.grid.stroke=me(o.grid.stroke),o.ticks.stroke=me(o.ticks.stroke),o.border.stroke=me(o.border.stroke);let v=o.values;o.values=mn(v)&&!mn(v[0])?me(v):b?mn(v)?Gs(ie,Hs(v,U)):Os(v)?rd(ie,v):v||ue:v||yd,o.filter=me(o.filter||(g.distr>=3&&g.log==10?Cd:g.distr==3&&g.log==2?Td:mr)),o.font=or(o.font),o.labelFont=or(o.labelFont),o._size=o.size(n,null,r,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(wn[r]=!0,o._el=Et(cc,h))}}function ga(o,r,p,g){let[b,v,k,T]=p,D=r%2,R=0;return D==0&&(T||v)&&(R=r==0&&!b||r==2&&!k?He(Ks.size/3):0),D==1&&(b||k)&&(R=r==1&&!v||r==3&&!T?He(Zs.size/2):0),R}let Lo=n.padding=(e.padding||[ga,ga,ga,ga]).map(o=>me(ge(o,ga))),ln=n._padding=Lo.map((o,r)=>o(n,r,wn,0)),Xe,je=null,Ke=null,Va=l==1?w[0].idxs:null,It=null,ha=!1;function Ro(o,r){if(t=o??[],n.data=n._data=t,l==2){Xe=0;for(let p=1;p<w.length;p++)Xe+=t[p][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),It=t[0],Xe=It.length;let p=t;if(ee==2){p=t.slice();let g=p[0]=Array(Xe);for(let b=0;b<Xe;b++)g[b]=b}n._data=t=p}if(Hn(!0),Ze("setData"),ee==2&&(zn=!0),r!==!1){let p=M;p.auto(n,ha)?hl():sn(L,p.min,p.max),vn=vn||H.left>=0,Tt=!0,Gn()}}n.setData=Ro;function hl(){ha=!0;let o,r;l==1&&(Xe>0?(je=Va[0]=0,Ke=Va[1]=Xe-1,o=t[0][je],r=t[0][Ke],ee==2?(o=je,r=Ke):o==r&&(ee==3?[o,r]=ol(o,o,M.log,!1):ee==4?[o,r]=io(o,o,M.log,!1):M.time?r=o+He(86400/F):[o,r]=nl(o,r,co,!0))):(je=Va[0]=o=null,Ke=Va[1]=r=null)),sn(L,o,r)}let Ua,Wn,$l,bl,vl,yl,wl,kl,xl,ft;function Io(o,r,p,g,b,v){o??(o=ks),p??(p=mo),g??(g="butt"),b??(b=ks),v??(v="round"),o!=Ua&&(f.strokeStyle=Ua=o),b!=Wn&&(f.fillStyle=Wn=b),r!=$l&&(f.lineWidth=$l=r),v!=vl&&(f.lineJoin=vl=v),g!=yl&&(f.lineCap=yl=g),p!=bl&&f.setLineDash(bl=p)}function No(o,r,p,g){r!=Wn&&(f.fillStyle=Wn=r),o!=wl&&(f.font=wl=o),p!=kl&&(f.textAlign=kl=p),g!=xl&&(f.textBaseline=xl=g)}function Sl(o,r,p,g,b=0){if(g.length>0&&o.auto(n,ha)&&(r==null||r.min==null)){let v=ge(je,0),k=ge(Ke,g.length-1),T=p.min==null?Cc(g,v,k,b,o.distr==3):[p.min,p.max];o.min=Vt(o.min,p.min=T[0]),o.max=mt(o.max,p.max=T[1])}}let zo={min:null,max:null};function Ai(){for(let g in C){let b=C[g];V[g]==null&&(b.min==null||V[L]!=null&&b.auto(n,ha))&&(V[g]=zo)}for(let g in C){let b=C[g];V[g]==null&&b.from!=null&&V[b.from]!=null&&(V[g]=zo)}V[L]!=null&&Hn(!0);let o={};for(let g in V){let b=V[g];if(b!=null){let v=o[g]=ra(C[g],Rc);if(b.min!=null)Ve(v,b);else if(g!=L||l==2)if(Xe==0&&v.from==null){let k=v.range(n,null,null,g);v.min=k[0],v.max=k[1]}else v.min=xe,v.max=-xe}}if(Xe>0){w.forEach((g,b)=>{if(l==1){let v=g.scale,k=V[v];if(k==null)return;let T=o[v];if(b==0){let D=T.range(n,T.min,T.max,v);T.min=D[0],T.max=D[1],je=Ot(T.min,t[0]),Ke=Ot(T.max,t[0]),Ke-je>1&&(t[0][je]<T.min&&je++,t[0][Ke]>T.max&&Ke--),g.min=It[je],g.max=It[Ke]}else g.show&&g.auto&&Sl(T,k,g,t[b],g.sorted);g.idxs[0]=je,g.idxs[1]=Ke}else if(b>0&&g.show&&g.auto){let[v,k]=g.facets,T=v.scale,D=k.scale,[R,I]=t[b],z=o[T],X=o[D];z!=null&&Sl(z,V[T],v,R,v.sorted),X!=null&&Sl(X,V[D],k,I,k.sorted),g.min=k.min,g.max=k.max}});for(let g in o){let b=o[g],v=V[g];if(b.from==null&&(v==null||v.min==null)){let k=b.range(n,b.min==xe?null:b.min,b.max==-xe?null:b.max,g);b.min=k[0],b.max=k[1]}}}for(let g in o){let b=o[g];if(b.from!=null){let v=o[b.from];if(v.min==null)b.min=b.max=null;else{let k=b.range(n,v.min,v.max,g);b.min=k[0],b.max=k[1]}}}let r={},p=!1;for(let g in o){let b=o[g],v=C[g];if(v.min!=b.min||v.max!=b.max){v.min=b.min,v.max=b.max;let k=v.distr;v._min=k==3?tn(v.min):k==4?Bl(v.min,v.asinh):k==100?v.fwd(v.min):v.min,v._max=k==3?tn(v.max):k==4?Bl(v.max,v.asinh):k==100?v.fwd(v.max):v.max,r[g]=p=!0}}if(p){w.forEach((g,b)=>{l==2?b>0&&r.y&&(g._paths=null):r[g.scale]&&(g._paths=null)});for(let g in r)zn=!0,Ze("setScale",g);ot&&H.left>=0&&(vn=Tt=!0)}for(let g in V)V[g]=null}function _i(o){let r=Xl(je-1,0,Xe-1),p=Xl(Ke+1,0,Xe-1);for(;o[r]==null&&r>0;)r--;for(;o[p]==null&&p<Xe-1;)p++;return[r,p]}function Di(){if(Xe>0){let o=w.some(r=>r._focus)&&ft!=Gt.alpha;o&&(f.globalAlpha=ft=Gt.alpha),w.forEach((r,p)=>{if(p>0&&r.show&&(Fo(p,!1),Fo(p,!0),r._paths==null)){let g=ft;ft!=r.alpha&&(f.globalAlpha=ft=r.alpha);let b=l==2?[0,t[p][0].length-1]:_i(t[p]);r._paths=r.paths(n,p,b[0],b[1]),ft!=g&&(f.globalAlpha=ft=g)}}),w.forEach((r,p)=>{if(p>0&&r.show){let g=ft;ft!=r.alpha&&(f.globalAlpha=ft=r.alpha),r._paths!=null&&Oo(p,!1);{let b=r._paths!=null?r._paths.gaps:null,v=r.points.show(n,p,je,Ke,b),k=r.points.filter(n,p,v,b);(v||k)&&(r.points._paths=r.points.paths(n,p,je,Ke,k),Oo(p,!0))}ft!=g&&(f.globalAlpha=ft=g),Ze("drawSeries",p)}}),o&&(f.globalAlpha=ft=1)}}function Fo(o,r){let p=r?w[o].points:w[o];p._stroke=p.stroke(n,o),p._fill=p.fill(n,o)}function Oo(o,r){let p=r?w[o].points:w[o],{stroke:g,fill:b,clip:v,flags:k,_stroke:T=p._stroke,_fill:D=p._fill,_width:R=p.width}=p._paths;R=Se(R*$e,3);let I=null,z=R%2/2;r&&D==null&&(D=R>0?"#fff":T);let X=p.pxAlign==1&&z>0;if(X&&f.translate(z,z),!r){let he=$t-R/2,fe=Ct-R/2,ce=pt+R,j=Rt+R;I=new Path2D,I.rect(he,fe,ce,j)}r?Cl(T,R,p.dash,p.cap,D,g,b,k,v):Pi(o,T,R,p.dash,p.cap,D,g,b,k,I,v),X&&f.translate(-z,-z)}function Pi(o,r,p,g,b,v,k,T,D,R,I){let z=!1;D!=0&&O.forEach((X,he)=>{if(X.series[0]==o){let fe=w[X.series[1]],ce=t[X.series[1]],j=(fe._paths||La).band;mn(j)&&(j=X.dir==1?j[0]:j[1]);let G,_e=null;fe.show&&j&&Ac(ce,je,Ke)?(_e=X.fill(n,he)||v,G=fe._paths.clip):j=null,Cl(r,p,g,b,_e,k,T,D,R,I,G,j),z=!0}}),z||Cl(r,p,g,b,v,k,T,D,R,I)}let Vo=ia|no;function Cl(o,r,p,g,b,v,k,T,D,R,I,z){Io(o,r,p,g,b),(D||R||z)&&(f.save(),D&&f.clip(D),R&&f.clip(R)),z?(T&Vo)==Vo?(f.clip(z),I&&f.clip(I),Ha(b,k),Wa(o,v,r)):T&no?(Ha(b,k),f.clip(z),Wa(o,v,r)):T&ia&&(f.save(),f.clip(z),I&&f.clip(I),Ha(b,k),f.restore(),Wa(o,v,r)):(Ha(b,k),Wa(o,v,r)),(D||R||z)&&f.restore()}function Wa(o,r,p){p>0&&(r instanceof Map?r.forEach((g,b)=>{f.strokeStyle=Ua=b,f.stroke(g)}):r!=null&&o&&f.stroke(r))}function Ha(o,r){r instanceof Map?r.forEach((p,g)=>{f.fillStyle=Wn=g,f.fill(p)}):r!=null&&o&&f.fill(r)}function Ei(o,r,p,g){let b=A[o],v;if(g<=0)v=[0,0];else{let k=b._space=b.space(n,o,r,p,g),T=b._incrs=b.incrs(n,o,r,p,g,k);v=Yd(r,p,T,g,k)}return b._found=v}function Tl(o,r,p,g,b,v,k,T,D,R){let I=k%2/2;_==1&&f.translate(I,I),Io(T,k,D,R,T),f.beginPath();let z,X,he,fe,ce=b+(g==0||g==3?-v:v);p==0?(X=b,fe=ce):(z=b,he=ce);for(let j=0;j<o.length;j++)r[j]!=null&&(p==0?z=he=o[j]:X=fe=o[j],f.moveTo(z,X),f.lineTo(he,fe));f.stroke(),_==1&&f.translate(-I,-I)}function Mi(o){let r=!0;return A.forEach((p,g)=>{if(!p.show)return;let b=C[p.scale];if(b.min==null){p._show&&(r=!1,p._show=!1,Hn(!1));return}else p._show||(r=!1,p._show=!0,Hn(!1));let v=p.side,k=v%2,{min:T,max:D}=b,[R,I]=Ei(g,T,D,k==0?te:N);if(I==0)return;let z=b.distr==2,X=p._splits=p.splits(n,g,T,D,R,I,z),he=b.distr==2?X.map(G=>It[G]):X,fe=b.distr==2?It[X[1]]-It[X[0]]:R,ce=p._values=p.values(n,p.filter(n,he,g,I,fe),g,I,fe);p._rotate=v==2?p.rotate(n,ce,g,I):0;let j=p._size;p._size=Mt(p.size(n,ce,g,o)),j!=null&&p._size!=j&&(r=!1)}),r}function Li(o){let r=!0;return Lo.forEach((p,g)=>{let b=p(n,g,wn,o);b!=ln[g]&&(r=!1),ln[g]=b}),r}function Ri(){for(let o=0;o<A.length;o++){let r=A[o];if(!r.show||!r._show)continue;let p=r.side,g=p%2,b,v,k=r.stroke(n,o),T=p==0||p==3?-1:1,[D,R]=r._found;if(r.label!=null){let it=r.labelGap*T,yt=He((r._lpos+it)*$e);No(r.labelFont[0],k,"center",p==2?"top":ws),f.save(),g==1?(b=v=0,f.translate(yt,He(Ct+Rt/2)),f.rotate((p==3?-el:el)/2)):(b=He($t+pt/2),v=yt);let Sn=dr(r.label)?r.label(n,o,D,R):r.label;f.fillText(Sn,b,v),f.restore()}if(R==0)continue;let I=C[r.scale],z=g==0?pt:Rt,X=g==0?$t:Ct,he=r._splits,fe=I.distr==2?he.map(it=>It[it]):he,ce=I.distr==2?It[he[1]]-It[he[0]]:D,j=r.ticks,G=r.border,_e=j.show?j.size:0,Ie=He(_e*$e),Je=He((r.alignTo==2?r._size-_e-r.gap:r.gap)*$e),ke=r._rotate*-el/180,Ne=E(r._pos*$e),bt=(Ie+Je)*T,rt=Ne+bt;v=g==0?rt:0,b=g==1?rt:0;let _t=r.font[0],Nt=r.align==1?na:r.align==2?Wl:ke>0?na:ke<0?Wl:g==0?"center":p==3?Wl:na,Kt=ke||g==1?"middle":p==2?"top":ws;No(_t,k,Nt,Kt);let vt=r.font[1]*r.lineGap,Dt=he.map(it=>E(d(it,I,z,X))),zt=r._values;for(let it=0;it<zt.length;it++){let yt=zt[it];if(yt!=null){g==0?b=Dt[it]:v=Dt[it],yt=""+yt;let Sn=yt.indexOf(`
`)==-1?[yt]:yt.split(/\n/gm);for(let ct=0;ct<Sn.length;ct++){let os=Sn[ct];ke?(f.save(),f.translate(b,v+ct*vt),f.rotate(ke),f.fillText(os,0,0),f.restore()):f.fillText(os,b,v+ct*vt)}}}j.show&&Tl(Dt,j.filter(n,fe,o,R,ce),g,p,Ne,Ie,Se(j.width*$e,3),j.stroke(n,o),j.dash,j.cap);let Yt=r.grid;Yt.show&&Tl(Dt,Yt.filter(n,fe,o,R,ce),g,g==0?2:1,g==0?Ct:$t,g==0?Rt:pt,Se(Yt.width*$e,3),Yt.stroke(n,o),Yt.dash,Yt.cap),G.show&&Tl([Ne],[1],g==0?1:0,g==0?1:2,g==1?Ct:$t,g==1?Rt:pt,Se(G.width*$e,3),G.stroke(n,o),G.dash,G.cap)}Ze("drawAxes")}function Hn(o){w.forEach((r,p)=>{p>0&&(r._paths=null,o&&(l==1?(r.min=null,r.max=null):r.facets.forEach(g=>{g.min=null,g.max=null})))})}let Ga=!1,Al=!1,$a=[];function Ii(){Al=!1;for(let o=0;o<$a.length;o++)Ze(...$a[o]);$a.length=0}function Gn(){Ga||(Uc(Uo),Ga=!0)}function Ni(o,r=!1){Ga=!0,Al=r,o(n),Uo(),r&&$a.length>0&&queueMicrotask(Ii)}n.batch=Ni;function Uo(){if(fl&&(Ai(),fl=!1),zn&&(yi(),zn=!1),Fa){if(De(x,na,Ce),De(x,"top",We),De(x,Da,te),De(x,Pa,N),De(y,na,Ce),De(y,"top",We),De(y,Da,te),De(y,Pa,N),De(h,Da,Xt),De(h,Pa,hn),$.width=He(Xt*$e),$.height=He(hn*$e),A.forEach(({_el:o,_show:r,_size:p,_pos:g,side:b})=>{if(o!=null)if(r){let v=b===3||b===0?p:0,k=b%2==1;De(o,k?"left":"top",g-v),De(o,k?"width":"height",p),De(o,k?"top":"left",k?We:Ce),De(o,k?"height":"width",k?N:te),Jl(o,An)}else wt(o,An)}),Ua=Wn=$l=vl=yl=wl=kl=xl=bl=null,ft=1,ya(!0),Ce!=Nn||We!=$n||te!=Ht||N!=bn){Hn(!1);let o=te/Ht,r=N/bn;if(ot&&!vn&&H.left>=0){H.left*=o,H.top*=r,Bn&&Jt(Bn,He(H.left),0,te,N),jn&&Jt(jn,0,He(H.top),te,N);for(let p=0;p<At.length;p++){let g=At[p];g!=null&&(Vn[p]*=o,Un[p]*=r,Jt(g,Mt(Vn[p]),Mt(Un[p]),te,N))}}if(Ae.show&&!Oa&&Ae.left>=0&&Ae.width>0){Ae.left*=o,Ae.width*=o,Ae.top*=r,Ae.height*=r;for(let p in Ll)De(qn,p,Ae[p])}Nn=Ce,$n=We,Ht=te,bn=N}Ze("setSize"),Fa=!1}Xt>0&&hn>0&&(f.clearRect(0,0,$.width,$.height),Ze("drawClear"),q.forEach(o=>o()),Ze("draw")),Ae.show&&Oa&&(Ba(Ae),Oa=!1),ot&&vn&&(xn(null,!0,!1),vn=!1),re.show&&re.live&&Tt&&(El(),Tt=!1),c||(c=!0,n.status=1,Ze("ready")),ha=!1,Ga=!1}n.redraw=(o,r)=>{zn=r||!1,o!==!1?sn(L,M.min,M.max):Gn()};function _l(o,r){let p=C[o];if(p.from==null){if(Xe==0){let g=p.range(n,r.min,r.max,o);r.min=g[0],r.max=g[1]}if(r.min>r.max){let g=r.min;r.min=r.max,r.max=g}if(Xe>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;o==L&&p.distr==2&&Xe>0&&(r.min=Ot(r.min,t[0]),r.max=Ot(r.max,t[0]),r.min==r.max&&r.max++),V[o]=r,fl=!0,Gn()}}n.setScale=_l;let Dl,Pl,Bn,jn,Wo,Ho,Kn,Yn,Go,Bo,Te,Ee,on=!1,et=H.drag,Ye=et.x,qe=et.y;ot&&(H.x&&(Dl=Et(uc,y)),H.y&&(Pl=Et(mc,y)),M.ori==0?(Bn=Dl,jn=Pl):(Bn=Pl,jn=Dl),Te=H.left,Ee=H.top);let Ae=n.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qn=Ae.show?Et(dc,Ae.over?y:x):null;function Ba(o,r){if(Ae.show){for(let p in o)Ae[p]=o[p],p in Ll&&De(qn,p,o[p]);r!==!1&&Ze("setSelect")}}n.setSelect=Ba;function zi(o){if(w[o].show)Ue&&Jl(Le[o],An);else if(Ue&&wt(Le[o],An),ot){let p=On?At[0]:At[o];p!=null&&Jt(p,-10,-10,te,N)}}function sn(o,r,p){_l(o,{min:r,max:p})}function Bt(o,r,p,g){r.focus!=null&&Wi(o),r.show!=null&&w.forEach((b,v)=>{v>0&&(o==v||o==null)&&(b.show=r.show,zi(v),l==2?(sn(b.facets[0].scale,null,null),sn(b.facets[1].scale,null,null)):sn(b.scale,null,null),Gn())}),p!==!1&&Ze("setSeries",o,r),g&&wa("setSeries",n,o,r)}n.setSeries=Bt;function Fi(o,r){Ve(O[o],r)}function Oi(o,r){o.fill=me(o.fill||null),o.dir=ge(o.dir,-1),r=r??O.length,O.splice(r,0,o)}function Vi(o){o==null?O.length=0:O.splice(o,1)}n.addBand=Oi,n.setBand=Fi,n.delBand=Vi;function Ui(o,r){w[o].alpha=r,ot&&At[o]!=null&&(At[o].style.opacity=r),Ue&&Le[o]&&(Le[o].style.opacity=r)}let en,rn,kn,Zn={focus:!0};function Wi(o){if(o!=kn){let r=o==null,p=Gt.alpha!=1;w.forEach((g,b)=>{if(l==1||b>0){let v=r||b==0||b==o;g._focus=r?null:v,p&&Ui(b,v?1:Gt.alpha)}}),kn=o,p&&Gn()}}Ue&&Fn&&st(Cs,be,o=>{H._lock||(yn(o),kn!=null&&Bt(null,Zn,!0,Fe.setSeries))});function jt(o,r,p){let g=C[r];p&&(o=o/$e-(g.ori==1?We:Ce));let b=te;g.ori==1&&(b=N,o=b-o),g.dir==-1&&(o=b-o);let v=g._min,k=g._max,T=o/b,D=v+(k-v)*T,R=g.distr;return R==3?oa(10,D):R==4?Dc(D,g.asinh):R==100?g.bwd(D):D}function Hi(o,r){let p=jt(o,L,r);return Ot(p,t[0],je,Ke)}n.valToIdx=o=>Ot(o,t[0]),n.posToIdx=Hi,n.posToVal=jt,n.valToPos=(o,r,p)=>C[r].ori==0?s(o,C[r],p?pt:te,p?$t:0):i(o,C[r],p?Rt:N,p?Ct:0),n.setCursor=(o,r,p)=>{Te=o.left,Ee=o.top,xn(null,r,p)};function jo(o,r){De(qn,na,Ae.left=o),De(qn,Da,Ae.width=r)}function Ko(o,r){De(qn,"top",Ae.top=o),De(qn,Pa,Ae.height=r)}let ba=M.ori==0?jo:Ko,va=M.ori==1?jo:Ko;function Gi(){if(Ue&&re.live)for(let o=l==2?1:0;o<w.length;o++){if(o==0&&St)continue;let r=re.values[o],p=0;for(let g in r)Wt[o][p++].firstChild.nodeValue=r[g]}}function El(o,r){if(o!=null&&(o.idxs?o.idxs.forEach((p,g)=>{we[g]=p}):Lc(o.idx)||we.fill(o.idx),re.idx=we[0]),Ue&&re.live){for(let p=0;p<w.length;p++)(p>0||l==1&&!St)&&Bi(p,we[p]);Gi()}Tt=!1,r!==!1&&Ze("setLegend")}n.setLegend=El;function Bi(o,r){let p=w[o],g=o==0&&ee==2?It:t[o],b;St?b=p.values(n,o,r)??an:(b=p.value(n,r==null?null:g[r],o,r),b=b==null?an:{_:b}),re.values[o]=b}function xn(o,r,p){Go=Te,Bo=Ee,[Te,Ee]=H.move(n,Te,Ee),H.left=Te,H.top=Ee,ot&&(Bn&&Jt(Bn,He(Te),0,te,N),jn&&Jt(jn,0,He(Ee),te,N));let g,b=je>Ke;en=xe,rn=null;let v=M.ori==0?te:N,k=M.ori==1?te:N;if(Te<0||Xe==0||b){g=H.idx=null;for(let T=0;T<w.length;T++){let D=At[T];D!=null&&Jt(D,-10,-10,te,N)}Fn&&Bt(null,Zn,!0,o==null&&Fe.setSeries),re.live&&(we.fill(g),Tt=!0)}else{let T,D,R;l==1&&(T=M.ori==0?Te:Ee,D=jt(T,L),g=H.idx=Ot(D,t[0],je,Ke),R=W(t[0][g],M,v,0));let I=-10,z=-10,X=0,he=0,fe=!0,ce="",j="";for(let G=l==2?1:0;G<w.length;G++){let _e=w[G],Ie=we[G],Je=Ie==null?null:l==1?t[G][Ie]:t[G][1][Ie],ke=H.dataIdx(n,G,g,D),Ne=ke==null?null:l==1?t[G][ke]:t[G][1][ke];if(Tt=Tt||Ne!=Je||ke!=Ie,we[G]=ke,G>0&&_e.show){let bt=ke==null?-10:ke==g?R:W(l==1?t[0][ke]:t[G][0][ke],M,v,0),rt=Ne==null?-10:Z(Ne,l==1?C[_e.scale]:C[_e.facets[1].scale],k,0);if(Fn&&Ne!=null){let _t=M.ori==1?Te:Ee,Nt=Ge(Gt.dist(n,G,ke,rt,_t));if(Nt<en){let Kt=Gt.bias;if(Kt!=0){let vt=jt(_t,_e.scale),Dt=Ne>=0?1:-1,zt=vt>=0?1:-1;zt==Dt&&(zt==1?Kt==1?Ne>=vt:Ne<=vt:Kt==1?Ne<=vt:Ne>=vt)&&(en=Nt,rn=G)}else en=Nt,rn=G}}if(Tt||On){let _t,Nt;M.ori==0?(_t=bt,Nt=rt):(_t=rt,Nt=bt);let Kt,vt,Dt,zt,Yt,it,yt=!0,Sn=tt.bbox;if(Sn!=null){yt=!1;let ct=Sn(n,G);Dt=ct.left,zt=ct.top,Kt=ct.width,vt=ct.height}else Dt=_t,zt=Nt,Kt=vt=tt.size(n,G);if(it=tt.fill(n,G),Yt=tt.stroke(n,G),On)G==rn&&en<=Gt.prox&&(I=Dt,z=zt,X=Kt,he=vt,fe=yt,ce=it,j=Yt);else{let ct=At[G];ct!=null&&(Vn[G]=Dt,Un[G]=zt,Ms(ct,Kt,vt,yt),Ps(ct,it,Yt),Jt(ct,Mt(Dt),Mt(zt),te,N))}}}}if(On){let G=Gt.prox,_e=kn==null?en<=G:en>G||rn!=kn;if(Tt||_e){let Ie=At[0];Ie!=null&&(Vn[0]=I,Un[0]=z,Ms(Ie,X,he,fe),Ps(Ie,ce,j),Jt(Ie,Mt(I),Mt(z),te,N))}}}if(Ae.show&&on)if(o!=null){let[T,D]=Fe.scales,[R,I]=Fe.match,[z,X]=o.cursor.sync.scales,he=o.cursor.drag;if(Ye=he._x,qe=he._y,Ye||qe){let{left:fe,top:ce,width:j,height:G}=o.select,_e=o.scales[z].ori,Ie=o.posToVal,Je,ke,Ne,bt,rt,_t=T!=null&&R(T,z),Nt=D!=null&&I(D,X);_t&&Ye?(_e==0?(Je=fe,ke=j):(Je=ce,ke=G),Ne=C[T],bt=W(Ie(Je,z),Ne,v,0),rt=W(Ie(Je+ke,z),Ne,v,0),ba(Vt(bt,rt),Ge(rt-bt))):ba(0,v),Nt&&qe?(_e==1?(Je=fe,ke=j):(Je=ce,ke=G),Ne=C[D],bt=Z(Ie(Je,X),Ne,k,0),rt=Z(Ie(Je+ke,X),Ne,k,0),va(Vt(bt,rt),Ge(rt-bt))):va(0,k)}else Rl()}else{let T=Ge(Go-Wo),D=Ge(Bo-Ho);if(M.ori==1){let X=T;T=D,D=X}Ye=et.x&&T>=et.dist,qe=et.y&&D>=et.dist;let R=et.uni;R!=null?Ye&&qe&&(Ye=T>=R,qe=D>=R,!Ye&&!qe&&(D>T?qe=!0:Ye=!0)):et.x&&et.y&&(Ye||qe)&&(Ye=qe=!0);let I,z;Ye&&(M.ori==0?(I=Kn,z=Te):(I=Yn,z=Ee),ba(Vt(I,z),Ge(z-I)),qe||va(0,k)),qe&&(M.ori==1?(I=Kn,z=Te):(I=Yn,z=Ee),va(Vt(I,z),Ge(z-I)),Ye||ba(0,v)),!Ye&&!qe&&(ba(0,0),va(0,0))}if(et._x=Ye,et._y=qe,o==null){if(p){if(ls!=null){let[T,D]=Fe.scales;Fe.values[0]=T!=null?jt(M.ori==0?Te:Ee,T):null,Fe.values[1]=D!=null?jt(M.ori==1?Te:Ee,D):null}wa(Hl,n,Te,Ee,te,N,g)}if(Fn){let T=p&&Fe.setSeries,D=Gt.prox;kn==null?en<=D&&Bt(rn,Zn,!0,T):en>D?Bt(null,Zn,!0,T):rn!=kn&&Bt(rn,Zn,!0,T)}}Tt&&(re.idx=g,El()),r!==!1&&Ze("setCursor")}let cn=null;Object.defineProperty(n,"rect",{get(){return cn==null&&ya(!1),cn}});function ya(o=!1){o?cn=null:(cn=y.getBoundingClientRect(),Ze("syncRect",cn))}function Yo(o,r,p,g,b,v,k){H._lock||on&&o!=null&&o.movementX==0&&o.movementY==0||(Ml(o,r,p,g,b,v,k,!1,o!=null),o!=null?xn(null,!0,!0):xn(r,!0,!1))}function Ml(o,r,p,g,b,v,k,T,D){if(cn==null&&ya(!1),yn(o),o!=null)p=o.clientX-cn.left,g=o.clientY-cn.top;else{if(p<0||g<0){Te=-10,Ee=-10;return}let[R,I]=Fe.scales,z=r.cursor.sync,[X,he]=z.values,[fe,ce]=z.scales,[j,G]=Fe.match,_e=r.axes[0].side%2==1,Ie=M.ori==0?te:N,Je=M.ori==1?te:N,ke=_e?v:b,Ne=_e?b:v,bt=_e?g:p,rt=_e?p:g;if(fe!=null?p=j(R,fe)?d(X,C[R],Ie,0):-10:p=Ie*(bt/ke),ce!=null?g=G(I,ce)?d(he,C[I],Je,0):-10:g=Je*(rt/Ne),M.ori==1){let _t=p;p=g,g=_t}}D&&(r==null||r.cursor.event.type==Hl)&&((p<=1||p>=te-1)&&(p=Cn(p,te)),(g<=1||g>=N-1)&&(g=Cn(g,N))),T?(Wo=p,Ho=g,[Kn,Yn]=H.move(n,p,g)):(Te=p,Ee=g)}let Ll={width:0,height:0,left:0,top:0};function Rl(){Ba(Ll,!1)}let qo,Zo,Jo,Qo;function Xo(o,r,p,g,b,v,k){on=!0,Ye=qe=et._x=et._y=!1,Ml(o,r,p,g,b,v,k,!0,!1),o!=null&&(st(Gl,ql,es,!1),wa(xs,n,Kn,Yn,te,N,null));let{left:T,top:D,width:R,height:I}=Ae;qo=T,Zo=D,Jo=R,Qo=I}function es(o,r,p,g,b,v,k){on=et._x=et._y=!1,Ml(o,r,p,g,b,v,k,!1,!0);let{left:T,top:D,width:R,height:I}=Ae,z=R>0||I>0,X=qo!=T||Zo!=D||Jo!=R||Qo!=I;if(z&&X&&Ba(Ae),et.setScale&&z&&X){let he=T,fe=R,ce=D,j=I;if(M.ori==1&&(he=D,fe=I,ce=T,j=R),Ye&&sn(L,jt(he,L),jt(he+fe,L)),qe)for(let G in C){let _e=C[G];G!=L&&_e.from==null&&_e.min!=xe&&sn(G,jt(ce+j,G),jt(ce,G))}Rl()}else H.lock&&(H._lock=!H._lock,xn(r,!0,o!=null));o!=null&&(In(Gl,ql),wa(Gl,n,Te,Ee,te,N,null))}function ji(o,r,p,g,b,v,k){if(H._lock)return;yn(o);let T=on;if(on){let D=!0,R=!0,I=10,z,X;M.ori==0?(z=Ye,X=qe):(z=qe,X=Ye),z&&X&&(D=Te<=I||Te>=te-I,R=Ee<=I||Ee>=N-I),z&&D&&(Te=Te<Kn?0:te),X&&R&&(Ee=Ee<Yn?0:N),xn(null,!0,!0),on=!1}Te=-10,Ee=-10,we.fill(null),xn(null,!0,!0),T&&(on=T)}function ts(o,r,p,g,b,v,k){H._lock||(yn(o),hl(),Rl(),o!=null&&wa(Ts,n,Te,Ee,te,N,null))}function ns(){A.forEach(qd),gl(n.width,n.height,!0)}_n(tl,la,ns);let Jn={};Jn.mousedown=Xo,Jn.mousemove=Yo,Jn.mouseup=es,Jn.dblclick=ts,Jn.setSeries=(o,r,p,g)=>{let b=Fe.match[2];p=b(n,r,p),p!=-1&&Bt(p,g,!0,!1)},ot&&(st(xs,y,Xo),st(Hl,y,Yo),st(Ss,y,o=>{yn(o),ya(!1)}),st(Cs,y,ji),st(Ts,y,ts),ao.add(n),n.syncRect=ya);let ja=n.hooks=e.hooks||{};function Ze(o,r,p){Al?$a.push([o,r,p]):o in ja&&ja[o].forEach(g=>{g.call(null,n,r,p)})}(e.plugins||[]).forEach(o=>{for(let r in o.hooks)ja[r]=(ja[r]||[]).concat(o.hooks[r])});let as=(o,r,p)=>p,Fe=Ve({key:null,setSeries:!1,filters:{pub:zs,sub:zs},scales:[L,w[1]?w[1].scale:null],match:[Fs,Fs,as],values:[null,null]},H.sync);Fe.match.length==2&&Fe.match.push(as),H.sync=Fe;let ls=Fe.key,Il=Rr(ls);function wa(o,r,p,g,b,v,k){Fe.filters.pub(o,r,p,g,b,v,k)&&Il.pub(o,r,p,g,b,v,k)}Il.sub(n);function Ki(o,r,p,g,b,v,k){Fe.filters.sub(o,r,p,g,b,v,k)&&Jn[o](null,r,p,g,b,v,k)}n.pub=Ki;function Yi(){Il.unsub(n),ao.delete(n),gn.clear(),Ql(tl,la,ns),m.remove(),be?.remove(),Ze("destroy")}n.destroy=Yi;function Nl(){Ze("init",e,t),Ro(t||e.data,!1),V[L]?_l(L,V[L]):hl(),Oa=Ae.show&&(Ae.width>0||Ae.height>0),vn=Tt=!0,gl(e.width,e.height)}return w.forEach(Mo),A.forEach(Ti),a?a instanceof HTMLElement?(a.appendChild(m),Nl()):a(n,Nl):Nl(),n}Qe.assign=Ve;Qe.fmtNum=uo;Qe.rangeNum=nl;Qe.rangeLog=ol;Qe.rangeAsinh=io;Qe.orient=Pn;Qe.pxRatio=$e;Qe.join=Vc;Qe.fmtDate=po,Qe.tzDate=Jc;Qe.sync=Rr;{Qe.addGap=Ld,Qe.clipGaps=il;let e=Qe.paths={points:Vr};e.linear=Wr,e.stepped=Nd,e.bars=zd,e.spline=Od}function fn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Zd(e,t){let a=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return a?`rgba(${parseInt(a[1],16)}, ${parseInt(a[2],16)}, ${parseInt(a[3],16)}, ${t})`:e}function Jd(e,t,a,n){return Qe.paths.bars({size:[.7,60]})(e,t,a,n)}function Qd(e,t){return{hooks:{draw:[a=>{if(!e.length)return;let{ctx:n}=a,l=a.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let s of e){let i=Math.round(a.valToPos(s.t,"x",!0));i<a.bbox.left||i>a.bbox.left+a.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(i,l),n.lineTo(i,l+a.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(i,l+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function Xd(){let e=window.matchMedia?.("(prefers-color-scheme: dark)"),[t,a]=S(!!e?.matches);return gt(()=>{if(!e)return;let n=l=>a(l.matches);return e.addEventListener("change",n),()=>e.removeEventListener("change",n)},[]),t}function eu(e,t){let a=Math.max(2,Math.floor(t/90)),n=Math.max(1,Math.ceil(e.length/a));return e.filter((l,s)=>s%n===0)}function jr({rows:e,notes:t,currency:a,interval:n,timeZone:l}){let s=ka(null),i=ka(null),d=Xd();return gt(()=>{let c=s.current;if(!c)return;let m=e.map(w=>new Date(w.timestamp).getTime()/1e3),$=e.map(w=>w.visitors??0),f=e.map(w=>w.revenue??0),h=m.length>1?m[1]-m[0]:3600,x=(t||[]).map(w=>{let A=new Date(w.timestamp).getTime()/1e3,C=-1;for(let O=0;O<m.length;O++)m[O]<=A&&(C=O);return C>=0&&A<m[C]+h?{t:m[C],text:w.text}:null}).filter(Boolean),y=w=>{let A=new Date(w*1e3),C=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...C,timeZone:l}).format(A)}catch{return A.toLocaleString()}},_={width:c.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1,range:(w,A,C)=>[A-h/2,C+h/2]},v:{range:(w,A,C)=>[0,Math.max(4,C*1.1)]},r:{range:(w,A,C)=>[0,Math.max(1,C*1.1)]}},axes:[{stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},splits:w=>eu(m,w.bbox.width/devicePixelRatio),values:(w,A)=>A.map(y)},{scale:"v",stroke:fn("--muted"),grid:{stroke:fn("--border"),width:1},ticks:{show:!1},values:(w,A)=>A.map(C=>Re(C))},{scale:"r",side:1,stroke:fn("--muted"),grid:{show:!1},ticks:{show:!1},values:(w,A)=>A.map(C=>Pt(C,a))}],series:[{},{label:"Visitors",scale:"v",stroke:fn("--visitors"),fill:Zd(fn("--visitors"),.45),paths:Jd,points:{show:!1}},{label:"Revenue",scale:"r",stroke:fn("--revenue"),width:2,points:{show:!1}}],plugins:[Qd(x,fn("--accent"))],hooks:{setCursor:[w=>{let A=w.cursor.idx,C=i.current;if(!C)return;if(A==null){C.textContent="";return}let O=x.filter(L=>L.t===m[A]).map(L=>` \xB7 \u270E ${L.text}`).join("");C.textContent=`${y(m[A])}: ${Re($[A])} visitors, ${Pt(f[A],a)} revenue${O}`}]}},E=new Qe(_,[m,$,f],c),F=new ResizeObserver(()=>E.setSize({width:c.clientWidth,height:260}));return F.observe(c),()=>{F.disconnect(),E.destroy()}},[e,t,a,n,l,d]),u`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${i} aria-live="off"></span>
    </div>
    <div class="chart" ref=${s} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&u`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(c=>u`<li key=${c.id}>✎ ${new Date(c.timestamp).toLocaleDateString(void 0,{timeZone:l})}: ${c.text}</li>`)}
    </ul>`}
  </div>`}function wo(e){let[t,a]=S(null);return gt(()=>{import("/assets/map-YOSCEPAB.js").then(n=>a(()=>n.WorldMap))},[]),t?u`<${t} ...${e} />`:u`<div class="map-placeholder" aria-hidden="true"></div>`}function ma(e){return!e||e.length!==2?"":u`<span class="cc" title=${e.toUpperCase()}>${e.toUpperCase()}</span>`}function tu(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var En=new Set(["Unknown",""]);function nu(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function au(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var yo={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:En.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:nu(e.campaign||{}),filter:au(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=tu(e.image);return{label:e.country,icon:t,filter:En.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:En.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:En.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:En.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:En.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:En.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:(e,t)=>({label:t?.get(e.goal)?.displayName||e.goal,title:e.goal,dot:t?.get(e.goal)?.color,filter:["goal",e.goal]})}},Yr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],Kr=10,qr=()=>new Promise(()=>{});function lu(e,t){let a=ka(!1);gt(()=>{!a.current&&(e.data!==void 0||e.error)&&!e.loading&&(a.current=!0,t?.())},[e.data,e.error,e.loading])}function Zr({panel:e,websiteId:t,scope:a,currency:n,onFilter:l,active:s=!0,onAnswered:i,goalLooks:d}){let[c,m]=S(e.tabs[0]),[$,f]=S(!1),h=yo[c],x=$?100:Kr,y=ae(()=>s?P.getFull(`/api/v1/analytics/${h.path}`,{websiteId:t,...a,limit:x}):qr(),[c,t,JSON.stringify(a),x,s]);lu(y,i);let _=y.data?.data||[],E=y.data?.pagination?.total??_.length,F=Math.max(1,..._.map(A=>A.visitors||0)),w=e.tabs.length>1?u`<${is} label=${e.title} tabs=${e.tabs.map(A=>[A,yo[A].label])} active=${c} onChange=${A=>{m(A),f(!1)}} />`:u`<h2>${yo[c].label}</h2>`;return u`<section class="card panel" data-panel=${e.id} data-tab=${c} aria-label=${e.title}>
    <div class="panel-head">${w}</div>
    ${e.map&&c==="countries"&&_.length>0&&u`<${wo} rows=${_} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${h.goals?"Completions":h.clicks?"Clicks":""}</span><span>Visitors</span>${!h.goals&&!h.clicks?u`<span>Revenue</span>`:u`<span></span>`}
    </div>
    ${y.error&&u`<${ne} error=${y.error} />`}
    ${y.loading&&!y.data?u`<${de} />`:_.length===0?u`<p class="muted empty">No data for this period</p>`:u`<ol class="rows" data-loading=${y.loading?"true":"false"}>
      ${_.map((A,C)=>{let O=h.row(A,d),L=`${Math.max(2,Math.round((A.visitors||0)/F*100))}%`,K=u`<span class="row-label" title=${O.title||O.label}>${O.icon&&u`<span class="flag" aria-hidden="true">${ma(O.icon)} </span>`}${O.dot&&u`<span class="goal-dot" style=${{background:O.dot}} aria-hidden="true"></span>`}${O.label}</span>`,q=u`<span class="num">${h.goals?Re(A.completions):h.clicks?Re(A.clicks):""}</span>
          <span class="num" data-visitors=${A.visitors}>${Re(A.visitors)}</span>
          <span class="num rev">${h.goals||h.clicks?"":Pt(A.revenue,n)}</span>`;return u`<li key=${C} class="row">
          <span class="row-bar" style=${{width:L}} aria-hidden="true"></span>
          ${O.filter?u`<button type="button" class="row-main" data-filter=${O.filter[0]} data-value=${O.filter[1]} onClick=${()=>l(O.filter[0],O.filter[1])} aria-label=${`Filter by ${O.label}`}>${K}</button>`:u`<span class="row-main">${K}</span>`}
          ${q}
        </li>`})}
    </ol>`}
    ${E>Kr&&u`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>f(!$)}>${$?"Show fewer":`Show all ${Re(Math.min(E,100))}${E>100?"+":""}`}</button>`}
  </section>`}function Jr({websiteId:e,scope:t,shared:a,active:n=!0}){let l=ae(()=>n?a?Promise.resolve([]):P.get(`/api/v1/admin/websites/${e}/funnels`):qr(),[e,a,n]),s=(l.data||[]).filter(f=>f.isActive!==!1),[i,d]=S(null),c=i||s[0]?._id,m=ae(()=>c?P.get(`/api/v1/analytics/funnels/${c}`,{websiteId:e,...t}):Promise.resolve(null),[c,e,JSON.stringify(t)]),$=m.data?.[0];return u`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${s.length>1&&u`<select class="input input-small" aria-label="Funnel" value=${c} onChange=${f=>d(f.currentTarget.value)}>
        ${s.map(f=>u`<option value=${f._id} selected=${f._id===c}>${f.name}</option>`)}
      </select>`}
    </div>
    ${l.error&&u`<${ne} error=${l.error} />`}
    ${!l.loading&&s.length===0&&u`<p class="muted empty">${a?"No funnels shared.":u`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${m.error&&u`<${ne} error=${m.error} />`}
    ${$&&u`<ol class="funnel">
        ${$.steps.map((f,h)=>u`<li key=${h} class="funnel-step">
            <div class="funnel-label"><strong>${h+1}. ${f.name||f.url||f.goalName}</strong>
              <span class="num">${Re(f.visitors)} · ${dn(f.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,f.conversionRate)}%`}}></span></div>
            ${h>0&&f.dropOff>0&&u`<div class="funnel-drop small">↘ ${Re(f.dropOff)} dropped off (${dn(f.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${Re($.completed)} of ${Re($.visitors)} (${dn($.conversionRate)})</p>`}
  </section>`}var xo={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function su(e){let t={};for(let a of Object.keys(xo)){let n=e.get(`filter_${a}`);n&&(t[`filter_${a}`]=n)}return t}function ru(e,t){let a=new URLSearchParams(e);for(let[l,s]of Object.entries(t))s==null||s===""?a.delete(l):a.set(l,s);let n=a.toString();return n?`?${n}`:""}function iu(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Mn({id:e,label:t,value:a,raw:n,delta:l,lowerIsBetter:s}){let i=null;if(l!=null&&Number.isFinite(l)){let d=s?l<0:l>0,c=Math.abs(l)<.05?"flat":d?"up":"down";i=u`<span class=${`kpi-change ${c}`} title="Change against the previous period">${l>0?"\u2191":l<0?"\u2193":"\u2192"} ${dn(Math.abs(l))}</span>`}return u`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${a}</div>
    <div class="kpi-foot">${i}</div>
  </div>`}function cu({now:e,before:t,realtime:a,currency:n,comparable:l}){let s=i=>l?iu(e?.[i],t?.[i]):null;return u`<div class="kpis" aria-label="Key figures">
    <${Mn} id="visitors" label="Visitors" raw=${e.visitors} value=${Re(e.visitors)} delta=${s("visitors")} />
    <${Mn} id="revenue" label="Revenue" raw=${e.revenue} value=${Pt(e.revenue,n)} delta=${s("revenue")} />
    <${Mn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${dn(e.conversion_rate)} delta=${s("conversion_rate")} />
    <${Mn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Pt(e.revenue_per_visitor,n)} delta=${s("revenue_per_visitor")} />
    <${Mn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${dn(e.bounce_rate)} delta=${s("bounce_rate")} lowerIsBetter=${!0} />
    <${Mn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${rs(e.avg_session_duration)} delta=${s("avg_session_duration")} />
    <${Mn} id="realtime" label="Visitors now" raw=${a??""} value=${u`<span class="live-dot" aria-hidden="true"></span>${a===null?"\u2013":Re(a)}`} />
  </div>`}function du({period:e,query:t,go:a,timeZone:n}){let[l,s]=S(e.preset==="custom"),i=Ul(n),[d,c]=S(t.get("from")||e.startAt?.slice(0,10)||i),[m,$]=S(t.get("to")||e.endAt?.slice(0,10)||i);return u`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${dt}
        name="period"
        value=${l?"custom":e.preset}
        options=${Vl}
        onChange=${f=>{if(f==="custom")return s(!0);s(!1),a({period:f,from:null,to:null,interval:null})}}
      />
    </label>
    ${l&&u`<form
      class="inline custom-range"
      onSubmit=${f=>{f.preventDefault(),a({period:"custom",from:d,to:m,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${d} max=${i} onInput=${f=>c(f.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${m} max=${i} onInput=${f=>$(f.currentTarget.value)} required /></label>
      <${Y} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}var ko=2;function So({params:e,query:t,navigate:a,site:n,shared:l=!1}){let s=e.websiteId,i=ae(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):P.get("/api/v1/analytics/metadata",{websiteId:s}),[s,n?.timezone,n?.currency]);if(i.error){let d=l&&[401,403,404].includes(i.error.code);return u`<${ne}>${d?"This dashboard is not public. Log in to see it.":i.error.message}<//>${d?u`<p><a href=${`/login?next=/sites/${s}`}>Log in</a></p>`:""}`}return i.data?u`<${uu} websiteId=${s} query=${t} navigate=${a} info=${i.data[0]} shared=${l} />`:u`<${de} />`}function uu({websiteId:e,query:t,navigate:a,info:n,shared:l}){let s=n.timezone||"UTC",i=n.currency||"USD",d=l?`/share/${e}`:`/sites/${e}`,c=J=>a(d+ru(t,J)),m=Aa({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},s),$=bs(m),f=$.some(([J])=>J===t.get("interval"))?t.get("interval"):$.some(([J])=>J===m.interval)?m.interval:$[0][0],h=su(t),x={startAt:m.startAt,endAt:m.endAt},y={...x,...h},_=JSON.stringify(y),E=ae(()=>P.get("/api/v1/analytics/overview",{websiteId:e,...y}),[e,_]),F=m.startAt?x:{startAt:m.chartStartAt,endAt:m.chartEndAt},w=ae(()=>P.getFull("/api/v1/analytics/timeseries",{websiteId:e,...h,...F,interval:f,fields:"visitors,revenue",limit:1e3}),[e,_,f,F.startAt]),A=J=>J.data!==void 0||!!J.error,C=A(E)&&A(w),[O,L]=S(0),K=C&&O>=ko,q=!!m.prevStartAt,se=ae(()=>q?K?P.get("/api/v1/analytics/overview",{websiteId:e,...h,startAt:m.prevStartAt,endAt:m.prevEndAt}):new Promise(()=>{}):Promise.resolve(null),[e,_,m.prevStartAt,K]),Q=ae(()=>l?Promise.resolve(null):K?P.getFull(`/api/v1/admin/websites/${e}/goals/customizations`).catch(()=>null):new Promise(()=>{}),[e,l,K]),M=new Map((Q.data?.data||[]).map(J=>[J.goalName,J])),ee=ae(()=>l?Promise.resolve([]):P.get(`/api/v1/admin/websites/${e}/notes`,{...F,limit:100,order:"asc"}).catch(()=>[]),[e,F.startAt,F.endAt]),[W,Z]=S(null);Xn(async()=>Z((await P.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let V=w.data?.data||[];if(!m.startAt){let J=V.findIndex(ue=>(ue.visitors||0)>0||(ue.revenue||0)>0);V=J>0?V.slice(J):V}let ie=(J,ue)=>c({[`filter_${J}`]:ue}),U=Object.entries(h);return u`<div class="dash" data-loading=${E.loading||w.loading?"true":"false"}>
    <div class="toolbar">
      <${du} key=${m.preset} period=${m} query=${t} go=${c} timeZone=${s} />
      <span class="muted small tz" title="Days follow the website's time zone">${s}</span>
      ${l&&u`<span class="badge">Read-only</span>`}
    </div>
    ${U.length>0&&u`<div class="chips" aria-label="Filters">
      ${U.map(([J,ue])=>u`<span class="chip" data-chip=${J}>
          <span>${xo[J.slice(7)]||J.slice(7)}: <strong>${ue.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${xo[J.slice(7)]} filter`} onClick=${()=>c({[J]:null})}>✕</button>
        </span>`)}
      ${U.length>1&&u`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>c(Object.fromEntries(U.map(([J])=>[J,null])))}>Clear all</button>`}
    </div>`}
    ${E.error&&u`<${ne} error=${E.error} />`}
    ${E.data?u`<${cu} now=${E.data[0]} before=${se.data?.[0]} realtime=${W} currency=${i} comparable=${q} />`:!E.error&&u`<div class="kpis kpis-loading"><${de} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${$.length>1&&u`<div class="seg" role="group" aria-label="Interval">
          ${$.map(([J,ue])=>u`<button type="button" class=${`seg-btn ${J===f?"active":""}`} aria-pressed=${J===f} onClick=${()=>c({interval:J})}>${ue}</button>`)}
        </div>`}
      </div>
      ${w.error&&u`<${ne} error=${w.error} />`}
      ${w.data?u`<${jr} rows=${V} notes=${ee.data||[]} currency=${i} interval=${f} timeZone=${s} />`:!w.error&&u`<div class="chart-placeholder"><${de} /></div>`}
    </section>
    ${(E.data||E.error)&&u`<div class="panels">
      ${Yr.map((J,ue)=>u`<${Zr}
            key=${J.id}
            panel=${J}
            websiteId=${e}
            scope=${y}
            currency=${i}
            onFilter=${ie}
            active=${ue<ko?C:K}
            goalLooks=${M}
            onAnswered=${ue<ko?()=>L(pe=>pe+1):void 0}
          />`)}
      <${Jr} websiteId=${e} scope=${y} shared=${l} active=${K} />
    </div>`}
  </div>`}var mu=5e3,Qr={pageview:"view",goal:"goal",payment:"paid",payment_received:"paid",external_link:"out",identify:"id"};function Xr({kind:e}){return u`<span class=${`tag tag-${Qr[e]||"other"}`}>${Qr[e]||e}</span>`}function ei({params:e}){let t=e.websiteId,[a,n]=S(null),[l,s]=S(null);Xn(async()=>{try{n(await P.get("/api/v1/analytics/realtime/map",{websiteId:t})),s(null)}catch(c){s(c)}},mu,[t]);let i=a?.visitors||[],d=i.filter(c=>typeof c.latitude=="number"&&typeof c.longitude=="number").map(c=>({latitude:c.latitude,longitude:c.longitude,label:`${c.location?.city||c.location?.countryCode||"Visitor"} \xB7 ${c.currentUrl||""}`}));return u`<div class="stack">
    <${ne} error=${l} />
    <div class="live-grid">
      <${oe} title=${u`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${a?a.count:"\u2026"}</span>`}>
        <${wo} points=${d} />
        ${i.length===0?u`<p class="muted empty">Nobody right now.</p>`:u`<ul class="feed" aria-label="Visitors now">
              ${i.map(c=>u`<li key=${c.visitorId}>
                  <span aria-hidden="true">${ma(c.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${c.visitorId}`}>${c.currentUrl||"/"} <span class="muted small">${[c.system?.browser?.name,c.system?.os?.name,c.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${c.sessionStartTime?Qn(c.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${oe} title="Live events">
          ${(a?.recentEvents||[]).length===0?u`<p class="muted empty">No events in the last 10 minutes.</p>`:u`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${a.recentEvents.map(c=>u`<li key=${c._id}>
                    <${Xr} kind=${c.type} />
                    <span class="what">${c.type==="pageview"?c.path:`${c.type}${c.extraData?.name?`: ${c.extraData.name}`:""} on ${c.path||"/"}`}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${oe} title="Recent payments">
          ${(a?.recentPayments||[]).length===0?u`<p class="muted empty">No payment in the last 10 minutes.</p>`:u`<ul class="feed" aria-label="Recent payments">
                ${a.recentPayments.map(c=>u`<li key=${c._id}>
                    <${Xr} kind="payment" />
                    <span class="what"><strong class="rev">${Pt(c.amount,c.currency)}</strong> ${c.name||c.email||""}${c.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var Co=50,pu=1800*1e3;function ti({params:e,query:t,navigate:a,site:n}){let l=e.websiteId,[s,i]=S(t.get("page")||""),d=t.get("customers")==="1",c=t.get("goal")||"",m=Number(t.get("offset")||0),$=y=>{let _=new URLSearchParams(t);for(let[F,w]of Object.entries(y))w?_.set(F,w):_.delete(F);let E=_.toString();a(`/sites/${l}/visitors${E?`?${E}`:""}`)},f=ae(()=>P.get("/api/v1/analytics/goals",{websiteId:l,limit:100}),[l]),h=ae(()=>P.getFull("/api/v1/visitors",{websiteId:l,limit:Co,offset:m,visitedPageContains:t.get("page")||void 0,isCustomer:d&&!c?"true":void 0,completedGoal:c||void 0}),[l,t.toString()]),x=h.data?.data||[];return u`<${oe} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${y=>{y.preventDefault(),$({page:s.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${s} onInput=${y=>i(y.currentTarget.value)}
      /></label>
      <${Y} type="submit" class="btn-small">Search<//>
      <${nt} label="Customers only" name="customers" checked=${d} disabled=${!!c} onChange=${y=>$({customers:y?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${y=>$({goal:y.currentTarget.value,offset:null})}>
          <option value="" selected=${!c}>Any</option>
          ${(f.data||[]).map(y=>u`<option value=${y.goal} selected=${y.goal===c}>${y.goal}</option>`)}
        </select>
      </label>
    </form>
    ${h.error&&u`<${ne} error=${h.error} />`}
    ${h.loading&&!h.data?u`<${de} />`:x.length===0?u`<p class="muted empty">No visitor matches.</p>`:u`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${x.map(y=>u`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${l}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${y.identity?.country?u`${ma(y.identity.country)||y.identity.country} ${y.identity.city||""}`:"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${Oe(y.lastSeenAt,n?.timezone)}>${Qn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${m>0&&u`<${Y} class="btn-small" onClick=${()=>$({offset:String(Math.max(0,m-Co))||null})}>← Newer<//>`}
      ${h.data?.pagination?.hasMore&&u`<${Y} class="btn-small" onClick=${()=>$({offset:String(m+Co)})}>Older →<//>`}
    </div>
  <//>`}function fu(e){let t=[...(e.activity?.visitedPages||[]).map(l=>({kind:"page",at:l.timestamp,text:l.url})),...(e.activity?.completedGoals||[]).filter(l=>l.origin!=="payment_provider").map(l=>({kind:"goal",at:l.timestamp,text:l.name})),...(e.payments||[]).map(l=>({kind:"payment",at:l.timestamp,text:`${Pt(l.amount,l.currency)} ${l.type!=="new"?`(${l.type})`:""}`}))].sort((l,s)=>new Date(l.at)-new Date(s.at)),a=[],n=-1/0;for(let l of t){let s=new Date(l.at).getTime();(a.length===0||l.kind==="page"&&s-n>pu)&&a.push({start:l.at,items:[]}),a[a.length-1].items.push(l),l.kind==="page"&&(n=s)}return a}function ni({params:e,site:t}){let{websiteId:a,visitorId:n}=e,l=ae(()=>P.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:a}),[n]);if(l.loading)return u`<${de} />`;if(l.error)return u`<${ne} error=${l.error} /><p><a href=${`/sites/${a}/visitors`}>All visitors</a></p>`;let s=l.data,i=s.identity||{},d=t?.timezone,c=s.profile?.metadata?.name||s.profile?.metadata?.email||s.profile?.userId,m=$=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:d}).format(new Date($))}catch{return $}};return u`<div class="stack">
    <p><a href=${`/sites/${a}/visitors`}>← All visitors</a></p>
    <${oe} title=${u`${ma(i.countryCode)} ${c||`Visitor ${n.slice(0,8)}`} ${s.isCustomer?u`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[i.city,i.region,i.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[i.browser?.name,i.os?.name,i.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${Re(s.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${Re(s.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${Oe(s.activity?.firstVisitAt,d)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(i.params||{}).filter(([,$])=>$).map(([$,f])=>`${$}=${f}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${oe} title="Journey">
      <ol class="journey">
        ${fu(s).map(($,f)=>u`<li key=${$.start} class="journey-session">
              <h3>Visit ${f+1} · ${Oe($.start,d)}</h3>
              <ol class="journey">
                ${$.items.map((h,x)=>u`<li key=${x} class=${`ev ev-${h.kind}`}>
                    <span class="muted small">${m(h.at)}</span>
                    <span class=${`tag tag-${h.kind==="page"?"view":h.kind==="goal"?"goal":"paid"}`}>${h.kind==="page"?"view":h.kind==="goal"?"goal":"paid"}</span>
                    <span>${h.kind==="goal"?`Goal: ${h.text}`:h.kind==="payment"?`Payment ${h.text}`:h.text}</span>
                  </li>`)}
              </ol>
            </li>`)}
      </ol>
    <//>
  </div>`}function ai({params:e,navigate:t,onAuth:a}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,l=ae(()=>P.get(n),[e.token]),[s,i]=S(""),[d,c]=S("");return u`<main class="auth" id="main"><div class="auth-card"><${oe} title="Join a website">${(()=>{if(l.loading)return u`<${de} />`;if(l.error)return u`<${ne} error=${l.error} /><p><a href="/login">Log in</a></p>`;let $=l.data?.[0]||{},f=$.domain||"a website",h=ze.user&&ze.user.email===$.email,x=async()=>{Sa(),await Ya(),a?.(),t(`/sites/${$.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return ze.user&&!h?u`<p>This invitation is for <strong>${$.email}</strong>, and you are logged in as ${ze.user.email}. Log out, then open this link again.</p>`:!ze.user&&$.accountExists?u`<p>You are invited to <strong>${f}</strong> as <strong>${$.role}</strong>. An account with ${$.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:u`<p>You are invited to <strong>${f}</strong>${$.role?u` as <strong>${$.role}</strong>`:""}${$.email?u` (${$.email})`:""}.</p>
      ${h?u`<${ve} submitLabel="Accept the invitation" onSubmit=${async()=>{await P.post(`${n}/accept`,{}),await x()}} />`:u`<${ve}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await P.post(`${n}/accept`,{name:s.trim(),password:d}),await P.post("/api/auth/login",{email:$.email,password:d}),await x()}}
          >
            <${B} label="Your name"><${le} name="name" required value=${s} onInput=${i} /><//>
            <${B} label="Choose a password" hint="At least 8 characters"
              ><${le} type="password" name="password" autocomplete="new-password" minlength="8" required value=${d} onInput=${c}
            /><//>
          <//>
`}`})()}<//></div></main>`}function pa(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Ut(e){return(e||[]).join(`
`)}function To({title:e,secret:t,what:a,onClose:n}){return u`<${at}
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
  <//>`}function lt({title:e,message:t,confirmLabel:a="Delete",danger:n=!0,run:l,onClose:s}){let[i,d]=S(!1),[c,m]=S(null);return u`<${at}
    title=${e}
    onClose=${s}
    footer=${u`
      <${Y} onClick=${s}>Cancel<//>
      <${Y}
        kind=${n?"danger-solid":"primary"}
        disabled=${i}
        onClick=${async()=>{d(!0),m(null);try{await l(),s()}catch($){m($),d(!1)}}}
        >${i?"Working\u2026":a}<//
      >
    `}
  >
    <p>${t}</p>
    <${ne} error=${c} />
  <//>`}function Be({children:e}){return u`<p class="muted section-intro">${e}</p>`}function ml({title:e,hint:t,children:a}){return u`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${a}
    ${t&&u`<div class="field-hint">${t}</div>`}
  </div>`}var Ao=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],gu=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function hu(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function li({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,a=ae(()=>P.get(t),[e]);if(a.loading&&!a.data)return u`<${de} />`;if(a.error)return u`<${ne} error=${a.error} />`;let n=a.data[0],l=async(s,i)=>{let d=(await P.put(t,s))[0];return ps(e,{name:d.name,domain:d.domain,timezone:d.timezone,currency:d.currency}),Me(i),d};return u`
    <${$u} initial=${n} save=${l} />
    <${bu} initial=${n} save=${l} websiteId=${e} />
    <${vu} initial=${n} save=${l} />
    <${yu} initial=${n} save=${l} />
    <${wu} initial=${n} save=${l} />
    <${ku} initial=${n} save=${l} />
  `}function $u({initial:e,save:t}){let[a,n]=S(e.name||""),[l,s]=S(e.domain||""),[i,d]=S(e.timezone||"UTC"),[c,m]=S(e.currency||"USD"),$=Ao.includes(c)?Ao:[c,...Ao];return u`<${oe} title="Website">
    <${Be}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${ve}
      onSubmit=${async()=>{let f=await t({name:a.trim()||null,domain:l.trim(),timezone:i,currency:c},"Website settings saved");n(f.name||""),s(f.domain)}}
    >
      <div class="grid-2">
        <${B} label="Name"><${le} name="name" value=${a} onInput=${n} maxlength="100" /><//>
        <${B} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${le} name="domain" required value=${l} onInput=${s}
        /><//>
      </div>
      <div class="grid-2">
        <${B} label="Time zone"><${dt} name="timezone" value=${i} onChange=${d} options=${hu(i)} /><//>
        <${B} label="Currency" hint="Revenue is reported in this currency"
          ><${dt} name="currency" value=${c} onChange=${m} options=${$}
        /><//>
      </div>
    <//>
  <//>`}function bu({initial:e,save:t,websiteId:a}){let[n,l]=S(!!e.isPublicDashboardEnabled),[s,i]=S(!!e.isPublicDataEnabled),[d,c]=S(!!e.isPublicDashboardEnabled),m=`${window.location.origin}/share/${a}`;return u`<${oe} title="Public dashboard">
    <${Be}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${ve}
      onSubmit=${async()=>{let $=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:s},n?"The dashboard is public":"The dashboard is private");c(!!$.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${nt} name="isPublicDashboardEnabled" checked=${n} onChange=${l} label="Share a read-only public dashboard" />
        <${nt} name="isPublicDataEnabled" checked=${s} onChange=${i} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${d&&u`<div class="share-link" data-share-link>
        <${ml} title="Share link"><${qt} text=${m} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function vu({initial:e,save:t}){let[a,n]=S(!!e.isCookieless),[l,s]=S(!!e.isAllHostnamesAllowed),[i,d]=S(Ut(e.allowedHostnames)),[c,m]=S(!!e.isAttackModeEnabled);return u`<${oe} title="Tracking">
    <${ve}
      onSubmit=${async()=>{let $=await t({isCookieless:a,isAllHostnamesAllowed:l,allowedHostnames:pa(i),isAttackModeEnabled:c},"Tracking settings saved");d(Ut($.allowedHostnames))}}
    >
      <div class="toggles">
        <${nt} name="isCookieless" checked=${a} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${nt} name="isAttackModeEnabled" checked=${c} onChange=${m} label="Attack mode (stricter bot filtering)" />
        <${nt} name="isAllHostnamesAllowed" checked=${l} onChange=${s} label="Accept events from any hostname" />
      </div>
      <${B} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${l} value=${i} onInput=${$=>d($.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function yu({initial:e,save:t}){let[a,n]=S(Ut(e.excludedIps)),[l,s]=S(Ut(e.excludedPaths)),[i,d]=S(Ut(e.excludedCountries)),[c,m]=S(Ut(e.excludedHostnames)),$=(f,h,x)=>u`<textarea class="input" name=${f} value=${h} onInput=${y=>x(y.currentTarget.value)}></textarea>`;return u`<${oe} title="Exclusions">
    <${Be}>Events matching any of these are not recorded. One value per line.<//>
    <${ve}
      onSubmit=${async()=>{let f=await t({excludedIps:pa(a),excludedPaths:pa(l),excludedCountries:pa(i).map(h=>h.toUpperCase()),excludedHostnames:pa(c)},"Exclusions saved");n(Ut(f.excludedIps)),s(Ut(f.excludedPaths)),d(Ut(f.excludedCountries)),m(Ut(f.excludedHostnames))}}
    >
      <div class="grid-2">
        <${B} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${$("excludedIps",a,n)}<//>
        <${B} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${$("excludedPaths",l,s)}<//>
      </div>
      <div class="grid-2">
        <${B} label="Countries" hint="Two-letter codes, e.g. US, FR">${$("excludedCountries",i,d)}<//>
        <${B} label="Hostnames" hint="e.g. staging.example.com">${$("excludedHostnames",c,m)}<//>
      </div>
    <//>
  <//>`}function wu({initial:e,save:t}){let[a,n]=S(e.revenueMetric||"revenue"),[l,s]=S(!!e.includeRenewalRevenue),[i,d]=S(e.kpi||""),[c,m]=S(e.kpiColorScheme||"orange");return u`<${oe} title="Revenue and KPI">
    <${ve}
      onSubmit=${async()=>{await t({revenueMetric:a,includeRenewalRevenue:l,kpi:i.trim()||null,kpiColorScheme:c},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${B} label="Revenue metric"
          ><${dt} name="revenueMetric" value=${a} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${B} label="KPI color"><${dt} name="kpiColorScheme" value=${c} onChange=${m} options=${gu} /><//>
      </div>
      <${B} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${le} name="kpi" value=${i} onInput=${d}
      /><//>
      <${nt} name="includeRenewalRevenue" checked=${l} onChange=${s} label="Count renewals in revenue totals" />
    <//>
  <//>`}function ku({initial:e,save:t}){let[a,n]=S(!!e.sendWeeklyReports),[l,s]=S(!!e.sendViralTrafficAlerts);return u`<${oe} title="Emails">
    <${Be}>Sent to the website owner's email address.<//>
    <${ve} onSubmit=${()=>t({sendWeeklyReports:a,sendViralTrafficAlerts:l},"Email settings saved")}>
      <div class="toggles">
        <${nt} name="sendWeeklyReports" checked=${a} onChange=${n} label="Weekly report every Monday" />
        <${nt} name="sendViralTrafficAlerts" checked=${l} onChange=${s} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var oi=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function si({websiteId:e,site:t}){return u`
    <${xu} websiteId=${e} site=${t} />
    <${Au} websiteId=${e} site=${t} />
  `}function ri(e){return e?Oe(e):u`<span class="muted">Never</span>`}function xu({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/apikeys`,n=ae(()=>P.get(a),[e]),[l,s]=S(null),i=()=>s(null),d=(c,m)=>{n.reload(),s(u`<${To} title=${c} secret=${m[0].key} what="website key" onClose=${i} />`)};return u`<${oe}
    title="Website keys"
    class="website-keys"
    actions=${u`<${Y} kind="primary" onClick=${()=>s(u`<${Su} path=${a} onClose=${i} onCreated=${c=>d("Website key created",c)} />`)}>New website key<//>`}
  >
    <${Be}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&u`<${ne} error=${n.error} />`}
    ${n.loading&&!n.data?u`<${de} />`:u`<${ut}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(c=>({...c,key:c._id}))}
          columns=${[{key:"name",label:"Name",render:c=>c.name||u`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:c=>u`<code class="mono" data-masked-key>${c.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:c=>ri(c.lastUsedAt)},{key:"createdAt",label:"Created",render:c=>Oe(c.createdAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:c=>u`<div class="row-actions">
                <${Y}
                  class="btn-small"
                  aria-label=${`Roll ${c.name||c.displayKey}`}
                  onClick=${()=>s(u`<${lt}
                      title="Roll this key?"
                      message=${`${c.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let m=await P.put(`${a}/${c._id}`);setTimeout(()=>d("Website key rolled",m))}}
                      onClose=${i}
                    />`)}
                  >Roll<//
                >
                <${Y}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${c.name||c.displayKey}`}
                  onClick=${()=>s(u`<${lt}
                      title="Delete this key?"
                      message=${`${c.displayKey} stops working at once. This cannot be undone.`}
                      run=${async()=>{await P.del(`${a}/${c._id}`),Me("Website key deleted"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function Su({path:e,onClose:t,onCreated:a}){let[n,l]=S("");return u`<${at} title="New website key" onClose=${t}>
    <${ve}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let s=await P.post(e,n.trim()?{name:n.trim()}:{});t(),a(s)}}
    >
      <${B} label="Name" hint="Where the key is used, e.g. Production server"
        ><${le} name="keyName" value=${n} onInput=${l} maxlength="100"
      /><//>
    <//>
  <//>`}function Cu(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=ms()||[];return e.websiteIds.map(a=>t.find(n=>n._id===a)?.domain||a).join(", ")}function Tu(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function Au({websiteId:e,site:t}){let a="/api/v1/admin/access-tokens",n=ae(()=>P.get(a),[]),[l,s]=S(null),i=()=>s(null);return u`<${oe}
    title="Account tokens"
    class="account-tokens"
    actions=${u`<${Y}
      kind="primary"
      onClick=${()=>s(u`<${_u}
          websiteId=${e}
          site=${t}
          onClose=${i}
          onCreated=${d=>{n.reload(),s(u`<${To} title="Account token created" secret=${d[0].key} what="token" onClose=${i} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${Be}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&u`<${ne} error=${n.error} />`}
    ${n.loading&&!n.data?u`<${de} />`:u`<${ut}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(d=>({...d,key:d._id}))}
          columns=${[{key:"name",label:"Name",render:d=>d.name||u`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:d=>u`<code class="mono" data-masked-key>${d.displayKey}</code>`},{key:"permissions",label:"Permissions",render:d=>u`<span class="small">${Tu(d)}</span>`},{key:"websiteIds",label:"Websites",render:d=>u`<span class="small">${Cu(d)}</span>`},{key:"lastUsedAt",label:"Last used",render:d=>ri(d.lastUsedAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:d=>u`<div class="row-actions">
                <${Y}
                  class="btn-small btn-danger"
                  aria-label=${`Revoke ${d.name||d.displayKey}`}
                  onClick=${()=>s(u`<${lt}
                      title="Revoke this token?"
                      message=${`${d.displayKey} stops working at once. This cannot be undone.`}
                      confirmLabel="Revoke"
                      run=${async()=>{await P.del(`${a}/${d._id}`),Me("Token revoked"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Revoke<//
                >
              </div>`}]}
        />`}
    ${l}
  <//>`}function _u({websiteId:e,site:t,onClose:a,onCreated:n}){let[l,s]=S(""),[i,d]=S(!1),[c,m]=S(["analytics:read","websites:read"]),[$,f]=S(!0),h=(x,y)=>m(_=>y?[..._.filter(E=>E!==x),x]:_.filter(E=>E!==x));return u`<${at} title="New account token" onClose=${a}>
    <${ve}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let x={permissions:i?["*"]:oi.map(([_])=>_).filter(_=>c.includes(_)),websiteIds:$?[e]:[]};l.trim()&&(x.name=l.trim());let y=await P.post("/api/v1/admin/access-tokens",x);a(),n(y)}}
    >
      <${B} label="Name" hint="e.g. Reporting script"><${le} name="tokenName" value=${l} onInput=${s} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${nt} name="perm-all" checked=${i} onChange=${d} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${i}>
          ${oi.map(([x,y])=>u`<${nt} key=${x} name=${`perm-${x}`} value=${x} checked=${c.includes(x)} onChange=${_=>h(x,_)} label=${u`<span class="perm">${y}<code>${x}</code></span>`} />`)}
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
  <//>`}function Du(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function ii({websiteId:e,role:t}){let a=`/api/v1/admin/websites/${e}/team`,n=ae(()=>Promise.all([P.get(a),P.get(`${a}/invitations`)]),[e]),[l,s]=S(null),i=()=>s(null),d=t==="owner",[c,m]=n.data||[[],[]],$=(f,h,x,y)=>s(u`<${lt}
      title=${f}
      message=${h}
      confirmLabel="Remove"
      run=${async()=>{await P.del(a,x),Me(y),n.reload()}}
      onClose=${i}
    />`);return u`
    ${d&&u`<${Pu} path=${a} onInvited=${f=>{n.reload(),s(u`<${Eu} invitation=${f[0]} onClose=${i} />`)}} />`}
    <${oe} title="Members" class="team-members">
      ${!d&&u`<${Be}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&u`<${ne} error=${n.error} />`}
      ${n.loading&&!n.data?u`<${de} />`:u`<${ut}
            caption="Members"
            rows=${c.map(f=>({...f,key:f.userId}))}
            columns=${[{key:"name",label:"Name",render:f=>u`${f.name||f.email}${f.email===ze.user?.email?u` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>u`<span class="badge">${f.role}</span>`},{key:"joinedAt",label:"Joined",render:f=>Oe(f.joinedAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:f=>d&&f.role!=="owner"?u`<div class="row-actions"><${Y}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${f.email}`}
                        onClick=${()=>$("Remove this person?",`${f.email} loses access to this website at once, with their tokens and keys for it.`,{userId:f.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${oe} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?u`<${de} />`:u`<${ut}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${m.map(f=>({...f,key:f.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:f=>u`<span class="badge">${f.role}</span>`},{key:"createdAt",label:"Invited",render:f=>Oe(f.createdAt)},{key:"expiresAt",label:"Expires",render:f=>Oe(f.expiresAt)},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:f=>d?u`<div class="row-actions"><${Y}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${f.email}`}
                        onClick=${()=>$("Revoke this invitation?",`The link sent to ${f.email} stops working.`,{invitationId:f.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${l}
  `}function Pu({path:e,onInvited:t}){let[a,n]=S(""),[l,s]=S("viewer");return u`<${oe} title="Invite someone">
    <${Be}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${ve}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let i=await P.post(e,{email:a.trim(),role:l});n(""),t(i)}}
    >
      <div class="grid-2">
        <${B} label="Email"><${le} type="email" name="inviteEmail" required value=${a} onInput=${n} autocomplete="off" /><//>
        <${B} label="Role"><${dt} name="inviteRole" value=${l} onChange=${s} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function Eu({invitation:e,onClose:t}){let a=Du(e.inviteUrl);return u`<${at} title="Invitation created" onClose=${t} footer=${u`<${Y} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${Oe(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${qt} text=${a} label="Copy link" /></div>
  <//>`}function ci({status:e}){return u`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function di({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,a=ae(()=>P.get(t),[e]),n=ae(()=>P.getFull(`${t}/history`,{limit:50}),[e]),[l,s]=S(null),i=()=>s(null),d=()=>{i(),a.reload(),n.reload()},c=m=>s(u`<${Mu} path=${t} alert=${m} onClose=${i} onSaved=${d} />`);return u`
    <${oe} title="Goal alerts" class="alerts" actions=${u`<${Y} kind="primary" onClick=${()=>c(null)}>New alert<//>`}>
      <${Be}>An email to the website owner each time a visitor completes the goal.<//>
      ${a.error&&u`<${ne} error=${a.error} />`}
      ${a.loading&&!a.data?u`<${de} />`:u`<${ut}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(a.data||[]).map(m=>({...m,key:m._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:m=>u`<code>${m.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:m=>u`<span class="badge">${m.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:m=>m.recentLogs?.[0]?u`<${ci} status=${m.recentLogs[0].status} /> ${Oe(m.recentLogs[0].triggeredAt)}`:u`<span class="muted">Never</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:m=>u`<div class="row-actions">
                  <${Y} class="btn-small" aria-label=${`Edit ${m.name}`} onClick=${()=>c(m)}>Edit<//>
                  <${Y}
                    class="btn-small btn-danger"
                    aria-label=${`Delete ${m.name}`}
                    onClick=${()=>s(u`<${lt}
                        title="Delete this alert?"
                        message=${`"${m.name}" stops sending emails. Its history stays.`}
                        run=${async()=>{await P.del(`${t}/${m._id}`),Me("Alert deleted"),a.reload()}}
                        onClose=${i}
                      />`)}
                    >Delete<//
                  >
                </div>`}]}
          />`}
    <//>
    <${oe} title="Delivery history" class="alert-history" actions=${u`<${Y} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&u`<${ne} error=${n.error} />`}
      ${n.data&&u`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?u`<${de} />`:u`<${ut}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:m=>Oe(m.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:m=>u`<code>${m.goalName}</code>`},{key:"status",label:"Status",render:m=>u`<${ci} status=${m.status} />${m.error?u` <span class="small muted">${m.error}</span>`:""}`}]}
          />`}
    <//>
    ${l}
  `}function Mu({path:e,alert:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[i,d]=S(t?.trigger?.goalName||""),[c,m]=S(t?.template?.subject||""),[$,f]=S(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[h,x]=S(t?t.isEnabled:!0);return u`<${at} title=${t?"Edit alert":"New alert"} onClose=${a}>
    <${ve}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:l.trim(),trigger:{type:"goal",goalName:i.trim()},destination:{type:"email"},template:{subject:c.trim()||null,message:$.trim()},isEnabled:h};t?await P.put(`${e}/${t._id}`,y):await P.post(e,y),Me(t?"Alert saved":"Alert created"),n()}}
    >
      <${B} label="Name"><${le} name="alertName" required value=${l} onInput=${s} maxlength="100" /><//>
      <${B} label="Goal" hint="The goal name your site sends, e.g. signup"><${le} name="alertGoal" required value=${i} onInput=${d} /><//>
      <${B} label="Subject" hint="Empty: the standard subject"><${le} name="alertSubject" value=${c} onInput=${m} maxlength="200" /><//>
      <${B} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${$} onInput=${y=>f(y.currentTarget.value)}></textarea>
      <//>
      <${nt} name="alertEnabled" checked=${h} onChange=${x} label="Enabled" />
    <//>
  <//>`}var Lu=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function ui({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,a=ae(()=>P.get(t),[e]);if(a.loading&&!a.data)return u`<${de} />`;if(a.error)return u`<${ne} error=${a.error} />`;let n=a.data[0];return u`<div class="provider-grid">
    ${Lu.map(([l,s,i,d])=>u`<${Ru} key=${l} path=${`${t}/${l}`} slug=${l} name=${s} fields=${i} webhookHelp=${d} state=${n[l]||{}} reload=${a.reload} />`)}
  </div>`}function Ru({path:e,slug:t,name:a,fields:n,webhookHelp:l,state:s,reload:i}){let[d,c]=S({}),[m,$]=S(null),[f,h]=S(!1),x=(_,E)=>c(F=>({...F,[_]:E})),y=!!s.connected;return u`<${oe}
    title=${u`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${a}`}
    class=${`provider provider-${t}`}
    actions=${u`<span class=${`badge ${y?"badge-ok":""}`}>${y?"Connected":"Not connected"}</span>`}
  >
    ${y&&u`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${s.displayKey||"\u2014"}</code></dd>
      ${s.storeId&&u`<dt>Store</dt><dd>${s.storeId}</dd>`}
      ${s.orgId&&u`<dt>Organization</dt><dd>${s.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${s.webhookSecretConfigured?u`<code class="mono">${s.displayWebhookSecret}</code>`:u`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${Oe(s.connectedAt)}</dd>
      ${t==="paddle"&&s.resyncRequestedAt&&u`<dt>Resync queued</dt><dd>${Oe(s.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${ml} title="Webhook URL" hint=${l}><${qt} text=${s.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!f?u`<div class="form-actions">
          <${Y} onClick=${()=>h(!0)}>Replace keys<//>
          ${t==="paddle"&&u`<${Y}
            onClick=${async()=>{try{await P.patch(e),Me("Paddle resync queued"),i()}catch(_){Me(_.message,"error")}}}
            >Resync payments<//
          >`}
          <${Y}
            class="btn-danger"
            onClick=${()=>$(u`<${lt}
                title=${`Disconnect ${a}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await P.del(e),Me(`${a} disconnected`),i()}}
                onClose=${()=>$(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:u`<${ve}
          submitLabel=${y?"Save keys":`Connect ${a}`}
          busyLabel="Connecting…"
          extra=${y?u`<${Y} onClick=${()=>h(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let _={};for(let[E]of n)(d[E]||"").trim()&&(_[E]=d[E].trim());(d.webhookSecret||"").trim()&&(_.webhookSecret=d.webhookSecret.trim()),await P.post(e,_),Me(`${a} connected`),c({}),h(!1),i()}}
        >
          ${n.map(([_,E,F,w])=>u`<${B} key=${_} label=${E} hint=${F}
                ><${le} name=${`${t}-${_}`} type=${w?"password":"text"} autocomplete="off" value=${d[_]||""} onInput=${A=>x(_,A)}
              /><//>`)}
          <${B} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${le} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${d.webhookSecret||""} onInput=${_=>x("webhookSecret",_)}
          /><//>
        <//>`}
    ${m}
  <//>`}var Iu=100;function Nu(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function mi({websiteId:e,site:t}){let a=`/api/v1/admin/websites/${e}/notes`,[n,l]=S(""),s=ae(()=>P.getFull(a,{limit:Iu,q:n.trim()||void 0}),[e,n]),[i,d]=S(null),c=()=>d(null),m=h=>d(u`<${zu}
      path=${a}
      note=${h}
      timeZone=${t?.timezone}
      onClose=${c}
      onSaved=${()=>{c(),s.reload()}}
    />`),$=s.data?.data||[],f=s.data?.pagination?.total??$.length;return u`<${oe} title="Notes" class="notes" actions=${u`<${Y} kind="primary" onClick=${()=>m(null)}>New note<//>`}>
    <${Be}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${le} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${l} /></label>
      ${s.data&&u`<span class="muted small">${f} note${f===1?"":"s"}${f>$.length?`, newest ${$.length} shown`:""}</span>`}
    </div>
    ${s.error&&u`<${ne} error=${s.error} />`}
    ${s.loading&&!s.data?u`<${de} />`:u`<${ut}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${$.map(h=>({...h,key:h.id}))}
          columns=${[{key:"timestamp",label:"When",render:h=>u`<span style="white-space:nowrap">${Oe(h.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:h=>u`<span class="note-text">${h.text}</span>`},{key:"author",label:"By",render:h=>h.author?.name||u`<span class="muted">—</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:h=>u`<div class="row-actions">
                <${Y} class="btn-small" aria-label=${`Edit note ${h.text.slice(0,30)}`} onClick=${()=>m(h)}>Edit<//>
                <${Y}
                  class="btn-small btn-danger"
                  aria-label=${`Delete note ${h.text.slice(0,30)}`}
                  onClick=${()=>d(u`<${lt}
                      title="Delete this note?"
                      message=${h.text}
                      run=${async()=>{await P.del(`${a}/${h.id}`),Me("Note deleted"),s.reload()}}
                      onClose=${c}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${i}
  <//>`}function zu({path:e,note:t,timeZone:a,onClose:n,onSaved:l}){let s=t?Fu(t.timestamp,a):{date:Nu(),time:""},[i,d]=S(t?.text||""),[c,m]=S(s.date),[$,f]=S(s.time);return u`<${at} title=${t?"Edit note":"New note"} onClose=${n}>
    <${ve}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let h=$?Ou(c,$,a):c,x={text:i.trim(),timestamp:h};t?await P.put(`${e}/${t.id}`,x):await P.post(e,x),Me(t?"Note saved":"Note added"),l()}}
    >
      <${B} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${i} onInput=${h=>d(h.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${B} label="Date"><${le} type="date" name="noteDate" required value=${c} onInput=${m} /><//>
        <${B} label="Time" hint=${`Optional, ${a||"UTC"}`}><${le} type="time" name="noteTime" value=${$} onInput=${f} /><//>
      </div>
    <//>
  <//>`}function pi(e,t){let a=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(a.formatToParts(new Date(e)).map(l=>[l.type,l.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Fu(e,t){let a=pi(Date.parse(e),t);return{date:a.date,time:a.time==="00:00"?"":a.time}}function Ou(e,t,a){let n=Date.parse(`${e}T${t}:00Z`),l=n;for(let s=0;s<2;s++){let i=pi(l,a),d=Date.parse(`${i.date}T${i.time}:00Z`);l+=n-d}return new Date(l).toISOString()}function Vu(e){return e.type==="goal"?`goal ${e.goalName}`:e.url}function fi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/funnels`,a=ae(()=>P.get(t),[e]),[n,l]=S(null),s=()=>l(null),i=d=>l(u`<${Uu}
      path=${t}
      funnel=${d}
      onClose=${s}
      onSaved=${()=>{s(),a.reload()}}
    />`);return u`<${oe} title="Funnels" class="funnels" actions=${u`<${Y} kind="primary" onClick=${()=>i(null)}>New funnel<//>`}>
    <${Be}>How many visitors go through each step, in order: pages visited (<code>/pricing</code>, <code>/blog/*</code>) or goals completed.<//>
    ${a.error&&u`<${ne} error=${a.error} />`}
    ${a.loading&&!a.data?u`<${de} />`:u`<${ut}
          caption="Funnels"
          empty="No funnels yet."
          rows=${(a.data||[]).map(d=>({...d,key:d._id}))}
          columns=${[{key:"name",label:"Name"},{key:"steps",label:"Steps",render:d=>u`<span class="small">${d.steps.map(c=>`${c.name} (${Vu(c)})`).join(" \u2192 ")}</span>`},{key:"actions",label:u`<span class="sr-only">Actions</span>`,render:d=>u`<div class="row-actions">
                <${Y} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>i(d)}>Edit<//>
                <${Y}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${d.name}`}
                  onClick=${()=>l(u`<${lt}
                      title="Delete this funnel?"
                      message=${`"${d.name}" disappears from the dashboard.`}
                      run=${async()=>{await P.del(`${t}/${d._id}`),Me("Funnel deleted"),a.reload()}}
                      onClose=${s}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${n}
  <//>`}var _o=()=>({name:"",type:"pageview",url:"",goalName:""});function Uu({path:e,funnel:t,onClose:a,onSaved:n}){let[l,s]=S(t?.name||""),[i,d]=S(t?t.steps.map(m=>({id:m.id,name:m.name,type:m.type,url:m.url||"",goalName:m.goalName||""})):[_o(),_o()]),c=(m,$)=>d(f=>f.map((h,x)=>x===m?{...h,...$}:h));return u`<${at} title=${t?"Edit funnel":"New funnel"} onClose=${a}>
    <${ve}
      submitLabel=${t?"Save funnel":"Create funnel"}
      onSubmit=${async()=>{let m={name:l.trim(),steps:i.map($=>{let f={name:$.name.trim(),type:$.type};return $.id&&(f.id=$.id),$.type==="goal"?f.goalName=$.goalName.trim():f.url=$.url.trim(),f})};t?await P.put(`${e}/${t._id}`,m):await P.post(e,m),Me(t?"Funnel saved":"Funnel created"),n()}}
    >
      <${B} label="Funnel name"><${le} name="funnelName" required value=${l} onInput=${s} maxlength="100" /><//>
      ${i.map((m,$)=>u`<fieldset class="group" key=${$}>
          <legend>Step ${$+1}</legend>
          <div class="grid-2">
            <${B} label=${`Step ${$+1} name`}><${le} name=${`stepName${$}`} required value=${m.name} onInput=${f=>c($,{name:f})} /><//>
            <${B} label=${`Step ${$+1} kind`}
              ><${dt} name=${`stepType${$}`} value=${m.type} onChange=${f=>c($,{type:f})} options=${[["pageview","Page visited"],["goal","Goal completed"]]}
            /><//>
          </div>
          ${m.type==="goal"?u`<${B} label=${`Step ${$+1} goal`}><${le} name=${`stepGoal${$}`} required value=${m.goalName} onInput=${f=>c($,{goalName:f})} /><//>`:u`<${B} label=${`Step ${$+1} page`} hint="A path; * matches anything"
                ><${le} name=${`stepUrl${$}`} required placeholder="/pricing" value=${m.url} onInput=${f=>c($,{url:f})}
              /><//>`}
          ${i.length>2&&u`<${Y} class="btn-small btn-danger" onClick=${()=>d(f=>f.filter((h,x)=>x!==$))}>Remove step ${$+1}<//>`}
        </fieldset>`)}
      <div><${Y} class="btn-small" onClick=${()=>d(m=>[...m,_o()])}>Add a step<//></div>
    <//>
  <//>`}function gi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/goals`,a=ae(()=>P.get(t),[e]),n=ae(()=>P.getFull(`${t}/customizations`),[e]),[l,s]=S(null),i=()=>s(null),d=()=>{i(),n.reload()},c=new Map((n.data?.data||[]).map(h=>[h.goalName,h])),m=n.data?.colors||[],$=[...(a.data||[]).map(h=>({name:h.name,total:h.total,visitors:h.uv})),...[...c.keys()].filter(h=>!(a.data||[]).some(x=>x.name===h)).map(h=>({name:h,total:0,visitors:0}))].map(h=>({...h,key:h.name,look:c.get(h.name)})),f=a.error||n.error;return u`<${oe} title="Goals" class="goals-settings">
    <${Be}>How each goal reads on the dashboard. The tracked event keeps its name; only its label, color and description change.<//>
    ${f&&u`<${ne} error=${f} />`}
    ${a.loading&&!a.data||n.loading&&!n.data?u`<${de} />`:u`<${ut}
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
                  onClick=${()=>s(u`<${Wu} path=${`${t}/customizations`} goal=${h.name} look=${h.look} palette=${m} onClose=${i} onSaved=${d} />`)}
                  >Customize<//
                >
                ${h.look&&u`<${Y}
                  class="btn-small btn-danger"
                  aria-label=${`Reset goal ${h.name}`}
                  onClick=${()=>s(u`<${lt}
                      title="Reset this goal?"
                      message=${`"${h.name}" goes back to its raw name and the automatic color.`}
                      confirmLabel="Reset"
                      run=${async()=>{await P.del(`${t}/customizations?goalName=${encodeURIComponent(h.name)}`),Me("Goal reset"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Reset<//
                >`}
              </div>`}]}
        />`}
    ${l}
  <//>`}function Wu({path:e,goal:t,look:a,palette:n,onClose:l,onSaved:s}){let[i,d]=S(a?.displayName||""),[c,m]=S(a?.color||""),[$,f]=S(a?.description||"");return u`<${at} title=${`Customize \u201C${t}\u201D`} onClose=${l}>
    <${ve}
      submitLabel="Save goal"
      onSubmit=${async()=>{await P.patch(e,{goalName:t,displayName:i.trim()||null,color:c||null,description:$.trim()||null}),Me("Goal saved"),s()}}
    >
      <${B} label="Display name" hint="Shown instead of the raw name"><${le} name="goalDisplayName" maxlength="80" value=${i} onInput=${d} /><//>
      <${B} label="Color">
        <${dt}
          name="goalColor"
          value=${c}
          onChange=${m}
          options=${[["","Automatic"],...n.map(h=>[h.color,h.label])]}
        />
      <//>
      <${B} label="Description"><textarea class="input" name="goalDescription" maxlength="300" value=${$} onInput=${h=>f(h.currentTarget.value)}></textarea><//>
    <//>
  <//>`}var Do=[["website","Website",li],["keys","API keys",si],["team","Team",ii],["goals","Goals",gi],["funnels","Funnels",fi],["alerts","Alerts",di],["integrations","Integrations",ui],["notes","Notes",mi]];function hi({websiteId:e,site:t,section:a,role:n,navigate:l}){if(n!=="owner"&&n!=="member")return u`<${oe} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let s=Do.find(([m])=>m===a)||Do[0],[i,,d]=s,c=`/sites/${e}/settings`;return u`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${Do.map(([m,$])=>u`<a href=${`${c}/${m}`} class=${`navtab ${m===i?"active":""}`} aria-current=${m===i?"page":void 0}
            >${$}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${i}>
      <${d} key=${`${e}-${i}`} websiteId=${e} site=${t} role=${n} navigate=${l} />
    </div>
  </div>`}var Hu=[["/login",fs,"anyone"],["/setup",gs,"anyone"],["/invite/:token",ai,"anyone"],["/share/:websiteId",Yu,"anyone"],["/",vs,"member"],["/sites/:websiteId",Ia(So,"dashboard"),"member"],["/sites/:websiteId/realtime",Ia(ei,"realtime"),"member"],["/sites/:websiteId/visitors",Ia(ti,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",Ia(ni,"visitors"),"member"],["/sites/:websiteId/settings/:section?",Ia(Ku,"settings"),"member"]];function Gu(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[a,n,l]of Hu){let s=a.split("/").filter(Boolean),i={},d=!0;for(let c=0;c<Math.max(s.length,t.length);c++){let m=s[c],$=t[c];if(m===void 0){d=!1;break}if(m.startsWith(":")){let f=m.endsWith("?"),h=m.slice(1).replace(/\?$/,"");if($===void 0){f||(d=!1);break}i[h]=decodeURIComponent($)}else if(m!==$){d=!1;break}}if(d)return{screen:n,params:i,access:l}}return null}function $i(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var pl=new Set;function Na(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),pl.forEach(a=>a()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>pl.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let a=new URL(t.href,window.location.href);a.origin!==window.location.origin||a.pathname.startsWith("/api/")||a.pathname.startsWith("/js/")||(e.preventDefault(),Na(a.pathname+a.search))});function Bu(){let[e,t]=S($i()),[a,n]=S({checked:!1,error:null});if(gt(()=>{let d=()=>t($i());return pl.add(d),()=>pl.delete(d)},[]),gt(()=>{let d=window.location.pathname.startsWith("/sites/")?ta().catch(()=>null):null;Promise.all([Ya(),d]).then(()=>n({checked:!0,error:null}),c=>n({checked:!0,error:c})),P.onUnauthorized=()=>{ze.user=null,ze.csrfToken=null;let c=window.location.pathname;!["/login","/setup"].includes(c)&&!c.startsWith("/share/")&&!c.startsWith("/invite/")&&Na(`/login?next=${encodeURIComponent(c+window.location.search)}`,{replace:!0})}},[]),!a.checked)return u`<${de} />`;if(a.error)return u`<main class="page"><${ne} error=${a.error} /></main>`;let l=Gu(e.path);if(!l)return u`<${bi}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(l.access==="member"&&!ze.user)return u`<${ju} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let s=l.screen,i=u`<${s} params=${l.params} query=${e.query} navigate=${Na} onAuth=${()=>n({checked:!0,error:null})} />`;return l.access==="member"?u`<${bi}>${i}<//>`:i}function ju({to:e}){return gt(()=>Na(e,{replace:!0}),[e]),null}function bi({children:e}){return u`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${ze.user&&u`<span class="muted who">${ze.user.name||ze.user.email}</span>`}
        ${ze.user&&u`<${Y}
          kind="ghost"
          onClick=${async()=>{await us(),Na("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${zl} />
  </div>`}function Ia(e,t){return function(n){let{websiteId:l}=n.params,[s,i]=S({site:qa(l),error:null});if(gt(()=>{s.site||ta().then(()=>i({site:qa(l),error:qa(l)?null:new Error("This website does not exist or is not shared with you")}),$=>i({site:null,error:$}))},[l]),s.error)return u`<main class="page"><${ne} error=${s.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!s.site)return u`<${de} />`;let d=s.site,c=`/sites/${d._id}`,m=[["dashboard","Dashboard",c],["realtime","Realtime",`${c}/realtime`],["visitors","Visitors",`${c}/visitors`],...d.role==="viewer"?[]:[["settings","Settings",`${c}/settings`]]];return u`<div>
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
    </div>`}}function Ku({params:e,site:t,navigate:a}){return u`<${hi} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${a} />`}function Yu(e){return u`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${So} ...${e} site=${null} shared=${!0} /></main>
    <${zl} />
  </div>`}ss(u`<${Bu} />`,document.getElementById("app"));export{Gu as match,Na as navigate};
