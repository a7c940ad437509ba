// Live count-down to the request deadline ("còn 2 ngày 3 giờ" / "đã quá hạn …"), refreshed every minute.
(function () {
  const el = document.getElementById('countdown');
  if (!el) return;
  const deadline = new Date(el.dataset.deadline.endsWith('Z') ? el.dataset.deadline : el.dataset.deadline + 'Z');
  function render() {
    const ms = deadline - new Date();
    const abs = Math.abs(ms);
    const days = Math.floor(abs / 86400000), hours = Math.floor(abs / 3600000) % 24, minutes = Math.floor(abs / 60000) % 60;
    const text = days >= 1 ? `${days} ngày ${hours} giờ` : `${hours} giờ ${minutes} phút`;
    el.textContent = ms >= 0 ? 'còn ' + text : 'đã quá hạn ' + text;
  }
  render();
  setInterval(render, 60000);
})();
