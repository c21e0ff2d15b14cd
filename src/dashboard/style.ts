/** The workspace's only stylesheet, served from /static/app.css (the CSP allows no inline styles). */
export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f6f7f9}
header{background:#123c5a;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.8rem;align-items:center}
header nav{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;margin-left:auto}
header a{color:#fff;text-decoration:none}header a:hover{text-decoration:underline}
header .who{opacity:.8;font-size:.9em}
header button{background:transparent;color:#fff;border:1px solid #fff8;border-radius:4px;padding:.15rem .5rem;cursor:pointer}
main{max-width:1180px;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.4rem 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e3e6ea;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600;font-size:.9em}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;background:#fff;padding:.6rem;border:1px solid #e3e6ea;border-radius:6px;margin-bottom:.8rem}
.filters label{display:flex;flex-direction:column;font-size:.85em;gap:.15rem}
input,select,textarea,button{font:inherit}
input,select,textarea{border:1px solid #c5ccd4;border-radius:4px;padding:.3rem .4rem;background:#fff}
textarea{width:100%;min-height:6rem}
button{background:#1f6f4a;color:#fff;border:0;border-radius:4px;padding:.4rem .8rem;cursor:pointer}
button.secondary{background:#4b5a6a}
.inline{display:inline}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:6px;padding:.8rem 1rem;margin-bottom:1rem}
.muted{color:#5c6773;font-size:.9em}
.notice{background:#fff7e0;border:1px solid #f0d48a;padding:.6rem .8rem;border-radius:6px}
.ok{background:#e6f5ec;border:1px solid #9fd3b3;padding:.6rem .8rem;border-radius:6px}
.bad{color:#a4262c}
.pre{white-space:pre-wrap}
.tag{display:inline-block;border-radius:10px;padding:0 .5rem;font-size:.85em;background:#e7edf3}
.tag.answered{background:#e6f5ec}.tag.declined{background:#fde7e7}.tag.error{background:#fde7e7}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:1rem}
.figure{font-size:1.6rem;font-weight:600}
.pager{margin:.8rem 0;display:flex;gap:1rem}
main{overflow-wrap:anywhere}
input,select,textarea{max-width:100%}
svg.chart{display:block;max-width:480px}
.kirim{margin-left:.3rem}
nav.tabs{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:0 0 .8rem;padding-bottom:.4rem;border-bottom:2px solid #e3e6ea}
nav.tabs strong{border-bottom:3px solid #123c5a;padding-bottom:.2rem}
mark{background:#fff1a8;padding:0 .1em}
ul.varian{margin:.2rem 0 .6rem;padding-left:1.2rem}ul.varian li{margin:.15rem 0}
.kartu h3{font-size:1rem;margin:.2rem 0 .3rem}
@media (min-width:701px){.nowrap{white-space:nowrap}}
details.bagian summary{cursor:pointer;color:#123c5a}details.bagian .pre{margin-top:.4rem;border-left:3px solid #e3e6ea;padding-left:.6rem}
.tag.error{color:#7a1d22}
@media (max-width:700px){
main{padding:.6rem}
header{padding:.5rem .6rem;gap:.4rem .8rem}
header nav{margin-left:0;gap:.3rem .8rem}
.card{padding:.6rem .7rem}
.charts{grid-template-columns:1fr}
.filters label{flex:1 1 9rem}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack thead{display:none}
table.stack tr{border:1px solid #e3e6ea;border-radius:6px;margin-bottom:.6rem;padding:.3rem .1rem;background:#fff}
table.stack td{border:0;padding:.15rem .5rem}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#5c6773;font-size:.9em}
table:not(.stack){display:block;overflow-x:auto;max-width:100%}
}
`;
