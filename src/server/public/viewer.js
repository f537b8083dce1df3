// newslens web viewer. Sends the article to POST /v1/view and shows the server-rendered article
// and side panel (the same markup as `newslens analyze --format html`, escaped by renderHtml);
// the statement details are built here from the analysis JSON with textContent only.
const $ = (id) => document.getElementById(id);
const form = $('input-form');
const textarea = $('article');
const urlInput = $('url');
const fileInput = $('file');
const asSelect = $('as');
const statusLine = $('status');
const button = $('analyse');
const bodyEl = $('article-body');
const panelEl = $('panel');
const details = $('details');

/** The analysis on screen, with its sources and entities by id. */
let current = null;
/** index into current.analysis.quotes of the statement shown in the details, or -1 */
let selected = -1;
/** set when the textarea holds a dropped/chosen .html file, so it is sent as HTML */
let fileIsHtml = false;

fetch('/healthz').then((r) => r.json()).then((h) => { if (h.corpus) $('corpus-link').hidden = false; }).catch(() => {});

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  void analyse(requestBody());
});
textarea.addEventListener('input', () => { fileIsHtml = false; });
fileInput.addEventListener('change', () => { if (fileInput.files?.[0]) void loadFile(fileInput.files[0]); });

// Drop a file anywhere on the text box.
const drop = $('drop');
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (ev) => { ev.preventDefault(); drop.classList.add('over'); });
}
for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('over'));
drop.addEventListener('drop', (ev) => {
  ev.preventDefault();
  const file = ev.dataTransfer?.files?.[0];
  if (file) void loadFile(file);
});

async function loadFile(file) {
  const text = await file.text();
  textarea.value = text;
  urlInput.value = '';
  fileIsHtml = /\.x?html?$/i.test(file.name) || file.type === 'text/html';
  setStatus(`Loaded ${file.name}.`);
  void analyse(requestBody());
}

function requestBody() {
  const text = textarea.value;
  const url = urlInput.value.trim();
  const as = asSelect.value === 'auto' ? undefined : asSelect.value;
  if (text.trim()) {
    const html = fileIsHtml || /^\s*</.test(text);
    return html ? { html: text, ...(url ? { url } : {}), as } : { text, as };
  }
  if (url) return { url, as };
  return null;
}

async function analyse(body) {
  if (!body) {
    setStatus('Paste an article, give its URL, or choose a file first.', true);
    textarea.focus();
    return;
  }
  button.disabled = true;
  setStatus('Analysing…');
  try {
    const res = await fetch('/v1/view', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      const e = data?.error;
      const retry = res.headers.get('retry-after');
      setStatus(e ? `${e.message}${e.hint ? ` — ${e.hint}` : ''}${retry ? ` (retry in ${retry} s)` : ''}` : `The server answered ${res.status}.`, true);
      return;
    }
    show(data);
  } catch {
    setStatus('Could not reach the newslens server.', true);
  } finally {
    button.disabled = false;
  }
}

function show({ analysis, view }) {
  current = {
    analysis,
    sources: new Map((analysis.sources ?? []).map((s) => [s.id, s])),
    entities: new Map((analysis.entities ?? []).map((e) => [e.id, e])),
  };
  // Server-rendered by renderHtml, which escapes every string from the article.
  $('masthead').innerHTML = view.masthead;
  bodyEl.innerHTML = view.body;
  panelEl.innerHTML = view.panel;
  // Inline style attributes are blocked by the CSP; the chart's bar widths are set through the CSSOM.
  for (const bar of panelEl.querySelectorAll('[data-width]')) bar.style.width = `${Math.min(100, Number(bar.dataset.width) || 0)}%`;
  closeDetails(false);
  $('result').hidden = false;
  const n = analysis.quotes?.length ?? 0;
  const s = analysis.sources?.length ?? 0;
  setStatus(`Found ${n} statement${n === 1 ? '' : 's'} from ${s} source${s === 1 ? '' : 's'}.`);
}

