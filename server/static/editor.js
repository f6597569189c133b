// YASGUI on /editor with the example queries; the plain form stays for browsers without JS.
(function () {
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") return;
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  el.hidden = false;
  document.getElementById("plain-editor").hidden = true;
  var plain = document.getElementById("plain-results");
  if (plain) plain.hidden = true;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: location.origin + el.dataset.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    showTabs: false
  });
  var start = new URLSearchParams(location.search).get("query") || examples[0].query;
  yasgui.getTab().setQuery(start);
  window.kgYasgui = yasgui;
  document.querySelectorAll("a.example").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var ex = examples.find(function (e) { return e.id === a.dataset.example; });
      var tab = yasgui.getTab();
      tab.setQuery(ex.query);
      tab.query();
    });
  });
})();
