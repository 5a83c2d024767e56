// Keyboard walk through the review queue: j next, k previous, / search. Served by the app (no inline script: the
// Content-Security-Policy allows only our own files). Links stay links: without this file the queue works the same.
(function () {
  'use strict';
  function items() { return Array.prototype.slice.call(document.querySelectorAll('a.queue-item')); }
  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }
  function move(step) {
    var list = items();
    if (list.length === 0) { return; }
    var at = list.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    list[next].focus();
    list.forEach(function (a) { a.parentElement.classList.remove('current'); });
    list[next].parentElement.classList.add('current');
  }
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    if (event.key === 'j') { move(1); event.preventDefault(); }
    else if (event.key === 'k') { move(-1); event.preventDefault(); }
    else if (event.key === '/') {
      var search = document.getElementById('q');
      if (search) { search.focus(); event.preventDefault(); }
    }
  });
})();
