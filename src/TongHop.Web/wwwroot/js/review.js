// Review page: clicking a value (or finding) boxes its evidence on the page image and highlights [start, end) in the
// restored text; keyboard: j/k move, c confirm, e edit, x reject, n next report, o original/text, +/- zoom.
(function () {
  const doc = document.getElementById('doc');
  const scan = document.getElementById('scan');
  const text = doc.textContent;
  const rows = [...document.querySelectorAll('#values tr[data-value-id]')];
  let current = -1;
  let zoom = 100;

  function show(pane) {
    if (!scan) return;
    scan.hidden = pane !== 'scan';
    doc.hidden = pane !== 'doc';
    document.querySelectorAll('.source-tools .tab').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.pane === pane)));
    (pane === 'scan' ? scan.querySelector('.evidence-box') : doc.querySelector('mark'))?.scrollIntoView({ block: 'center' });
  }
  function highlight(start, end) {
    if (!(end > start)) return;
    doc.textContent = '';
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    doc.append(text.slice(0, start), mark, text.slice(end));
    if (!doc.hidden) mark.scrollIntoView({ block: 'center' });
  }
  // data-boxes: "page:x,y,w,h;…" in per cent of the page image.
  function drawBoxes(spec) {
    if (!scan) return false;
    scan.querySelectorAll('.evidence-box').forEach(b => b.remove());
    let first = null;
    for (const part of (spec || '').split(';').filter(Boolean)) {
      const [page, rect] = part.split(':');
      const [x, y, w, h] = rect.split(',').map(Number);
      const holder = scan.querySelector(`.page[data-page="${page}"]`);
      if (!holder) continue;
      const box = document.createElement('div');
      box.className = 'evidence-box';
      box.style.left = x + '%'; box.style.top = y + '%'; box.style.width = w + '%'; box.style.height = h + '%';
      holder.append(box);
      first = first || box;
    }
    if (first && !scan.hidden) first.scrollIntoView({ block: 'center', inline: 'nearest' });
    return first !== null;
  }
  function point(el) {
    highlight(+el.dataset.start, +el.dataset.end);
    drawBoxes(el.dataset.boxes);
  }
  function select(i) {
    if (i < 0 || i >= rows.length) return;
    rows[current]?.classList.remove('selected');
    current = i;
    const r = rows[i];
    r.classList.add('selected');
    r.scrollIntoView({ block: 'nearest' });
    point(r);
  }
  function setZoom(z) {
    if (!scan) return;
    zoom = Math.min(300, Math.max(50, z));
    scan.style.setProperty('--zoom', zoom + '%');
    document.getElementById('zoom-level').textContent = zoom + '%';
    scan.querySelector('.evidence-box')?.scrollIntoView({ block: 'center', inline: 'center' });
  }
  document.querySelectorAll('.source-tools .tab').forEach(b => b.addEventListener('click', () => show(b.dataset.pane)));
  document.getElementById('zoom-in')?.addEventListener('click', () => setZoom(zoom + 25));
  document.getElementById('zoom-out')?.addEventListener('click', () => setZoom(zoom - 25));
  rows.forEach((r, i) => r.addEventListener('click', ev => { if (!ev.target.closest('form')) select(i); }));
  document.querySelectorAll('#findings tr[data-start], #cited tr[data-start]').forEach(r => r.addEventListener('click', () => point(r)));

  const invalid = rows.findIndex(r => r.dataset.invalid === 'true');
  const hash = location.hash.match(/^#v(\d+)$/);
  if (invalid >= 0) {
    select(invalid);
    rows[invalid].querySelector('.act-value')?.focus();
  } else if (hash) {
    select(rows.findIndex(r => r.dataset.valueId === hash[1]));
  } else {
    document.querySelector('#document [aria-invalid="true"]')?.focus();
  }
  // A search result links to #sSTART-END: the matched words, [start, end) offsets into the text.
  const span = location.hash.match(/^#s(\d+)-(\d+)$/);
  if (span) { show('doc'); highlight(+span[1], +span[2]); }

  document.addEventListener('keydown', ev => {
    if (ev.target.matches('input, textarea, select') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const r = rows[current];
    switch (ev.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case 'c': r?.querySelector('.act-confirm')?.click(); break;
      case 'x': r?.querySelector('.act-reject')?.click(); break;
      case 'e': if (r) { ev.preventDefault(); r.querySelector('.act-value')?.focus(); } break;
      case 'n': document.getElementById('next')?.click(); break;
      case 'o': if (scan) show(scan.hidden ? 'scan' : 'doc'); break;
      case '+': case '=': setZoom(zoom + 25); break;
      case '-': setZoom(zoom - 25); break;
      default: return;
    }
  });
})();
