/**
 * The one stylesheet, inlined in every page (≈ 4 KB, one request fewer on a slow phone).
 * Phones first: nothing is wider than 360 px; wide tables become stacked cards below 40rem.
 */
export const STYLE = `
:root{--fg:#1b1f24;--bg:#fff;--muted:#5a6470;--line:#d6dbe1;--soft:#f3f5f8;--accent:#0b57a4;--accent-fg:#fff;--mark:#fff3b0;--ok:#1d6b35;--late:#9a3412;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--fg:#e8ebef;--bg:#14171b;--muted:#a3adb8;--line:#39414a;--soft:#1e2329;--accent:#7cb8ff;--accent-fg:#0c1420;--mark:#4a4120;--ok:#7fd49a;--late:#ffad7a}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
a{color:var(--accent)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--accent);color:var(--accent-fg);padding:.5rem 1rem;z-index:1}
.skip:focus{left:0}
header.site{border-bottom:1px solid var(--line);background:var(--soft)}
.bar{max-width:64rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:baseline}
.brand{font-weight:700;font-size:1.2rem;color:inherit;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.1rem .9rem}
nav a{display:inline-block;padding:.35rem 0;text-decoration:none}
nav a[aria-current=page]{font-weight:700;text-decoration:underline;text-underline-offset:.3em}
main{max-width:64rem;margin:0 auto;padding:1rem}
footer.site{max-width:62rem;margin:2rem max(1rem,calc((100% - 62rem)/2)) 0;padding:1rem 0;color:var(--muted);font-size:.875rem;border-top:1px solid var(--line)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
.muted{color:var(--muted)}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.lead{font-size:1.05rem;color:var(--muted);margin-top:-.5rem}
form.ask,form.filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:0 0 1rem}
.field{display:flex;flex-direction:column;gap:.25rem;flex:1 1 14rem;min-width:0}
.field.narrow{flex:0 1 12rem}
label{font-weight:600}
input[type=search],input[type=text],select,textarea{font:inherit;min-height:2.75rem;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:.4rem;padding:.55rem .7rem;width:100%;min-width:0}
button,.button{font:inherit;min-height:2.75rem;font-weight:600;border:1px solid var(--accent);background:var(--accent);color:var(--accent-fg);border-radius:.4rem;padding:.55rem 1rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:transparent;color:var(--accent)}
.examples{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.25rem 0 1.5rem}
.examples a{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:.2rem .75rem;text-decoration:none;background:var(--soft)}
.card{border:1px solid var(--line);border-radius:.6rem;padding:1rem;background:var(--bg)}
.answer-text{white-space:pre-line;font-size:1.05rem;margin:0 0 1rem}
.answer.not-found .answer-text{color:var(--muted)}
.sources{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}
.sources li{border-left:3px solid var(--accent);padding:.1rem 0 .1rem .75rem}
details>summary{cursor:pointer;color:var(--accent)}
blockquote{margin:.4rem 0;padding:.5rem .75rem;background:var(--soft);border-radius:.3rem;white-space:pre-line}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:1rem}
dl.facts{display:grid;grid-template-columns:minmax(7rem,12rem) 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{font-weight:600;color:var(--muted)}
dl.facts dd{margin:0}
ul.plain{margin:0;padding-left:1.1rem}
table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}
th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);font-size:.875rem;white-space:nowrap}
tbody th{font-weight:400}
.nowrap{white-space:nowrap}
td.figure{font-weight:700}
@media (min-width:40.01rem){
 table.fixed{table-layout:fixed}
 table.indicators col.c1{width:28%} table.indicators col.c2{width:19%} table.indicators col.c3{width:8%}
 table.indicators col.c4{width:13%} table.indicators col.c5{width:18%} table.indicators col.c6{width:14%}
 table.tasks col.c1{width:40%} table.tasks col.c2{width:12%} table.tasks col.c3{width:13%}
 table.tasks col.c4{width:20%} table.tasks col.c5{width:15%}
 table.deadlines col.c1{width:7.5rem} table.deadlines col.c2{width:10rem} table.deadlines col.c3{width:auto}
 table.deadlines col.c4{width:14%} table.deadlines col.c5{width:15%}
}
.targets{list-style:none;margin:0;padding:0}
.tag{margin-left:.35rem;display:inline-block;font-size:.75rem;border:1px solid var(--line);border-radius:.3rem;padding:0 .3rem;color:var(--muted);font-weight:400}
.days{font-weight:700;white-space:nowrap}
.days.soon{color:var(--late)}
.days.past{color:var(--muted);font-weight:400}
.status{min-height:1.5em;color:var(--muted)}
.card>h2:first-child,.card>h3:first-child{margin-top:0}
ul.columns{columns:18rem;padding-left:1.1rem;margin:0}
ul.columns li{break-inside:avoid;margin-bottom:.25rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.75rem;list-style:none;padding:0}
mark{background:var(--mark);color:inherit}
tr:target,li:target,dl:target{background:var(--mark);outline:3px solid var(--accent);outline-offset:-3px}
[id]{scroll-margin-top:.75rem}
.cell-label{font-weight:600;color:var(--muted)}
.notice{margin:0 0 1rem}
nav.by-province ul{display:block}
nav.by-province a{display:inline;padding:0;text-decoration:underline}
.printed{display:none}
@media (max-width:40rem){
 .bar{padding:.4rem 1rem;gap:0}
 nav ul{gap:0 .9rem}
 dl.facts{grid-template-columns:1fr}
 dl.facts dd{margin-bottom:.5rem}
 table.stack thead{position:absolute;left:-999px}
 table.stack tr[hidden]{display:none}
 table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;width:100%}
 table.stack tr{border:1px solid var(--line);border-radius:.5rem;margin:0 0 .75rem;padding:.25rem .5rem}
 table.stack td,table.stack th{border:0;padding:.25rem 0}
 table.stack tbody th{font-weight:600}
 table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}
 td.nowrap{white-space:normal}
 table.stack td.empty{display:none}
}
@media print{
 @page{size:A4;margin:12mm 10mm}
 header.site nav,.skip,form,search,button,.actions,.no-print{display:none!important}
 body{font-size:10pt;line-height:1.35;color:#000;background:#fff}
 a{color:#000;text-decoration:none}
 main,footer.site{max-width:none;margin:0;padding:0}
 h2{margin:1rem 0 .4rem} h3{margin:.75rem 0 .3rem}
 th,td{padding:.2rem .3rem}
 .nowrap,td.nowrap,.days{white-space:normal}
 details::details-content{content-visibility:visible;display:block}
 details>summary{display:none}
 blockquote{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin:0;padding:0 .2rem;font-size:9pt}
 tr{break-inside:avoid}
 .printed{display:block;font-size:8pt;color:#000;margin:.4rem 0 0}
}
`;
