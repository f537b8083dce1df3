// The HTML report's only stylesheet (inlined: the page loads nothing from anywhere).
// Each source type has a tint (mark background) and an ink (underline, bar, badge); the underline
// style differs per type too, so the colours are not the only cue. Inks meet WCAG AA on white.

const TYPES: [cls: string, tint: string, ink: string, line: string][] = [
  ['named', '#d6e9ff', '#1f5fa6', 'solid'],
  ['anonymous', '#fbdcef', '#a3286f', 'dashed'],
  ['organization', '#d8f2da', '#2a6b2f', 'double'],
  ['document', '#fcecc0', '#7f5600', 'dotted'],
  ['unknown', '#e6e3f3', '#574c8f', 'solid'],
  ['none', '#e9e9e9', '#555555', 'dashed'],
];

const typeRules = TYPES.map(([c, tint, ink, line]) =>
  `.q-${c}{background:${tint};border-bottom:${line === 'double' ? 3 : 2}px ${line} ${ink}}` +
  `.t-${c}{--ink:${ink};--tint:${tint}}`).join('\n');

export const STYLE = `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#575757;--bg:#fbfaf7;--card:#fff;--rule:#dedbd2;--focus:#0b57d0}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.65 Georgia,Cambria,"Times New Roman",serif}
a{color:#0b4fa8}
a:focus-visible,summary:focus-visible,mark:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.page{max-width:76rem;margin:0 auto;padding:1rem 1rem 3rem}
.masthead{border-bottom:1px solid var(--rule);padding-bottom:.75rem;margin-bottom:1.25rem}
.kicker{margin:0;font:600 .8rem/1.4 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
h1{font-size:clamp(1.5rem,4.5vw,2.4rem);line-height:1.2;margin:.3rem 0 .5rem;overflow-wrap:anywhere}
.meta{margin:0;color:var(--muted);font:.95rem/1.5 system-ui,sans-serif;overflow-wrap:anywhere}
.layout{display:grid;gap:2rem}
@media (min-width:62rem){.layout{grid-template-columns:minmax(0,1fr) 23rem}}
.body p{max-width:42rem;margin:0 0 1.1em;white-space:pre-line;overflow-wrap:anywhere}
.empty{color:var(--muted);font-style:italic}
mark.q{color:inherit;padding:0 .08em;border-radius:2px;position:relative;cursor:help}
mark.q mark.q{box-shadow:0 0 0 1px rgba(0,0,0,.35)}
.cue{text-decoration:underline 2px;text-underline-offset:3px}
.spk{font-weight:700}
/* a focused mark (keyboard or tap) shows its details without script */
mark.q[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 6px);z-index:5;
  width:max-content;max-width:min(22rem,80vw);padding:.4rem .6rem;background:#1b1b1b;color:#fff;
  font:500 .8rem/1.4 system-ui,sans-serif;border-radius:4px;white-space:normal;text-align:left}
.panel{font:.95rem/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;min-width:0}
.panel section{background:var(--card);border:1px solid var(--rule);border-radius:6px;padding:.8rem 1rem;margin-bottom:1rem}
.panel h2{font-size:1rem;margin:0 0 .5rem}
.panel h3{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:.6rem 0 .2rem}
.panel ul,.panel ol{margin:0;padding-left:1.1rem}
.panel li{margin:.25rem 0;overflow-wrap:anywhere}
.count{color:var(--muted);font-weight:400}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;list-style:none;padding:0!important}
.legend li{margin:0}
.badge{display:inline-block;font-size:.75rem;line-height:1.3;padding:0 .4em;border-radius:3px;
  background:var(--tint,#eee);color:var(--ink,#333);border:1px solid var(--ink,#999)}
.sources{list-style:none;padding:0!important}
.sources summary{cursor:pointer}
.desc{color:var(--muted);margin:.2rem 0}
.stmts li{margin:.35rem 0}
.kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.bars{margin:.3rem 0}
.bar-row{display:grid;grid-template-columns:6.5rem 1fr 2.5rem;align-items:center;gap:.5rem;margin:.3rem 0}
.bar-track{background:#eeece6;border-radius:3px;height:.9rem;overflow:hidden}
.bar-fill{display:block;height:100%;background:var(--ink)}
.bar-n{text-align:right;font-variant-numeric:tabular-nums}
.callout{border-left:4px solid #7f5600;background:#fff8e6;padding:.4rem .7rem;margin:.5rem 0}
.warn li{color:#7a2400}
footer{margin-top:2rem;color:var(--muted);font:.8rem system-ui,sans-serif}
${typeRules}
@media print{.panel section{break-inside:avoid}mark.q{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
