var $,nt,Xt,W,Te,fe,rt,pe,at,Ie,Ce,Qt,Q=Symbol.for("pv"),_e={},he=[],en=/^m(i|n|o|s|text|space)$/,Ae=Array.isArray,De=he.slice,q=Object.assign;function B(e){e&&e.parentNode&&e.remove()}function Pe(e,t,n){var a,o,r,i={},s=arguments.length;for(r in t)r=="key"?a=t[r]:r=="ref"&&typeof e!="function"?o=t[r]:i[r]=t[r];return s>2&&(i.children=s>3?De.call(arguments,2):n),J(e,i,a,o,null)}function J(e,t,n,a,o){var r={type:e,props:t,key:n,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Q,__v:o||++nt,__i:-1,__u:0};return!o&&$.vnode&&$.vnode(r),r}function ge(e){return e.children}function X(e,t){this.props=e,this.context=t,this.__g=0}function H(e,t){if(t==null)return e.__&&H(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:H(e)}function tn(e){var t,n=e.__v,a=n.__e,o=[],r=[],i=e.__P;i&&((t=q({constructor:Q},n)).__v=n.__v+1,$.vnode&&$.vnode(t),Ee(i,t,n,e.__n,i.namespaceURI,32&n.__u?[a]:null,o,a||H(n),32&n.__u,r),t.__v=n.__v,t.__.__k[t.__i]=t,ut(o,t,r),n.__=n.__e=null,t.__e!=a&&ot(t))}function ot(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),ot(e)}function et(e){(8&e.__g||(e.__g|=8,W.push(e),fe++))&&Te==$.debounceRendering||((Te=$.debounceRendering)||queueMicrotask)(it)}function it(){try{for(var e,t=1;W.length;)W.length>t&&W.sort(rt),e=W.shift(),t=W.length,8&e.__g&&tn(e)}finally{(fe=W.length)&&(Te||queueMicrotask)(it)}}function st(e,t,n,a,o,r,i,s,u,p,c){var f,m,l,h,T,b,y=a.__k||he,v=t.length;for(u=nn(n,t,y,u,v),f=0;f<v;f++)(l=n.__k[f])!=null&&(m=~l.__i&&y[l.__i]||_e,l.__i=f,b=Ee(e,l,m,o,r,i,s,u,p,c),h=l.__e,(m.ref!=l.ref||8&m.__u)&&(m.ref&&Ne(m.ref,null,l,m),l.ref&&c.push(l.ref,l.__c||h,l)),T=T||h,4&l.__u?(u=ct(l,u,e,!m.__v),m.__e&&(m.__e=null)):typeof l.type=="function"&&b!==void 0?u=b:h&&(u=h.nextSibling),l.__u&=-21);return n.__e=T,u}function nn(e,t,n,a,o){var r,i,s,u,p,c,f,m,l,h=n.length,T=h,b=0,y=0,v=e.__k=Array(o);for(r=0;r<o;r++)(i=t[r])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=v[r]=J(null,i):Ae(i)?i=v[r]=J(ge,{children:i}):i.constructor===Q&&i.__b?i=v[r]=J(i.type,i.props,i.key,i.ref,i.__v):v[r]=i,u=r+b,i.__=e,i.__b=e.__b+1,s=null,~(p=i.__i=rn(i,n,u,T))&&(T--,(s=n[p])&&(s.__u|=2)),s&&s.__v?(i.__u|=16,p==u-1?b--:p==u+1?b++:p!=u&&(p>u?b--:b++,y=1)):(~p||(o>h?b--:o<h&&b++),typeof i.type!="function"&&(i.__u|=4))):v[r]=null;if(y){for(c=[],f=[],r=0;r<o;r++)if((i=v[r])&&16&i.__u){for(b=0,m=c.length;b<m;)c[l=b+m>>1]<i.__i?b=l+1:m=l;c[b]=i.__i,f[r]=b+1}for(b=c.length;r--;)f[r]&&(f[r]==b?b--:v[r].__u|=4)}if(T)for(r=0;r<h;r++)!(s=n[r])||2&s.__u||(s.__e==a&&(a=H(s)),Ue(s,s));return a}function ct(e,t,n,a){var o,r,i,s;if(typeof e.type=="function"){if(e.props.__P)return t;if(o=e.__k)for(r=0;r<o.length;r++)o[r]&&(o[r].__=e,t=ct(o[r],t,n,!1));return t}for(t&&!t.parentNode&&(t=H(e))&&!t.parentNode&&(t=null),i=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(i!=s&&(!a&&n.moveBefore&&i.parentNode?n.moveBefore(i,t):n.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function rn(e,t,n,a){var o,r=e.key,i=e.type,s=t[n],u=s&&!(2&s.__u);if(s===null&&r==null||u&&r==s.key&&i==s.type)return n;if(a>(u?1:0)){for(o=n-1;o>=0;o--)if((s=t[o])&&!(2&s.__u)&&r==s.key&&i==s.type)return o;for(o=n+1;o<t.length;o++)if((s=t[o])&&!(2&s.__u)&&r==s.key&&i==s.type)return o}return-1}function tt(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function de(e,t,n,a,o){var r,i;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof a=="string"&&(e.style.cssText=a=""),a)for(t in a)n&&t in n||tt(e.style,t);if(n)for(t in n)a&&n[t]==a[t]||tt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof a!="function"&&(a=null),(e.__e||(e.__e={}))[t]=n,n&&a||(i=Ce[t]||(Ce[t]=an(t)),(e.__a||(e.__a={}))[t]=Ie,r=t!=(t=t.replace(at,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,i,r):e.removeEventListener(t,i,r));else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function an(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[pe]==null)t[pe]=Ie++;else if(t[pe]<this.__a[e])return;return n($.event?$.event(t):t)}}}function Ee(e,t,n,a,o,r,i,s,u,p){var c,f,m,l,h,T,b,y,v,C,w,Se,Xe,ue,O,Qe,F,j,R=t.type;if(t.constructor!==Q)return null;128&n.__u&&(u=32&n.__u,c=n.__c.__z)&&(t.__u|=u,f=r=[],c.nodeType==8?s=me(c,r):r.push(c),s=r[0]||s),(c=$.__b)&&c(t);e:if(typeof R=="function"){m=i.length;try{if(y=t.props,v=(c=R.prototype)&&c.render,C=(c=R.contextType)&&a[c.__c],w=c?C?C.props.value:c.__:a,(l=n.__c)?(t.__c=l,2&l.__g&&(l.__g|=1)):(v?t.__c=l=new R(y,w):(t.__c=l=new X(y,w),l.constructor=R,l.render=sn),C&&C.sub(l),l.state||(l.state={}),l.__n=a,l.__g|=8,l.__h=[],l.__k=[]),v&&(l.__s||(l.__s=l.state),R.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=q({},l.__s)),q(l.__s,R.getDerivedStateFromProps(y,l.__s)))),h=l.props,T=l.state,l.__v=t,n.__c){if(y!==h&&v&&!R.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(y,w),t.__v==n.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(y,l.__s,w)===!1){t.__v!=n.__v&&(l.props=y,l.state=l.__s,l.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(N){N&&(N.__=t)}),he.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&i.push(l),s=H(n);break e}l.componentWillUpdate&&l.componentWillUpdate(y,l.__s,w),v&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(h,T,b)})}else v&&!R.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),v&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=w,l.props=y,l.__P=e,l.__g&=-5,Se=$.__r,Xe=v?25:0;do l.__g&=-9,Se&&Se(t),c=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++Xe<25);v&&(he.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(a=q({},a,l.getChildContext())),v&&n.__c&&l.getSnapshotBeforeUpdate&&(b=l.getSnapshotBeforeUpdate(h,T)),ue=c&&c.type===ge&&c.key==null?c.props.children:c,y.__P&&(c=s,o=(e=y.__P).namespaceURI,u=r=null,n.props&&n.props.__P!=e&&(n.__k.some(function(N){N&&Ue(N,N)}),n.__k=null),s=n.__k?H(n,0):null),s=st(e,Ae(ue)?ue:[ue],t,n,a,o,r,i,s,u,p),y.__P&&(t.__e=null,s=c),t.__u&=-161,f&&f.some(B),l.__h.length&&i.push(l),1&l.__g&&(l.__g&=-4)}catch(N){if(i.length=m,t.__v=null,u||r)if(N&&N.then){if(t.__u|=128|u,r){for(~(F=r.indexOf(s||void 0))||(F=r.length);(j=r[F-1])&&j.nodeType==8;)F--;for(;F<r.length;F++)if(j=r[F])if(r[F]=null,O){if(j==Qe)break}else{if(j.nodeType!=8)break;j.data.startsWith("$s")&&(Qe=me(O=j))}}if(!O){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;O=s}(c=me(O=t.__c.__z||(t.__c.__z=O)))?(t.__e=O,s=c):t.__e=s,s=s&&s.nextSibling}else r&&r.some(B);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),N&&N.then||lt(t),$.__e(N,t,n)}}else s=t.__e=on(n.__e,t,n,a,o,r,i,u,p,e);return(c=$.diffed)&&c(t),s}function me(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function lt(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(lt))}function ut(e,t,n){for(var a=0;a<n.length;)Ne(n[a++],n[a++],n[a++]);$.__c&&$.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(r){r.call(o)})}catch(r){$.__e(r,o.__v)}})}function on(e,t,n,a,o,r,i,s,u,p){var c,f,m,l,h,T,b,y,v=n.props||_e,C=t.props,w=t.type;if(w=="svg"?o="http://www.w3.org/2000/svg":w=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),r){for(c=0;c<r.length;c++)if((h=r[c])&&(w?h.localName==w:h.nodeType==3)){e=h,r[c]=null;break}}if(!e){if(y=p.ownerDocument||document,!w)return y.createTextNode(C);e=y.createElementNS(o,w,C.is?C:p),s&&($.__m&&$.__m(t,r),s=!1),r=null}if(w){if(p=w=="template"&&e.content||e,r=w=="textarea"&&C.defaultValue!=null?null:r&&De.call(p.childNodes),!s&&r)for(v={},c=0;c<e.attributes.length;c++)v[(h=e.attributes[c]).name]=h.value;for(c in v)h=v[c],c=="dangerouslySetInnerHTML"?m=h:c=="children"||c in C||c=="value"&&"defaultValue"in C||c=="checked"&&"defaultChecked"in C||de(e,c,null,h,o);for(c in C)h=C[c],c=="children"?l=h:c=="dangerouslySetInnerHTML"?f=h:c=="value"?T=h:c=="checked"?b=h:s&&typeof h!="function"||v[c]===h||de(e,c,h,v[c],o);f?(s||m&&(f.__html==m.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):(m&&(e.textContent=""),(w=="foreignObject"||o=="http://www.w3.org/1998/Math/MathML"&&en.test(w))&&(o="http://www.w3.org/1999/xhtml"),st(p,Ae(l)?l:[l],t,n,a,o,r,i,r?r[0]:n.__k&&H(n,0),s,u),r&&r.some(B)),s&&w!="textarea"||(c="value",w=="progress"&&T==null?e.removeAttribute(c):T==null||T===e[c]&&(w!="progress"||T)||de(e,c,T,v[c],o),c="checked",b!=null&&b!=e[c]&&de(e,c,b,v[c],o))}else v===C||s&&e.data==C||(e.data=C);return e}function Ne(e,t,n,a){try{typeof e=="function"?t?t.__x=e(t)||1:a&&(a=a.__c||a.__e)&&(t=a.__x)&&(a.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(o){$.__e(o,n)}}function Ue(e,t,n){var a,o,r,i;if($.unmount&&$.unmount(e),!(a=e.ref)||a.current&&a.current!=e.__e||Ne(a,null,t,e),a=e.__c){if(a.componentWillUnmount)try{a.componentWillUnmount()}catch(s){$.__e(s,t)}a.__P=a.__n=null}if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&Ue(a[i],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(a=e.__c)&&(a=a.__z)&&(o=me(a,r=[]))&&(a==e.__e&&r.some(B),B(o),B(a)),n||B(e.__e),e.__e=e.__c=e.__=null}function sn(e,t,n){return this.constructor(e,n)}function Le(e,t){var n,a,o,r;$.__&&$.__(e,t),t.nodeType==9&&(t=t.documentElement),a=(n=e&&32&e.__u)?null:t.__k,t.__k=J(ge,{children:[e]}),o=[],r=[],Ee(t,t.__k,a||_e,_e,t.namespaceURI,a?null:t.firstChild?De.call(t.childNodes):null,o,a?a.__e:t.firstChild,n,r),ut(o,t.__k,r),t.__k.props.children=null}$={__e:function(e,t,n,a){for(var o,r,i;t=t.__;)if((o=t.__c)&&!(1&o.__g)){o.__g|=4;try{if((i=(r=o.constructor)&&r.getDerivedStateFromError)&&o.setState(r.getDerivedStateFromError(e)),o.componentDidCatch&&(o.componentDidCatch(e,a||{}),i=1),i&&8&o.__g)return void(o.__g|=2)}catch(s){e=s}}throw fe=0,e}},nt=0,Xt=function(e){return e!=null&&e.constructor===Q},X.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=q({},this.state)),typeof e=="function"&&(e=e(q({},n),this.props)),e&&(q(n,e),this.__v&&(t&&this.__k.push(t),et(this)))},X.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),et(this))},X.prototype.render=ge,W=[],fe=0,rt=function(e,t){return e.__v.__b-t.__v.__b},pe=Symbol(),at=/(PointerCapture)$|Capture$/i,Ie=0,Ce={},Qt=0;var te,k,Me,dt,Re=Object.is,ne=0,$t=[],ze=[],x=$,pt=x.__b,mt=x.__r,ft=x.diffed,_t=x.__c,ht=x.unmount,gt=x.__;function We(e,t){x.__h&&x.__h(k,e,ne||t),ne=0;var n=k.__H||(k.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function _(e){return ne=1,cn(St,e)}function cn(e,t,n){var a=We(te++,2);if(a.t=e,!a.__c&&(a.__=[n?n(t):St(void 0,t),function(r){var i=(a.__N||a.__)[0],s=a.t(i,r);Re(i,s)||(a.__N=[s,a.__[1]],a.__c.setState({}))}],a.__c=k,!k.__f)){k.__f=!0;var o=k.shouldComponentUpdate;k.shouldComponentUpdate=function(r,i,s){var u=this.__H;if(!u)return!0;var p=!1,c=this.props!=r;if(u.__.some(function(m){m.__N&&(p=!0,Re(m.__[0],m.__N[0])||(c=!0))}),o){var f=o.call(this,r,i,s);return p?f||c:f}return!p||c}}return a.__}function U(e,t){var n=We(te++,3);!x.__s&&kt(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,k.__H.__h.push(n))}function yt(e){return ne=5,wt(function(){return{current:e}},[])}function wt(e,t){var n=We(te++,7);return kt(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function xt(e,t){return ne=8,wt(function(){return e},t)}function ln(){var e;do{for(;e=ze.shift();)try{ee(e)}catch(n){x.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=$t.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ee),t.__h.some(Fe),t.__h=[]}catch(n){t.__h=[],x.__e(n,e.__v)}}}while(ze.length)}x.__b=function(e){k=null,pt&&pt(e)},x.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),gt&&gt(e,t)},x.__r=function(e){mt&&mt(e),te=0;var t=(k=e.__c).__H;t&&(Me==k?k.__h=[]:(t.__h.some(ee),t.__h.some(Fe),te=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),Me=k},x.diffed=function(e){ft&&ft(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&bt($t.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),Me=k=null},x.__c=function(e,t){t.some(function(n){try{n.__h.some(ee),n.__h=n.__h.filter(function(a){return!a.__||Fe(a)})}catch(a){n.__h=[function(){throw a}]}}),_t&&_t(e,t)},x.unmount=function(e){ht&&ht(e);var t,n,a=e.__c;a&&a.__H&&(a.__H.__.some(function(o){try{if(o.__P&&o.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}o.__P=n,bt(ze.push(o))}else ee(o)}catch(r){t=r}}),a.__H=void 0,t&&x.__e(t,a.__v))};var vt=typeof requestAnimationFrame=="function";function un(e){var t,n=function(){clearTimeout(a),vt&&cancelAnimationFrame(t),setTimeout(e)},a=setTimeout(n,35);vt&&(t=requestAnimationFrame(n))}function bt(e){e!=1&&dt==x.requestAnimationFrame||((dt=x.requestAnimationFrame)||un)(ln)}function ee(e){var t=k,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),k=t}function Fe(e){var t=k;e.__c=e.__(),k=t}function kt(e,t){return!e||e.length!=t.length||t.some(function(n,a){return!Re(n,e[a])})}function St(e,t){return typeof t=="function"?t(e):t}var ve=class extends Error{constructor(t,n){super(n),this.code=t}},S={user:null,csrfToken:null};function dn(e,t){let n=new URLSearchParams;for(let[o,r]of Object.entries(t||{}))r==null||r===""||n.set(o,String(r));let a=n.toString();return a?`${e}?${a}`:e}async function G(e,t,{query:n,body:a}={}){let o={Accept:"application/json"};a!==void 0&&(o["Content-Type"]="application/json"),e!=="GET"&&S.csrfToken&&(o["X-CSRF-Token"]=S.csrfToken);let r;try{r=await fetch(dn(t,n),{method:e,headers:o,credentials:"same-origin",body:a===void 0?void 0:JSON.stringify(a)})}catch{throw new ve(0,"The server cannot be reached")}let i=null;try{i=await r.json()}catch{}if(r.ok&&i&&i.status==="success")return i;if(r.ok&&i&&i.status===void 0)return{status:"success",data:i};let s=i?.error?.message||`${r.status} ${r.statusText||"error"}`;throw r.status===401&&typeof g.onUnauthorized=="function"&&g.onUnauthorized(),new ve(i?.error?.code||r.status,s)}var g={async get(e,t){return(await G("GET",e,{query:t})).data},async getFull(e,t){return G("GET",e,{query:t})},async post(e,t){return(await G("POST",e,{body:t??{}})).data},async put(e,t){return(await G("PUT",e,{body:t??{}})).data},async patch(e,t){return(await G("PATCH",e,{body:t??{}})).data},async del(e,t){return(await G("DELETE",e,t===void 0?{}:{body:t})).data},onUnauthorized:null};function re(e){let t=Array.isArray(e)?e[0]:e;return S.user=t?.user||null,S.csrfToken=t?.csrfToken||null,S}async function be(){try{return re(await g.get("/api/auth/session"))}catch(e){if(e.code===401)return re(null);throw e}}async function Tt(e,t){return re(await g.post("/api/auth/login",{email:e,password:t}))}async function Ct(e,t,n){return re(await g.post("/api/auth/signup",{email:e,password:t,name:n||void 0}))}async function It(){try{await g.post("/api/auth/logout",{})}finally{re(null)}}var Dt=function(e,t,n,a){var o;t[0]=0;for(var r=1;r<t.length;r++){var i=t[r++],s=t[r]?(t[0]|=i?1:2,n[t[r++]]):t[++r];i===3?a[0]=s:i===4?a[1]=Object.assign(a[1]||{},s):i===5?(a[1]=a[1]||{})[t[++r]]=s:i===6?a[1][t[++r]]+=s+"":i?(o=e.apply(s,Dt(e,s,n,["",null])),a.push(o),s[0]?t[0]|=2:(t[r-2]=0,t[r]=o)):a.push(s)}return a},At=new Map;function Pt(e){var t=At.get(this);return t||(t=new Map,At.set(this,t)),(t=Dt(this,t.get(e)||(t.set(e,t=(function(n){for(var a,o,r=1,i="",s="",u=[0],p=function(m){r===1&&(m||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,m,i):r===3&&(m||i)?(u.push(3,m,i),r=2):r===2&&i==="..."&&m?u.push(4,m,0):r===2&&i&&!m?u.push(5,0,!0,i):r>=5&&((i||!m&&r===5)&&(u.push(r,0,i,o),r=6),m&&(u.push(r,m,0,o),r=6)),i=""},c=0;c<n.length;c++){c&&(r===1&&p(),p(c));for(var f=0;f<n[c].length;f++)a=n[c][f],r===1?a==="<"?(p(),u=[u],r=3):i+=a:r===4?i==="--"&&a===">"?(r=1,i=""):i=a+i[0]:s?a===s?s="":i+=a:a==='"'||a==="'"?s=a:a===">"?(p(),r=1):r&&(a==="="?(r=5,o=i,i=""):a==="/"&&(r<5||n[c][f+1]===">")?(p(),r===3&&(u=u[0]),r=u,(u=u[0]).push(2,0,r),r=0):a===" "||a==="	"||a===`
`||a==="\r"?(p(),r=2):i+=a),r===3&&i==="!--"&&(r=4,u=u[0])}return p(),u})(e)),t),arguments,[])).length>1?t:t[0]}var d=Pt.bind(Pe);var Et=new Intl.NumberFormat(void 0);function $e(e){return e==null||Number.isNaN(e)?"\u2013":Math.abs(e)>=1e5?new Intl.NumberFormat(void 0,{notation:"compact",maximumFractionDigits:1}).format(e):Et.format(Math.round(e*100)/100)}function Oe(e,t){if(e==null||Number.isNaN(e))return"\u2013";try{return new Intl.NumberFormat(void 0,{style:"currency",currency:t||"USD",maximumFractionDigits:Math.abs(e)>=1e3?0:2}).format(e)}catch{return`${Et.format(e)} ${t||""}`.trim()}}function je(e){return e==null||Number.isNaN(e)?"\u2013":`${(Math.round(e*10)/10).toFixed(Math.abs(e)<10?1:0)}%`}function Nt(e){if(e==null||Number.isNaN(e))return"\u2013";let t=Math.round(e/1e3);if(t<60)return`${t}s`;let n=Math.floor(t/60);return n<60?`${n}m ${String(t%60).padStart(2,"0")}s`:`${Math.floor(n/60)}h ${String(n%60).padStart(2,"0")}m`}function Ut(e,t){if(!e)return"\u2013";try{return new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short",timeZone:t}).format(new Date(e))}catch{return new Date(e).toLocaleString()}}function Lt(e){let t=Math.max(0,Math.round((Date.now()-new Date(e).getTime())/1e3));return t<60?`${t}s ago`:t<3600?`${Math.floor(t/60)}m ago`:t<86400?`${Math.floor(t/3600)}h ago`:`${Math.floor(t/86400)}d ago`}function L(e,t){let[n,a]=_({data:void 0,error:null,loading:!0}),o=yt(0),r=xt(()=>{let i=++o.current;a(s=>({...s,loading:!0,error:null})),Promise.resolve().then(e).then(s=>i===o.current&&a({data:s,error:null,loading:!1}),s=>i===o.current&&a({data:void 0,error:s,loading:!1}))},t);return U(()=>{r()},[r]),{...n,reload:r}}function ye(e,t,n=[]){U(()=>{let a=!1,o,r=async()=>{if(!a){if(!document.hidden)try{await e()}catch{}a||(o=setTimeout(r,t))}};return r(),()=>{a=!0,clearTimeout(o)}},n)}function V({kind:e="secondary",type:t="button",children:n,class:a="",...o}){return d`<button type=${t} class=${`btn btn-${e} ${a}`} ...${o}>${n}</button>`}function I({label:e,hint:t,error:n,children:a}){return d`<div class="field">
    <label>
      <span class="field-label">${e}</span>
      ${a}
    </label>
    ${t&&d`<div class="field-hint">${t}</div>`}
    ${n&&d`<div class="field-error" role="alert">${n}</div>`}
  </div>`}function P({value:e,onInput:t,type:n="text",...a}){return d`<input class="input" type=${n} value=${e??""} onInput=${o=>t?.(o.currentTarget.value)} ...${a} />`}function K({value:e,onChange:t,options:n,...a}){return d`<select class="input" value=${e} onChange=${o=>t?.(o.currentTarget.value)} ...${a}>
    ${n.map(o=>{let[r,i]=Array.isArray(o)?o:[o,o];return d`<option value=${r} selected=${r===e}>${i}</option>`})}
  </select>`}function we({columns:e,rows:t,empty:n="Nothing yet",caption:a}){return!t||t.length===0?d`<p class="muted empty">${n}</p>`:d`<div class="table-wrap"><table class="table">
    ${a&&d`<caption class="sr-only">${a}</caption>`}
    <thead><tr>${e.map(o=>d`<th scope="col" class=${o.align==="right"?"num":""}>${o.label}</th>`)}</tr></thead>
    <tbody>
      ${t.map((o,r)=>d`<tr key=${o.key??r}>
          ${e.map(i=>d`<td class=${i.align==="right"?"num":""}>${i.render?i.render(o):o[i.key]}</td>`)}
        </tr>`)}
    </tbody>
  </table></div>`}async function pn(e){try{return await navigator.clipboard.writeText(e),!0}catch{let n=document.createElement("textarea");n.value=e,n.setAttribute("readonly",""),n.className="offscreen",document.body.appendChild(n),n.select();let a=!1;try{a=document.execCommand("copy")}catch{a=!1}return n.remove(),a}}function mn({text:e,label:t="Copy",...n}){let[a,o]=_(!1);return d`<${V}
    ...${n}
    onClick=${async()=>{let r=await pn(e);o(!0),Be(r?"Copied to the clipboard":"Select the text and copy it"),setTimeout(()=>o(!1),1500)}}
    >${a?"Copied":t}<//
  >`}function Mt({text:e,label:t="Copy"}){return d`<div class="copy-block">
    <pre tabindex="0"><code>${e}</code></pre>
    <${mn} text=${e} label=${t} />
  </div>`}var He=new Set,fn=0;function Be(e,t="info"){let n={id:++fn,message:e,kind:t};He.forEach(a=>a(n))}function qe(){let[e,t]=_([]);return U(()=>{let n=a=>{t(o=>[...o,a]),setTimeout(()=>t(o=>o.filter(r=>r.id!==a.id)),3500)};return He.add(n),()=>He.delete(n)},[]),d`<div class="toasts" role="status" aria-live="polite">
    ${e.map(n=>d`<div key=${n.id} class=${`toast toast-${n.kind}`}>${n.message}</div>`)}
  </div>`}function A({error:e,children:t}){return!e&&!t?null:d`<div class="note note-error" role="alert">${t||e?.message||String(e)}</div>`}function D({label:e="Loading\u2026"}){return d`<div class="loading" aria-busy="true"><span class="spinner" aria-hidden="true"></span>${e}</div>`}function E({title:e,actions:t,children:n,class:a=""}){return d`<section class=${`card ${a}`}>
    ${(e||t)&&d`<div class="card-head">${e&&d`<h2>${e}</h2>`}<div class="card-actions">${t}</div></div>`}
    ${n}
  </section>`}function M({onSubmit:e,children:t,submitLabel:n="Save",busyLabel:a="Saving\u2026",extra:o}){let[r,i]=_(!1),[s,u]=_(null);return d`<form
    class="form"
    onSubmit=${async p=>{p.preventDefault(),i(!0),u(null);try{await e()}catch(c){u(c)}finally{i(!1)}}}
  >
    ${t}
    <${A} error=${s} />
    <div class="form-actions">
      <${V} kind="primary" type="submit" disabled=${r}>${r?a:n}<//>
      ${o}
    </div>
  </form>`}var Y=null;async function ae(){return Y=await g.get("/api/v1/admin/websites"),Y}function xe(e){return Y?.find(t=>t._id===e)||null}function Rt(e,t){Y&&(Y=Y.map(n=>n._id===e?{...n,...t}:n))}function oe(){Y=null}function _n(e){let t=e.get("next")||"/";return t.startsWith("/")&&!t.startsWith("//")?t:"/"}function Ve({title:e,children:t,footer:n}){return d`<main class="auth" id="main">
    <div class="auth-card card">
      <div class="brand auth-brand"><span class="logo" aria-hidden="true">◆</span> datafast</div>
      <h1>${e}</h1>
      ${t}
      ${n&&d`<div class="auth-foot muted">${n}</div>`}
    </div>
  </main>`}function zt({query:e,navigate:t,onAuth:n}){let[a,o]=_(""),[r,i]=_(""),[s,u]=_(!1);return U(()=>{g.get("/api/auth/signup").then(p=>{p?.[0]?.signupOpen&&(u(!0),t("/setup",{replace:!0}))},()=>{})},[]),d`<${Ve}
    title="Log in"
    footer=${s?d`<a href="/setup">Create the owner account</a>`:"No account? Ask an owner of a website for an invitation."}
  >
    <${M}
      submitLabel="Log in"
      busyLabel="Logging in…"
      onSubmit=${async()=>{await Tt(a.trim(),r),oe(),n?.(),t(_n(e),{replace:!0})}}
    >
      <${I} label="Email"><${P} type="email" name="email" autocomplete="username" required value=${a} onInput=${o} /><//>
      <${I} label="Password"><${P} type="password" name="password" autocomplete="current-password" required value=${r} onInput=${i} /><//>
    <//>
  <//>`}function Ft({navigate:e,onAuth:t}){let[n,a]=_({checked:!1,open:!1}),[o,r]=_(""),[i,s]=_(""),[u,p]=_("");return U(()=>{g.get("/api/auth/signup").then(c=>a({checked:!0,open:!!c?.[0]?.signupOpen}),()=>a({checked:!0,open:!0}))},[]),n.checked?n.open?d`<${Ve} title="Welcome to datafast">
    <p class="muted">Create the owner account of this server. You will add your first website next.</p>
    <${M}
      submitLabel="Create account"
      busyLabel="Creating…"
      onSubmit=${async()=>{await Ct(i.trim(),u,o.trim()),oe(),t?.(),e("/?welcome=1",{replace:!0})}}
    >
      <${I} label="Your name"><${P} name="name" autocomplete="name" value=${o} onInput=${r} /><//>
      <${I} label="Email"><${P} type="email" name="email" autocomplete="username" required value=${i} onInput=${s} /><//>
      <${I} label="Password" hint="At least 8 characters"
        ><${P} type="password" name="password" autocomplete="new-password" minlength="8" required value=${u} onInput=${p}
      /><//>
    <//>
  <//>`:d`<${Ve} title="This server is set up">
      <p>It already has an owner account. <a href="/login">Log in</a>, or ask an owner for an invitation.</p>
    <//>`:d`<${D} />`}function hn(e){return`<script defer data-website-id="${e.trackingId}" data-domain="${e.domain}" src="${window.location.origin}/js/script.js"><\/script>`}function Wt({site:e,onFirstEvent:t}){let[n,a]=_(!1);return ye(async()=>{if(n)return;((await g.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors"}))?.[0]?.visitors||0)>0&&(a(!0),t?.())},2e3,[e._id,n]),d`<section class="card install" aria-labelledby="install-title">
    <h2 id="install-title">Install the script on ${e.domain}</h2>
    <p>Paste this into the <code>${"<head>"}</code> of every page of your site:</p>
    <${Mt} text=${hn(e)} label="Copy the script tag" />
    <p class="muted small">
      Hash-routed app? Use <code>/js/script.hash.js</code>. No cookies? <code>/js/script.cookieless.js</code> (and turn on cookieless in
      the website's settings).
    </p>
    <div class=${`event-check ${n?"ok":"waiting"}`} role="status" aria-live="polite" data-testid="event-check">
      <span class="dot" aria-hidden="true"></span>
      ${n?d`<strong>First event received.</strong> Your site is sending data.`:"Waiting for the first event\u2026 open your site in another tab."}
    </div>
  </section>`}function gn(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function vn({onAdded:e,onCancel:t}){let[n,a]=_(""),[o,r]=_(""),[i,s]=_(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC");return d`<${E} title="Add a website">
    <${M}
      submitLabel="Add website"
      busyLabel="Adding…"
      extra=${t&&d`<${V} kind="ghost" onClick=${t}>Cancel<//>`}
      onSubmit=${async()=>{let u=n.trim().replace(/^https?:\/\//,"").replace(/\/.*$/,""),p=await g.post("/api/v1/admin/websites",{domain:u,name:o.trim()||u,timezone:i});await e(p[0])}}
    >
      <div class="grid-2">
        <${I} label="Domain" hint="Without https://, e.g. example.com"
          ><${P} name="domain" required placeholder="example.com" value=${n} onInput=${a}
        /><//>
        <${I} label="Name"><${P} name="name" placeholder="My site" value=${o} onInput=${r} /><//>
      </div>
      <${I} label="Time zone" hint="Days and charts follow this zone"
        ><${K} name="timezone" value=${i} onChange=${s} options=${gn()}
      /><//>
    <//>
  <//>`}function bn({site:e}){let{data:t}=L(()=>g.get("/api/v1/analytics/overview",{websiteId:e._id,fields:"visitors",...$n()}),[e._id]);return d`<li class="site-row">
    <a href=${`/sites/${e._id}`} class="site-link">
      <span class="site-name">${e.name||e.domain}</span>
      <span class="muted">${e.domain}</span>
    </a>
    <span class="muted small">${t?`${$e(t[0]?.visitors??0)} visitors in 7 days`:""}</span>
    <span class="badge">${e.role}</span>
  </li>`}function $n(){let e=a=>a.toISOString().slice(0,10),t=new Date,n=new Date(t.getTime()-6*864e5);return{startAt:e(n),endAt:e(t)}}function Ht({query:e,navigate:t}){let n=L(()=>ae(),[]),[a,o]=_(!1),[r,i]=_(null);if(n.loading&&!n.data)return d`<${D} />`;if(n.error)return d`<main class="page"><${A} error=${n.error} /></main>`;let s=n.data||[],u=a||s.length===0&&!r;return d`<main class="page">
    <div class="page-head">
      <h1>Your websites</h1>
      ${s.length>0&&!u&&d`<${V} kind="primary" onClick=${()=>o(!0)}>Add website<//>`}
    </div>
    ${e.get("welcome")&&s.length===0&&d`<p class="lead">Your account is ready. Add the website you want to measure.</p>`}
    ${u&&d`<${vn}
      onCancel=${s.length>0?()=>o(!1):null}
      onAdded=${async p=>{let c=await ae();n.reload(),o(!1),i(c.find(f=>f._id===p.websiteId)||null)}}
    />`}
    ${r&&d`<div class="stack">
      <${Wt} site=${r} />
      <p><a class="btn btn-primary" href=${`/sites/${r._id}`}>Open the dashboard</a></p>
    </div>`}
    ${s.length>0&&d`<ul class="site-list card">${s.map(p=>d`<${bn} key=${p._id} site=${p} />`)}</ul>`}
  </main>`}var Ke=[["today","Today"],["yesterday","Yesterday"],["24h","Last 24 hours"],["7d","Last 7 days"],["30d","Last 30 days"],["12m","Last 12 months"],["week","This week"],["month","This month"],["year","This year"],["all","All time"],["custom","Custom range"]];var yn="2015-01-01";function wn(e,t=new Date){try{return new Intl.DateTimeFormat("en-CA",{timeZone:e,year:"numeric",month:"2-digit",day:"2-digit"}).format(t)}catch{return t.toISOString().slice(0,10)}}function se(e){let[t,n,a]=e.split("-").map(Number);return new Date(Date.UTC(t,n-1,a))}function Bt(e){return e.toISOString().slice(0,10)}function z(e,t){let n=se(e);return n.setUTCDate(n.getUTCDate()+t),Bt(n)}function ie(e,t){let n=se(e),a=new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth()+t,1)),o=new Date(Date.UTC(a.getUTCFullYear(),a.getUTCMonth()+1,0)).getUTCDate();return a.setUTCDate(Math.min(n.getUTCDate(),o)),Bt(a)}function Ot(e,t){return Math.round((se(t)-se(e))/864e5)}var jt=e=>typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Ye({preset:e,from:t,to:n},a,o=new Date){let r=wn(a,o),i=(u,p)=>({startAt:u,endAt:p,prevStartAt:z(u,-(Ot(u,p)+1)),prevEndAt:z(u,-1)}),s;switch(e){case"today":s={...i(r,r),interval:"hour"};break;case"yesterday":s={...i(z(r,-1),z(r,-1)),interval:"hour"};break;case"24h":{let u=new Date(Math.floor(o.getTime()/6e4)*6e4),p=new Date(u.getTime()-864e5),c=new Date(p.getTime()-864e5);s={startAt:p.toISOString(),endAt:u.toISOString(),prevStartAt:c.toISOString(),prevEndAt:new Date(p.getTime()-1e3).toISOString(),interval:"hour"};break}case"7d":s={...i(z(r,-6),r),interval:"day"};break;case"12m":s={...i(z(ie(r,-12),1),r),interval:"month"};break;case"week":{let u=(se(r).getUTCDay()+6)%7,p=z(r,-u);s={startAt:p,endAt:r,prevStartAt:z(p,-7),prevEndAt:z(r,-7),interval:"day"};break}case"month":{let u=r.slice(0,8)+"01";s={startAt:u,endAt:r,prevStartAt:ie(u,-1),prevEndAt:ie(r,-1),interval:"day"};break}case"year":{let u=r.slice(0,5)+"01-01";s={startAt:u,endAt:r,prevStartAt:ie(u,-12),prevEndAt:ie(r,-12),interval:"month"};break}case"all":s={chartStartAt:yn,chartEndAt:r,interval:"month"};break;case"custom":if(jt(t)&&jt(n)&&t<=n){let u=Ot(t,n);s={...i(t,n),interval:u===0?"hour":u<=62?"day":u<=400?"week":"month"};break}default:return Ye({preset:"30d"},a,o)}return{preset:e,...s,label:Ke.find(([u])=>u===e)?.[1]||e}}function Ge({params:e,query:t,navigate:n,site:a}){let o=e.websiteId,r=a?.timezone||"UTC",i=t.get("period")||"30d",s=Ye({preset:i,from:t.get("from"),to:t.get("to")},r),u=L(()=>g.get("/api/v1/analytics/overview",{websiteId:o,startAt:s.startAt,endAt:s.endAt}),[o,s.startAt,s.endAt]),p=u.data?.[0],c=a?.currency;return d`<div class="dash">
    <div class="toolbar">
      <label class="inline">
        <span class="sr-only">Period</span>
        <${K} value=${i} onChange=${f=>n(`/sites/${o}?period=${f}`)} options=${Ke.filter(([f])=>f!=="custom")} />
      </label>
      <span class="muted small">${r}</span>
    </div>
    ${u.error&&d`<${A} error=${u.error} />`}
    ${p?d`<div class="kpis">
      <${Z} label="Visitors" value=${$e(p.visitors)} />
      <${Z} label="Revenue" value=${Oe(p.revenue,c)} />
      <${Z} label="Conversion rate" value=${je(p.conversion_rate)} />
      <${Z} label="Revenue/visitor" value=${Oe(p.revenue_per_visitor,c)} />
      <${Z} label="Bounce rate" value=${je(p.bounce_rate)} />
      <${Z} label="Session time" value=${Nt(p.avg_session_duration)} />
    </div>`:d`<${D} />`}
  </div>`}function Z({label:e,value:t}){return d`<div class="kpi"><div class="kpi-label">${e}</div><div class="kpi-value">${t}</div></div>`}function qt({params:e}){let t=e.websiteId,[n,a]=_(null),[o,r]=_(null);return ye(async()=>{try{a(await g.get("/api/v1/analytics/realtime/map",{websiteId:t})),r(null)}catch(i){r(i)}},5e3,[t]),d`<div class="stack">
    <${A} error=${o} />
    <${E} title="Visitors now"><div class="big-number" data-testid="realtime-count">${n?n.count:"\u2026"}</div><//>
    <${E} title="Live events">
      <${we}
        empty="No events in the last 10 minutes"
        rows=${n?.recentEvents||[]}
        columns=${[{key:"type",label:"Event"},{key:"path",label:"Page"},{key:"countryCode",label:"Country"},{key:"timestamp",label:"When",render:i=>Lt(i.timestamp)}]}
      />
    <//>
  </div>`}function Vt({params:e,site:t}){let n=e.websiteId,a=L(()=>g.get("/api/v1/visitors",{websiteId:n,limit:50}),[n]);return d`<${E} title="Visitors">
    ${a.error&&d`<${A} error=${a.error} />`}
    ${a.loading&&!a.data?d`<${D} />`:d`<${we}
      rows=${a.data||[]}
      columns=${[{key:"visitorId",label:"Visitor",render:o=>d`<a href=${`/sites/${n}/visitors/${o.visitorId}`}>${o.visitorId.slice(0,8)}</a>`},{key:"country",label:"Country",render:o=>o.identity?.country||"\u2013"},{key:"referrer",label:"Source",render:o=>o.acquisition?.referrer||"Direct/None"},{key:"lastSeenAt",label:"Last seen",render:o=>Ut(o.lastSeenAt,t?.timezone)}]}
    />`}
  <//>`}function Kt({params:e}){let t=L(()=>g.get(`/api/v1/visitors/${encodeURIComponent(e.visitorId)}`,{websiteId:e.websiteId}),[e.visitorId]);return t.loading?d`<${D} />`:t.error?d`<${A} error=${t.error} />`:d`<${E} title=${`Visitor ${e.visitorId.slice(0,8)}`}><pre class="small">${JSON.stringify(t.data,null,2)}</pre><//>`}function Yt({params:e,navigate:t,onAuth:n}){let a=`/api/v1/invitations/${encodeURIComponent(e.token)}`,o=L(()=>g.get(a),[e.token]),[r,i]=_(""),[s,u]=_("");return d`<main class="auth" id="main"><div class="auth-card"><${E} title="Join a website">${(()=>{if(o.loading)return d`<${D} />`;if(o.error)return d`<${A} error=${o.error} /><p><a href="/login">Log in</a></p>`;let c=o.data?.[0]||{},f=c.domain||"a website",m=S.user&&S.user.email===c.email,l=async()=>{oe(),await be(),n?.(),t(`/sites/${c.websiteId}`,{replace:!0})},h=`/login?next=${encodeURIComponent(`/invite/${e.token}`)}`;return S.user&&!m?d`<p>This invitation is for <strong>${c.email}</strong>, and you are logged in as ${S.user.email}. Log out, then open this link again.</p>`:!S.user&&c.accountExists?d`<p>You are invited to <strong>${f}</strong> as <strong>${c.role}</strong>. An account with ${c.email} exists:
        <a href=${h}>log in</a> to accept.</p>`:d`<p>You are invited to <strong>${f}</strong>${c.role?d` as <strong>${c.role}</strong>`:""}${c.email?d` (${c.email})`:""}.</p>
      ${m?d`<${M} submitLabel="Accept the invitation" onSubmit=${async()=>{await g.post(`${a}/accept`,{}),await l()}} />`:d`<${M}
            submitLabel="Create my account and join"
            busyLabel="Joining…"
            onSubmit=${async()=>{await g.post(`${a}/accept`,{name:r.trim(),password:s}),await g.post("/api/auth/login",{email:c.email,password:s}),await l()}}
          >
            <${I} label="Your name"><${P} name="name" required value=${r} onInput=${i} /><//>
            <${I} label="Choose a password" hint="At least 8 characters"
              ><${P} type="password" name="password" autocomplete="new-password" minlength="8" required value=${s} onInput=${u}
            /><//>
          <//>
`}`})()}<//></div></main>`}var Ze=[["website","Website",Sn]],Je=["USD","EUR","GBP","JPY","CHF","CAD","AUD","NZD","SEK","NOK","DKK","PLN","CZK","HUF","RON","BGN","ISK","TRY","BRL","MXN","CNY","HKD","SGD","KRW","INR","IDR","ILS","MYR","PHP","THB","ZAR"];function kn(){let e=[];try{e=Intl.supportedValuesOf("timeZone")}catch{}return e.includes("UTC")?e:["UTC",...e]}function Gt({websiteId:e,site:t,section:n,role:a,navigate:o}){if(a==="viewer")return d`<${E} title="Settings"><p>Viewers can read this website's dashboard but not its settings. Ask an owner for member access.</p><//>`;let r=Ze.find(([p])=>p===n)||Ze[0],[i,,s]=r,u=`/sites/${e}/settings`;return d`<div class="settings">
    <nav class="settings-nav" aria-label="Settings sections">
      ${Ze.map(([p,c])=>d`<a href=${`${u}/${p}`} class=${`navtab ${p===i?"active":""}`} aria-current=${p===i?"page":void 0}>${c}</a>`)}
    </nav>
    <div class="settings-body"><${s} websiteId=${e} site=${t} role=${a} navigate=${o} /></div>
  </div>`}function Sn({websiteId:e}){let t=`/api/v1/admin/websites/${e}`,n=L(()=>g.get(t),[e]);return n.loading&&!n.data?d`<${D} />`:n.error?d`<${A} error=${n.error} />`:d`<${Tn} key=${e} path=${t} websiteId=${e} initial=${n.data[0]} />`}function Tn({path:e,websiteId:t,initial:n}){let[a,o]=_(n.name||""),[r,i]=_(n.domain||""),[s,u]=_(n.timezone||"UTC"),[p,c]=_(n.currency||"USD"),f=Je.includes(p)?Je:[p,...Je];return d`<${E} title="Website">
    <${M}
      onSubmit=${async()=>{let l=(await g.put(e,{name:a.trim(),domain:r.trim(),timezone:s,currency:p}))?.[0]||{};Rt(t,{name:l.name,domain:l.domain,timezone:l.timezone,currency:l.currency}),Be("Website settings saved")}}
    >
      <div class="grid-2">
        <${I} label="Name"><${P} name="name" value=${a} onInput=${o} /><//>
        <${I} label="Domain"><${P} name="domain" required value=${r} onInput=${i} /><//>
      </div>
      <div class="grid-2">
        <${I} label="Time zone" hint="Dashboard days and charts follow this zone"
          ><${K} name="timezone" value=${s} onChange=${u} options=${kn()}
        /><//>
        <${I} label="Currency" hint="Revenue is reported in this currency"
          ><${K} name="currency" value=${p} onChange=${c} options=${f}
        /><//>
      </div>
    <//>
  <//>`}var Cn=[["/login",zt,"anyone"],["/setup",Ft,"anyone"],["/invite/:token",Yt,"anyone"],["/share/:websiteId",En,"anyone"],["/",Ht,"member"],["/sites/:websiteId",ce(Ge,"dashboard"),"member"],["/sites/:websiteId/realtime",ce(qt,"realtime"),"member"],["/sites/:websiteId/visitors",ce(Vt,"visitors"),"member"],["/sites/:websiteId/visitors/:visitorId",ce(Kt,"visitors"),"member"],["/sites/:websiteId/settings/:section?",ce(Pn,"settings"),"member"]];function In(e){let t=e.replace(/\/+$/,"").split("/").filter(Boolean);for(let[n,a,o]of Cn){let r=n.split("/").filter(Boolean),i={},s=!0;for(let u=0;u<Math.max(r.length,t.length);u++){let p=r[u],c=t[u];if(p===void 0){s=!1;break}if(p.startsWith(":")){let f=p.endsWith("?"),m=p.slice(1).replace(/\?$/,"");if(c===void 0){f||(s=!1);break}i[m]=decodeURIComponent(c)}else if(p!==c){s=!1;break}}if(s)return{screen:a,params:i,access:o}}return null}function Zt(){return{path:window.location.pathname,query:new URLSearchParams(window.location.search)}}var ke=new Set;function le(e,{replace:t=!1}={}){e!==window.location.pathname+window.location.search&&(history[t?"replaceState":"pushState"](null,"",e),ke.forEach(n=>n()),t||window.scrollTo(0,0))}window.addEventListener("popstate",()=>ke.forEach(e=>e()));document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest?.("a[href]");if(!t||t.target||t.hasAttribute("download"))return;let n=new URL(t.href,window.location.href);n.origin!==window.location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/js/")||(e.preventDefault(),le(n.pathname+n.search))});function An(){let[e,t]=_(Zt()),[n,a]=_({checked:!1,error:null});if(U(()=>{let s=()=>t(Zt());return ke.add(s),()=>ke.delete(s)},[]),U(()=>{be().then(()=>a({checked:!0,error:null}),s=>a({checked:!0,error:s})),g.onUnauthorized=()=>{S.user=null,S.csrfToken=null;let s=window.location.pathname;!["/login","/setup"].includes(s)&&!s.startsWith("/share/")&&!s.startsWith("/invite/")&&le(`/login?next=${encodeURIComponent(s+window.location.search)}`,{replace:!0})}},[]),!n.checked)return d`<${D} />`;if(n.error)return d`<main class="page"><${A} error=${n.error} /></main>`;let o=In(e.path);if(!o)return d`<${Jt}><main class="page"><h1>Page not found</h1><p><a href="/">Back to your websites</a></p></main><//>`;if(o.access==="member"&&!S.user)return d`<${Dn} to=${`/login?next=${encodeURIComponent(e.path+window.location.search)}`} />`;let r=o.screen,i=d`<${r} params=${o.params} query=${e.query} navigate=${le} onAuth=${()=>a({checked:!0,error:null})} />`;return o.access==="member"?d`<${Jt}>${i}<//>`:i}function Dn({to:e}){return U(()=>le(e,{replace:!0}),[e]),null}function Jt({children:e}){return d`<div class="frame">
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <a class="brand" href="/" aria-label="datafast: your websites"><span class="logo" aria-hidden="true">◆</span> datafast</a>
      <div class="topbar-right">
        ${S.user&&d`<span class="muted who">${S.user.name||S.user.email}</span>`}
        ${S.user&&d`<${V}
          kind="ghost"
          onClick=${async()=>{await It(),le("/login")}}
          >Log out<//
        >`}
      </div>
    </header>
    <div id="main">${e}</div>
    <${qe} />
  </div>`}function ce(e,t){return function(a){let{websiteId:o}=a.params,[r,i]=_({site:xe(o),error:null});if(U(()=>{r.site||ae().then(()=>i({site:xe(o),error:xe(o)?null:new Error("This website does not exist or is not shared with you")}),c=>i({site:null,error:c}))},[o]),r.error)return d`<main class="page"><${A} error=${r.error} /><p><a href="/">Back to your websites</a></p></main>`;if(!r.site)return d`<${D} />`;let s=r.site,u=`/sites/${s._id}`,p=[["dashboard","Dashboard",u],["realtime","Realtime",`${u}/realtime`],["visitors","Visitors",`${u}/visitors`],["settings","Settings",`${u}/settings`]];return d`<div>
      <nav class="sitebar" aria-label="Website">
        <div class="sitebar-name">
          <a href="/" class="muted">Websites</a> <span aria-hidden="true">/</span>
          <strong>${s.name||s.domain}</strong>
        </div>
        <div class="sitebar-tabs">
          ${p.map(([c,f,m])=>d`<a href=${m} class=${`navtab ${c===t?"active":""}`} aria-current=${c===t?"page":void 0}>${f}</a>`)}
        </div>
      </nav>
      <main class="page" id="content"><${e} ...${a} site=${s} /></main>
    </div>`}}function Pn({params:e,site:t,navigate:n}){return d`<${Gt} websiteId=${e.websiteId} site=${t} section=${e.section} role=${t.role} navigate=${n} />`}function En(e){return d`<div class="frame">
    <header class="topbar"><span class="brand"><span class="logo" aria-hidden="true">◆</span> datafast</span><span class="muted">Public dashboard</span></header>
    <main class="page" id="main"><${Ge} ...${e} site=${null} shared=${!0} /></main>
    <${qe} />
  </div>`}Le(d`<${An} />`,document.getElementById("app"));export{In as match,le as navigate};
