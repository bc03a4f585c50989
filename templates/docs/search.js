"use strict";
(function () {
  var input = document.getElementById("search");
  var count = document.getElementById("search-count");
  var entries = Array.prototype.slice.call(document.querySelectorAll("nav.side li[data-search]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("nav.side details.group"));
  var narrow = window.matchMedia("(max-width: 800px)").matches;
  groups.forEach(function (group) { group.open = !narrow; });

  function filter() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(function (term) { return term.length > 0; });
    var shown = 0;
    entries.forEach(function (entry) {
      var text = entry.getAttribute("data-search");
      var match = terms.every(function (term) { return text.indexOf(term) !== -1; });
      entry.classList.toggle("hidden", !match);
      if (match) { shown += 1; }
    });
    groups.forEach(function (group) {
      var visible = group.querySelectorAll("li[data-search]:not(.hidden)").length;
      group.classList.toggle("hidden", visible === 0);
      group.open = terms.length > 0 ? visible > 0 : !narrow;
    });
    count.textContent = terms.length > 0 ? shown + " of " + entries.length + " entries" : "";
  }

  input.addEventListener("input", filter);
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    var first = document.querySelector("nav.side li[data-search]:not(.hidden) a");
    if (first) { window.location.hash = first.getAttribute("href"); }
  });
  filter();
})();
