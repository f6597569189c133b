// Search box suggestions from the knowledge base (/suggest?q=); the form works without this.
(function () {
  var input = document.getElementById("q"), list = document.getElementById("kb-names");
  if (!input || !list) return;
  var timer = null, last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      fetch("/suggest?q=" + encodeURIComponent(q)).then(function (r) { return r.json(); })
        .then(function (items) {
          list.innerHTML = "";
          items.forEach(function (it) {
            [it.ar, it.en].forEach(function (name) {
              if (!name) return;
              var o = document.createElement("option");
              o.value = name;
              list.appendChild(o);
            });
          });
        }).catch(function () {});
    }, 150);
  });
})();
