(function () {
  'use strict';
  var doc = document;
  doc.documentElement.setAttribute('data-js', 'ready');
  var form = doc.getElementById('filters');
  var findings = [].slice.call(doc.querySelectorAll('.finding'));
  var groups = [].slice.call(doc.querySelectorAll('#findings .group'));
  var charts = [].slice.call(doc.querySelectorAll('.chart[data-findings]'));
  var cards = [].slice.call(doc.querySelectorAll('.article-card'));
  var status = doc.getElementById('filter-status');
  var names = ['severity', 'rule', 'article', 'status'];

  function hasWord(list, word) {
    return (' ' + (list || '') + ' ').indexOf(' ' + word + ' ') >= 0;
  }

  function apply(writeHash) {
    var v = {};
    names.forEach(function (n) { v[n] = form.elements[n] ? form.elements[n].value : ''; });
    var shown = {};
    var count = 0;
    findings.forEach(function (f) {
      var ok = (!v.severity || f.getAttribute('data-severity') === v.severity)
        && (!v.rule || f.getAttribute('data-rule') === v.rule)
        && (!v.article || hasWord(f.getAttribute('data-articles'), v.article))
        && (!v.status || f.getAttribute('data-status') === v.status);
      f.hidden = !ok;
      if (ok) { shown[f.id] = true; count++; }
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector('.finding:not([hidden])'); });
    charts.forEach(function (c) {
      c.hidden = !c.getAttribute('data-findings').split(' ').some(function (id) { return shown[id]; });
    });
    cards.forEach(function (a) { a.hidden = !!v.article && a.id !== v.article; });
    var filtered = v.severity || v.rule || v.article || v.status;
    status.textContent = filtered ? 'Showing ' + count + ' of ' + findings.length + ' findings.' : '';
    if (writeHash) {
      var parts = names.filter(function (n) { return v[n]; }).map(function (n) {
        return n + '=' + encodeURIComponent(v[n]);
      });
      try {
        history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
      } catch (e) { /* some viewers forbid it; the filter still works */ }
    }
  }

  function readHash() {
    var h = location.hash.replace(/^#/, '');
    if (h.indexOf('=') < 0) { return false; }
    h.split('&').forEach(function (p) {
      var kv = p.split('=');
      var el = form.elements[kv[0]];
      if (el && names.indexOf(kv[0]) >= 0) {
        var value = decodeURIComponent(kv[1] || '');
        var known = [].some.call(el.options, function (o) { return o.value === value; });
        el.value = known ? value : '';
      }
    });
    return true;
  }

  if (form) {
    form.hidden = false;
    form.addEventListener('change', function () { apply(true); });
    form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
    window.addEventListener('hashchange', function () { if (readHash()) { apply(false); } });
    cards.forEach(function (card) {
      if (!card.querySelector('.article-findings')) { return; }
      var b = doc.createElement('button');
      b.type = 'button';
      b.className = 'only';
      b.textContent = 'Show only this article\u2019s findings';
      b.addEventListener('click', function () {
        form.elements.article.value = card.id;
        apply(true);
        doc.getElementById('findings').scrollIntoView();
      });
      card.insertBefore(b, card.querySelector('h4'));
    });
    readHash();
    apply(false);
  }

  [].forEach.call(doc.querySelectorAll('pre.ack-snippet'), function (pre) {
    if (!navigator.clipboard) { return; }
    var b = doc.createElement('button');
    b.type = 'button';
    b.className = 'copy';
    b.textContent = 'Copy';
    b.addEventListener('click', function () {
      navigator.clipboard.writeText(pre.textContent).then(function () {
        b.textContent = 'Copied';
        setTimeout(function () { b.textContent = 'Copy'; }, 1500);
      }, function () { b.textContent = 'Select and copy'; });
    });
    pre.parentNode.appendChild(b);
  });
}());
