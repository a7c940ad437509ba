// Review page: clicking a value (or finding) highlights its evidence [start, end) in the text; keyboard:
// j/k move, c confirm, e edit, x reject, n next report.
(function () {
  const doc = document.getElementById('doc');
  const text = doc.textContent;
  const rows = [...document.querySelectorAll('#values tr[data-value-id]')];
  let current = -1;
  function highlight(start, end) {
    if (!(end > start)) return;
    doc.textContent = '';
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    doc.append(text.slice(0, start), mark, text.slice(end));
    mark.scrollIntoView({ block: 'center' });
  }
  function select(i) {
    if (i < 0 || i >= rows.length) return;
    rows[current]?.classList.remove('selected');
    current = i;
    const r = rows[i];
    r.classList.add('selected');
    r.scrollIntoView({ block: 'nearest' });
    highlight(+r.dataset.start, +r.dataset.end);
  }
  rows.forEach((r, i) => r.addEventListener('click', ev => { if (!ev.target.closest('form')) select(i); }));
  document.querySelectorAll('#findings tr[data-start]').forEach(r =>
    r.addEventListener('click', () => highlight(+r.dataset.start, +r.dataset.end)));
  const hash = location.hash.match(/^#v(\d+)$/);
  if (hash) select(rows.findIndex(r => r.dataset.valueId === hash[1]));
  // A search result links to #sSTART-END: the matched words, [start, end) offsets into the text.
  const span = location.hash.match(/^#s(\d+)-(\d+)$/);
  if (span) highlight(+span[1], +span[2]);
  document.addEventListener('keydown', ev => {
    if (ev.target.matches('input, textarea, select')) return;
    const r = rows[current];
    switch (ev.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case 'c': r?.querySelector('.act-confirm')?.click(); break;
      case 'x': r?.querySelector('.act-reject')?.click(); break;
      case 'e': if (r) { ev.preventDefault(); r.querySelector('.act-value')?.focus(); } break;
      case 'n': document.getElementById('next')?.click(); break;
      default: return;
    }
  });
})();
