import{A as re,B as xe,C as so,a as lo,b as A,c as Ct,d as Ra,f,g as Ne,h as Tt,i as un,j as ao,k as ze,l as Qn,m as ie,n as Xn,o as ee,p as J,q as pe,r as Nt,s as et,t as zt,u as At,v as qt,w as qe,x as Na,y as ae,z as ce}from"/assets/chunk-5KCA4ZVZ.js";var jl=class extends Error{constructor(t,l){super(l),this.code=t}},Ie={user:null,csrfToken:null};function Wi(e,t){let l=new URLSearchParams;for(let[a,o]of Object.entries(t||{}))o==null||o===""||l.set(a,String(o));let n=l.toString();return n?`${e}?${n}`:e}async function el(e,t,{query:l,body:n}={}){let a={Accept:"application/json"};n!==void 0&&(a["Content-Type"]="application/json"),e!=="GET"&&Ie.csrfToken&&(a["X-CSRF-Token"]=Ie.csrfToken);let o;try{o=await fetch(Wi(t,l),{method:e,headers:a,credentials:"same-origin",body:n===void 0?void 0:JSON.stringify(n)})}catch{throw new jl(0,"The server cannot be reached")}let i=null;try{i=await o.json()}catch{}if(o.ok&&i&&i.status==="success")return i;if(o.ok&&i&&i.status===void 0)return{status:"success",data:i};let u=i?.error?.message||`${o.status} ${o.statusText||"error"}`;throw o.status===401&&typeof I.onUnauthorized=="function"&&I.onUnauthorized(),new jl(i?.error?.code||o.status,u)}var I={async get(e,t){return(await el("GET",e,{query:t})).data},async getFull(e,t){return el("GET",e,{query:t})},async post(e,t){return(await el("POST",e,{body:t??{}})).data},async put(e,t){return(await el("PUT",e,{body:t??{}})).data},async patch(e,t){return(await el("PATCH",e,{body:t??{}})).data},async del(e,t){return(await el("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function wl(e){let t=Array.isArray(e)?e[0]:e;return Ie.user=t?.user||null,Ie.csrfToken=t?.csrfToken||null,Ie}async function Gl(){try{return wl(await I.get("/api/auth/session"))}catch(e){if(e.code===401)return wl(null);throw e}}async function oo(e,t){return wl(await I.post("/api/auth/login",{email:e,password:t}))}async function ro(e,t,l){return wl(await I.post("/api/auth/signup",{email:e,password:t,name:l||void 0}))}async function io(){try{await I.post("/api/auth/logout",{})}finally{wl(null)}}var dn=null;async function kl(){return dn=await I.get("/api/v1/admin/websites"),dn}function co(){return dn}function Kl(e){return dn?.find(t=>t._id===e)||null}function uo(e,t){dn&&(dn=dn.map(l=>l._id===e?{...l,...t}:l))}function xl(){dn=null}function Hi(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function za({title:e,children:t,footer:l}){return f`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${l&&f`<div class="auth-foot muted">${l}</div>`}
    </div>
  </main>`}function po({query:e,navigate:t,onAuth:l}){let[n,a]=A(""),[o,i]=A(""),[u,c]=A(!1);return Ct(()=>{I.get("/api/auth/signup").then(d=>{d?.[0]?.signupOpen&&(c(!0),t("/setup",{replace:!0}))},()=>{})},[]),f`<${za}
    title="Log in"
    footer=${u?f`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${xe}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await oo(n.trim(),o),xl(),l?.(),t(Hi(e),{replace:!0})}}
    >
      <${J} label="Email"><${pe} type="email" name="email" autocomplete="username" required value=${n} onInput=${a} /><//>
      <${J} label="Password"><${pe} type="password" name="password" autocomplete="current-password" required value=${o} onInput=${i} /><//>
    <//>
  <//>`}function fo({navigate:e,onAuth:t}){let[l,n]=A({checked:!1,open:!1}),[a,o]=A(""),[i,u]=A(""),[c,d]=A("");return Ct(()=>{I.get("/api/auth/signup").then(h=>n({checked:!0,open:!!h?.[0]?.signupOpen}),()=>n({checked:!0,open:!0}))},[]),l.checked?l.open?f`<${za} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${xe}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await ro(i.trim(),c,a.trim()),xl(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${J} label="Your name"><${pe} name="name" autocomplete="name" value=${a} onInput=${o} /><//>
      <${J} label="Email"><${pe} type="email" name="email" autocomplete="username" required value=${i} onInput=${u} /><//>
      <${J} label="Password" hint="At least 8 characters"
        ><${pe} type="password" name="password" autocomplete="new-password" minlength="8" required value=${c} onInput=${d}
      /><//>
    <//>
  <//>`:f`<${za} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:f`<${ce} />`}function Bi(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function mo({site:e,onFirstEvent:t}){let[l,n]=A(!1);return Xn(async()=>{if(l)return;((await I.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(n(!0),t?.())},2e3,[e._id,l]),f`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${qt} text=${Bi(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${l?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${l?f`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}function ji(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function Gi({onAdded:e,onCancel:t}){let[l,n]=A(""),[a,o]=A(""),[i,u]=A(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return f`<${re} title="Add a website">
    <${xe}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&f`<${ee} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let c=l.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),d=await I.post("/api/v1/admin/websites",{domain:c,name:a.trim()||c,timezone:i});await e(d[0])}}
    >
      <div class="grid-2">
        <${J} label="Domain" hint="Without https://, e.g. example.com"
          ><${pe} name="domain" required placeholder="example.com" value=${l} onInput=${n}
        /><//>
        <${J} label="Name"><${pe} name="name" placeholder="My site" value=${a} onInput=${o} /><//>
      </div>
      <${J} label="Time zone" hint="Days and charts follow this zone"
        ><${Nt} name="timezone" value=${i} onChange=${u} options=${ji()}
      /><//>
    <//>
  <//>`}function Ki({site:e}){let{data:t}=ie(()=>I.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",...Yi()}),[e._id]);return f`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${Ne(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function Yi(){let e=n=>n.toISOString().slice(0,10),t=new Date,l=new Date(t.getTime()-6*864e5);return{startAt:e(l),endAt:e(t)}}function go({query:e,navigate:t}){let l=ie(()=>kl(),[]),[n,a]=A(!1),[o,i]=A(null);if(l.loading&&!l.data)return f`<${ce} />`;if(l.error)return f`<main class="page"><${ae} error=${l.error} /></main>`;let u=l.data||[],c=n||u.length===0&&!o;return f`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${u.length>0&&!c&&f`<${ee} kind="primary" onClick=${()=>a(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&u.length===0&&f`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${c&&f`<${Gi}
      onCancel=${u.length>0?()=>a(!1):null}
      onAdded=${async d=>{let h=await kl();l.reload(),a(!1),i(h.find(g=>g._id===d.websiteId)||null)}}
    />`}
    ${o&&f`<div class="stack">
      <${mo} site=${o} />
      <p><a class="btn btn-primary" href=${`/sites/${o._id}`}>Open the dashboard</a></p>
    </div>`}
    ${u.length>0&&f`<ul class="site-list card">${u.map(d=>f`<${Ki} key=${d._id} site=${d} />`)}</ul>`}
  </main>`}var Oa=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var qi="2015-01-01";function Va(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function Cl(e){let[t,l,n]=e.split("-").map(Number);return new Date(Date.UTC(t,l-1,n))}function ho(e){return e.toISOString().slice(0,10)}function Zt(e,t){let l=Cl(e);return l.setUTCDate(l.getUTCDate()+t),ho(l)}function Sl(e,t){let l=Cl(e),n=new Date(Date.UTC(l.getUTCFullYear(),l.getUTCMonth()+t,1)),a=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+1,0)).getUTCDate();return n.setUTCDate(Math.min(l.getUTCDate(),a)),ho(n)}function Fa(e,t){return Math.round((Cl(t)-Cl(e))/864e5)}var Yl=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Ua({preset:e,from:t,to:l},n,a=new Date){let o=Va(n,a),i=(c,d)=>({startAt:c,endAt:d,prevStartAt:Zt(c,-(Fa(c,d)+1)),prevEndAt:Zt(c,-1)}),u;switch(e){case"today":u={...i(o,o),interval:"hour"};break;case"yesterday":u={...i(Zt(o,-1),Zt(o,-1)),interval:"hour"};break;case"24h":{let c=new Date(Math.floor(a.getTime()/6e4)*6e4),d=new Date(c.getTime()-864e5),h=new Date(d.getTime()-864e5);u={startAt:d.toISOString(),endAt:c.toISOString(),prevStartAt:h.toISOString(),prevEndAt:new Date(d.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":u={...i(Zt(o,-6),o),interval:"day"};break;case"30d":u={...i(Zt(o,-29),o),interval:"day"};break;case"12m":u={...i(Zt(Sl(o,-12),1),o),interval:"month"};break;case"week":{let c=(Cl(o).getUTCDay()+6)%7,d=Zt(o,-c);u={startAt:d,endAt:o,prevStartAt:Zt(d,-7),prevEndAt:Zt(o,-7),interval:"day"};break}case"month":{let c=o.slice(0,8)+"01";u={startAt:c,endAt:o,prevStartAt:Sl(c,-1),prevEndAt:Sl(o,-1),interval:"day"};break}case"year":{let c=o.slice(0,5)+"01-01";u={startAt:c,endAt:o,prevStartAt:Sl(c,-12),prevEndAt:Sl(o,-12),interval:"month"};break}case"all":u={chartStartAt:qi,chartEndAt:o,interval:"month"};break;case"custom":if(Yl(t)&&Yl(l)&&t<=l){let c=Fa(t,l);u={...i(t,l),interval:c===0?"hour":c<=62?"day":c<=400?"week":"month"};break}default:return Ua({preset:"30d"},n,a)}return{preset:e,...u,label:Oa.find(([c])=>c===e)?.[1]||e}}function $o(e){let t=e.startAt||e.chartStartAt,l=e.endAt||e.chartEndAt,n=Yl(t)&&Yl(l)?Fa(t,l)+1:1;return[["hour","Hourly",n<=31],["day","Daily",n>=2&&n<=1e3],["week","Weekly",n>=14],["month","Monthly",n>=60]].filter(([,,o])=>o).map(([o,i])=>[o,i])}var Zi="uplot",Ji="u-hz",Qi="u-vt",Xi="u-title",ec="u-wrap",tc="u-under",nc="u-over",lc="u-axis",An="u-off",ac="u-select",sc="u-cursor-x",oc="u-cursor-y",rc="u-cursor-pt",ic="u-legend",cc="u-live",uc="u-inline",dc="u-series",pc="u-marker",bo="u-label",fc="u-value",Al="width",_l="height";var vo="bottom",tl="left",Wa="right",ss="#000",yo=ss+"0",Ha="mousemove",wo="mousedown",Ba="mouseup",ko="mouseenter",xo="mouseleave",So="dblclick",mc="resize",gc="scroll",Co="change",Xl="dppxchange",os="--",il=typeof window<"u",qa=il?document:null,ll=il?window:null,hc=il?navigator:null,ge,ql;function Za(){let e=devicePixelRatio;ge!=e&&(ge=e,ql&&Qa(Co,ql,Za),ql=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),_n(Co,ql,Za),ll.dispatchEvent(new CustomEvent(Xl)))}function ht(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Ja(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function Ae(e,t,l){e.style[t]=l+"px"}function Ft(e,t,l,n){let a=qa.createElement(e);return t!=null&&ht(a,t),l?.insertBefore(a,n),a}function _t(e,t){return Ft("div",e,t)}var To=new WeakMap;function Jt(e,t,l,n,a){let o="translate("+t+"px,"+l+"px)",i=To.get(e);o!=i&&(e.style.transform=o,To.set(e,o),t<0||l<0||t>n||l>a?ht(e,An):Ja(e,An))}var Ao=new WeakMap;function _o(e,t,l){let n=t+l,a=Ao.get(e);n!=a&&(Ao.set(e,n),e.style.background=t,e.style.borderColor=l)}var Do=new WeakMap;function Po(e,t,l,n){let a=t+""+l,o=Do.get(e);a!=o&&(Do.set(e,a),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var rs={passive:!0},$c={...rs,capture:!0};function _n(e,t,l,n){t.addEventListener(e,l,n?$c:rs)}function Qa(e,t,l,n){t.removeEventListener(e,l,rs)}il&&Za();function Ot(e,t,l,n){let a;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)a=o?l+n>>1:$t((l+n)/2),t[a]<e?l=a:n=a;return e-t[l]<=t[n]-e?l:n}function ar(e){return(l,n,a)=>{let o=-1,i=-1;for(let u=n;u<=a;u++)if(e(l[u])){o=u;break}for(let u=a;u>=n;u--)if(e(l[u])){i=u;break}return[o,i]}}var sr=e=>e!=null,or=e=>e!=null&&e>0,na=ar(sr),bc=ar(or);function vc(e,t,l,n=0,a=!1){let o=a?bc:na,i=a?or:sr;[t,l]=o(e,t,l);let u=e[t],c=e[t];if(t>-1)if(n==1)u=e[t],c=e[l];else if(n==-1)u=e[l],c=e[t];else for(let d=t;d<=l;d++){let h=e[d];i(h)&&(h<u?u=h:h>c&&(c=h))}return[u??ye,c??-ye]}function la(e,t,l,n){let a=Lo(e),o=Lo(t);e==t&&(a==-1?(e*=l,t/=l):(e/=l,t*=l));let i=l==10?tn:rr,u=a==1?$t:Dt,c=o==1?Dt:$t,d=u(i(We(e))),h=c(i(We(t))),g=al(l,d),b=al(l,h);return l==10&&(d<0&&(g=we(g,-d)),h<0&&(b=we(b,-h))),n||l==2?(e=g*a,t=b*o):(e=dr(e,g),t=aa(t,b)),[e,t]}function is(e,t,l,n){let a=la(e,t,l,n);return e==0&&(a[0]=0),t==0&&(a[1]=0),a}var cs=.1,Eo={mode:3,pad:cs},Pl={pad:0,soft:null,mode:0},yc={min:Pl,max:Pl};function ea(e,t,l,n){return sa(l)?Mo(e,t,l):(Pl.pad=l,Pl.soft=n?0:null,Pl.mode=n?3:0,Mo(e,t,yc))}function fe(e,t){return e??t}function wc(e,t,l){for(t=fe(t,0),l=fe(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Mo(e,t,l){let n=l.min,a=l.max,o=fe(n.pad,0),i=fe(a.pad,0),u=fe(n.hard,-ye),c=fe(a.hard,ye),d=fe(n.soft,ye),h=fe(a.soft,-ye),g=fe(n.mode,0),b=fe(a.mode,0),x=t-e,y=tn(x),_=ot(We(e),We(t)),D=tn(_),M=We(D-y);(x<1e-24||M>10)&&(x=0,(e==0||t==0)&&(x=1e-24,g==2&&d!=ye&&(o=0),b==2&&h!=-ye&&(i=0)));let w=x||_||1e3,E=tn(w),T=al(10,$t(E)),Y=w*(x==0?e==0?.1:1:o),z=we(dr(e-Y,T/10),24),X=e>=d&&(g==1||g==3&&z<=d||g==2&&z>=d)?d:ye,G=ot(u,z<X&&e>=X?X:Vt(X,z)),te=w*(x==0?t==0?.1:1:i),K=we(aa(t+te,T/10),24),S=t<=h&&(b==1||b==3&&K>=h||b==2&&K<=h)?h:-ye,B=Vt(c,K>S&&t<=S?S:ot(S,K));return G==B&&G==0&&(B=100),[G,B]}var kc=new Intl.NumberFormat(il?hc.language:"en-US"),us=e=>kc.format(e),bt=Math,Ql=bt.PI,We=bt.abs,$t=bt.floor,Ue=bt.round,Dt=bt.ceil,Vt=bt.min,ot=bt.max,al=bt.pow,Lo=bt.sign,tn=bt.log10,rr=bt.log2,xc=(e,t=1)=>bt.sinh(e)*t,ja=(e,t=1)=>bt.asinh(e/t),ye=1/0;function Io(e){return(tn((e^e>>31)-(e>>31))|0)+1}function Xa(e,t,l){return Vt(ot(e,t),l)}function ir(e){return typeof e=="function"}function se(e){return ir(e)?e:()=>e}var Sc=()=>{},cr=e=>e,ur=(e,t)=>t,Cc=e=>null,Ro=e=>!0,No=(e,t)=>e==t,Tc=/\.\d*?(?=9{6,}|0{6,})/gm,Dn=e=>{if(fr(e)||fn.has(e))return e;let t=`${e}`,l=t.match(Tc);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[a,o]=t.split("e");return+`${Dn(a)}e${o}`}return we(e,n)};function Cn(e,t){return Dn(we(Dn(e/t))*t)}function aa(e,t){return Dn(Dt(Dn(e/t))*t)}function dr(e,t){return Dn($t(Dn(e/t))*t)}function we(e,t=0){if(fr(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return Ue(n)/l}var fn=new Map;function pr(e){return((""+e).split(".")[1]||"").length}function Ml(e,t,l,n){let a=[],o=n.map(pr);for(let i=t;i<l;i++){let u=We(i),c=we(al(e,i),u);for(let d=0;d<n.length;d++){let h=e==10?+`${n[d]}e${i}`:n[d]*c,g=(i>=0?0:u)+(i>=o[d]?0:o[d]),b=e==10?h:we(h,g);a.push(b),fn.set(b,g)}}return a}var El={},ds=[],sl=[null,null],pn=Array.isArray,fr=Number.isInteger,Ac=e=>e===void 0;function zo(e){return typeof e=="string"}function sa(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function _c(e){return e!=null&&typeof e=="object"}var Dc=Object.getPrototypeOf(Uint8Array),mr="__proto__";function ol(e,t=sa){let l;if(pn(e)){let n=e.find(a=>a!=null);if(pn(n)||t(n)){l=Array(e.length);for(let a=0;a<e.length;a++)l[a]=ol(e[a],t)}else l=e.slice()}else if(e instanceof Dc)l=e.slice();else if(t(e)){l={};for(let n in e)n!=mr&&(l[n]=ol(e[n],t))}else l=e;return l}function Fe(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let a in n)a!=mr&&(sa(e[a])?Fe(e[a],ol(n[a])):e[a]=ol(n[a]))}return e}var Pc=0,Ec=1,Mc=2;function Lc(e,t,l){for(let n=0,a,o=-1;n<t.length;n++){let i=t[n];if(i>o){for(a=i-1;a>=0&&e[a]==null;)e[a--]=null;for(a=i+1;a<l&&e[a]==null;)e[o=a++]=null}}}function Ic(e,t){if(zc(e)){let i=e[0].slice();for(let u=1;u<e.length;u++)i.push(...e[u].slice(1));return Fc(i[0])||(i=Nc(i)),i}let l=new Set;for(let i=0;i<e.length;i++){let c=e[i][0],d=c.length;for(let h=0;h<d;h++)l.add(c[h])}let n=[Array.from(l).sort((i,u)=>i-u)],a=n[0].length,o=new Map;for(let i=0;i<a;i++)o.set(n[0][i],i);for(let i=0;i<e.length;i++){let u=e[i],c=u[0];for(let d=1;d<u.length;d++){let h=u[d],g=Array(a).fill(void 0),b=t?t[i][d]:Ec,x=[];for(let y=0;y<h.length;y++){let _=h[y],D=o.get(c[y]);_===null?b!=Pc&&(g[D]=_,b==Mc&&x.push(D)):g[D]=_}Lc(g,x,a),n.push(g)}}return n}var Rc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Nc(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,i)=>t[o]-t[i]);let a=[];for(let o=0;o<e.length;o++){let i=e[o],u=Array(l);for(let c=0;c<l;c++)u[c]=i[n[c]];a.push(u)}return a}function zc(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let a=e[n][0];if(a.length!=l)return!1;if(a!=t){for(let o=0;o<l;o++)if(a[o]!=t[o])return!1}}return!0}function Fc(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,a=l-1;for(;n<=a&&e[n]==null;)n++;for(;a>=n&&e[a]==null;)a--;if(a<=n)return!0;let o=ot(1,$t((a-n+1)/t));for(let i=e[n],u=n+o;u<=a;u+=o){let c=e[u];if(c!=null){if(c<=i)return!1;i=c}}return!0}var gr=["January","February","March","April","May","June","July","August","September","October","November","December"],hr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function $r(e){return e.slice(0,3)}var Oc=hr.map($r),Vc=gr.map($r),Uc={MMMM:gr,MMM:Vc,WWWW:hr,WWW:Oc};function Tl(e){return(e<10?"0":"")+e}function Wc(e){return(e<10?"00":e<100?"0":"")+e}var Hc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Tl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Tl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Tl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Tl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Tl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Wc(e.getMilliseconds())};function ps(e,t){t=t||Uc;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,a;for(;a=n.exec(e);)l.push(a[0][0]=="{"?Hc[a[1]]:a[0]);return o=>{let i="";for(let u=0;u<l.length;u++)i+=typeof l[u]=="string"?l[u]:l[u](o,t);return i}}var Bc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function jc(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Bc?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var br=e=>e%1==0,ta=[1,2,2.5,5],Gc=Ml(10,-32,0,ta),vr=Ml(10,0,32,ta),Kc=vr.filter(br),Tn=Gc.concat(vr),fs=`
`,yr="{YYYY}",Fo=fs+yr,wr="{M}/{D}",Dl=fs+wr,Zl=Dl+"/{YY}",kr="{aa}",Yc="{h}:{mm}",nl=Yc+kr,Oo=fs+nl,Vo=":{ss}",$e=null;function xr(e){let t=e*1e3,l=t*60,n=l*60,a=n*24,o=a*30,i=a*365,c=(e==1?Ml(10,0,3,ta).filter(br):Ml(10,-3,0,ta)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,a,a*2,a*3,a*4,a*5,a*6,a*7,a*8,a*9,a*10,a*15,o,o*2,o*3,o*4,o*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),d=[[i,yr,$e,$e,$e,$e,$e,$e,1],[a*28,"{MMM}",Fo,$e,$e,$e,$e,$e,1],[a,wr,Fo,$e,$e,$e,$e,$e,1],[n,"{h}"+kr,Zl,$e,Dl,$e,$e,$e,1],[l,nl,Zl,$e,Dl,$e,$e,$e,1],[t,Vo,Zl+" "+nl,$e,Dl+" "+nl,$e,Oo,$e,1],[e,Vo+".{fff}",Zl+" "+nl,$e,Dl+" "+nl,$e,Oo,$e,1]];function h(g){return(b,x,y,_,D,M)=>{let w=[],E=D>=i,T=D>=o&&D<i,Y=g(y),z=we(Y*e,3),X=Ga(Y.getFullYear(),E?0:Y.getMonth(),T||E?1:Y.getDate()),G=we(X*e,3);if(T||E){let te=T?D/o:0,K=E?D/i:0,S=z==G?z:we(Ga(X.getFullYear()+K,X.getMonth()+te,1)*e,3),B=new Date(Ue(S/e)),O=B.getFullYear(),q=B.getMonth();for(let H=0;S<=_;H++){let oe=Ga(O+K*H,q+te*H,1),W=oe-g(we(oe*e,3));S=we((+oe+W)*e,3),S<=_&&w.push(S)}}else{let te=D>=a?a:D,K=$t(y)-$t(z),S=G+K+aa(z-G,te);w.push(S);let B=g(S),O=B.getHours()+B.getMinutes()/l+B.getSeconds()/n,q=D/n,H=b.axes[x]._space,oe=M/H;for(;S=we(S+D,e==1?0:3),!(S>_);)if(q>1){let W=$t(we(O+q,6))%24,ue=g(S).getHours()-W;ue>1&&(ue=-1),S-=ue*n,O=(O+q)%24;let be=w[w.length-1];we((S-be)/D,3)*oe>=.7&&w.push(S)}else w.push(S)}return w}}return[c,d,h]}var[qc,Zc,Jc]=xr(1),[Qc,Xc,eu]=xr(.001);Ml(2,-53,53,[1]);function Uo(e,t){return e.map(l=>l.map((n,a)=>a==0||a==8||n==null?n:t(a==1||l[8]==0?n:l[1]+n)))}function Wo(e,t){return(l,n,a,o,i)=>{let u=t.find(y=>i>=y[0])||t[t.length-1],c,d,h,g,b,x;return n.map(y=>{let _=e(y),D=_.getFullYear(),M=_.getMonth(),w=_.getDate(),E=_.getHours(),T=_.getMinutes(),Y=_.getSeconds(),z=D!=c&&u[2]||M!=d&&u[3]||w!=h&&u[4]||E!=g&&u[5]||T!=b&&u[6]||Y!=x&&u[7]||u[1];return c=D,d=M,h=w,g=E,b=T,x=Y,z(_)})}}function tu(e,t){let l=ps(t);return(n,a,o,i,u)=>a.map(c=>l(e(c)))}function Ga(e,t,l){return new Date(e,t,l)}function Ho(e,t){return t(e)}var nu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Bo(e,t){return(l,n,a,o)=>o==null?os:t(e(n))}function lu(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function au(e,t){return e.series[t].fill(e,t)}var su={show:!0,live:!0,isolate:!1,mount:Sc,markers:{show:!0,width:2,stroke:lu,fill:au,dash:"solid"},idx:null,idxs:null,values:[]};function ou(e,t){let l=e.cursor.points,n=_t(),a=l.size(e,t);Ae(n,Al,a),Ae(n,_l,a);let o=a/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let i=l.width(e,t,a);return i&&Ae(n,"borderWidth",i),n}function ru(e,t){let l=e.series[t].points;return l._fill||l._stroke}function iu(e,t){let l=e.series[t].points;return l._stroke||l._fill}function cu(e,t){return e.series[t].points.size}var Ka=[0,0];function uu(e,t,l){return Ka[0]=t,Ka[1]=l,Ka}function Jl(e,t,l,n=!0){return a=>{a.button==0&&(!n||a.target==t)&&l(a)}}function Ya(e,t,l,n=!0){return a=>{(!n||a.target==t)&&l(a)}}var du={show:!0,x:!0,y:!0,lock:!1,move:uu,points:{one:!1,show:ou,size:cu,width:0,stroke:iu,fill:ru},bind:{mousedown:Jl,mouseup:Jl,click:Jl,dblclick:Jl,mousemove:Ya,mouseleave:Ya,mouseenter:Ya},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,a)=>n-a,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Sr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},ms=Fe({},Sr,{filter:ur}),Cr=Fe({},ms,{size:10}),Tr=Fe({},Sr,{show:!1}),gs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ar="bold "+gs,_r=1.5,jo={show:!0,scale:"x",stroke:ss,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ar,side:2,grid:ms,ticks:Cr,border:Tr,font:gs,lineGap:_r,rotate:0},pu="Value",fu="Time",Go={show:!0,scale:"x",auto:!1,sorted:1,min:ye,max:-ye,idxs:[]};function mu(e,t,l,n,a){return t.map(o=>o==null?"":us(o))}function gu(e,t,l,n,a,o,i){let u=[],c=fn.get(a)||0;l=i?l:we(aa(l,a),c);for(let d=l;d<=n;d=we(d+a,c))u.push(Object.is(d,-0)?0:d);return u}function es(e,t,l,n,a,o,i){let u=[],c=e.scales[e.axes[t].scale].log,d=c==10?tn:rr,h=$t(d(l));a=al(c,h),c==10&&(a=Tn[Ot(a,Tn)]);let g=l,b=a*c;c==10&&(b=Tn[Ot(b,Tn)]);do u.push(g),g=g+a,c==10&&!fn.has(g)&&(g=we(g,fn.get(a))),g>=b&&(a=g,b=a*c,c==10&&(b=Tn[Ot(b,Tn)]));while(g<=n);return u}function hu(e,t,l,n,a,o,i){let c=e.scales[e.axes[t].scale].asinh,d=n>c?es(e,t,ot(c,l),n,a):[c],h=n>=0&&l<=0?[0]:[];return(l<-c?es(e,t,ot(c,-n),-l,a):[c]).reverse().map(b=>-b).concat(h,d)}var Dr=/./,$u=/[12357]/,bu=/[125]/,Ko=/1/,ts=(e,t,l,n)=>e.map((a,o)=>t==4&&a==0||o%n==0&&l.test(a.toExponential()[a<0?1:0])?a:null);function vu(e,t,l,n,a){let o=e.axes[l],i=o.scale,u=e.scales[i],c=e.valToPos,d=o._space,h=c(10,i),g=c(9,i)-h>=d?Dr:c(7,i)-h>=d?$u:c(5,i)-h>=d?bu:Ko;if(g==Ko){let b=We(c(1,i)-h);if(b<d)return ts(t.slice().reverse(),u.distr,g,Dt(d/b)).reverse()}return ts(t,u.distr,g,1)}function yu(e,t,l,n,a){let o=e.axes[l],i=o.scale,u=o._space,c=e.valToPos,d=We(c(1,i)-c(2,i));return d<u?ts(t.slice().reverse(),3,Dr,Dt(u/d)).reverse():t}function wu(e,t,l,n){return n==null?os:t==null?"":us(t)}var Yo={show:!0,scale:"y",stroke:ss,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ar,side:3,grid:ms,ticks:Cr,border:Tr,font:gs,lineGap:_r,rotate:0};function ku(e,t){let l=3+(e||1)*2;return we(l*t,3)}function xu(e,t){let{scale:l,idxs:n}=e.series[0],a=e._data[0],o=e.valToPos(a[n[0]],l,!0),i=e.valToPos(a[n[1]],l,!0),u=We(i-o),c=e.series[t],d=u/(c.points.space*ge);return n[1]-n[0]<=d}var qo={scale:null,auto:!0,sorted:0,min:ye,max:-ye},Pr=(e,t,l,n,a)=>a,Zo={show:!0,auto:!0,sorted:0,gaps:Pr,alpha:1,facets:[Fe({},qo,{scale:"x"}),Fe({},qo,{scale:"y"})]},Jo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Pr,alpha:1,points:{show:xu,filter:null},values:null,min:ye,max:-ye,idxs:[],path:null,clip:null};function Su(e,t,l,n,a){return l/10}var Er={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Cu=Fe({},Er,{time:!1,ori:1}),Qo={};function Mr(e,t){let l=Qo[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(a=>a!=n)},pub(n,a,o,i,u,c,d){for(let h=0;h<l.plots.length;h++)l.plots[h]!=a&&l.plots[h].pub(n,a,o,i,u,c,d)}},e!=null&&(Qo[e]=l)),l}var rl=1,ns=2;function Pn(e,t,l){let n=e.mode,a=e.series[t],o=n==2?e._data[t]:e._data,i=e.scales,u=e.bbox,c=o[0],d=n==2?o[1]:o[t],h=n==2?i[a.facets[0].scale]:i[e.series[0].scale],g=n==2?i[a.facets[1].scale]:i[a.scale],b=u.left,x=u.top,y=u.width,_=u.height,D=e.valToPosH,M=e.valToPosV;return h.ori==0?l(a,c,d,h,g,D,M,b,x,y,_,ra,cl,ca,Ir,Nr):l(a,c,d,h,g,M,D,x,b,_,y,ia,ul,bs,Rr,zr)}function hs(e,t){let l=0,n=0,a=fe(e.bands,ds);for(let o=0;o<a.length;o++){let i=a[o];i.series[0]==t?l=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Tu(e,t,l,n,a){let o=e.mode,i=e.series[t],u=o==2?i.facets[1].scale:i.scale,c=e.scales[u];return a==-1?c.min:a==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function nn(e,t,l,n,a,o){return Pn(e,t,(i,u,c,d,h,g,b,x,y,_,D)=>{let M=i.pxRound,w=d.dir*(d.ori==0?1:-1),E=d.ori==0?cl:ul,T,Y;w==1?(T=l,Y=n):(T=n,Y=l);let z=M(g(u[T],d,_,x)),X=M(b(c[T],h,D,y)),G=M(g(u[Y],d,_,x)),te=M(b(o==1?h.max:h.min,h,D,y)),K=new Path2D(a);return E(K,G,te),E(K,z,te),E(K,z,X),K})}function oa(e,t,l,n,a,o){let i=null;if(e.length>0){i=new Path2D;let u=t==0?ca:bs,c=l;for(let g=0;g<e.length;g++){let b=e[g];if(b[1]>b[0]){let x=b[0]-c;x>0&&u(i,c,n,x,n+o),c=b[1]}}let d=l+a-c,h=10;d>0&&u(i,c,n-h/2,d,n+o+h)}return i}function Au(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function $s(e,t,l,n,a,o,i){let u=[],c=e.length;for(let d=a==1?l:n;d>=l&&d<=n;d+=a)if(t[d]===null){let g=d,b=d;if(a==1)for(;++d<=n&&t[d]===null;)b=d;else for(;--d>=l&&t[d]===null;)b=d;let x=o(e[g]),y=b==g?x:o(e[b]),_=g-a;x=i<=0&&_>=0&&_<c?o(e[_]):x;let M=b+a;y=i>=0&&M>=0&&M<c?o(e[M]):y,y>=x&&u.push([x,y])}return u}function Xo(e){return e==0?cr:e==1?Ue:t=>Cn(t,e)}function Lr(e){let t=e==0?ra:ia,l=e==0?(a,o,i,u,c,d)=>{a.arcTo(o,i,u,c,d)}:(a,o,i,u,c,d)=>{a.arcTo(i,o,c,u,d)},n=e==0?(a,o,i,u,c)=>{a.rect(o,i,u,c)}:(a,o,i,u,c)=>{a.rect(i,o,c,u)};return(a,o,i,u,c,d=0,h=0)=>{d==0&&h==0?n(a,o,i,u,c):(d=Vt(d,u/2,c/2),h=Vt(h,u/2,c/2),t(a,o+d,i),l(a,o+u,i,o+u,i+c,d),l(a,o+u,i+c,o,i+c,h),l(a,o,i+c,o,i,h),l(a,o,i,o+u,i,d),a.closePath())}}var ra=(e,t,l)=>{e.moveTo(t,l)},ia=(e,t,l)=>{e.moveTo(l,t)},cl=(e,t,l)=>{e.lineTo(t,l)},ul=(e,t,l)=>{e.lineTo(l,t)},ca=Lr(0),bs=Lr(1),Ir=(e,t,l,n,a,o)=>{e.arc(t,l,n,a,o)},Rr=(e,t,l,n,a,o)=>{e.arc(l,t,n,a,o)},Nr=(e,t,l,n,a,o,i)=>{e.bezierCurveTo(t,l,n,a,o,i)},zr=(e,t,l,n,a,o,i)=>{e.bezierCurveTo(l,t,a,n,i,o)};function Fr(e){return(t,l,n,a,o)=>Pn(t,l,(i,u,c,d,h,g,b,x,y,_,D)=>{let{pxRound:M,points:w}=i,E,T;d.ori==0?(E=ra,T=Ir):(E=ia,T=Rr);let Y=we(w.width*ge,3),z=(w.size-w.width)/2*ge,X=we(z*2,3),G=new Path2D,te=new Path2D,{left:K,top:S,width:B,height:O}=t.bbox;ca(te,K-X,S-X,B+X*2,O+X*2);let q=H=>{if(c[H]!=null){let oe=M(g(u[H],d,_,x)),W=M(b(c[H],h,D,y));E(G,oe+z,W),T(G,oe,W,z,0,Ql*2)}};if(o)o.forEach(q);else for(let H=n;H<=a;H++)q(H);return{stroke:Y>0?G:null,fill:G,clip:te,flags:rl|ns}})}function Or(e){return(t,l,n,a,o,i)=>{n!=a&&(o!=n&&i!=n&&e(t,l,n),o!=a&&i!=a&&e(t,l,a),e(t,l,i))}}var _u=Or(cl),Du=Or(ul);function Vr(e){let t=fe(e?.alignGaps,0);return(l,n,a,o)=>Pn(l,n,(i,u,c,d,h,g,b,x,y,_,D)=>{[a,o]=na(c,a,o);let M=i.pxRound,w=O=>M(g(O,d,_,x)),E=O=>M(b(O,h,D,y)),T,Y;d.ori==0?(T=cl,Y=_u):(T=ul,Y=Du);let z=d.dir*(d.ori==0?1:-1),X={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rl},G=X.stroke,te=!1;if(o-a>=_*4){let O=V=>l.posToVal(V,d.key,!0),q=null,H=null,oe,W,it,_e=w(u[z==1?a:o]),ue=w(u[a]),be=w(u[o]),ne=O(z==1?ue+1:be-1);for(let V=z==1?a:o;V>=a&&V<=o;V+=z){let Oe=u[V],De=(z==1?Oe<ne:Oe>ne)?_e:w(Oe),he=c[V];De==_e?he!=null?(W=he,q==null?(T(G,De,E(W)),oe=q=H=W):W<q?q=W:W>H&&(H=W)):he===null&&(te=!0):(q!=null&&Y(G,_e,E(q),E(H),E(oe),E(W)),he!=null?(W=he,T(G,De,E(W)),q=H=oe=W):(q=H=null,he===null&&(te=!0)),_e=De,ne=O(_e+z))}q!=null&&q!=H&&it!=_e&&Y(G,_e,E(q),E(H),E(oe),E(W))}else for(let O=z==1?a:o;O>=a&&O<=o;O+=z){let q=c[O];q===null?te=!0:q!=null&&T(G,w(u[O]),E(q))}let[S,B]=hs(l,n);if(i.fill!=null||S!=0){let O=X.fill=new Path2D(G),q=i.fillTo(l,n,i.min,i.max,S),H=E(q),oe=w(u[a]),W=w(u[o]);z==-1&&([W,oe]=[oe,W]),T(O,W,H),T(O,oe,H)}if(!i.spanGaps){let O=[];te&&O.push(...$s(u,c,a,o,z,w,t)),X.gaps=O=i.gaps(l,n,a,o,O),X.clip=oa(O,d.ori,x,y,_,D)}return B!=0&&(X.band=B==2?[nn(l,n,a,o,G,-1),nn(l,n,a,o,G,1)]:nn(l,n,a,o,G,B)),X})}function Pu(e){let t=fe(e.align,1),l=fe(e.ascDesc,!1),n=fe(e.alignGaps,0),a=fe(e.extend,!1);return(o,i,u,c)=>Pn(o,i,(d,h,g,b,x,y,_,D,M,w,E)=>{[u,c]=na(g,u,c);let T=d.pxRound,{left:Y,width:z}=o.bbox,X=ue=>T(y(ue,b,w,D)),G=ue=>T(_(ue,x,E,M)),te=b.ori==0?cl:ul,K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rl},S=K.stroke,B=b.dir*(b.ori==0?1:-1),O=G(g[B==1?u:c]),q=X(h[B==1?u:c]),H=q,oe=q;a&&t==-1&&(oe=Y,te(S,oe,O)),te(S,q,O);for(let ue=B==1?u:c;ue>=u&&ue<=c;ue+=B){let be=g[ue];if(be==null)continue;let ne=X(h[ue]),V=G(be);t==1?te(S,ne,O):te(S,H,V),te(S,ne,V),O=V,H=ne}let W=H;a&&t==1&&(W=Y+z,te(S,W,O));let[it,_e]=hs(o,i);if(d.fill!=null||it!=0){let ue=K.fill=new Path2D(S),be=d.fillTo(o,i,d.min,d.max,it),ne=G(be);te(ue,W,ne),te(ue,oe,ne)}if(!d.spanGaps){let ue=[];ue.push(...$s(h,g,u,c,B,X,n));let be=d.width*ge/2,ne=l||t==1?be:-be,V=l||t==-1?-be:be;ue.forEach(Oe=>{Oe[0]+=ne,Oe[1]+=V}),K.gaps=ue=d.gaps(o,i,u,c,ue),K.clip=oa(ue,b.ori,D,M,w,E)}return _e!=0&&(K.band=_e==2?[nn(o,i,u,c,S,-1),nn(o,i,u,c,S,1)]:nn(o,i,u,c,S,_e)),K})}function er(e,t,l,n,a,o,i=ye){if(e.length>1){let u=null;for(let c=0,d=1/0;c<e.length;c++)if(t[c]!==void 0){if(u!=null){let h=We(e[c]-e[u]);h<d&&(d=h,i=We(l(e[c],n,a,o)-l(e[u],n,a,o)))}u=c}}return i}function Eu(e){e=e||El;let t=fe(e.size,[.6,ye,1]),l=e.align||0,n=e.gap||0,a=e.radius;a=a==null?[0,0]:typeof a=="number"?[a,0]:a;let o=se(a),i=1-t[0],u=fe(t[1],ye),c=fe(t[2],1),d=fe(e.disp,El),h=fe(e.each,x=>{}),{fill:g,stroke:b}=d;return(x,y,_,D)=>Pn(x,y,(M,w,E,T,Y,z,X,G,te,K,S)=>{let B=M.pxRound,O=l,q=n*ge,H=u*ge,oe=c*ge,W,it;T.ori==0?[W,it]=o(x,y):[it,W]=o(x,y);let _e=T.dir*(T.ori==0?1:-1),ue=T.ori==0?ca:bs,be=T.ori==0?h:(N,ke,Ve,Nn,$n,Ht,bn)=>{h(N,ke,Ve,$n,Nn,bn,Ht)},ne=fe(x.bands,ds).find(N=>N.series[0]==y),V=ne!=null?ne.dir:0,Oe=M.fillTo(x,y,M.min,M.max,V),tt=B(X(Oe,Y,S,te)),De,he,Et,dt=K,Ee=B(M.width*ge),Wt=!1,Qt=null,vt=null,ln=null,Ln=null;g!=null&&(Ee==0||b!=null)&&(Wt=!0,Qt=g.values(x,y,_,D),vt=new Map,new Set(Qt).forEach(N=>{N!=null&&vt.set(N,new Path2D)}),Ee>0&&(ln=b.values(x,y,_,D),Ln=new Map,new Set(ln).forEach(N=>{N!=null&&Ln.set(N,new Path2D)})));let{x0:In,size:fl}=d;if(In!=null&&fl!=null){O=1,w=In.values(x,y,_,D),In.unit==2&&(w=w.map(Ve=>x.posToVal(G+Ve*K,T.key,!0)));let N=fl.values(x,y,_,D);fl.unit==2?he=N[0]*K:he=z(N[0],T,K,G)-z(0,T,K,G),dt=er(w,E,z,T,K,G,dt),Et=dt-he+q}else dt=er(w,E,z,T,K,G,dt),Et=dt*i+q,he=dt-Et;Et<1&&(Et=0),Ee>=he/2&&(Ee=0),Et<5&&(B=cr);let Rl=Et>0,gn=dt-Et-(Rl?Ee:0);he=B(Xa(gn,oe,H)),De=(O==0?he/2:O==_e?0:he)-O*_e*((O==0?q/2:0)+(Rl?Ee/2:0));let nt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Rn=Wt?null:new Path2D,Xt=null;if(ne!=null)Xt=x.data[ne.series[1]];else{let{y0:N,y1:ke}=d;N!=null&&ke!=null&&(E=ke.values(x,y,_,D),Xt=N.values(x,y,_,D))}let hn=W*he,Q=it*he;for(let N=_e==1?_:D;N>=_&&N<=D;N+=_e){let ke=E[N];if(ke==null)continue;if(Xt!=null){let ct=Xt[N]??0;if(ke-ct==0)continue;tt=X(ct,Y,S,te)}let Ve=T.distr!=2||d!=null?w[N]:N,Nn=z(Ve,T,K,G),$n=X(fe(ke,Oe),Y,S,te),Ht=B(Nn-De),bn=B(ot($n,tt)),pt=B(Vt($n,tt)),yt=bn-pt;if(ke!=null){let ct=ke<0?Q:hn,Mt=ke<0?hn:Q;Wt?(Ee>0&&ln[N]!=null&&ue(Ln.get(ln[N]),Ht,pt+$t(Ee/2),he,ot(0,yt-Ee),ct,Mt),Qt[N]!=null&&ue(vt.get(Qt[N]),Ht,pt+$t(Ee/2),he,ot(0,yt-Ee),ct,Mt)):ue(Rn,Ht,pt+$t(Ee/2),he,ot(0,yt-Ee),ct,Mt),be(x,y,N,Ht-Ee/2,pt,he+Ee,yt)}}return Ee>0?nt.stroke=Wt?Ln:Rn:Wt||(nt._fill=M.width==0?M._fill:M._stroke??M._fill,nt.width=0),nt.fill=Wt?vt:Rn,nt})}function Mu(e,t){let l=fe(t?.alignGaps,0);return(n,a,o,i)=>Pn(n,a,(u,c,d,h,g,b,x,y,_,D,M)=>{[o,i]=na(d,o,i);let w=u.pxRound,E=W=>w(b(W,h,D,y)),T=W=>w(x(W,g,M,_)),Y,z,X;h.ori==0?(Y=ra,X=cl,z=Nr):(Y=ia,X=ul,z=zr);let G=h.dir*(h.ori==0?1:-1),te=E(c[G==1?o:i]),K=te,S=[],B=[];for(let W=G==1?o:i;W>=o&&W<=i;W+=G)if(d[W]!=null){let _e=c[W],ue=E(_e);S.push(K=ue),B.push(T(d[W]))}let O={stroke:e(S,B,Y,X,z,w),fill:null,clip:null,band:null,gaps:null,flags:rl},q=O.stroke,[H,oe]=hs(n,a);if(u.fill!=null||H!=0){let W=O.fill=new Path2D(q),it=u.fillTo(n,a,u.min,u.max,H),_e=T(it);X(W,K,_e),X(W,te,_e)}if(!u.spanGaps){let W=[];W.push(...$s(c,d,o,i,G,E,l)),O.gaps=W=u.gaps(n,a,o,i,W),O.clip=oa(W,h.ori,y,_,D,M)}return oe!=0&&(O.band=oe==2?[nn(n,a,o,i,q,-1),nn(n,a,o,i,q,1)]:nn(n,a,o,i,q,oe)),O})}function Lu(e){return Mu(Iu,e)}function Iu(e,t,l,n,a,o){let i=e.length;if(i<2)return null;let u=new Path2D;if(l(u,e[0],t[0]),i==2)n(u,e[1],t[1]);else{let c=Array(i),d=Array(i-1),h=Array(i-1),g=Array(i-1);for(let b=0;b<i-1;b++)h[b]=t[b+1]-t[b],g[b]=e[b+1]-e[b],d[b]=h[b]/g[b];c[0]=d[0];for(let b=1;b<i-1;b++)d[b]===0||d[b-1]===0||d[b-1]>0!=d[b]>0?c[b]=0:(c[b]=3*(g[b-1]+g[b])/((2*g[b]+g[b-1])/d[b-1]+(g[b]+2*g[b-1])/d[b]),isFinite(c[b])||(c[b]=0));c[i-1]=d[i-2];for(let b=0;b<i-1;b++)a(u,e[b]+g[b]/3,t[b]+c[b]*g[b]/3,e[b+1]-g[b]/3,t[b+1]-c[b+1]*g[b]/3,e[b+1],t[b+1])}return u}var ls=new Set;function tr(){for(let e of ls)e.syncRect(!0)}il&&(_n(mc,ll,tr),_n(gc,ll,tr,!0),_n(Xl,ll,()=>{Ze.pxRatio=ge}));var Ru=Vr(),Nu=Fr();function nr(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,i)=>as(o,i,t,l))}function zu(e,t){return e.map((l,n)=>n==0?{}:Fe({},t,l))}function as(e,t,l,n){return Fe({},t==0?l:n,e)}function Ur(e,t,l){return t==null?sl:[t,l]}var Fu=Ur;function Ou(e,t,l){return t==null?sl:ea(t,l,cs,!0)}function Wr(e,t,l,n){return t==null?sl:la(t,l,e.scales[n].log,!1)}var Vu=Wr;function Hr(e,t,l,n){return t==null?sl:is(t,l,e.scales[n].log,!1)}var Uu=Hr;function Wu(e,t,l,n,a){let o=ot(Io(e),Io(t)),i=t-e,u=Ot(a/n*i,l);do{let c=l[u],d=n*c/i;if(d>=a&&o+(c<5?fn.get(c):0)<=17)return[c,d]}while(++u<l.length);return[0,0]}function lr(e){let t,l;return e=e.replace(/(\d+)px/,(n,a)=>(t=Ue((l=+a)*ge))+"px"),[e,t,l]}function Hu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=we(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Ze(e,t,l){let n={mode:fe(e.mode,1)},a=n.mode;function o(s,r,p,m){let $=r.valToPct(s);return m+p*(r.dir==-1?1-$:$)}function i(s,r,p,m){let $=r.valToPct(s);return m+p*(r.dir==-1?$:1-$)}function u(s,r,p,m){return r.ori==0?o(s,r,p,m):i(s,r,p,m)}n.valToPosH=o,n.valToPosV=i;let c=!1;n.status=0;let d=n.root=_t(Zi);if(e.id!=null&&(d.id=e.id),ht(d,e.class),e.title){let s=_t(Xi,d);s.textContent=e.title}let h=Ft("canvas"),g=n.ctx=h.getContext("2d"),b=_t(ec,d);_n("click",b,s=>{s.target===y&&(Se!=Kn||Pe!=Yn)&&Qe.click(n,s)},!0);let x=n.under=_t(tc,b);b.appendChild(h);let y=n.over=_t(nc,b);e=ol(e);let _=+fe(e.pxAlign,1),D=Xo(_);(e.plugins||[]).forEach(s=>{s.opts&&(e=s.opts(n,e)||e)});let M=e.ms||.001,w=n.series=a==1?nr(e.series||[],Go,Jo,!1):zu(e.series||[null],Zo),E=n.axes=nr(e.axes||[],jo,Yo,!0),T=n.scales={},Y=n.bands=e.bands||[];Y.forEach(s=>{s.fill=se(s.fill||null),s.dir=fe(s.dir,-1)});let z=a==2?w[1].facets[0].scale:w[0].scale,X={axes:Ai,series:ki},G=(e.drawOrder||["axes","series"]).map(s=>X[s]);function te(s){let r=s.distr==3?p=>tn(p>0?p:s.clamp(n,p,s.min,s.max,s.key)):s.distr==4?p=>ja(p,s.asinh):s.distr==100?p=>s.fwd(p):p=>p;return p=>{let m=r(p),{_min:$,_max:v}=s,k=v-$;return(m-$)/k}}function K(s){let r=T[s];if(r==null){let p=(e.scales||El)[s]||El;if(p.from!=null){K(p.from);let m=Fe({},T[p.from],p,{key:s});m.valToPct=te(m),T[s]=m}else{r=T[s]=Fe({},s==z?Er:Cu,p),r.key=s;let m=r.time,$=r.range,v=pn($);if((s!=z||a==2&&!m)&&(v&&($[0]==null||$[1]==null)&&($={min:$[0]==null?Eo:{mode:1,hard:$[0],soft:$[0]},max:$[1]==null?Eo:{mode:1,hard:$[1],soft:$[1]}},v=!1),!v&&sa($))){let k=$;$=(C,P,L)=>P==null?sl:ea(P,L,k)}r.range=se($||(m?Fu:s==z?r.distr==3?Vu:r.distr==4?Uu:Ur:r.distr==3?Wr:r.distr==4?Hr:Ou)),r.auto=se(v?!1:r.auto),r.clamp=se(r.clamp||Su),r._min=r._max=null,r.valToPct=te(r)}}}K("x"),K("y"),a==1&&w.forEach(s=>{K(s.scale)}),E.forEach(s=>{K(s.scale)});for(let s in e.scales)K(s);let S=T[z],B=S.distr,O,q;S.ori==0?(ht(d,Ji),O=o,q=i):(ht(d,Qi),O=i,q=o);let H={};for(let s in T){let r=T[s];(r.min!=null||r.max!=null)&&(H[s]={min:r.min,max:r.max},r.min=r.max=null)}let oe=e.tzDate||(s=>new Date(Ue(s/M))),W=e.fmtDate||ps,it=M==1?Jc(oe):eu(oe),_e=Wo(oe,Uo(M==1?Zc:Xc,W)),ue=Bo(oe,Ho(nu,W)),be=[],ne=n.legend=Fe({},su,e.legend),V=n.cursor=Fe({},du,{drag:{y:a==2}},e.cursor),Oe=ne.show,tt=V.show,De=ne.markers;ne.idxs=be,De.width=se(De.width),De.dash=se(De.dash),De.stroke=se(De.stroke),De.fill=se(De.fill);let he,Et,dt,Ee=[],Wt=[],Qt,vt=!1,ln={};if(ne.live){let s=w[1]?w[1].values:null;vt=s!=null,Qt=vt?s(n,1,0):{_:0};for(let r in Qt)ln[r]=os}if(Oe)if(he=Ft("table",ic,d),dt=Ft("tbody",null,he),ne.mount(n,he),vt){Et=Ft("thead",null,he,dt);let s=Ft("tr",null,Et);Ft("th",null,s);for(var Ln in Qt)Ft("th",bo,s).textContent=Ln}else ht(he,uc),ne.live&&ht(he,cc);let In={show:!0},fl={show:!1};function Rl(s,r){if(r==0&&(vt||!ne.live||a==2))return sl;let p=[],m=Ft("tr",dc,dt,dt.childNodes[r]);ht(m,s.class),s.show||ht(m,An);let $=Ft("th",null,m);if(De.show){let C=_t(pc,$);if(r>0){let P=De.width(n,r);P&&(C.style.border=P+"px "+De.dash(n,r)+" "+De.stroke(n,r)),C.style.background=De.fill(n,r)}}let v=_t(bo,$);s.label instanceof HTMLElement?v.appendChild(s.label):v.textContent=s.label,r>0&&(De.show||(v.style.color=s.width>0?De.stroke(n,r):De.fill(n,r)),nt("click",$,C=>{if(V._lock)return;yn(C);let P=w.indexOf(s);if((C.ctrlKey||C.metaKey)!=ne.isolate){let L=w.some((R,F)=>F>0&&F!=P&&R.show);w.forEach((R,F)=>{F>0&&jt(F,L?F==P?In:fl:In,!0,Re.setSeries)})}else jt(P,{show:!s.show},!0,Re.setSeries)},!1),Fn&&nt(ko,$,C=>{V._lock||(yn(C),jt(w.indexOf(s),Zn,!0,Re.setSeries))},!1));for(var k in Qt){let C=Ft("td",fc,m);C.textContent="--",p.push(C)}return[m,p]}let gn=new Map;function nt(s,r,p,m=!0){let $=gn.get(r)||{},v=V.bind[s](n,r,p,m);v&&(_n(s,r,$[s]=v),gn.set(r,$))}function Rn(s,r,p){let m=gn.get(r)||{};for(let $ in m)(s==null||$==s)&&(Qa($,r,m[$]),delete m[$]);s==null&&gn.delete(r)}let Xt=0,hn=0,Q=0,N=0,ke=0,Ve=0,Nn=ke,$n=Ve,Ht=Q,bn=N,pt=0,yt=0,ct=0,Mt=0;n.bbox={};let pa=!1,Nl=!1,zn=!1,vn=!1,zl=!1,wt=!1;function fa(s,r,p){(p||s!=n.width||r!=n.height)&&As(s,r),Hn(!1),zn=!0,Nl=!0,Bn()}function As(s,r){n.width=Xt=Q=s,n.height=hn=N=r,ke=Ve=0,gi(),hi();let p=n.bbox;pt=p.left=Cn(ke*ge,.5),yt=p.top=Cn(Ve*ge,.5),ct=p.width=Cn(Q*ge,.5),Mt=p.height=Cn(N*ge,.5)}let pi=3;function fi(){let s=!1,r=0;for(;!s;){r++;let p=Ci(r),m=Ti(r);s=r==pi||p&&m,s||(As(n.width,n.height),Nl=!0)}}function mi({width:s,height:r}){fa(s,r)}n.setSize=mi;function gi(){let s=!1,r=!1,p=!1,m=!1;E.forEach(($,v)=>{if($.show&&$._show){let{side:k,_size:C}=$,P=k%2,L=$.label!=null?$.labelSize:0,R=C+L;R>0&&(P?(Q-=R,k==3?(ke+=R,m=!0):p=!0):(N-=R,k==0?(Ve+=R,s=!0):r=!0))}}),wn[0]=s,wn[1]=p,wn[2]=r,wn[3]=m,Q-=an[1]+an[3],ke+=an[3],N-=an[2]+an[0],Ve+=an[0]}function hi(){let s=ke+Q,r=Ve+N,p=ke,m=Ve;function $(v,k){switch(v){case 1:return s+=k,s-k;case 2:return r+=k,r-k;case 3:return p-=k,p+k;case 0:return m-=k,m+k}}E.forEach((v,k)=>{if(v.show&&v._show){let C=v.side;v._pos=$(C,v._size),v.label!=null&&(v._lpos=$(C,v.labelSize))}})}if(V.dataIdx==null){let s=V.hover,r=s.skip=new Set(s.skip??[]);r.add(void 0);let p=s.prox=se(s.prox),m=s.bias??(s.bias=0);V.dataIdx=($,v,k,C)=>{if(v==0)return k;let P=k,L=p($,v,k,C)??ye,R=L>=0&&L<ye,F=S.ori==0?Q:N,Z=V.left,me=t[0],de=t[v];if(r.has(de[k])){P=null;let le=null,j=null,U;if(m==0||m==-1)for(U=k;le==null&&U-- >0;)r.has(de[U])||(le=U);if(m==0||m==1)for(U=k;j==null&&U++<de.length;)r.has(de[U])||(j=U);if(le!=null||j!=null)if(R){let Te=le==null?-1/0:O(me[le],S,F,0),Me=j==null?1/0:O(me[j],S,F,0),Ye=Z-Te,ve=Me-Z;Ye<=ve?Ye<=L&&(P=le):ve<=L&&(P=j)}else P=j==null?le:le==null?j:k-le<=j-k?le:j}else R&&We(Z-O(me[k],S,F,0))>L&&(P=null);return P}}let yn=s=>{V.event=s};V.idxs=be,V._lock=!1;let Xe=V.points;Xe.show=se(Xe.show),Xe.size=se(Xe.size),Xe.stroke=se(Xe.stroke),Xe.width=se(Xe.width),Xe.fill=se(Xe.fill);let Bt=n.focus=Fe({},e.focus||{alpha:.3},V.focus),Fn=Bt.prox>=0,On=Fn&&Xe.one,kt=[],Vn=[],Un=[];function _s(s,r){let p=Xe.show(n,r);if(p instanceof HTMLElement)return ht(p,rc),ht(p,s.class),Jt(p,-10,-10,Q,N),y.insertBefore(p,kt[r]),p}function Ds(s,r){if(a==1||r>0){let p=a==1&&T[s.scale].time,m=s.value;s.value=p?zo(m)?Bo(oe,Ho(m,W)):m||ue:m||wu,s.label=s.label||(p?fu:pu)}if(On||r>0){s.width=s.width==null?1:s.width,s.paths=s.paths||Ru||Cc,s.fillTo=se(s.fillTo||Tu),s.pxAlign=+fe(s.pxAlign,_),s.pxRound=Xo(s.pxAlign),s.stroke=se(s.stroke||null),s.fill=se(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let p=ku(ot(1,s.width),1),m=s.points=Fe({},{size:p,width:ot(1,p*.2),stroke:s.stroke,space:p*2,paths:Nu,_stroke:null,_fill:null},s.points);m.show=se(m.show),m.filter=se(m.filter),m.fill=se(m.fill),m.stroke=se(m.stroke),m.paths=se(m.paths),m.pxAlign=s.pxAlign}if(Oe){let p=Rl(s,r);Ee.splice(r,0,p[0]),Wt.splice(r,0,p[1]),ne.values.push(null)}if(tt){be.splice(r,0,null);let p=null;On?r==0&&(p=_s(s,r)):r>0&&(p=_s(s,r)),kt.splice(r,0,p),Vn.splice(r,0,0),Un.splice(r,0,0)}Ke("addSeries",r)}function $i(s,r){r=r??w.length,s=a==1?as(s,r,Go,Jo):as(s,r,{},Zo),w.splice(r,0,s),Ds(w[r],r)}n.addSeries=$i;function bi(s){if(w.splice(s,1),Oe){ne.values.splice(s,1),Wt.splice(s,1);let r=Ee.splice(s,1)[0];Rn(null,r.firstChild),r.remove()}tt&&(be.splice(s,1),kt.splice(s,1)[0].remove(),Vn.splice(s,1),Un.splice(s,1)),Ke("delSeries",s)}n.delSeries=bi;let wn=[!1,!1,!1,!1];function vi(s,r){if(s._show=s.show,s.show){let p=s.side%2,m=T[s.scale];m==null&&(s.scale=p?w[1].scale:z,m=T[s.scale]);let $=m.time;s.size=se(s.size),s.space=se(s.space),s.rotate=se(s.rotate),pn(s.incrs)&&s.incrs.forEach(k=>{!fn.has(k)&&fn.set(k,pr(k))}),s.incrs=se(s.incrs||(m.distr==2?Kc:$?M==1?qc:Qc:Tn)),s.splits=se(s.splits||($&&m.distr==1?it:m.distr==3?es:m.distr==4?hu:gu)),s.stroke=se(s.stroke),s.grid.stroke=se(s.grid.stroke),s.ticks.stroke=se(s.ticks.stroke),s.border.stroke=se(s.border.stroke);let v=s.values;s.values=pn(v)&&!pn(v[0])?se(v):$?pn(v)?Wo(oe,Uo(v,W)):zo(v)?tu(oe,v):v||_e:v||mu,s.filter=se(s.filter||(m.distr>=3&&m.log==10?vu:m.distr==3&&m.log==2?yu:ur)),s.font=lr(s.font),s.labelFont=lr(s.labelFont),s._size=s.size(n,null,r,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(wn[r]=!0,s._el=_t(lc,b))}}function ml(s,r,p,m){let[$,v,k,C]=p,P=r%2,L=0;return P==0&&(C||v)&&(L=r==0&&!$||r==2&&!k?Ue(jo.size/3):0),P==1&&($||k)&&(L=r==1&&!v||r==3&&!C?Ue(Yo.size/2):0),L}let Ps=n.padding=(e.padding||[ml,ml,ml,ml]).map(s=>se(fe(s,ml))),an=n._padding=Ps.map((s,r)=>s(n,r,wn,0)),Je,He=null,Be=null,Fl=a==1?w[0].idxs:null,Lt=null,gl=!1;function Es(s,r){if(t=s??[],n.data=n._data=t,a==2){Je=0;for(let p=1;p<w.length;p++)Je+=t[p][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Lt=t[0],Je=Lt.length;let p=t;if(B==2){p=t.slice();let m=p[0]=Array(Je);for(let $=0;$<Je;$++)m[$]=$}n._data=t=p}if(Hn(!0),Ke("setData"),B==2&&(zn=!0),r!==!1){let p=S;p.auto(n,gl)?ma():on(z,p.min,p.max),vn=vn||V.left>=0,wt=!0,Bn()}}n.setData=Es;function ma(){gl=!0;let s,r;a==1&&(Je>0?(He=Fl[0]=0,Be=Fl[1]=Je-1,s=t[0][He],r=t[0][Be],B==2?(s=He,r=Be):s==r&&(B==3?[s,r]=la(s,s,S.log,!1):B==4?[s,r]=is(s,s,S.log,!1):S.time?r=s+Ue(86400/M):[s,r]=ea(s,r,cs,!0))):(He=Fl[0]=s=null,Be=Fl[1]=r=null)),on(z,s,r)}let Ol,Wn,ga,ha,$a,ba,va,ya,wa,ut;function Ms(s,r,p,m,$,v){s??(s=yo),p??(p=ds),m??(m="butt"),$??($=yo),v??(v="round"),s!=Ol&&(g.strokeStyle=Ol=s),$!=Wn&&(g.fillStyle=Wn=$),r!=ga&&(g.lineWidth=ga=r),v!=$a&&(g.lineJoin=$a=v),m!=ba&&(g.lineCap=ba=m),p!=ha&&g.setLineDash(ha=p)}function Ls(s,r,p,m){r!=Wn&&(g.fillStyle=Wn=r),s!=va&&(g.font=va=s),p!=ya&&(g.textAlign=ya=p),m!=wa&&(g.textBaseline=wa=m)}function ka(s,r,p,m,$=0){if(m.length>0&&s.auto(n,gl)&&(r==null||r.min==null)){let v=fe(He,0),k=fe(Be,m.length-1),C=p.min==null?vc(m,v,k,$,s.distr==3):[p.min,p.max];s.min=Vt(s.min,p.min=C[0]),s.max=ot(s.max,p.max=C[1])}}let Is={min:null,max:null};function yi(){for(let m in T){let $=T[m];H[m]==null&&($.min==null||H[z]!=null&&$.auto(n,gl))&&(H[m]=Is)}for(let m in T){let $=T[m];H[m]==null&&$.from!=null&&H[$.from]!=null&&(H[m]=Is)}H[z]!=null&&Hn(!0);let s={};for(let m in H){let $=H[m];if($!=null){let v=s[m]=ol(T[m],_c);if($.min!=null)Fe(v,$);else if(m!=z||a==2)if(Je==0&&v.from==null){let k=v.range(n,null,null,m);v.min=k[0],v.max=k[1]}else v.min=ye,v.max=-ye}}if(Je>0){w.forEach((m,$)=>{if(a==1){let v=m.scale,k=H[v];if(k==null)return;let C=s[v];if($==0){let P=C.range(n,C.min,C.max,v);C.min=P[0],C.max=P[1],He=Ot(C.min,t[0]),Be=Ot(C.max,t[0]),Be-He>1&&(t[0][He]<C.min&&He++,t[0][Be]>C.max&&Be--),m.min=Lt[He],m.max=Lt[Be]}else m.show&&m.auto&&ka(C,k,m,t[$],m.sorted);m.idxs[0]=He,m.idxs[1]=Be}else if($>0&&m.show&&m.auto){let[v,k]=m.facets,C=v.scale,P=k.scale,[L,R]=t[$],F=s[C],Z=s[P];F!=null&&ka(F,H[C],v,L,v.sorted),Z!=null&&ka(Z,H[P],k,R,k.sorted),m.min=k.min,m.max=k.max}});for(let m in s){let $=s[m],v=H[m];if($.from==null&&(v==null||v.min==null)){let k=$.range(n,$.min==ye?null:$.min,$.max==-ye?null:$.max,m);$.min=k[0],$.max=k[1]}}}for(let m in s){let $=s[m];if($.from!=null){let v=s[$.from];if(v.min==null)$.min=$.max=null;else{let k=$.range(n,v.min,v.max,m);$.min=k[0],$.max=k[1]}}}let r={},p=!1;for(let m in s){let $=s[m],v=T[m];if(v.min!=$.min||v.max!=$.max){v.min=$.min,v.max=$.max;let k=v.distr;v._min=k==3?tn(v.min):k==4?ja(v.min,v.asinh):k==100?v.fwd(v.min):v.min,v._max=k==3?tn(v.max):k==4?ja(v.max,v.asinh):k==100?v.fwd(v.max):v.max,r[m]=p=!0}}if(p){w.forEach((m,$)=>{a==2?$>0&&r.y&&(m._paths=null):r[m.scale]&&(m._paths=null)});for(let m in r)zn=!0,Ke("setScale",m);tt&&V.left>=0&&(vn=wt=!0)}for(let m in H)H[m]=null}function wi(s){let r=Xa(He-1,0,Je-1),p=Xa(Be+1,0,Je-1);for(;s[r]==null&&r>0;)r--;for(;s[p]==null&&p<Je-1;)p++;return[r,p]}function ki(){if(Je>0){let s=w.some(r=>r._focus)&&ut!=Bt.alpha;s&&(g.globalAlpha=ut=Bt.alpha),w.forEach((r,p)=>{if(p>0&&r.show&&(Rs(p,!1),Rs(p,!0),r._paths==null)){let m=ut;ut!=r.alpha&&(g.globalAlpha=ut=r.alpha);let $=a==2?[0,t[p][0].length-1]:wi(t[p]);r._paths=r.paths(n,p,$[0],$[1]),ut!=m&&(g.globalAlpha=ut=m)}}),w.forEach((r,p)=>{if(p>0&&r.show){let m=ut;ut!=r.alpha&&(g.globalAlpha=ut=r.alpha),r._paths!=null&&Ns(p,!1);{let $=r._paths!=null?r._paths.gaps:null,v=r.points.show(n,p,He,Be,$),k=r.points.filter(n,p,v,$);(v||k)&&(r.points._paths=r.points.paths(n,p,He,Be,k),Ns(p,!0))}ut!=m&&(g.globalAlpha=ut=m),Ke("drawSeries",p)}}),s&&(g.globalAlpha=ut=1)}}function Rs(s,r){let p=r?w[s].points:w[s];p._stroke=p.stroke(n,s),p._fill=p.fill(n,s)}function Ns(s,r){let p=r?w[s].points:w[s],{stroke:m,fill:$,clip:v,flags:k,_stroke:C=p._stroke,_fill:P=p._fill,_width:L=p.width}=p._paths;L=we(L*ge,3);let R=null,F=L%2/2;r&&P==null&&(P=L>0?"#fff":C);let Z=p.pxAlign==1&&F>0;if(Z&&g.translate(F,F),!r){let me=pt-L/2,de=yt-L/2,le=ct+L,j=Mt+L;R=new Path2D,R.rect(me,de,le,j)}r?xa(C,L,p.dash,p.cap,P,m,$,k,v):xi(s,C,L,p.dash,p.cap,P,m,$,k,R,v),Z&&g.translate(-F,-F)}function xi(s,r,p,m,$,v,k,C,P,L,R){let F=!1;P!=0&&Y.forEach((Z,me)=>{if(Z.series[0]==s){let de=w[Z.series[1]],le=t[Z.series[1]],j=(de._paths||El).band;pn(j)&&(j=Z.dir==1?j[0]:j[1]);let U,Te=null;de.show&&j&&wc(le,He,Be)?(Te=Z.fill(n,me)||v,U=de._paths.clip):j=null,xa(r,p,m,$,Te,k,C,P,L,R,U,j),F=!0}}),F||xa(r,p,m,$,v,k,C,P,L,R)}let zs=rl|ns;function xa(s,r,p,m,$,v,k,C,P,L,R,F){Ms(s,r,p,m,$),(P||L||F)&&(g.save(),P&&g.clip(P),L&&g.clip(L)),F?(C&zs)==zs?(g.clip(F),R&&g.clip(R),Ul($,k),Vl(s,v,r)):C&ns?(Ul($,k),g.clip(F),Vl(s,v,r)):C&rl&&(g.save(),g.clip(F),R&&g.clip(R),Ul($,k),g.restore(),Vl(s,v,r)):(Ul($,k),Vl(s,v,r)),(P||L||F)&&g.restore()}function Vl(s,r,p){p>0&&(r instanceof Map?r.forEach((m,$)=>{g.strokeStyle=Ol=$,g.stroke(m)}):r!=null&&s&&g.stroke(r))}function Ul(s,r){r instanceof Map?r.forEach((p,m)=>{g.fillStyle=Wn=m,g.fill(p)}):r!=null&&s&&g.fill(r)}function Si(s,r,p,m){let $=E[s],v;if(m<=0)v=[0,0];else{let k=$._space=$.space(n,s,r,p,m),C=$._incrs=$.incrs(n,s,r,p,m,k);v=Wu(r,p,C,m,k)}return $._found=v}function Sa(s,r,p,m,$,v,k,C,P,L){let R=k%2/2;_==1&&g.translate(R,R),Ms(C,k,P,L,C),g.beginPath();let F,Z,me,de,le=$+(m==0||m==3?-v:v);p==0?(Z=$,de=le):(F=$,me=le);for(let j=0;j<s.length;j++)r[j]!=null&&(p==0?F=me=s[j]:Z=de=s[j],g.moveTo(F,Z),g.lineTo(me,de));g.stroke(),_==1&&g.translate(-R,-R)}function Ci(s){let r=!0;return E.forEach((p,m)=>{if(!p.show)return;let $=T[p.scale];if($.min==null){p._show&&(r=!1,p._show=!1,Hn(!1));return}else p._show||(r=!1,p._show=!0,Hn(!1));let v=p.side,k=v%2,{min:C,max:P}=$,[L,R]=Si(m,C,P,k==0?Q:N);if(R==0)return;let F=$.distr==2,Z=p._splits=p.splits(n,m,C,P,L,R,F),me=$.distr==2?Z.map(U=>Lt[U]):Z,de=$.distr==2?Lt[Z[1]]-Lt[Z[0]]:L,le=p._values=p.values(n,p.filter(n,me,m,R,de),m,R,de);p._rotate=v==2?p.rotate(n,le,m,R):0;let j=p._size;p._size=Dt(p.size(n,le,m,s)),j!=null&&p._size!=j&&(r=!1)}),r}function Ti(s){let r=!0;return Ps.forEach((p,m)=>{let $=p(n,m,wn,s);$!=an[m]&&(r=!1),an[m]=$}),r}function Ai(){for(let s=0;s<E.length;s++){let r=E[s];if(!r.show||!r._show)continue;let p=r.side,m=p%2,$,v,k=r.stroke(n,s),C=p==0||p==3?-1:1,[P,L]=r._found;if(r.label!=null){let at=r.labelGap*C,gt=Ue((r._lpos+at)*ge);Ls(r.labelFont[0],k,"center",p==2?"top":vo),g.save(),m==1?($=v=0,g.translate(gt,Ue(yt+Mt/2)),g.rotate((p==3?-Ql:Ql)/2)):($=Ue(pt+ct/2),v=gt);let Sn=ir(r.label)?r.label(n,s,P,L):r.label;g.fillText(Sn,$,v),g.restore()}if(L==0)continue;let R=T[r.scale],F=m==0?ct:Mt,Z=m==0?pt:yt,me=r._splits,de=R.distr==2?me.map(at=>Lt[at]):me,le=R.distr==2?Lt[me[1]]-Lt[me[0]]:P,j=r.ticks,U=r.border,Te=j.show?j.size:0,Me=Ue(Te*ge),Ye=Ue((r.alignTo==2?r._size-Te-r.gap:r.gap)*ge),ve=r._rotate*-Ql/180,Le=D(r._pos*ge),ft=(Me+Ye)*C,lt=Le+ft;v=m==0?lt:0,$=m==1?lt:0;let xt=r.font[0],It=r.align==1?tl:r.align==2?Wa:ve>0?tl:ve<0?Wa:m==0?"center":p==3?Wa:tl,Kt=ve||m==1?"middle":p==2?"top":vo;Ls(xt,k,It,Kt);let mt=r.font[1]*r.lineGap,St=me.map(at=>D(u(at,R,F,Z))),Rt=r._values;for(let at=0;at<Rt.length;at++){let gt=Rt[at];if(gt!=null){m==0?$=St[at]:v=St[at],gt=""+gt;let Sn=gt.indexOf(`
`)==-1?[gt]:gt.split(/\n/gm);for(let st=0;st<Sn.length;st++){let no=Sn[st];ve?(g.save(),g.translate($,v+st*mt),g.rotate(ve),g.fillText(no,0,0),g.restore()):g.fillText(no,$,v+st*mt)}}}j.show&&Sa(St,j.filter(n,de,s,L,le),m,p,Le,Me,we(j.width*ge,3),j.stroke(n,s),j.dash,j.cap);let Yt=r.grid;Yt.show&&Sa(St,Yt.filter(n,de,s,L,le),m,m==0?2:1,m==0?yt:pt,m==0?Mt:ct,we(Yt.width*ge,3),Yt.stroke(n,s),Yt.dash,Yt.cap),U.show&&Sa([Le],[1],m==0?1:0,m==0?1:2,m==1?yt:pt,m==1?Mt:ct,we(U.width*ge,3),U.stroke(n,s),U.dash,U.cap)}Ke("drawAxes")}function Hn(s){w.forEach((r,p)=>{p>0&&(r._paths=null,s&&(a==1?(r.min=null,r.max=null):r.facets.forEach(m=>{m.min=null,m.max=null})))})}let Wl=!1,Ca=!1,hl=[];function _i(){Ca=!1;for(let s=0;s<hl.length;s++)Ke(...hl[s]);hl.length=0}function Bn(){Wl||(Rc(Fs),Wl=!0)}function Di(s,r=!1){Wl=!0,Ca=r,s(n),Fs(),r&&hl.length>0&&queueMicrotask(_i)}n.batch=Di;function Fs(){if(pa&&(yi(),pa=!1),zn&&(fi(),zn=!1),Nl){if(Ae(x,tl,ke),Ae(x,"top",Ve),Ae(x,Al,Q),Ae(x,_l,N),Ae(y,tl,ke),Ae(y,"top",Ve),Ae(y,Al,Q),Ae(y,_l,N),Ae(b,Al,Xt),Ae(b,_l,hn),h.width=Ue(Xt*ge),h.height=Ue(hn*ge),E.forEach(({_el:s,_show:r,_size:p,_pos:m,side:$})=>{if(s!=null)if(r){let v=$===3||$===0?p:0,k=$%2==1;Ae(s,k?"left":"top",m-v),Ae(s,k?"width":"height",p),Ae(s,k?"top":"left",k?Ve:ke),Ae(s,k?"height":"width",k?N:Q),Ja(s,An)}else ht(s,An)}),Ol=Wn=ga=$a=ba=va=ya=wa=ha=null,ut=1,vl(!0),ke!=Nn||Ve!=$n||Q!=Ht||N!=bn){Hn(!1);let s=Q/Ht,r=N/bn;if(tt&&!vn&&V.left>=0){V.left*=s,V.top*=r,jn&&Jt(jn,Ue(V.left),0,Q,N),Gn&&Jt(Gn,0,Ue(V.top),Q,N);for(let p=0;p<kt.length;p++){let m=kt[p];m!=null&&(Vn[p]*=s,Un[p]*=r,Jt(m,Dt(Vn[p]),Dt(Un[p]),Q,N))}}if(Ce.show&&!zl&&Ce.left>=0&&Ce.width>0){Ce.left*=s,Ce.width*=s,Ce.top*=r,Ce.height*=r;for(let p in Ea)Ae(qn,p,Ce[p])}Nn=ke,$n=Ve,Ht=Q,bn=N}Ke("setSize"),Nl=!1}Xt>0&&hn>0&&(g.clearRect(0,0,h.width,h.height),Ke("drawClear"),G.forEach(s=>s()),Ke("draw")),Ce.show&&zl&&(Hl(Ce),zl=!1),tt&&vn&&(xn(null,!0,!1),vn=!1),ne.show&&ne.live&&wt&&(Da(),wt=!1),c||(c=!0,n.status=1,Ke("ready")),gl=!1,Wl=!1}n.redraw=(s,r)=>{zn=r||!1,s!==!1?on(z,S.min,S.max):Bn()};function Ta(s,r){let p=T[s];if(p.from==null){if(Je==0){let m=p.range(n,r.min,r.max,s);r.min=m[0],r.max=m[1]}if(r.min>r.max){let m=r.min;r.min=r.max,r.max=m}if(Je>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;s==z&&p.distr==2&&Je>0&&(r.min=Ot(r.min,t[0]),r.max=Ot(r.max,t[0]),r.min==r.max&&r.max++),H[s]=r,pa=!0,Bn()}}n.setScale=Ta;let Aa,_a,jn,Gn,Os,Vs,Kn,Yn,Us,Ws,Se,Pe,sn=!1,Qe=V.drag,je=Qe.x,Ge=Qe.y;tt&&(V.x&&(Aa=_t(sc,y)),V.y&&(_a=_t(oc,y)),S.ori==0?(jn=Aa,Gn=_a):(jn=_a,Gn=Aa),Se=V.left,Pe=V.top);let Ce=n.select=Fe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qn=Ce.show?_t(ac,Ce.over?y:x):null;function Hl(s,r){if(Ce.show){for(let p in s)Ce[p]=s[p],p in Ea&&Ae(qn,p,s[p]);r!==!1&&Ke("setSelect")}}n.setSelect=Hl;function Pi(s){if(w[s].show)Oe&&Ja(Ee[s],An);else if(Oe&&ht(Ee[s],An),tt){let p=On?kt[0]:kt[s];p!=null&&Jt(p,-10,-10,Q,N)}}function on(s,r,p){Ta(s,{min:r,max:p})}function jt(s,r,p,m){r.focus!=null&&Ri(s),r.show!=null&&w.forEach(($,v)=>{v>0&&(s==v||s==null)&&($.show=r.show,Pi(v),a==2?(on($.facets[0].scale,null,null),on($.facets[1].scale,null,null)):on($.scale,null,null),Bn())}),p!==!1&&Ke("setSeries",s,r),m&&yl("setSeries",n,s,r)}n.setSeries=jt;function Ei(s,r){Fe(Y[s],r)}function Mi(s,r){s.fill=se(s.fill||null),s.dir=fe(s.dir,-1),r=r??Y.length,Y.splice(r,0,s)}function Li(s){s==null?Y.length=0:Y.splice(s,1)}n.addBand=Mi,n.setBand=Ei,n.delBand=Li;function Ii(s,r){w[s].alpha=r,tt&&kt[s]!=null&&(kt[s].style.opacity=r),Oe&&Ee[s]&&(Ee[s].style.opacity=r)}let en,rn,kn,Zn={focus:!0};function Ri(s){if(s!=kn){let r=s==null,p=Bt.alpha!=1;w.forEach((m,$)=>{if(a==1||$>0){let v=r||$==0||$==s;m._focus=r?null:v,p&&Ii($,v?1:Bt.alpha)}}),kn=s,p&&Bn()}}Oe&&Fn&&nt(xo,he,s=>{V._lock||(yn(s),kn!=null&&jt(null,Zn,!0,Re.setSeries))});function Gt(s,r,p){let m=T[r];p&&(s=s/ge-(m.ori==1?Ve:ke));let $=Q;m.ori==1&&($=N,s=$-s),m.dir==-1&&(s=$-s);let v=m._min,k=m._max,C=s/$,P=v+(k-v)*C,L=m.distr;return L==3?al(10,P):L==4?xc(P,m.asinh):L==100?m.bwd(P):P}function Ni(s,r){let p=Gt(s,z,r);return Ot(p,t[0],He,Be)}n.valToIdx=s=>Ot(s,t[0]),n.posToIdx=Ni,n.posToVal=Gt,n.valToPos=(s,r,p)=>T[r].ori==0?o(s,T[r],p?ct:Q,p?pt:0):i(s,T[r],p?Mt:N,p?yt:0),n.setCursor=(s,r,p)=>{Se=s.left,Pe=s.top,xn(null,r,p)};function Hs(s,r){Ae(qn,tl,Ce.left=s),Ae(qn,Al,Ce.width=r)}function Bs(s,r){Ae(qn,"top",Ce.top=s),Ae(qn,_l,Ce.height=r)}let $l=S.ori==0?Hs:Bs,bl=S.ori==1?Hs:Bs;function zi(){if(Oe&&ne.live)for(let s=a==2?1:0;s<w.length;s++){if(s==0&&vt)continue;let r=ne.values[s],p=0;for(let m in r)Wt[s][p++].firstChild.nodeValue=r[m]}}function Da(s,r){if(s!=null&&(s.idxs?s.idxs.forEach((p,m)=>{be[m]=p}):Ac(s.idx)||be.fill(s.idx),ne.idx=be[0]),Oe&&ne.live){for(let p=0;p<w.length;p++)(p>0||a==1&&!vt)&&Fi(p,be[p]);zi()}wt=!1,r!==!1&&Ke("setLegend")}n.setLegend=Da;function Fi(s,r){let p=w[s],m=s==0&&B==2?Lt:t[s],$;vt?$=p.values(n,s,r)??ln:($=p.value(n,r==null?null:m[r],s,r),$=$==null?ln:{_:$}),ne.values[s]=$}function xn(s,r,p){Us=Se,Ws=Pe,[Se,Pe]=V.move(n,Se,Pe),V.left=Se,V.top=Pe,tt&&(jn&&Jt(jn,Ue(Se),0,Q,N),Gn&&Jt(Gn,0,Ue(Pe),Q,N));let m,$=He>Be;en=ye,rn=null;let v=S.ori==0?Q:N,k=S.ori==1?Q:N;if(Se<0||Je==0||$){m=V.idx=null;for(let C=0;C<w.length;C++){let P=kt[C];P!=null&&Jt(P,-10,-10,Q,N)}Fn&&jt(null,Zn,!0,s==null&&Re.setSeries),ne.live&&(be.fill(m),wt=!0)}else{let C,P,L;a==1&&(C=S.ori==0?Se:Pe,P=Gt(C,z),m=V.idx=Ot(P,t[0],He,Be),L=O(t[0][m],S,v,0));let R=-10,F=-10,Z=0,me=0,de=!0,le="",j="";for(let U=a==2?1:0;U<w.length;U++){let Te=w[U],Me=be[U],Ye=Me==null?null:a==1?t[U][Me]:t[U][1][Me],ve=V.dataIdx(n,U,m,P),Le=ve==null?null:a==1?t[U][ve]:t[U][1][ve];if(wt=wt||Le!=Ye||ve!=Me,be[U]=ve,U>0&&Te.show){let ft=ve==null?-10:ve==m?L:O(a==1?t[0][ve]:t[U][0][ve],S,v,0),lt=Le==null?-10:q(Le,a==1?T[Te.scale]:T[Te.facets[1].scale],k,0);if(Fn&&Le!=null){let xt=S.ori==1?Se:Pe,It=We(Bt.dist(n,U,ve,lt,xt));if(It<en){let Kt=Bt.bias;if(Kt!=0){let mt=Gt(xt,Te.scale),St=Le>=0?1:-1,Rt=mt>=0?1:-1;Rt==St&&(Rt==1?Kt==1?Le>=mt:Le<=mt:Kt==1?Le<=mt:Le>=mt)&&(en=It,rn=U)}else en=It,rn=U}}if(wt||On){let xt,It;S.ori==0?(xt=ft,It=lt):(xt=lt,It=ft);let Kt,mt,St,Rt,Yt,at,gt=!0,Sn=Xe.bbox;if(Sn!=null){gt=!1;let st=Sn(n,U);St=st.left,Rt=st.top,Kt=st.width,mt=st.height}else St=xt,Rt=It,Kt=mt=Xe.size(n,U);if(at=Xe.fill(n,U),Yt=Xe.stroke(n,U),On)U==rn&&en<=Bt.prox&&(R=St,F=Rt,Z=Kt,me=mt,de=gt,le=at,j=Yt);else{let st=kt[U];st!=null&&(Vn[U]=St,Un[U]=Rt,Po(st,Kt,mt,gt),_o(st,at,Yt),Jt(st,Dt(St),Dt(Rt),Q,N))}}}}if(On){let U=Bt.prox,Te=kn==null?en<=U:en>U||rn!=kn;if(wt||Te){let Me=kt[0];Me!=null&&(Vn[0]=R,Un[0]=F,Po(Me,Z,me,de),_o(Me,le,j),Jt(Me,Dt(R),Dt(F),Q,N))}}}if(Ce.show&&sn)if(s!=null){let[C,P]=Re.scales,[L,R]=Re.match,[F,Z]=s.cursor.sync.scales,me=s.cursor.drag;if(je=me._x,Ge=me._y,je||Ge){let{left:de,top:le,width:j,height:U}=s.select,Te=s.scales[F].ori,Me=s.posToVal,Ye,ve,Le,ft,lt,xt=C!=null&&L(C,F),It=P!=null&&R(P,Z);xt&&je?(Te==0?(Ye=de,ve=j):(Ye=le,ve=U),Le=T[C],ft=O(Me(Ye,F),Le,v,0),lt=O(Me(Ye+ve,F),Le,v,0),$l(Vt(ft,lt),We(lt-ft))):$l(0,v),It&&Ge?(Te==1?(Ye=de,ve=j):(Ye=le,ve=U),Le=T[P],ft=q(Me(Ye,Z),Le,k,0),lt=q(Me(Ye+ve,Z),Le,k,0),bl(Vt(ft,lt),We(lt-ft))):bl(0,k)}else Ma()}else{let C=We(Us-Os),P=We(Ws-Vs);if(S.ori==1){let Z=C;C=P,P=Z}je=Qe.x&&C>=Qe.dist,Ge=Qe.y&&P>=Qe.dist;let L=Qe.uni;L!=null?je&&Ge&&(je=C>=L,Ge=P>=L,!je&&!Ge&&(P>C?Ge=!0:je=!0)):Qe.x&&Qe.y&&(je||Ge)&&(je=Ge=!0);let R,F;je&&(S.ori==0?(R=Kn,F=Se):(R=Yn,F=Pe),$l(Vt(R,F),We(F-R)),Ge||bl(0,k)),Ge&&(S.ori==1?(R=Kn,F=Se):(R=Yn,F=Pe),bl(Vt(R,F),We(F-R)),je||$l(0,v)),!je&&!Ge&&($l(0,0),bl(0,0))}if(Qe._x=je,Qe._y=Ge,s==null){if(p){if(to!=null){let[C,P]=Re.scales;Re.values[0]=C!=null?Gt(S.ori==0?Se:Pe,C):null,Re.values[1]=P!=null?Gt(S.ori==1?Se:Pe,P):null}yl(Ha,n,Se,Pe,Q,N,m)}if(Fn){let C=p&&Re.setSeries,P=Bt.prox;kn==null?en<=P&&jt(rn,Zn,!0,C):en>P?jt(null,Zn,!0,C):rn!=kn&&jt(rn,Zn,!0,C)}}wt&&(ne.idx=m,Da()),r!==!1&&Ke("setCursor")}let cn=null;Object.defineProperty(n,"rect",{get(){return cn==null&&vl(!1),cn}});function vl(s=!1){s?cn=null:(cn=y.getBoundingClientRect(),Ke("syncRect",cn))}function js(s,r,p,m,$,v,k){V._lock||sn&&s!=null&&s.movementX==0&&s.movementY==0||(Pa(s,r,p,m,$,v,k,!1,s!=null),s!=null?xn(null,!0,!0):xn(r,!0,!1))}function Pa(s,r,p,m,$,v,k,C,P){if(cn==null&&vl(!1),yn(s),s!=null)p=s.clientX-cn.left,m=s.clientY-cn.top;else{if(p<0||m<0){Se=-10,Pe=-10;return}let[L,R]=Re.scales,F=r.cursor.sync,[Z,me]=F.values,[de,le]=F.scales,[j,U]=Re.match,Te=r.axes[0].side%2==1,Me=S.ori==0?Q:N,Ye=S.ori==1?Q:N,ve=Te?v:$,Le=Te?$:v,ft=Te?m:p,lt=Te?p:m;if(de!=null?p=j(L,de)?u(Z,T[L],Me,0):-10:p=Me*(ft/ve),le!=null?m=U(R,le)?u(me,T[R],Ye,0):-10:m=Ye*(lt/Le),S.ori==1){let xt=p;p=m,m=xt}}P&&(r==null||r.cursor.event.type==Ha)&&((p<=1||p>=Q-1)&&(p=Cn(p,Q)),(m<=1||m>=N-1)&&(m=Cn(m,N))),C?(Os=p,Vs=m,[Kn,Yn]=V.move(n,p,m)):(Se=p,Pe=m)}let Ea={width:0,height:0,left:0,top:0};function Ma(){Hl(Ea,!1)}let Gs,Ks,Ys,qs;function Zs(s,r,p,m,$,v,k){sn=!0,je=Ge=Qe._x=Qe._y=!1,Pa(s,r,p,m,$,v,k,!0,!1),s!=null&&(nt(Ba,qa,Js,!1),yl(wo,n,Kn,Yn,Q,N,null));let{left:C,top:P,width:L,height:R}=Ce;Gs=C,Ks=P,Ys=L,qs=R}function Js(s,r,p,m,$,v,k){sn=Qe._x=Qe._y=!1,Pa(s,r,p,m,$,v,k,!1,!0);let{left:C,top:P,width:L,height:R}=Ce,F=L>0||R>0,Z=Gs!=C||Ks!=P||Ys!=L||qs!=R;if(F&&Z&&Hl(Ce),Qe.setScale&&F&&Z){let me=C,de=L,le=P,j=R;if(S.ori==1&&(me=P,de=R,le=C,j=L),je&&on(z,Gt(me,z),Gt(me+de,z)),Ge)for(let U in T){let Te=T[U];U!=z&&Te.from==null&&Te.min!=ye&&on(U,Gt(le+j,U),Gt(le,U))}Ma()}else V.lock&&(V._lock=!V._lock,xn(r,!0,s!=null));s!=null&&(Rn(Ba,qa),yl(Ba,n,Se,Pe,Q,N,null))}function Oi(s,r,p,m,$,v,k){if(V._lock)return;yn(s);let C=sn;if(sn){let P=!0,L=!0,R=10,F,Z;S.ori==0?(F=je,Z=Ge):(F=Ge,Z=je),F&&Z&&(P=Se<=R||Se>=Q-R,L=Pe<=R||Pe>=N-R),F&&P&&(Se=Se<Kn?0:Q),Z&&L&&(Pe=Pe<Yn?0:N),xn(null,!0,!0),sn=!1}Se=-10,Pe=-10,be.fill(null),xn(null,!0,!0),C&&(sn=C)}function Qs(s,r,p,m,$,v,k){V._lock||(yn(s),ma(),Ma(),s!=null&&yl(So,n,Se,Pe,Q,N,null))}function Xs(){E.forEach(Hu),fa(n.width,n.height,!0)}_n(Xl,ll,Xs);let Jn={};Jn.mousedown=Zs,Jn.mousemove=js,Jn.mouseup=Js,Jn.dblclick=Qs,Jn.setSeries=(s,r,p,m)=>{let $=Re.match[2];p=$(n,r,p),p!=-1&&jt(p,m,!0,!1)},tt&&(nt(wo,y,Zs),nt(Ha,y,js),nt(ko,y,s=>{yn(s),vl(!1)}),nt(xo,y,Oi),nt(So,y,Qs),ls.add(n),n.syncRect=vl);let Bl=n.hooks=e.hooks||{};function Ke(s,r,p){Ca?hl.push([s,r,p]):s in Bl&&Bl[s].forEach(m=>{m.call(null,n,r,p)})}(e.plugins||[]).forEach(s=>{for(let r in s.hooks)Bl[r]=(Bl[r]||[]).concat(s.hooks[r])});let eo=(s,r,p)=>p,Re=Fe({key:null,setSeries:!1,filters:{pub:Ro,sub:Ro},scales:[z,w[1]?w[1].scale:null],match:[No,No,eo],values:[null,null]},V.sync);Re.match.length==2&&Re.match.push(eo),V.sync=Re;let to=Re.key,La=Mr(to);function yl(s,r,p,m,$,v,k){Re.filters.pub(s,r,p,m,$,v,k)&&La.pub(s,r,p,m,$,v,k)}La.sub(n);function Vi(s,r,p,m,$,v,k){Re.filters.sub(s,r,p,m,$,v,k)&&Jn[s](null,r,p,m,$,v,k)}n.pub=Vi;function Ui(){La.unsub(n),ls.delete(n),gn.clear(),Qa(Xl,ll,Xs),d.remove(),he?.remove(),Ke("destroy")}n.destroy=Ui;function Ia(){Ke("init",e,t),Es(t||e.data,!1),H[z]?Ta(z,H[z]):ma(),zl=Ce.show&&(Ce.width>0||Ce.height>0),vn=wt=!0,fa(e.width,e.height)}return w.forEach(Ds),E.forEach(vi),l?l instanceof HTMLElement?(l.appendChild(d),Ia()):l(n,Ia):Ia(),n}Ze.assign=Fe;Ze.fmtNum=us;Ze.rangeNum=ea;Ze.rangeLog=la;Ze.rangeAsinh=is;Ze.orient=Pn;Ze.pxRatio=ge;Ze.join=Ic;Ze.fmtDate=ps,Ze.tzDate=jc;Ze.sync=Mr;{Ze.addGap=Au,Ze.clipGaps=oa;let e=Ze.paths={points:Fr};e.linear=Vr,e.stepped=Pu,e.bars=Eu,e.spline=Lu}function mn(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Bu(e,t){let l=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(e);return l?`rgba(${parseInt(l[1],16)}, ${parseInt(l[2],16)}, ${parseInt(l[3],16)}, ${t})`:e}function ju(e,t,l,n){return Ze.paths.bars({size:[.7,60]})(e,t,l,n)}function Gu(e,t){return{hooks:{draw:[l=>{if(!e.length)return;let{ctx:n}=l,a=l.bbox.top;n.save(),n.fillStyle=t,n.strokeStyle=t,n.lineWidth=1*devicePixelRatio;for(let o of e){let i=Math.round(l.valToPos(o.t,"x",!0));i<l.bbox.left||i>l.bbox.left+l.bbox.width||(n.setLineDash([3*devicePixelRatio,3*devicePixelRatio]),n.beginPath(),n.moveTo(i,a),n.lineTo(i,a+l.bbox.height),n.stroke(),n.setLineDash([]),n.beginPath(),n.arc(i,a+5*devicePixelRatio,4*devicePixelRatio,0,2*Math.PI),n.fill())}n.restore()}]}}}function Br({rows:e,notes:t,currency:l,interval:n,timeZone:a}){let o=Ra(null),i=Ra(null);return Ct(()=>{let u=o.current;if(!u)return;let c=e.map(M=>new Date(M.timestamp).getTime()/1e3),d=e.map(M=>M.visitors??0),h=e.map(M=>M.revenue??0),g=c.length>1?c[1]-c[0]:3600,b=(t||[]).map(M=>{let w=new Date(M.timestamp).getTime()/1e3,E=-1;for(let T=0;T<c.length;T++)c[T]<=w&&(E=T);return E>=0&&w<c[E]+g?{t:c[E],text:M.text}:null}).filter(Boolean),x=M=>{let w=new Date(M*1e3),E=n==="hour"?{hour:"numeric",minute:"2-digit"}:n==="month"?{month:"short",year:"numeric"}:{month:"short",day:"numeric"};try{return new Intl.DateTimeFormat(void 0,{...E,timeZone:a}).format(w)}catch{return w.toLocaleString()}},y={width:u.clientWidth||600,height:260,padding:[14,8,0,4],legend:{show:!1},cursor:{drag:{x:!1,y:!1},points:{size:7}},scales:{x:{time:!1},v:{range:(M,w,E)=>[0,Math.max(4,E*1.1)]},r:{range:(M,w,E)=>[0,Math.max(1,E*1.1)]}},axes:[{stroke:mn("--muted"),grid:{show:!1},ticks:{show:!1},values:(M,w)=>w.map(x),space:70},{scale:"v",stroke:mn("--muted"),grid:{stroke:mn("--border"),width:1},ticks:{show:!1},values:(M,w)=>w.map(E=>Ne(E))},{scale:"r",side:1,stroke:mn("--muted"),grid:{show:!1},ticks:{show:!1},values:(M,w)=>w.map(E=>Tt(E,l))}],series:[{},{label:"Visitors",scale:"v",stroke:mn("--visitors"),fill:Bu(mn("--visitors"),.45),paths:ju,points:{show:!1}},{label:"Revenue",scale:"r",stroke:mn("--revenue"),width:2,points:{show:!1}}],plugins:[Gu(b,mn("--accent"))],hooks:{setCursor:[M=>{let w=M.cursor.idx,E=i.current;if(!E)return;if(w==null){E.textContent="";return}let T=b.filter(Y=>Y.t===c[w]).map(Y=>` \xB7 \u270E ${Y.text}`).join("");E.textContent=`${x(c[w])}: ${Ne(d[w])} visitors, ${Tt(h[w],l)} revenue${T}`}]}},_=new Ze(y,[c,d,h],u),D=new ResizeObserver(()=>_.setSize({width:u.clientWidth,height:260}));return D.observe(u),()=>{D.disconnect(),_.destroy()}},[e,t,l,n,a]),f`<div class="chart-wrap">
    <div class="chart-legend">
      <span class="key key-visitors" aria-hidden="true"></span> Visitors
      <span class="key key-revenue" aria-hidden="true"></span> Revenue
      <span class="chart-hover muted small" ref=${i} aria-live="off"></span>
    </div>
    <div class="chart" ref=${o} role="img" aria-label=${`Visitors and revenue per ${n}`}></div>
    ${t?.length>0&&f`<ul class="chart-notes small muted" aria-label="Notes in this period">
      ${t.map(u=>f`<li key=${u.id}>✎ ${new Date(u.timestamp).toLocaleDateString(void 0,{timeZone:a})}: ${u.text}</li>`)}
    </ul>`}
  </div>`}function ys(e){let[t,l]=A(null);return Ct(()=>{import("/assets/map-YOSCEPAB.js").then(n=>l(()=>n.WorldMap))},[]),t?f`<${t} ...${e} />`:f`<div class="map-placeholder" aria-hidden="true"></div>`}function dl(e){return!e||e.length!==2?"":String.fromCodePoint(...[...e.toUpperCase()].map(t=>127462+t.charCodeAt(0)-65))}function Ku(e){let t=/\/([A-Z]{2})\.svg$/.exec(e||"");return t?t[1]:""}var En=new Set(["Unknown",""]);function Yu(e){let t=[e.utm_campaign,e.utm_source,e.utm_medium].filter(Boolean);return t.length?t.join(" \xB7 "):[e.ref&&`ref=${e.ref}`,e.source&&`source=${e.source}`,e.via&&`via=${e.via}`].filter(Boolean).join(" \xB7 ")||"\u2013"}function qu(e){return e.utm_campaign?["utm_campaign",e.utm_campaign]:e.utm_source?["utm_source",e.utm_source]:e.ref?["ref",e.ref]:e.source?["source",e.source]:e.via?["via",e.via]:null}var vs={channels:{label:"Channels",path:"channels",row:e=>({label:e.channel,filter:En.has(e.channel)?null:["channel",e.channel]})},referrers:{label:"Referrers",path:"referrers",row:e=>({label:e.referrer,filter:["referrer",e.referrer]})},campaigns:{label:"Campaigns",path:"campaigns",row:e=>({label:Yu(e.campaign||{}),filter:qu(e.campaign||{})})},pages:{label:"Pages",path:"pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["page",e.path]})},"entry-pages":{label:"Entry pages",path:"entry-pages",row:e=>({label:e.path,title:`${e.hostname}${e.path}`,filter:["entry_page",e.path]})},hostnames:{label:"Hostnames",path:"hostnames",row:e=>({label:e.hostname,filter:["hostname",e.hostname]})},"exit-clicks":{label:"Exit clicks",path:"exit-clicks",clicks:!0,row:e=>({label:e.url,filter:null,href:e.url})},countries:{label:"Countries",path:"countries",row:e=>{let t=Ku(e.image);return{label:e.country,icon:dl(t),filter:En.has(e.country)?null:["country",t||e.country]}}},regions:{label:"Regions",path:"regions",row:e=>({label:e.region,filter:En.has(e.region)?null:["region",e.region]})},cities:{label:"Cities",path:"cities",row:e=>({label:e.city,filter:En.has(e.city)?null:["city",e.city]})},browsers:{label:"Browsers",path:"browsers",row:e=>({label:e.browser,filter:En.has(e.browser)?null:["browser",e.browser]})},os:{label:"OS",path:"operating-systems",row:e=>({label:e.operating_system,filter:En.has(e.operating_system)?null:["os",e.operating_system]})},devices:{label:"Devices",path:"devices",row:e=>({label:e.device,filter:En.has(e.device)?null:["device",e.device]})},goals:{label:"Goals",path:"goals",goals:!0,row:e=>({label:e.goal,filter:["goal",e.goal]})}},Gr=[{id:"sources",title:"Sources",tabs:["channels","referrers","campaigns"]},{id:"pages",title:"Pages",tabs:["pages","entry-pages","hostnames","exit-clicks"]},{id:"locations",title:"Locations",tabs:["countries","regions","cities"],map:!0},{id:"tech",title:"Technology",tabs:["browsers","os","devices"]},{id:"goals",title:"Goals",tabs:["goals"]}],jr=10;function Kr({panel:e,websiteId:t,scope:l,currency:n,onFilter:a}){let[o,i]=A(e.tabs[0]),[u,c]=A(!1),d=vs[o],h=u?100:jr,g=ie(()=>I.getFull(`/api/v1/analytics/${d.path}`,{websiteId:t,...l,limit:h}),[o,t,JSON.stringify(l),h]),b=g.data?.data||[],x=g.data?.pagination?.total??b.length,y=Math.max(1,...b.map(D=>D.visitors||0)),_=e.tabs.length>1?f`<${so} label=${e.title} tabs=${e.tabs.map(D=>[D,vs[D].label])} active=${o} onChange=${D=>{i(D),c(!1)}} />`:f`<h2>${vs[o].label}</h2>`;return f`<section class="card panel" data-panel=${e.id} data-tab=${o} aria-label=${e.title}>
    <div class="panel-head">${_}</div>
    ${e.map&&o==="countries"&&b.length>0&&f`<${ys} rows=${b} />`}
    <div class="panel-cols muted small" aria-hidden="true">
      <span></span><span>${d.goals?"Completions":d.clicks?"Clicks":""}</span><span>Visitors</span>${!d.goals&&!d.clicks?f`<span>Revenue</span>`:f`<span></span>`}
    </div>
    ${g.error&&f`<${ae} error=${g.error} />`}
    ${g.loading&&!g.data?f`<${ce} />`:b.length===0?f`<p class="muted empty">No data for this period</p>`:f`<ol class="rows" data-loading=${g.loading?"true":"false"}>
      ${b.map((D,M)=>{let w=d.row(D),E=`${Math.max(2,Math.round((D.visitors||0)/y*100))}%`,T=f`<span class="row-bar" style=${{width:E}}></span><span class="row-label" title=${w.title||w.label}>${w.icon&&f`<span class="flag" aria-hidden="true">${w.icon} </span>`}${w.label}</span>`,Y=f`<span class="num">${d.goals?Ne(D.completions):d.clicks?Ne(D.clicks):""}</span>
          <span class="num" data-visitors=${D.visitors}>${Ne(D.visitors)}</span>
          <span class="num rev">${d.goals||d.clicks?"":Tt(D.revenue,n)}</span>`;return f`<li key=${M} class="row">
          ${w.filter?f`<button type="button" class="row-main" data-filter=${w.filter[0]} data-value=${w.filter[1]} onClick=${()=>a(w.filter[0],w.filter[1])} aria-label=${`Filter by ${w.label}`}>${T}</button>`:f`<span class="row-main">${T}</span>`}
          ${Y}
        </li>`})}
    </ol>`}
    ${x>jr&&f`<button type="button" class="btn btn-ghost btn-small more" onClick=${()=>c(!u)}>${u?"Show fewer":`Show all ${Ne(Math.min(x,100))}${x>100?"+":""}`}</button>`}
  </section>`}function Yr({websiteId:e,scope:t,shared:l}){let n=ie(()=>l?Promise.resolve([]):I.get(`/api/v1/admin/websites/${e}/funnels`),[e,l]),a=(n.data||[]).filter(h=>h.isActive!==!1),[o,i]=A(null),u=o||a[0]?._id,c=ie(()=>u?I.get(`/api/v1/analytics/funnels/${u}`,{websiteId:e,...t}):Promise.resolve(null),[u,e,JSON.stringify(t)]),d=c.data?.[0];return f`<section class="card panel" data-panel="funnels" aria-label="Funnels">
    <div class="panel-head">
      <h2>Funnels</h2>
      ${a.length>1&&f`<select class="input input-small" aria-label="Funnel" value=${u} onChange=${h=>i(h.currentTarget.value)}>
        ${a.map(h=>f`<option value=${h._id} selected=${h._id===u}>${h.name}</option>`)}
      </select>`}
    </div>
    ${n.error&&f`<${ae} error=${n.error} />`}
    ${!n.loading&&a.length===0&&f`<p class="muted empty">${l?"No funnels shared.":f`No funnel yet. <a href=${`/sites/${e}/settings/funnels`}>Create one</a> from pages and goals.`}</p>`}
    ${c.error&&f`<${ae} error=${c.error} />`}
    ${d&&f`<ol class="funnel">
        ${d.steps.map((h,g)=>f`<li key=${g} class="funnel-step">
            <div class="funnel-label"><strong>${g+1}. ${h.name||h.url||h.goalName}</strong>
              <span class="num">${Ne(h.visitors)} · ${un(h.conversionRate)}</span></div>
            <div class="funnel-track"><span class="funnel-bar" style=${{width:`${Math.max(1,h.conversionRate)}%`}}></span></div>
            ${g>0&&h.dropOff>0&&f`<div class="funnel-drop small">↘ ${Ne(h.dropOff)} dropped off (${un(h.dropOffRate)})</div>`}
          </li>`)}
      </ol>
      <p class="small muted">Completed: ${Ne(d.completed)} of ${Ne(d.visitors)} (${un(d.conversionRate)})</p>`}
  </section>`}var ws={channel:"Channel",referrer:"Referrer",utm_source:"UTM source",utm_medium:"UTM medium",utm_campaign:"Campaign",utm_term:"UTM term",utm_content:"UTM content",ref:"ref",source:"source",via:"via",page:"Page",entry_page:"Entry page",hostname:"Hostname",country:"Country",region:"Region",city:"City",browser:"Browser",os:"OS",device:"Device",goal:"Goal"};function Ju(e){let t={};for(let l of Object.keys(ws)){let n=e.get(`filter_${l}`);n&&(t[`filter_${l}`]=n)}return t}function Qu(e,t){let l=new URLSearchParams(e);for(let[a,o]of Object.entries(t))o==null||o===""?l.delete(a):l.set(a,o);let n=l.toString();return n?`?${n}`:""}function Xu(e,t){return e===void 0||t===void 0||t===null?null:t===0?e===0?0:null:(e-t)/Math.abs(t)*100}function Mn({id:e,label:t,value:l,raw:n,delta:a,lowerIsBetter:o}){let i=null;if(a!=null&&Number.isFinite(a)){let u=o?a<0:a>0,c=Math.abs(a)<.05?"flat":u?"up":"down";i=f`<span class=${`kpi-change ${c}`} title="Change against the previous period">${a>0?"\u2191":a<0?"\u2193":"\u2192"} ${un(Math.abs(a))}</span>`}return f`<div class="kpi" data-kpi=${e} data-value=${n??""}>
    <div class="kpi-label">${t}</div>
    <div class="kpi-value">${l}</div>
    <div class="kpi-foot">${i}</div>
  </div>`}function ed({now:e,before:t,realtime:l,currency:n,comparable:a}){let o=i=>a?Xu(e?.[i],t?.[i]):null;return f`<div class="kpis" aria-label="Key figures">
    <${Mn} id="visitors" label="Visitors" raw=${e.visitors} value=${Ne(e.visitors)} delta=${o("visitors")} />
    <${Mn} id="revenue" label="Revenue" raw=${e.revenue} value=${Tt(e.revenue,n)} delta=${o("revenue")} />
    <${Mn} id="conversion_rate" label="Conversion rate" raw=${e.conversion_rate} value=${un(e.conversion_rate)} delta=${o("conversion_rate")} />
    <${Mn} id="revenue_per_visitor" label="Revenue/visitor" raw=${e.revenue_per_visitor} value=${Tt(e.revenue_per_visitor,n)} delta=${o("revenue_per_visitor")} />
    <${Mn} id="bounce_rate" label="Bounce rate" raw=${e.bounce_rate} value=${un(e.bounce_rate)} delta=${o("bounce_rate")} lowerIsBetter=${!0} />
    <${Mn} id="avg_session_duration" label="Session time" raw=${e.avg_session_duration} value=${ao(e.avg_session_duration)} delta=${o("avg_session_duration")} />
    <${Mn} id="realtime" label="Visitors now" raw=${l??""} value=${f`<span class="live-dot" aria-hidden="true"></span>${l===null?"\u2013":Ne(l)}`} />
  </div>`}function td({period:e,query:t,go:l,timeZone:n}){let[a,o]=A(e.preset==="custom"),i=Va(n),[u,c]=A(t.get("from")||e.startAt?.slice(0,10)||i),[d,h]=A(t.get("to")||e.endAt?.slice(0,10)||i);return f`<div class="period">
    <label class="inline">
      <span class="sr-only">Period</span>
      <${Nt}
        name="period"
        value=${a?"custom":e.preset}
        options=${Oa}
        onChange=${g=>{if(g==="custom")return o(!0);o(!1),l({period:g,from:null,to:null,interval:null})}}
      />
    </label>
    ${a&&f`<form
      class="inline custom-range"
      onSubmit=${g=>{g.preventDefault(),l({period:"custom",from:u,to:d,interval:null})}}
    >
      <label class="inline"><span class="sr-only">From</span><input class="input" type="date" name="from" value=${u} max=${i} onInput=${g=>c(g.currentTarget.value)} required /></label>
      <span aria-hidden="true">→</span>
      <label class="inline"><span class="sr-only">To</span><input class="input" type="date" name="to" value=${d} max=${i} onInput=${g=>h(g.currentTarget.value)} required /></label>
      <${ee} type="submit" kind="primary" class="btn-small">Apply<//>
    </form>`}
  </div>`}function ks({params:e,query:t,navigate:l,site:n,shared:a=!1}){let o=e.websiteId,i=ie(()=>n?Promise.resolve([{timezone:n.timezone,currency:n.currency,name:n.name,domain:n.domain}]):I.get("/api/v1/analytics/metadata",{websiteId:o}),[o,n?.timezone,n?.currency]);if(i.error){let u=a&&[401,403,404].includes(i.error.code);return f`<${ae}>${u?"This dashboard is not public. Log in to see it.":i.error.message}<//>${u?f`<p><a href=${`/login?next=/sites/${o}`}>Log in</a></p>`:""}`}return i.data?f`<${nd} websiteId=${o} query=${t} navigate=${l} info=${i.data[0]} shared=${a} />`:f`<${ce} />`}function nd({websiteId:e,query:t,navigate:l,info:n,shared:a}){let o=n.timezone||"UTC",i=n.currency||"USD",u=a?`/share/${e}`:`/sites/${e}`,c=S=>l(u+Qu(t,S)),d=Ua({preset:t.get("period")||"30d",from:t.get("from"),to:t.get("to")},o),h=$o(d),g=h.some(([S])=>S===t.get("interval"))?t.get("interval"):h.some(([S])=>S===d.interval)?d.interval:h[0][0],b=Ju(t),x={startAt:d.startAt,endAt:d.endAt},y={...x,...b},_=JSON.stringify(y),D=ie(()=>I.get("/api/v1/analytics/overview",{websiteId:e,...y}),[e,_]),M=!!d.prevStartAt,w=ie(()=>M?I.get("/api/v1/analytics/overview",{websiteId:e,...b,startAt:d.prevStartAt,endAt:d.prevEndAt}):Promise.resolve(null),[e,_,d.prevStartAt]),E=d.startAt?x:{startAt:d.chartStartAt,endAt:d.chartEndAt},T=ie(()=>I.getFull("/api/v1/analytics/timeseries",{websiteId:e,...b,...E,interval:g,fields:"visitors,revenue",limit:1e3}),[e,_,g,E.startAt]),Y=ie(()=>a?Promise.resolve([]):I.get(`/api/v1/admin/websites/${e}/notes`,{...E,limit:100,order:"asc"}).catch(()=>[]),[e,E.startAt,E.endAt]),[z,X]=A(null);Xn(async()=>X((await I.get("/api/v1/analytics/realtime",{websiteId:e}))?.[0]?.visitors??0),3e4,[e]);let G=T.data?.data||[];if(!d.startAt){let S=G.findIndex(B=>(B.visitors||0)>0||(B.revenue||0)>0);G=S>0?G.slice(S):G}let te=(S,B)=>c({[`filter_${S}`]:B}),K=Object.entries(b);return f`<div class="dash" data-loading=${D.loading||T.loading?"true":"false"}>
    <div class="toolbar">
      <${td} key=${d.preset} period=${d} query=${t} go=${c} timeZone=${o} />
      <span class="muted small tz" title="Days follow the website's time zone">${o}</span>
      ${a&&f`<span class="badge">Read-only</span>`}
    </div>
    ${K.length>0&&f`<div class="chips" aria-label="Filters">
      ${K.map(([S,B])=>f`<span class="chip" data-chip=${S}>
          <span>${ws[S.slice(7)]||S.slice(7)}: <strong>${B.replace(/^is:/,"")}</strong></span>
          <button type="button" class="chip-x" aria-label=${`Remove the ${ws[S.slice(7)]} filter`} onClick=${()=>c({[S]:null})}>✕</button>
        </span>`)}
      ${K.length>1&&f`<button type="button" class="btn btn-ghost btn-small" onClick=${()=>c(Object.fromEntries(K.map(([S])=>[S,null])))}>Clear all</button>`}
    </div>`}
    ${D.error&&f`<${ae} error=${D.error} />`}
    ${D.data?f`<${ed} now=${D.data[0]} before=${w.data?.[0]} realtime=${z} currency=${i} comparable=${M} />`:!D.error&&f`<div class="kpis kpis-loading"><${ce} /></div>`}
    <section class="card chart-card" aria-label="Visitors and revenue over time">
      <div class="card-head">
        <h2>Visitors and revenue</h2>
        ${h.length>1&&f`<div class="seg" role="group" aria-label="Interval">
          ${h.map(([S,B])=>f`<button type="button" class=${`seg-btn ${S===g?"active":""}`} aria-pressed=${S===g} onClick=${()=>c({interval:S})}>${B}</button>`)}
        </div>`}
      </div>
      ${T.error&&f`<${ae} error=${T.error} />`}
      ${T.data?f`<${Br} rows=${G} notes=${Y.data||[]} currency=${i} interval=${g} timeZone=${o} />`:!T.error&&f`<div class="chart-placeholder"><${ce} /></div>`}
    </section>
    <div class="panels">
      ${Gr.map(S=>f`<${Kr} key=${S.id} panel=${S} websiteId=${e} scope=${y} currency=${i} onFilter=${te} />`)}
      <${Yr} websiteId=${e} scope=${y} shared=${a} />
    </div>
  </div>`}var ld=5e3,ad={pageview:"\u{1F441}",goal:"\u{1F3AF}",payment:"\u{1F4B0}",payment_received:"\u{1F4B0}",external_link:"\u2197",identify:"\u{1F464}"};function qr({params:e}){let t=e.websiteId,[l,n]=A(null),[a,o]=A(null);Xn(async()=>{try{n(await I.get("/api/v1/analytics/realtime/map",{websiteId:t})),o(null)}catch(c){o(c)}},ld,[t]);let i=l?.visitors||[],u=i.filter(c=>typeof c.latitude=="number"&&typeof c.longitude=="number").map(c=>({latitude:c.latitude,longitude:c.longitude,label:`${c.location?.city||c.location?.countryCode||"Visitor"} \xB7 ${c.currentUrl||""}`}));return f`<div class="stack">
    <${ae} error=${a} />
    <div class="live-grid">
      <${re} title=${f`<span class="live-dot" aria-hidden="true"></span>Visitors in the last 10 minutes: <span data-testid="realtime-count">${l?l.count:"\u2026"}</span>`}>
        <${ys} points=${u} />
        ${i.length===0?f`<p class="muted empty">Nobody right now.</p>`:f`<ul class="feed" aria-label="Visitors now">
              ${i.map(c=>f`<li key=${c.visitorId}>
                  <span aria-hidden="true">${dl(c.location?.countryCode)||"\u2022"}</span>
                  <a class="what" href=${`/sites/${t}/visitors/${c.visitorId}`}>${c.currentUrl||"/"} <span class="muted small">${[c.system?.browser?.name,c.system?.os?.name,c.referrer].filter(Boolean).join(" \xB7 ")}</span></a>
                  <span class="muted small">${c.sessionStartTime?Qn(c.sessionStartTime):""}</span>
                </li>`)}
            </ul>`}
      <//>
      <div class="stack">
        <${re} title="Live events">
          ${(l?.recentEvents||[]).length===0?f`<p class="muted empty">No events in the last 10 minutes.</p>`:f`<ul class="feed" aria-label="Live events" aria-live="polite">
                ${l.recentEvents.map(c=>f`<li key=${c._id}>
                    <span aria-hidden="true">${ad[c.type]||"\u2022"}</span>
                    <span class="what">${c.type==="pageview"?c.path:`${c.type}${c.extraData?.name?`: ${c.extraData.name}`:""} on ${c.path||"/"}`}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
        <${re} title="Recent payments">
          ${(l?.recentPayments||[]).length===0?f`<p class="muted empty">No payment in the last 10 minutes.</p>`:f`<ul class="feed" aria-label="Recent payments">
                ${l.recentPayments.map(c=>f`<li key=${c._id}>
                    <span aria-hidden="true">💰</span>
                    <span class="what"><strong class="rev">${Tt(c.amount,c.currency)}</strong> ${c.name||c.email||""}${c.renewal?" (renewal)":""}</span>
                    <span class="muted small">${Qn(c.timestamp)}</span>
                  </li>`)}
              </ul>`}
        <//>
      </div>
    </div>
  </div>`}var xs=50,sd=1800*1e3;function Zr({params:e,query:t,navigate:l,site:n}){let a=e.websiteId,[o,i]=A(t.get("page")||""),u=t.get("customers")==="1",c=t.get("goal")||"",d=Number(t.get("offset")||0),h=y=>{let _=new URLSearchParams(t);for(let[M,w]of Object.entries(y))w?_.set(M,w):_.delete(M);let D=_.toString();l(`/sites/${a}/visitors${D?`?${D}`:""}`)},g=ie(()=>I.get("/api/v1/analytics/goals",{websiteId:a,limit:100}),[a]),b=ie(()=>I.getFull("/api/v1/visitors",{websiteId:a,limit:xs,offset:d,visitedPageContains:t.get("page")||void 0,isCustomer:u&&!c?"true":void 0,completedGoal:c||void 0}),[a,t.toString()]),x=b.data?.data||[];return f`<${re} title="Visitors">
    <form
      class="search-bar"
      role="search"
      onSubmit=${y=>{y.preventDefault(),h({page:o.trim(),offset:null})}}
    >
      <label class="inline"><span class="sr-only">Visited page contains</span
        ><input class="input" type="search" name="page" placeholder="Visited page contains… (/pricing)" value=${o} onInput=${y=>i(y.currentTarget.value)}
      /></label>
      <${ee} type="submit" class="btn-small">Search<//>
      <${et} label="Customers only" name="customers" checked=${u} disabled=${!!c} onChange=${y=>h({customers:y?"1":null,offset:null})} />
      <label class="inline">
        <span>Completed goal</span>
        <select class="input input-small" name="goal" onChange=${y=>h({goal:y.currentTarget.value,offset:null})}>
          <option value="" selected=${!c}>Any</option>
          ${(g.data||[]).map(y=>f`<option value=${y.goal} selected=${y.goal===c}>${y.goal}</option>`)}
        </select>
      </label>
    </form>
    ${b.error&&f`<${ae} error=${b.error} />`}
    ${b.loading&&!b.data?f`<${ce} />`:x.length===0?f`<p class="muted empty">No visitor matches.</p>`:f`<div class="table-wrap"><table class="table">
          <thead><tr><th scope="col">Visitor</th><th scope="col">Location</th><th scope="col">Source</th><th scope="col">Device</th><th scope="col">Last page</th><th scope="col" class="num">Last seen</th></tr></thead>
          <tbody>
            ${x.map(y=>f`<tr key=${y.visitorId}>
                <td><a class="visitor-link" href=${`/sites/${a}/visitors/${y.visitorId}`}>${y.visitorId.slice(0,8)}</a></td>
                <td>${dl(y.identity?.country)} ${[y.identity?.city,y.identity?.country].filter(Boolean).join(", ")||"\u2013"}</td>
                <td>${y.acquisition?.referrer||y.acquisition?.utm_source||"Direct/None"}</td>
                <td>${[y.identity?.browser,y.identity?.os,y.identity?.device].filter(Boolean).join(" \xB7 ")||"\u2013"}</td>
                <td>${y.currentUrl||"\u2013"}</td>
                <td class="num" title=${ze(y.lastSeenAt,n?.timezone)}>${Qn(y.lastSeenAt)}</td>
              </tr>`)}
          </tbody>
        </table></div>`}
    <div class="form-actions">
      ${d>0&&f`<${ee} class="btn-small" onClick=${()=>h({offset:String(Math.max(0,d-xs))||null})}>← Newer<//>`}
      ${b.data?.pagination?.hasMore&&f`<${ee} class="btn-small" onClick=${()=>h({offset:String(d+xs)})}>Older →<//>`}
    </div>
  <//>`}function od(e){let t=[...(e.activity?.visitedPages||[]).map(a=>({kind:"page",at:a.timestamp,text:a.url})),...(e.activity?.completedGoals||[]).filter(a=>a.origin!=="payment_provider").map(a=>({kind:"goal",at:a.timestamp,text:a.name})),...(e.payments||[]).map(a=>({kind:"payment",at:a.timestamp,text:`${Tt(a.amount,a.currency)} ${a.type!=="new"?`(${a.type})`:""}`}))].sort((a,o)=>new Date(a.at)-new Date(o.at)),l=[],n=-1/0;for(let a of t){let o=new Date(a.at).getTime();(l.length===0||a.kind==="page"&&o-n>sd)&&l.push({start:a.at,items:[]}),l[l.length-1].items.push(a),a.kind==="page"&&(n=o)}return l}function Jr({params:e,site:t}){let{websiteId:l,visitorId:n}=e,a=ie(()=>I.get(`/api/v1/visitors/${encodeURIComponent(n)}`,{websiteId:l}),[n]);if(a.loading)return f`<${ce} />`;if(a.error)return f`<${ae} error=${a.error} /><p><a href=${`/sites/${l}/visitors`}>All visitors</a></p>`;let o=a.data,i=o.identity||{},u=t?.timezone,c=o.profile?.metadata?.name||o.profile?.metadata?.email||o.profile?.userId,d=h=>{try{return new Intl.DateTimeFormat(void 0,{hour:"2-digit",minute:"2-digit",second:"2-digit",timeZone:u}).format(new Date(h))}catch{return h}};return f`<div class="stack">
    <p><a href=${`/sites/${l}/visitors`}>← All visitors</a></p>
    <${re} title=${f`${dl(i.countryCode)} ${c||`Visitor ${n.slice(0,8)}`} ${o.isCustomer?f`<span class="badge">customer</span>`:""}`}>
      <dl class="facts">
        <div><dt>Location</dt><dd>${[i.city,i.region,i.country].filter(Boolean).join(", ")||"\u2013"}</dd></div>
        <div><dt>Device</dt><dd>${[i.browser?.name,i.os?.name,i.device?.type].filter(Boolean).join(" \xB7 ")||"\u2013"}</dd></div>
        <div><dt>Visits</dt><dd>${Ne(o.activity?.visitCount)}</dd></div>
        <div><dt>Pageviews</dt><dd>${Ne(o.activity?.pageViewCount)}</dd></div>
        <div><dt>First seen</dt><dd>${ze(o.activity?.firstVisitAt,u)}</dd></div>
        <div><dt>Source</dt><dd>${Object.entries(i.params||{}).filter(([,h])=>h).map(([h,g])=>`${h}=${g}`).join(", ")||"\u2013"}</dd></div>
      </dl>
    <//>
    <${re} title="Journey">
      <ol class="journey">
        ${od(o).map((h,g)=>f`<li key=${h.start} class="journey-session">
              <h3>Visit ${g+1} · ${ze(h.start,u)}</h3>
              <ol class="journey">
                ${h.items.map((b,x)=>f`<li key=${x} class=${`ev ev-${b.kind}`}>
                    <span class="muted small">${d(b.at)}</span>
                    <span aria-hidden="true">${b.kind==="page"?"\u{1F441}":b.kind==="goal"?"\u{1F3AF}":"\u{1F4B0}"}</span>
                    <span>${b.kind==="goal"?`Goal: ${b.text}`:b.kind==="payment"?`Payment ${b.text}`:b.text}</span>
                  </li>`)}
              </ol>
            </li>`)}
      </ol>
    <//>
  </div>`}function Qr({params:e,navigate:t,onAuth:l}){let n=`/api/v1/invitations/${encodeURIComponent(e.token)}`,a=ie(()=>I.get(n),[e.token]),[o,i]=A(""),[u,c]=A("");return f`<main class="auth" id="main"><div class="auth-card"><${re} title="Join a website">${(()=>{if(a.loading)return f`<${ce} />`;if(a.error)return f`<${ae} error=${a.error} /><p><a href="/login">Log in</a></p>`;let h=a.data?.[0]||{},g=h.domain||"a website",b=Ie.user&&Ie.user.email===h.email,x=async()=>{xl(),await Gl(),l?.(),t(`/sites/${h.websiteId}`,{replace:!0})},y=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return Ie.user&&!b?f`<p>This invitation is for <strong>${h.email}</strong>, and you are logged in as ${Ie.user.email}. Log out, then open this link again.</p>`:!Ie.user&&h.accountExists?f`<p>You are invited to <strong>${g}</strong> as <strong>${h.role}</strong>. An account with ${h.email} exists:
        <a href=${y}>log in</a> to accept.</p>`:f`<p>You are invited to <strong>${g}</strong>${h.role?f` as <strong>${h.role}</strong>`:""}${h.email?f` (${h.email})`:""}.</p>
      ${b?f`<${xe} submitLabel="Accept the invitation" onSubmit=${async()=>{await I.post(`${n}/accept`,{}),await x()}} />`:f`<${xe}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await I.post(`${n}/accept`,{name:o.trim(),password:u}),await I.post("/api/auth/login",{email:h.email,password:u}),await x()}}
          >
            <${J} label="Your name"><${pe} name="name" required value=${o} onInput=${i} /><//>
            <${J} label="Choose a password" hint="At least 8 characters"
              ><${pe} type="password" name="password" autocomplete="new-password" minlength="8" required value=${u} onInput=${c}
            /><//>
          <//>
`}`})()}<//></div></main>`}function pl(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(Boolean)}function Ut(e){return(e||[]).join(`
`)}function Ss({title:e,secret:t,what:l,onClose:n}){return f`<${At}
    title=${e}
    onClose=${n}
    footer=${f`<${ee} kind="primary" onClick=${n}>I have copied it<//>`}
  >
    <p class="secret-warning" role="note">
      <strong>Copy this ${l} now.</strong> It is shown only once: the server keeps only a hash of it, so
      it cannot be displayed again.
    </p>
    <div class="secret-value" data-secret>
      <${qt} text=${t} label="Copy" />
    </div>
  <//>`}function Pt({title:e,message:t,confirmLabel:l="Delete",danger:n=!0,run:a,onClose:o}){let[i,u]=A(!1),[c,d]=A(null);return f`<${At}
    title=${e}
    onClose=${o}
    footer=${f`
      <${ee} onClick=${o}>Cancel<//>
      <${ee}
        kind=${n?"danger-solid":"primary"}
        disabled=${i}
        onClick=${async()=>{u(!0),d(null);try{await a(),o()}catch(h){d(h),u(!1)}}}
        >${i?"Working\u2026":l}<//
      >
    `}
  >
    <p>${t}</p>
    <${ae} error=${c} />
  <//>`}function rt({children:e}){return f`<p class="muted section-intro">${e}</p>`}function ua({title:e,hint:t,children:l}){return f`<div class="field value-block">
    <div class="field-label">${e}</div>
    ${l}
    ${t&&f`<div class="field-hint">${t}</div>`}
  </div>`}var Cs=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"],rd=["orange","red","yellow","green","teal","blue","indigo","purple","pink","gray"];function id(e){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}return t.includes("UTC")||(t=["UTC",...t]),t.includes(e)?t:[e,...t]}function Xr({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,l=ie(()=>I.get(t),[e]);if(l.loading&&!l.data)return f`<${ce} />`;if(l.error)return f`<${ae} error=${l.error} />`;let n=l.data[0],a=async(o,i)=>{let u=(await I.put(t,o))[0];return uo(e,{name:u.name,domain:u.domain,timezone:u.timezone,currency:u.currency}),qe(i),u};return f`
    <${cd} initial=${n} save=${a} />
    <${ud} initial=${n} save=${a} websiteId=${e} />
    <${dd} initial=${n} save=${a} />
    <${pd} initial=${n} save=${a} />
    <${fd} initial=${n} save=${a} />
    <${md} initial=${n} save=${a} />
  `}function cd({initial:e,save:t}){let[l,n]=A(e.name||""),[a,o]=A(e.domain||""),[i,u]=A(e.timezone||"UTC"),[c,d]=A(e.currency||"USD"),h=Cs.includes(c)?Cs:[c,...Cs];return f`<${re} title="Website">
    <${rt}>Tracking id <code>${e.trackingId}</code>. Dashboard days and charts follow the time zone.<//>
    <${xe}
      onSubmit=${async()=>{let g=await t({name:l.trim()||null,domain:a.trim(),timezone:i,currency:c},"Website settings saved");n(g.name||""),o(g.domain)}}
    >
      <div class="grid-2">
        <${J} label="Name"><${pe} name="name" value=${l} onInput=${n} maxlength="100" /><//>
        <${J} label="Domain" hint="Without https:// or a path, e.g. example.com"
          ><${pe} name="domain" required value=${a} onInput=${o}
        /><//>
      </div>
      <div class="grid-2">
        <${J} label="Time zone"><${Nt} name="timezone" value=${i} onChange=${u} options=${id(i)} /><//>
        <${J} label="Currency" hint="Revenue is reported in this currency"
          ><${Nt} name="currency" value=${c} onChange=${d} options=${h}
        /><//>
      </div>
    <//>
  <//>`}function ud({initial:e,save:t,websiteId:l}){let[n,a]=A(!!e.isPublicDashboardEnabled),[o,i]=A(!!e.isPublicDataEnabled),[u,c]=A(!!e.isPublicDashboardEnabled),d=`${window.location.origin}/share/${l}`;return f`<${re} title="Public dashboard">
    <${rt}>Anyone with the link can read the dashboard: no login, no settings, no visitor profiles, no notes.<//>
    <${xe}
      onSubmit=${async()=>{let h=await t({isPublicDashboardEnabled:n,isPublicDataEnabled:o},n?"The dashboard is public":"The dashboard is private");c(!!h.isPublicDashboardEnabled)}}
    >
      <div class="toggles">
        <${et} name="isPublicDashboardEnabled" checked=${n} onChange=${a} label="Share a read-only public dashboard" />
        <${et} name="isPublicDataEnabled" checked=${o} onChange=${i} label="Show revenue on the public dashboard" />
        <span class="toggle-hint">Off: visitors, pages and sources are public, revenue and payments are not.</span>
      </div>
      ${u&&f`<div class="share-link" data-share-link>
        <${ua} title="Share link"><${qt} text=${d} label="Copy link" /><//>
      </div>`}
    <//>
  <//>`}function dd({initial:e,save:t}){let[l,n]=A(!!e.isCookieless),[a,o]=A(!!e.isAllHostnamesAllowed),[i,u]=A(Ut(e.allowedHostnames)),[c,d]=A(!!e.isAttackModeEnabled);return f`<${re} title="Tracking">
    <${xe}
      onSubmit=${async()=>{let h=await t({isCookieless:l,isAllHostnamesAllowed:a,allowedHostnames:pl(i),isAttackModeEnabled:c},"Tracking settings saved");u(Ut(h.allowedHostnames))}}
    >
      <div class="toggles">
        <${et} name="isCookieless" checked=${l} onChange=${n} label="Cookieless tracking" />
        <span class="toggle-hint">Visitors are counted with a salted daily id instead of a cookie.</span>
        <${et} name="isAttackModeEnabled" checked=${c} onChange=${d} label="Attack mode (stricter bot filtering)" />
        <${et} name="isAllHostnamesAllowed" checked=${a} onChange=${o} label="Accept events from any hostname" />
      </div>
      <${J} label="Allowed hostnames" hint="Besides the domain and its subdomains, which are always accepted. One per line; *.example.com allows subdomains.">
        <textarea class="input" name="allowedHostnames" disabled=${a} value=${i} onInput=${h=>u(h.currentTarget.value)}></textarea>
      <//>
    <//>
  <//>`}function pd({initial:e,save:t}){let[l,n]=A(Ut(e.excludedIps)),[a,o]=A(Ut(e.excludedPaths)),[i,u]=A(Ut(e.excludedCountries)),[c,d]=A(Ut(e.excludedHostnames)),h=(g,b,x)=>f`<textarea class="input" name=${g} value=${b} onInput=${y=>x(y.currentTarget.value)}></textarea>`;return f`<${re} title="Exclusions">
    <${rt}>Events matching any of these are not recorded. One value per line.<//>
    <${xe}
      onSubmit=${async()=>{let g=await t({excludedIps:pl(l),excludedPaths:pl(a),excludedCountries:pl(i).map(b=>b.toUpperCase()),excludedHostnames:pl(c)},"Exclusions saved");n(Ut(g.excludedIps)),o(Ut(g.excludedPaths)),u(Ut(g.excludedCountries)),d(Ut(g.excludedHostnames))}}
    >
      <div class="grid-2">
        <${J} label="IP addresses" hint="Addresses or CIDR blocks, e.g. 203.0.113.10 or 10.0.0.0/8">${h("excludedIps",l,n)}<//>
        <${J} label="Paths" hint="Start with /; * matches anything, e.g. /admin/*">${h("excludedPaths",a,o)}<//>
      </div>
      <div class="grid-2">
        <${J} label="Countries" hint="Two-letter codes, e.g. US, FR">${h("excludedCountries",i,u)}<//>
        <${J} label="Hostnames" hint="e.g. staging.example.com">${h("excludedHostnames",c,d)}<//>
      </div>
    <//>
  <//>`}function fd({initial:e,save:t}){let[l,n]=A(e.revenueMetric||"revenue"),[a,o]=A(!!e.includeRenewalRevenue),[i,u]=A(e.kpi||""),[c,d]=A(e.kpiColorScheme||"orange");return f`<${re} title="Revenue and KPI">
    <${xe}
      onSubmit=${async()=>{await t({revenueMetric:l,includeRenewalRevenue:a,kpi:i.trim()||null,kpiColorScheme:c},"Revenue settings saved")}}
    >
      <div class="grid-2">
        <${J} label="Revenue metric"
          ><${Nt} name="revenueMetric" value=${l} onChange=${n} options=${[["revenue","Revenue"],["mrr","MRR"]]}
        /><//>
        <${J} label="KPI color"><${Nt} name="kpiColorScheme" value=${c} onChange=${d} options=${rd} /><//>
      </div>
      <${J} label="KPI goal" hint="A goal name shown as the main KPI card, e.g. signup; empty for none"
        ><${pe} name="kpi" value=${i} onInput=${u}
      /><//>
      <${et} name="includeRenewalRevenue" checked=${a} onChange=${o} label="Count renewals in revenue totals" />
    <//>
  <//>`}function md({initial:e,save:t}){let[l,n]=A(!!e.sendWeeklyReports),[a,o]=A(!!e.sendViralTrafficAlerts);return f`<${re} title="Emails">
    <${rt}>Sent to the website owner's email address.<//>
    <${xe} onSubmit=${()=>t({sendWeeklyReports:l,sendViralTrafficAlerts:a},"Email settings saved")}>
      <div class="toggles">
        <${et} name="sendWeeklyReports" checked=${l} onChange=${n} label="Weekly report every Monday" />
        <${et} name="sendViralTrafficAlerts" checked=${a} onChange=${o} label="Traffic spike alerts" />
      </div>
    <//>
  <//>`}var ei=[["analytics:read","Read analytics"],["websites:read","List websites"],["websites:write","Create websites"],["settings:read","Read settings"],["settings:write","Change settings"],["goals:read","Read goals"],["goals:write","Send goals"],["payments:read","Read payments"],["payments:write","Record payments"],["identify:write","Identify visitors"],["funnels:read","Read funnels"],["funnels:write","Manage funnels"],["alerts:read","Read alerts"],["alerts:write","Manage alerts"],["team:read","Read the team"],["team:write","Manage the team"],["api-keys:read","List keys and tokens"],["api-keys:write","Create keys and tokens"]];function ti({websiteId:e,site:t}){return f`
    <${gd} websiteId=${e} site=${t} />
    <${vd} websiteId=${e} site=${t} />
  `}function ni(e){return e?ze(e):f`<span class="muted">Never</span>`}function gd({websiteId:e,site:t}){let l=`/api/v1/admin/websites/${e}/apikeys`,n=ie(()=>I.get(l),[e]),[a,o]=A(null),i=()=>o(null),u=(c,d)=>{n.reload(),o(f`<${Ss} title=${c} secret=${d[0].key} what="website key" onClose=${i} />`)};return f`<${re}
    title="Website keys"
    class="website-keys"
    actions=${f`<${ee} kind="primary" onClick=${()=>o(f`<${hd} path=${l} onClose=${i} onCreated=${c=>u("Website key created",c)} />`)}>New website key<//>`}
  >
    <${rt}>A <code>df_</code> key works for ${t?.domain||"this website"} only: the Website API (analytics, goals, payments) and its settings.<//>
    ${n.error&&f`<${ae} error=${n.error} />`}
    ${n.loading&&!n.data?f`<${ce} />`:f`<${zt}
          caption="Website keys"
          empty="No website keys yet."
          rows=${(n.data||[]).map(c=>({...c,key:c._id}))}
          columns=${[{key:"name",label:"Name",render:c=>c.name||f`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Key",render:c=>f`<code class="mono" data-masked-key>${c.displayKey}</code>`},{key:"lastUsedAt",label:"Last used",render:c=>ni(c.lastUsedAt)},{key:"createdAt",label:"Created",render:c=>ze(c.createdAt)},{key:"actions",label:f`<span class="sr-only">Actions</span>`,render:c=>f`<div class="row-actions">
                <${ee}
                  class="btn-small"
                  aria-label=${`Roll ${c.name||c.displayKey}`}
                  onClick=${()=>o(f`<${Pt}
                      title="Roll this key?"
                      message=${`${c.displayKey} stops working at once and a new secret is shown once.`}
                      confirmLabel="Roll key"
                      danger=${!1}
                      run=${async()=>{let d=await I.put(`${l}/${c._id}`);setTimeout(()=>u("Website key rolled",d))}}
                      onClose=${i}
                    />`)}
                  >Roll<//
                >
                <${ee}
                  class="btn-small btn-danger"
                  aria-label=${`Delete ${c.name||c.displayKey}`}
                  onClick=${()=>o(f`<${Pt}
                      title="Delete this key?"
                      message=${`${c.displayKey} stops working at once. This cannot be undone.`}
                      run=${async()=>{await I.del(`${l}/${c._id}`),qe("Website key deleted"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${a}
  <//>`}function hd({path:e,onClose:t,onCreated:l}){let[n,a]=A("");return f`<${At} title="New website key" onClose=${t}>
    <${xe}
      submitLabel="Create key"
      busyLabel="Creating…"
      onSubmit=${async()=>{let o=await I.post(e,n.trim()?{name:n.trim()}:{});t(),l(o)}}
    >
      <${J} label="Name" hint="Where the key is used, e.g. Production server"
        ><${pe} name="keyName" value=${n} onInput=${a} maxlength="100"
      /><//>
    <//>
  <//>`}function $d(e){if(!e.websiteIds||e.websiteIds.length===0)return"All websites";let t=co()||[];return e.websiteIds.map(l=>t.find(n=>n._id===l)?.domain||l).join(", ")}function bd(e){let t=e.permissions||[];return t.includes("*")?"Full access":t.join(", ")}function vd({websiteId:e,site:t}){let l="/api/v1/admin/access-tokens",n=ie(()=>I.get(l),[]),[a,o]=A(null),i=()=>o(null);return f`<${re}
    title="Account tokens"
    class="account-tokens"
    actions=${f`<${ee}
      kind="primary"
      onClick=${()=>o(f`<${yd}
          websiteId=${e}
          site=${t}
          onClose=${i}
          onCreated=${u=>{n.reload(),o(f`<${Ss} title="Account token created" secret=${u[0].key} what="token" onClose=${i} />`)}}
        />`)}
      >New account token<//
    >`}
  >
    <${rt}>A <code>dft_</code> token acts for your account (every website you can reach, or only those you pick) with the permissions you give it. Tokens belong to you, not to this website.<//>
    ${n.error&&f`<${ae} error=${n.error} />`}
    ${n.loading&&!n.data?f`<${ce} />`:f`<${zt}
          caption="Account tokens"
          empty="No account tokens yet."
          rows=${(n.data||[]).map(u=>({...u,key:u._id}))}
          columns=${[{key:"name",label:"Name",render:u=>u.name||f`<span class="muted">Unnamed</span>`},{key:"displayKey",label:"Token",render:u=>f`<code class="mono" data-masked-key>${u.displayKey}</code>`},{key:"permissions",label:"Permissions",render:u=>f`<span class="small">${bd(u)}</span>`},{key:"websiteIds",label:"Websites",render:u=>f`<span class="small">${$d(u)}</span>`},{key:"lastUsedAt",label:"Last used",render:u=>ni(u.lastUsedAt)},{key:"actions",label:f`<span class="sr-only">Actions</span>`,render:u=>f`<div class="row-actions">
                <${ee}
                  class="btn-small btn-danger"
                  aria-label=${`Revoke ${u.name||u.displayKey}`}
                  onClick=${()=>o(f`<${Pt}
                      title="Revoke this token?"
                      message=${`${u.displayKey} stops working at once. This cannot be undone.`}
                      confirmLabel="Revoke"
                      run=${async()=>{await I.del(`${l}/${u._id}`),qe("Token revoked"),n.reload()}}
                      onClose=${i}
                    />`)}
                  >Revoke<//
                >
              </div>`}]}
        />`}
    ${a}
  <//>`}function yd({websiteId:e,site:t,onClose:l,onCreated:n}){let[a,o]=A(""),[i,u]=A(!1),[c,d]=A(["analytics:read","websites:read"]),[h,g]=A(!0),b=(x,y)=>d(_=>y?[..._.filter(D=>D!==x),x]:_.filter(D=>D!==x));return f`<${At} title="New account token" onClose=${l}>
    <${xe}
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit=${async()=>{let x={permissions:i?["*"]:ei.map(([_])=>_).filter(_=>c.includes(_)),websiteIds:h?[e]:[]};a.trim()&&(x.name=a.trim());let y=await I.post("/api/v1/admin/access-tokens",x);l(),n(y)}}
    >
      <${J} label="Name" hint="e.g. Reporting script"><${pe} name="tokenName" value=${a} onInput=${o} maxlength="100" /><//>
      <fieldset class="group">
        <legend>Permissions</legend>
        <${et} name="perm-all" checked=${i} onChange=${u} label="Full access (everything you can do)" />
        <div class="perm-grid" hidden=${i}>
          ${ei.map(([x,y])=>f`<${et} key=${x} name=${`perm-${x}`} value=${x} checked=${c.includes(x)} onChange=${_=>b(x,_)} label=${f`<span class="perm">${y}<code>${x}</code></span>`} />`)}
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
  <//>`}function wd(e){let t=e.split("/").pop();return`${window.location.origin}/invite/${t}`}function li({websiteId:e,role:t}){let l=`/api/v1/admin/websites/${e}/team`,n=ie(()=>Promise.all([I.get(l),I.get(`${l}/invitations`)]),[e]),[a,o]=A(null),i=()=>o(null),u=t==="owner",[c,d]=n.data||[[],[]],h=(g,b,x,y)=>o(f`<${Pt}
      title=${g}
      message=${b}
      confirmLabel="Remove"
      run=${async()=>{await I.del(l,x),qe(y),n.reload()}}
      onClose=${i}
    />`);return f`
    ${u&&f`<${kd} path=${l} onInvited=${g=>{n.reload(),o(f`<${xd} invitation=${g[0]} onClose=${i} />`)}} />`}
    <${re} title="Members" class="team-members">
      ${!u&&f`<${rt}>Only the website owner can invite or remove people.<//>`}
      ${n.error&&f`<${ae} error=${n.error} />`}
      ${n.loading&&!n.data?f`<${ce} />`:f`<${zt}
            caption="Members"
            rows=${c.map(g=>({...g,key:g.userId}))}
            columns=${[{key:"name",label:"Name",render:g=>f`${g.name||g.email}${g.email===Ie.user?.email?f` <span class="badge">you</span>`:""}`},{key:"email",label:"Email"},{key:"role",label:"Role",render:g=>f`<span class="badge">${g.role}</span>`},{key:"joinedAt",label:"Joined",render:g=>ze(g.joinedAt)},{key:"actions",label:f`<span class="sr-only">Actions</span>`,render:g=>u&&g.role!=="owner"?f`<div class="row-actions"><${ee}
                        class="btn-small btn-danger"
                        aria-label=${`Remove ${g.email}`}
                        onClick=${()=>h("Remove this person?",`${g.email} loses access to this website at once, with their tokens and keys for it.`,{userId:g.userId},"Team member removed")}
                        >Remove<//
                      ></div>`:""}]}
          />`}
    <//>
    <${re} title="Pending invitations" class="team-invitations">
      ${n.loading&&!n.data?f`<${ce} />`:f`<${zt}
            caption="Pending invitations"
            empty="No pending invitations."
            rows=${d.map(g=>({...g,key:g.invitationId}))}
            columns=${[{key:"email",label:"Email"},{key:"role",label:"Role",render:g=>f`<span class="badge">${g.role}</span>`},{key:"createdAt",label:"Invited",render:g=>ze(g.createdAt)},{key:"expiresAt",label:"Expires",render:g=>ze(g.expiresAt)},{key:"actions",label:f`<span class="sr-only">Actions</span>`,render:g=>u?f`<div class="row-actions"><${ee}
                        class="btn-small btn-danger"
                        aria-label=${`Revoke the invitation of ${g.email}`}
                        onClick=${()=>h("Revoke this invitation?",`The link sent to ${g.email} stops working.`,{invitationId:g.invitationId},"Invitation revoked")}
                        >Revoke<//
                      ></div>`:""}]}
          />`}
    <//>
    ${a}
  `}function kd({path:e,onInvited:t}){let[l,n]=A(""),[a,o]=A("viewer");return f`<${re} title="Invite someone">
    <${rt}>Viewers read the dashboard; members can also change settings, keys, alerts, integrations and notes.<//>
    <${xe}
      submitLabel="Create invitation"
      busyLabel="Inviting…"
      onSubmit=${async()=>{let i=await I.post(e,{email:l.trim(),role:a});n(""),t(i)}}
    >
      <div class="grid-2">
        <${J} label="Email"><${pe} type="email" name="inviteEmail" required value=${l} onInput=${n} autocomplete="off" /><//>
        <${J} label="Role"><${Nt} name="inviteRole" value=${a} onChange=${o} options=${[["viewer","Viewer"],["member","Member"]]} /><//>
      </div>
    <//>
  <//>`}function xd({invitation:e,onClose:t}){let l=wd(e.inviteUrl);return f`<${At} title="Invitation created" onClose=${t} footer=${f`<${ee} kind="primary" onClick=${t}>Done<//>`}>
    <p>Send this link to <strong>${e.email}</strong> (${e.role}). It works once, until ${ze(e.expiresAt)}.</p>
    <p class="secret-warning">The link is shown only now: copy it before closing. You can revoke it and invite again.</p>
    <div data-invite-link><${qt} text=${l} label="Copy link" /></div>
  <//>`}function ai({status:e}){return f`<span class=${`badge ${e==="sent"?"badge-ok":"badge-bad"}`}>${e}</span>`}function si({websiteId:e}){let t=`/api/v1/admin/websites/${e}/alerts`,l=ie(()=>I.get(t),[e]),n=ie(()=>I.getFull(`${t}/history`,{limit:50}),[e]),[a,o]=A(null),i=()=>o(null),u=()=>{i(),l.reload(),n.reload()},c=d=>o(f`<${Sd} path=${t} alert=${d} onClose=${i} onSaved=${u} />`);return f`
    <${re} title="Goal alerts" class="alerts" actions=${f`<${ee} kind="primary" onClick=${()=>c(null)}>New alert<//>`}>
      <${rt}>An email to the website owner each time a visitor completes the goal.<//>
      ${l.error&&f`<${ae} error=${l.error} />`}
      ${l.loading&&!l.data?f`<${ce} />`:f`<${zt}
            caption="Goal alerts"
            empty="No alerts yet."
            rows=${(l.data||[]).map(d=>({...d,key:d._id}))}
            columns=${[{key:"name",label:"Name"},{key:"goal",label:"Goal",render:d=>f`<code>${d.trigger?.goalName}</code>`},{key:"isEnabled",label:"Status",render:d=>f`<span class="badge">${d.isEnabled?"on":"paused"}</span>`},{key:"last",label:"Last delivery",render:d=>d.recentLogs?.[0]?f`<${ai} status=${d.recentLogs[0].status} /> ${ze(d.recentLogs[0].triggeredAt)}`:f`<span class="muted">Never</span>`},{key:"actions",label:f`<span class="sr-only">Actions</span>`,render:d=>f`<div class="row-actions">
                  <${ee} class="btn-small" aria-label=${`Edit ${d.name}`} onClick=${()=>c(d)}>Edit<//>
                  <${ee}
                    class="btn-small btn-danger"
                    aria-label=${`Delete ${d.name}`}
                    onClick=${()=>o(f`<${Pt}
                        title="Delete this alert?"
                        message=${`"${d.name}" stops sending emails. Its history stays.`}
                        run=${async()=>{await I.del(`${t}/${d._id}`),qe("Alert deleted"),l.reload()}}
                        onClose=${i}
                      />`)}
                    >Delete<//
                  >
                </div>`}]}
          />`}
    <//>
    <${re} title="Delivery history" class="alert-history" actions=${f`<${ee} class="btn-small" onClick=${n.reload}>Refresh<//>`}>
      ${n.error&&f`<${ae} error=${n.error} />`}
      ${n.data&&f`<div class="counts">
        <span><strong>${n.data.counts?.sent??0}</strong> sent</span>
        <span><strong>${n.data.counts?.failed??0}</strong> failed</span>
      </div>`}
      ${n.loading&&!n.data?f`<${ce} />`:f`<${zt}
            caption="Delivery history"
            empty="No alert has fired yet."
            rows=${n.data?.data||[]}
            columns=${[{key:"triggeredAt",label:"When",render:d=>ze(d.triggeredAt)},{key:"alertName",label:"Alert"},{key:"goalName",label:"Goal",render:d=>f`<code>${d.goalName}</code>`},{key:"status",label:"Status",render:d=>f`<${ai} status=${d.status} />${d.error?f` <span class="small muted">${d.error}</span>`:""}`}]}
          />`}
    <//>
    ${a}
  `}function Sd({path:e,alert:t,onClose:l,onSaved:n}){let[a,o]=A(t?.name||""),[i,u]=A(t?.trigger?.goalName||""),[c,d]=A(t?.template?.subject||""),[h,g]=A(t?.template?.message||"Someone just completed {{goal}} on {{website}}."),[b,x]=A(t?t.isEnabled:!0);return f`<${At} title=${t?"Edit alert":"New alert"} onClose=${l}>
    <${xe}
      submitLabel=${t?"Save alert":"Create alert"}
      onSubmit=${async()=>{let y={name:a.trim(),trigger:{type:"goal",goalName:i.trim()},destination:{type:"email"},template:{subject:c.trim()||null,message:h.trim()},isEnabled:b};t?await I.put(`${e}/${t._id}`,y):await I.post(e,y),qe(t?"Alert saved":"Alert created"),n()}}
    >
      <${J} label="Name"><${pe} name="alertName" required value=${a} onInput=${o} maxlength="100" /><//>
      <${J} label="Goal" hint="The goal name your site sends, e.g. signup"><${pe} name="alertGoal" required value=${i} onInput=${u} /><//>
      <${J} label="Subject" hint="Empty: the standard subject"><${pe} name="alertSubject" value=${c} onInput=${d} maxlength="200" /><//>
      <${J} label="Message" hint="10 to 2000 characters; {{goal}}, {{website}}, {{visitorId}} and {{time}} are filled in">
        <textarea class="input" name="alertMessage" required value=${h} onInput=${y=>g(y.currentTarget.value)}></textarea>
      <//>
      <${et} name="alertEnabled" checked=${b} onChange=${x} label="Enabled" />
    <//>
  <//>`}var Cd=[["stripe","Stripe",[["stripeRak","Restricted API key","rk_live_\u2026 with read access to charges, customers and checkout sessions",!0]],"Stripe Dashboard \u2192 Developers \u2192 Webhooks \u2192 Add endpoint; then paste its signing secret (whsec_\u2026) below."],["lemonsqueezy","Lemon Squeezy",[["lemonsqueezyApiKey","API key","Settings \u2192 API",!0],["lemonsqueezyStoreId","Store id","Digits only, from Settings \u2192 Stores",!1]],"Settings \u2192 Webhooks \u2192 add this URL with a signing secret, and paste the same secret below."],["polar","Polar",[["polarAccessToken","Access token","An organization access token",!0],["polarOrgId","Organization id","",!1]],"Settings \u2192 Webhooks \u2192 add this URL; paste its secret below."],["paddle","Paddle",[["paddleApiKey","API key","pdl_live_\u2026 from Developer tools \u2192 Authentication",!0]],"Developer tools \u2192 Notifications \u2192 new destination with this URL; paste its secret key below."]];function oi({websiteId:e}){let t=`/api/v1/admin/websites/${e}/integrations`,l=ie(()=>I.get(t),[e]);if(l.loading&&!l.data)return f`<${ce} />`;if(l.error)return f`<${ae} error=${l.error} />`;let n=l.data[0];return f`<div class="provider-grid">
    ${Cd.map(([a,o,i,u])=>f`<${Td} key=${a} path=${`${t}/${a}`} slug=${a} name=${o} fields=${i} webhookHelp=${u} state=${n[a]||{}} reload=${l.reload} />`)}
  </div>`}function Td({path:e,slug:t,name:l,fields:n,webhookHelp:a,state:o,reload:i}){let[u,c]=A({}),[d,h]=A(null),[g,b]=A(!1),x=(_,D)=>c(M=>({...M,[_]:D})),y=!!o.connected;return f`<${re}
    title=${f`<span class=${`status-dot ${y?"on":""}`} aria-hidden="true"></span>${l}`}
    class=${`provider provider-${t}`}
    actions=${f`<span class=${`badge ${y?"badge-ok":""}`}>${y?"Connected":"Not connected"}</span>`}
  >
    ${y&&f`<dl class="kv">
      <dt>Key</dt><dd><code class="mono">${o.displayKey||"\u2014"}</code></dd>
      ${o.storeId&&f`<dt>Store</dt><dd>${o.storeId}</dd>`}
      ${o.orgId&&f`<dt>Organization</dt><dd>${o.orgId}</dd>`}
      <dt>Webhook secret</dt><dd>${o.webhookSecretConfigured?f`<code class="mono">${o.displayWebhookSecret}</code>`:f`<span class="muted">Not set: webhooks are refused</span>`}</dd>
      <dt>Since</dt><dd>${ze(o.connectedAt)}</dd>
      ${t==="paddle"&&o.resyncRequestedAt&&f`<dt>Resync queued</dt><dd>${ze(o.resyncRequestedAt)}</dd>`}
    </dl>`}
    <${ua} title="Webhook URL" hint=${a}><${qt} text=${o.webhookUrl||""} label="Copy URL" /><//>
    ${y&&!g?f`<div class="form-actions">
          <${ee} onClick=${()=>b(!0)}>Replace keys<//>
          ${t==="paddle"&&f`<${ee}
            onClick=${async()=>{try{await I.patch(e),qe("Paddle resync queued"),i()}catch(_){qe(_.message,"error")}}}
            >Resync payments<//
          >`}
          <${ee}
            class="btn-danger"
            onClick=${()=>h(f`<${Pt}
                title=${`Disconnect ${l}?`}
                message=${"Its keys and webhook secret are deleted; payments already recorded stay."}
                confirmLabel="Disconnect"
                run=${async()=>{await I.del(e),qe(`${l} disconnected`),i()}}
                onClose=${()=>h(null)}
              />`)}
            >Disconnect<//
          >
        </div>`:f`<${xe}
          submitLabel=${y?"Save keys":`Connect ${l}`}
          busyLabel="Connecting…"
          extra=${y?f`<${ee} onClick=${()=>b(!1)}>Cancel<//>`:null}
          onSubmit=${async()=>{let _={};for(let[D]of n)(u[D]||"").trim()&&(_[D]=u[D].trim());(u.webhookSecret||"").trim()&&(_.webhookSecret=u.webhookSecret.trim()),await I.post(e,_),qe(`${l} connected`),c({}),b(!1),i()}}
        >
          ${n.map(([_,D,M,w])=>f`<${J} key=${_} label=${D} hint=${M}
                ><${pe} name=${`${t}-${_}`} type=${w?"password":"text"} autocomplete="off" value=${u[_]||""} onInput=${E=>x(_,E)}
              /><//>`)}
          <${J} label="Webhook signing secret" hint="Optional; without it provider webhooks are refused"
            ><${pe} name=${`${t}-webhookSecret`} type="password" autocomplete="off" value=${u.webhookSecret||""} onInput=${_=>x("webhookSecret",_)}
          /><//>
        <//>`}
    ${d}
  <//>`}var Ad=100;function _d(){let e=new Date;return`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,"0")}-${String(e.getDate()).padStart(2,"0")}`}function ri({websiteId:e,site:t}){let l=`/api/v1/admin/websites/${e}/notes`,[n,a]=A(""),o=ie(()=>I.getFull(l,{limit:Ad,q:n.trim()||void 0}),[e,n]),[i,u]=A(null),c=()=>u(null),d=b=>u(f`<${Dd}
      path=${l}
      note=${b}
      timeZone=${t?.timezone}
      onClose=${c}
      onSaved=${()=>{c(),o.reload()}}
    />`),h=o.data?.data||[],g=o.data?.pagination?.total??h.length;return f`<${re} title="Notes" class="notes" actions=${f`<${ee} kind="primary" onClick=${()=>d(null)}>New note<//>`}>
    <${rt}>Notes mark moments on the dashboard chart. Only the website's team sees them.<//>
    <div class="toolbar">
      <label class="inline"><span class="sr-only">Search notes</span><${pe} type="search" name="noteSearch" placeholder="Search notes" value=${n} onInput=${a} /></label>
      ${o.data&&f`<span class="muted small">${g} note${g===1?"":"s"}${g>h.length?`, newest ${h.length} shown`:""}</span>`}
    </div>
    ${o.error&&f`<${ae} error=${o.error} />`}
    ${o.loading&&!o.data?f`<${ce} />`:f`<${zt}
          caption="Notes"
          empty=${n?"No note matches.":"No notes yet."}
          rows=${h.map(b=>({...b,key:b.id}))}
          columns=${[{key:"timestamp",label:"When",render:b=>f`<span style="white-space:nowrap">${ze(b.timestamp,t?.timezone)}</span>`},{key:"text",label:"Note",render:b=>f`<span class="note-text">${b.text}</span>`},{key:"author",label:"By",render:b=>b.author?.name||f`<span class="muted">—</span>`},{key:"actions",label:f`<span class="sr-only">Actions</span>`,render:b=>f`<div class="row-actions">
                <${ee} class="btn-small" aria-label=${`Edit note ${b.text.slice(0,30)}`} onClick=${()=>d(b)}>Edit<//>
                <${ee}
                  class="btn-small btn-danger"
                  aria-label=${`Delete note ${b.text.slice(0,30)}`}
                  onClick=${()=>u(f`<${Pt}
                      title="Delete this note?"
                      message=${b.text}
                      run=${async()=>{await I.del(`${l}/${b.id}`),qe("Note deleted"),o.reload()}}
                      onClose=${c}
                    />`)}
                  >Delete<//
                >
              </div>`}]}
        />`}
    ${i}
  <//>`}function Dd({path:e,note:t,timeZone:l,onClose:n,onSaved:a}){let o=t?Pd(t.timestamp,l):{date:_d(),time:""},[i,u]=A(t?.text||""),[c,d]=A(o.date),[h,g]=A(o.time);return f`<${At} title=${t?"Edit note":"New note"} onClose=${n}>
    <${xe}
      submitLabel=${t?"Save note":"Add note"}
      onSubmit=${async()=>{let b=h?Ed(c,h,l):c,x={text:i.trim(),timestamp:b};t?await I.put(`${e}/${t.id}`,x):await I.post(e,x),qe(t?"Note saved":"Note added"),a()}}
    >
      <${J} label="Note"><textarea class="input" name="noteText" required maxlength="1000" value=${i} onInput=${b=>u(b.currentTarget.value)}></textarea><//>
      <div class="grid-2">
        <${J} label="Date"><${pe} type="date" name="noteDate" required value=${c} onInput=${d} /><//>
        <${J} label="Time" hint=${`Optional, ${l||"UTC"}`}><${pe} type="time" name="noteTime" value=${h} onInput=${g} /><//>
      </div>
    <//>
  <//>`}function ii(e,t){let l=new Intl.DateTimeFormat("en-CA",{timeZone:t||"UTC",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}),n=Object.fromEntries(l.formatToParts(new Date(e)).map(a=>[a.type,a.value]));return{date:`${n.year}-${n.month}-${n.day}`,time:`${n.hour}:${n.minute}`}}function Pd(e,t){let l=ii(Date.parse(e),t);return{date:l.date,time:l.time==="00:00"?"":l.time}}function Ed(e,t,l){let n=Date.parse(`${e}T${t}:00Z`),a=n;for(let o=0;o<2;o++){let i=ii(a,l),u=Date.parse(`${i.date}T${i.time}:00Z`);a+=n-u}return new Date(a).toISOString()}var Ts=[["website","Website",Xr],["keys","API keys",ti],["team","Team",li],["alerts","Alerts",si],["integrations","Integrations",oi],["notes","Notes",ri]];function ci({websiteId:e,site:t,section:l,role:n,navigate:a}){if(n!=="owner"&&n!=="member")return f`<${re} title="Settings" class="settings-refused">
      <p>You have view-only access to this website: its settings are managed by its owner and members.</p>
      <p class="muted">Ask the owner for member access if you need to change something.</p>
    <//>`;let o=Ts.find(([d])=>d===l)||Ts[0],[i,,u]=o,c=`/sites/${e}/settings`;return f`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${Ts.map(([d,h])=>f`<a href=${`${c}/${d}`} class=${`navtab ${d===i?"active":""}`} aria-current=${d===i?"page":void 0}
            >${h}</a
          >`)}
    </nav>
    <div class="settings-body" data-section=${i}>
      <${u} key=${`${e}-${i}`} websiteId=${e} site=${t} role=${n} navigate=${a} />
    </div>
  </div>`}var Md=[["/login",po,"anyone"],["/setup",fo,"anyone"],["/invite/:token",Qr,"anyone"],["/share/:websiteId",zd,"anyone"],["/",go,"member"],["/sites/:websiteId",Ll(ks,"dashboard"),"member"],["/sites/:websiteId/realtime",Ll(qr,"realtime"),"member"],["/sites/:websiteId/visitors",Ll(Zr,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",Ll(Jr,"visitors"),"member"],["/sites/:websiteId/settings/:section?",Ll(Nd,"settings"),"member"]];function Ld(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[l,n,a]of Md){let o=l.split("/").filter(Boolean),i={},u=!0;for(let c=0;c<Math.max(o.length,t.length);c++){let d=o[c],h=t[c];if(d===void 0){u=!1;break}if(d.startsWith(":")){let g=d.endsWith("?"),b=d.slice(1).replace(/\?$/,"");if(h===void 0){g||(u=!1);break}i[b]=decodeURIComponent(h)}else if(d!==h){u=!1;break}}if(u)return{screen:n,params:i,access:a}}return null}function ui(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var da=new Set;function Il(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),da.forEach(l=>l()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>da.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let l=new URL(t.href,window.location.href);l.origin!==window.location.origin||l.pathname.startsWith("/api/")||l.pathname.startsWith("/js/")||(e.preventDefault(),Il(l.pathname+l.search))});function Id(){let[e,t]=A(ui()),[l,n]=A({checked:!1,error:null});if(Ct(()=>{let u=()=>t(ui());return da.add(u),()=>da.delete(u)},[]),Ct(()=>{Gl().then(()=>n({checked:!0,error:null}),u=>n({checked:!0,error:u})),I.onUnauthorized=()=>{Ie.user=null,Ie.csrfToken=null;let u=window.location.pathname;!["/login","/setup"].includes(u)&&!u.startsWith("/share/")&&!u.startsWith("/invite/")&&Il(`/login?next=${encodeURIComponent(u+window.location.search)}`,{replace:!0})}},[]),!l.checked)return f`<${ce} />`;if(l.error)return f`<main class="page"><${ae} error=${l.error} /></main>`;let a=Ld(e.path);if(!a)return f`<${di}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(a.access==="member"&&!Ie.user)return f`<${Rd} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let o=a.screen,i=f`<${o} params=${a.params} query=${e.query} navigate=${Il} onAuth=${()=>n({checked:!0,error:null})} />`;return a.access==="member"?f`<${di}>${i}<//>`:i}function Rd({to:e}){return Ct(()=>Il(e,{replace:!0}),[e]),null}function di({children:e}){return f`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${Ie.user&&f`<span class="muted who">${Ie.user.name||Ie.user.email}</span>`}
        ${Ie.user&&f`<${ee}
          kind="ghost"
          onClick=${async()=>{await io(),Il("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${Na} />
  </div>`}function Ll(e,t){return function(n){let{websiteId:a}=n.params,[o,i]=A({site:Kl(a),error:null});if(Ct(()=>{o.site||kl().then(()=>i({site:Kl(a),error:Kl(a)?null:new Error("This website does not exist or is not shared with you")}),h=>i({site:null,error:h}))},[a]),o.error)return f`<main class="page"><${ae} error=${o.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!o.site)return f`<${ce} />`;let u=o.site,c=`/sites/${u._id}`,d=[["dashboard","Dashboard",c],["realtime","Realtime",`${c}/realtime`],["visitors","Visitors",`${c}/visitors`],["settings","Settings",`${c}/settings`]];return f`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${u.name||u.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${d.map(([h,g,b])=>f`<a href=${b} class=${`navtab ${h===t?"active":""}`} aria-current=${h===t?"page":void 0}>${g}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${n} site=${u} /></main>
    </div>`}}function Nd({params:e,site:t,navigate:l}){return f`<${ci} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${l} />`}function zd(e){return f`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${ks} ...${e} site=${null} shared=${!0} /></main>
    <${Na} />
  </div>`}lo(f`<${Id} />`,document.getElementById("app"));export{Ld as match,Il as navigate};
