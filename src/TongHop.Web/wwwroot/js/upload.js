// Drag and drop onto the drop zone, and live processing status of the listed submissions (polls the API).
(function () {
  // The first dropped file is the main report, the others its annexes.
  const zone = document.getElementById('dropzone');
  const report = document.getElementById('report');
  const annexes = document.getElementById('annexes');
  const chosen = document.getElementById('chosen');
  function show() {
    const names = [...report.files].map(f => 'Báo cáo: ' + f.name).concat([...annexes.files].map(f => 'Phụ lục: ' + f.name));
    chosen.textContent = names.join(' · ');
  }
  if (zone && report && annexes) {
    ['dragenter', 'dragover'].forEach(e => zone.addEventListener(e, ev => { ev.preventDefault(); zone.classList.add('over'); }));
    ['dragleave', 'drop'].forEach(e => zone.addEventListener(e, ev => { ev.preventDefault(); zone.classList.remove('over'); }));
    zone.addEventListener('drop', ev => {
      const files = [...ev.dataTransfer.files];
      if (!files.length) return;
      const first = new DataTransfer(); first.items.add(files[0]); report.files = first.files;
      const rest = new DataTransfer(); files.slice(1).forEach(f => rest.items.add(f)); annexes.files = rest.files;
      show();
    });
    report.addEventListener('change', show);
    annexes.addEventListener('change', show);
  }
  // The server refuses an upload over its limit before reading it; say so here, before the file is sent.
  const form = document.getElementById('upload-form');
  const tooLarge = document.getElementById('too-large');
  if (form && report && annexes && tooLarge) {
    form.addEventListener('submit', ev => {
      const total = [...report.files, ...annexes.files].reduce((sum, f) => sum + f.size, 0);
      const over = total > Number(form.dataset.maxBytes);
      tooLarge.hidden = !over;
      tooLarge.textContent = over ? form.dataset.tooLarge : '';
      if (over) ev.preventDefault();
    });
  }
  const labels = { queued: 'Đang chờ xử lý', processing: 'Đang đọc số liệu', done: 'Đã xử lý', failed: 'Lỗi' };
  async function poll() {
    const pending = [...document.querySelectorAll('tr[data-submission]')].filter(r => {
      const s = r.querySelector('[data-state]').dataset.state; return s === 'Queued' || s === 'Processing';
    });
    for (const row of pending) {
      const res = await fetch('/api/submissions/' + row.dataset.submission, { credentials: 'same-origin' });
      if (!res.ok) continue;
      const s = await res.json();
      const badge = row.querySelector('[data-state]');
      const state = s.state.charAt(0).toUpperCase() + s.state.slice(1);
      badge.dataset.state = state; badge.className = 'badge ' + state; badge.textContent = labels[s.state] ?? s.state;
      badge.nextElementSibling.textContent = s.error ?? '';
    }
    if (pending.length) setTimeout(poll, 1500);
  }
  poll();
})();