bodyEl.addEventListener('click', (ev) => {
  const mark = ev.target.closest?.('mark.q[data-q]');
  if (mark) select(Number(mark.dataset.q), false);
});
bodyEl.addEventListener('keydown', (ev) => {
  const mark = ev.target.closest?.('mark.q[data-q]');
  if (mark && (ev.key === 'Enter' || ev.key === ' ')) {
    ev.preventDefault();
    select(Number(mark.dataset.q), false);
  }
});
// A statement listed under its source jumps to, focuses and explains its mark in the article.
panelEl.addEventListener('click', (ev) => {
  const link = ev.target.closest?.('a[href^="#nl-q"]');
  if (!link) return;
  ev.preventDefault();
  select(Number(link.getAttribute('href').slice(5)), true);
});
$('details-close').addEventListener('click', () => closeDetails(true));
document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && !details.hidden) closeDetails(true); });

function select(i, focusMark) {
  const q = current?.analysis.quotes?.[i];
  if (!q) return;
  for (const m of bodyEl.querySelectorAll('mark.q.selected')) m.classList.remove('selected');
  const marks = bodyEl.querySelectorAll(`mark.q[data-q="${i}"]`);
  for (const m of marks) m.classList.add('selected');
  selected = i;
  fillDetails(q, i);
  details.hidden = false;
  const first = document.getElementById(`nl-q${i}`) ?? marks[0];
  if (focusMark && first) {
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

function closeDetails(returnFocus) {
  details.hidden = true;
  for (const m of bodyEl.querySelectorAll('mark.q.selected')) m.classList.remove('selected');
  if (returnFocus && selected >= 0) document.getElementById(`nl-q${selected}`)?.focus();
  selected = -1;
}

function fillDetails(q, i) {
  const { analysis, sources, entities } = current;
  $('details-title').textContent = `Statement ${i + 1} of ${analysis.quotes.length}`;
  const list = $('details-list');
  list.replaceChildren();
  const row = (term, value) => {
    if (value === null || value === undefined || value === '') return;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    if (value instanceof Node) dd.append(value);
    else dd.textContent = String(value);
    list.append(dt, dd);
  };
  const quote = document.createElement('blockquote');
  quote.textContent = q.content?.text ?? '';
  row('Said', quote);
  row('Speaker', q.speakerMention?.text ?? 'not named in the sentence');
  row('Cue', q.cue?.text ?? '—');
  row('Kind', [q.kind, q.nested ? 'nested' : ''].filter(Boolean).join(' · '));
  const found = (q.sources ?? []).map((id) => sources.get(id)).filter(Boolean);
  if (!found.length) row('Source', 'unattributed');
  for (const s of found) row('Source', sourceNode(s, entities));
  if (q.relayedVia) row('Relayed via', label(sources.get(q.relayedVia)) ?? q.relayedVia);
  if (typeof q.confidence === 'number') row('Confidence', `${Math.round(q.confidence * 100)}%`);
}

function sourceNode(s, entities) {
  const wrap = document.createElement('span');
  const name = document.createElement('strong');
  name.textContent = label(s);
  const type = ['named', 'anonymous', 'organization', 'document', 'unknown'].includes(s.type) ? s.type : 'unknown';
  const badge = document.createElement('span');
  badge.className = `badge t-${type}`;
  badge.textContent = type;
  wrap.append(name, ' ', badge);
  if (s.relayed) {
    const relayed = document.createElement('span');
    relayed.className = `badge t-${type}`;
    relayed.textContent = 'relayed';
    wrap.append(' ', relayed);
  }
  const extra = [s.name && s.descriptor ? s.descriptor : '', entityLine(entities.get(s.entity))].filter(Boolean);
  for (const line of extra) {
    const p = document.createElement('span');
    p.className = 'desc';
    p.textContent = line;
    wrap.append(document.createElement('br'), p);
  }
  return wrap;
}

function entityLine(e) {
  if (!e) return '';
  const titles = (e.titles ?? []).join(', ');
  return `entity: ${e.name} (${e.type})${titles ? ` · ${titles}` : ''}`;
}

const label = (s) => (s ? s.name || s.descriptor || s.id : null);

function setStatus(message, isError = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', isError);
}
