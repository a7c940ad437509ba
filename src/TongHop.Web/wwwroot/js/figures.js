// Province figures: units ranked for the chosen indicator, and percent indicators' targets vs actuals (Chart.js).
(function () {
  const data = JSON.parse(document.getElementById('figures-data').textContent);
  const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const select = document.getElementById('indicator');
  let ranking, trend;
  function drawTrend(f) {
    trend?.destroy();
    trend = new Chart(document.getElementById('trend'), {
      type: 'line',
      data: { labels: f.periods, datasets: [{ label: f.name, data: f.series, borderColor: '#0b4f6c', backgroundColor: '#0b4f6c', spanGaps: true }] },
      options: { maintainAspectRatio: false, animation: false,
        plugins: { tooltip: { callbacks: { label: c => nf.format(c.raw) } } },
        scales: { y: { ticks: { callback: v => nf.format(v) } } } }
    });
  }
  function drawRanking(key) {
    const f = data.find(x => x.key === key);
    if (!f) return;
    drawTrend(f);
    ranking?.destroy();
    ranking = new Chart(document.getElementById('ranking'), {
      type: 'bar',
      data: { labels: f.units, datasets: [{ label: f.name, data: f.values, backgroundColor: '#0b4f6c' }] },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false,
        plugins: { tooltip: { callbacks: { label: c => nf.format(c.raw) } } },
        scales: { x: { ticks: { callback: v => nf.format(v) } } } }
    });
  }
  const percent = data.filter(f => f.unit === 'percent');
  new Chart(document.getElementById('targets'), {
    type: 'bar',
    data: { labels: percent.map(f => f.name), datasets: [
      { label: 'Thực hiện (toàn tỉnh)', data: percent.map(f => f.value), backgroundColor: '#2e7d32' },
      { label: 'Mục tiêu', data: percent.map(f => f.target), backgroundColor: '#ef6c00' } ] },
    options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { x: { min: 0, max: 100 } } }
  });
  if (select) {
    select.addEventListener('change', () => drawRanking(select.value));
    drawRanking(select.value);
  }
})();
