// The corpus page: charts of GET /v1/stats over the server's --db store. Built with textContent
// only; bar sizes go through the CSSOM (the CSP blocks inline style attributes).
const $ = (id) => document.getElementById(id);

async function stats(query) {
  const res = await fetch(`/v1/stats${query}`, { headers: { accept: 'application/json' } });
  const data = await res.json();
  if (!res.ok) throw new Error(data?.error?.message ?? `the server answered ${res.status}`);
  return data;
}

function bars(el, rows, { max, format }) {
  el.replaceChildren();
  if (!rows.length) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'Nothing yet.';
    el.append(p);
    return;
  }
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  for (const r of rows) {
    const row = document.createElement('div');
    row.className = 'bar-row';
    const name = document.createElement('span');
    name.textContent = r.label;
    const track = document.createElement('span');
    track.className = 'bar-track';
    track.setAttribute('role', 'img');
    track.setAttribute('aria-label', `${r.label}: ${format(r)}`);
    const fill = document.createElement('span');
    fill.className = `bar-fill t-${r.type ?? 'named'}`;
    fill.style.width = `${Math.round((r.value / top) * 100)}%`;
    track.append(fill);
    const n = document.createElement('span');
    n.className = 'bar-n';
    n.textContent = format(r);
    row.append(name, track, n);
    el.append(row);
  }
}

function columns(el, rows) {
  el.replaceChildren();
  const top = Math.max(1, ...rows.map((r) => r.statements));
  const cols = document.createElement('div');
  cols.className = 'columns';
  cols.setAttribute('role', 'img');
  cols.setAttribute('aria-label', rows.map((r) => `${r.month}: ${r.statements}`).join(', '));
  const labels = document.createElement('div');
  labels.className = 'col-labels';
  labels.setAttribute('aria-hidden', 'true');
  for (const r of rows) {
    const c = document.createElement('span');
    c.className = 'col';
    c.title = `${r.month}: ${r.statements} statements in ${r.articles} articles`;
    c.style.height = `${Math.round((r.statements / top) * 100)}%`;
    cols.append(c);
    const l = document.createElement('span');
    l.textContent = r.month;
    labels.append(l);
  }
  el.append(cols, labels);
}

const pct = (x) => `${Math.round(x * 1000) / 10}%`;

try {
  const [byOutlet, byMonth] = await Promise.all([stats('?by=outlet&top=20'), stats('?by=month')]);
  $('summary').textContent = `${byOutlet.articles} articles, ${byOutlet.statements} statements, ` +
    `${pct(byOutlet.anonymousShare)} from anonymous sources` + (byOutlet.errors ? `, ${byOutlet.errors} records failed` : '') + '.';
  bars($('outlets'), (byOutlet.groups ?? []).map((g) => ({ label: g.outlet, value: g.anonymousShare, type: 'anonymous', g }))
    .sort((a, b) => b.value - a.value), { max: 1, format: (r) => pct(r.value) });
  bars($('sources'), byOutlet.topSources.map((s) => ({ label: s.name, value: s.statements, type: s.type, s })),
    { format: (r) => String(r.value) });
  columns($('months'), (byMonth.groups ?? []).filter((g) => g.month !== '(undated)'));
  bars($('relayed'), byOutlet.topRelayed.map((o) => ({ label: o.outlet, value: o.articles, type: 'document' })),
    { format: (r) => `${r.value} art.` });
  await listArticles($('articles'), $('articles-more'));
} catch (err) {
  $('summary').textContent = `Could not load the statistics: ${err.message}`;
}

/** The first stored articles, each linking to its own report page (text set as text, never HTML). */
async function listArticles(list, more) {
  const res = await fetch('/v1/articles?limit=100', { headers: { accept: 'application/json' } });
  if (!res.ok) return;
  const page = await res.json();
  for (const a of page.items) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/articles/${encodeURIComponent(a.key)}`;
    link.textContent = a.title || a.recordId;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ` · ${[a.outlet, a.publishedAt && a.publishedAt.slice(0, 10)].filter(Boolean).join(' · ')} · ${a.statements} statements`;
    li.append(link, meta);
    list.append(li);
  }
  if (page.total > page.items.length) more.textContent = `${page.items.length} of ${page.total} shown; all of them at /v1/articles.`;
}
