// Units × indicators: click a header to sort (numbers by value, text by Vietnamese collation); filter by unit or group.
(function () {
  const table = document.getElementById('unit-table');
  if (!table) return;
  const body = table.tBodies[0];
  const collator = new Intl.Collator('vi');
  table.querySelectorAll('thead th').forEach((th, col) => {
    th.style.cursor = 'pointer';
    th.addEventListener('click', () => {
      const dir = th.dataset.dir === 'asc' ? 'desc' : 'asc';
      th.dataset.dir = dir;
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = a.cells[col], y = b.cells[col];
        const r = th.dataset.type === 'num'
          ? (parseFloat(x.dataset.value ?? 'NaN') || -Infinity) - (parseFloat(y.dataset.value ?? 'NaN') || -Infinity)
          : collator.compare(x.textContent.trim(), y.textContent.trim());
        return dir === 'asc' ? r : -r;
      });
      rows.forEach(r => body.appendChild(r));
    });
  });
  const filter = document.getElementById('filter');
  filter?.addEventListener('input', () => {
    const q = filter.value.trim().toLocaleLowerCase('vi');
    [...body.rows].forEach(r => { r.hidden = q && !r.cells[0].textContent.toLocaleLowerCase('vi').includes(q); });
  });
  // The comparison columns: the table's class says which show (CSS hides the others).
  const compare = document.getElementById('compare');
  compare?.addEventListener('change', () => {
    table.classList.remove('show-prev', 'show-year');
    compare.value.split(' ').filter(c => c).forEach(c => table.classList.add(c));
  });
  const group = document.getElementById('group');
  group?.addEventListener('change', () => {
    table.querySelectorAll('[data-group]').forEach(c => { c.hidden = group.value && c.dataset.group !== group.value; });
  });
})();
