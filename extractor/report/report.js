/* claims report: filter the claims table by kind and text, sort it by column, list it a page at a time.
   No libraries, no network. Sets data-report-ready on <html> when it has run to the end. */
(function () {
  "use strict";
  var root = document.documentElement;
  var errors = [];
  window.addEventListener("error", function (event) {
    errors.push(String(event.message || event));
    root.setAttribute("data-report-errors", errors.join(" | "));
  });

  var table = document.getElementById("claims-table");
  if (table) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var kindFilter = document.getElementById("kind-filter");
    var textFilter = document.getElementById("text-filter");
    var matching = document.getElementById("shown-count");
    var paging = document.getElementById("paging");
    var listed = document.getElementById("page-count");
    var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
    var page = parseInt(table.getAttribute("data-page"), 10) || rows.length;
    var limit = page;

    /* show the rows that match, the first `limit` of them; hidden rows cost no layout */
    var render = function () {
      var kind = kindFilter.value;
      var query = textFilter.value.trim().toLowerCase();
      var count = 0;
      for (var i = 0; i < rows.length; i++) {
        var ok = (!kind || rows[i].getAttribute("data-kind") === kind) &&
                 (!query || texts[i].indexOf(query) !== -1);
        if (ok) { count++; }
        var hide = !ok || count > limit;
        if (rows[i].hidden !== hide) { rows[i].hidden = hide; }
      }
      matching.textContent = String(count);
      listed.textContent = String(Math.min(count, limit));
      paging.hidden = count <= limit;
      if (kind) { document.body.setAttribute("data-kind-filter", kind); }
      else { document.body.removeAttribute("data-kind-filter"); }
    };
    var refilter = function () { limit = page; render(); };

    var value = function (row, key) {
      var raw = row.getAttribute("data-" + key);
      if (raw === null || raw === "") { return null; }
      var number = parseFloat(raw);
      return isNaN(number) ? raw : number;
    };

    var sortBy = function (key, direction) {
      var order = rows.map(function (row, i) { return [value(row, key), value(row, "order"), row, i]; });
      order.sort(function (a, b) {
        if (a[0] === null && b[0] !== null) { return 1; }   /* rows without a value last, */
        if (b[0] === null && a[0] !== null) { return -1; }  /* whatever the direction */
        if (a[0] !== b[0]) { return (a[0] < b[0] ? -1 : 1) * direction; }
        return a[1] - b[1];
      });
      var oldTexts = texts;
      rows = order.map(function (item) { return item[2]; });
      texts = order.map(function (item) { return oldTexts[item[3]]; });
      var fragment = document.createDocumentFragment();
      rows.forEach(function (row) { fragment.appendChild(row); });
      tbody.appendChild(fragment);
      headers.forEach(function (th) {
        th.setAttribute("aria-sort", th.getAttribute("data-sort") === key
          ? (direction > 0 ? "ascending" : "descending") : "none");
      });
      render();
    };

    headers.forEach(function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var key = th.getAttribute("data-sort");
        var current = th.getAttribute("aria-sort");
        var first = th.getAttribute("data-first") === "descending" ? -1 : 1;
        var direction = current === "none" || current === null ? first : (current === "ascending" ? -1 : 1);
        sortBy(key, direction);
      });
    });
    kindFilter.addEventListener("change", refilter);
    textFilter.addEventListener("input", refilter);
    document.getElementById("show-more").addEventListener("click", function () { limit += page; render(); });
    document.getElementById("show-all").addEventListener("click", function () { limit = rows.length; render(); });
    if (kindFilter.value || textFilter.value) { refilter(); }  /* a form the browser restored */
  }
  root.setAttribute("data-report-ready", "1");
})();
