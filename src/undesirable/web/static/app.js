// Results as you type: fetch the server-rendered results fragment for the search box.
(function () {
  "use strict";
  var input = document.querySelector("input[data-live]");
  var target = document.getElementById("results");
  if (!input || !target) { return; }
  var timer = null;
  var latest = 0;
  var lang = document.documentElement.lang;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      var ticket = ++latest;
      var url = input.dataset.live + "?lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(q);
      fetch(url, { headers: { "Accept": "text/html" } })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          if (ticket !== latest) { return; }
          target.innerHTML = html;
          var address = q ? "/?q=" + encodeURIComponent(q) : "/";
          history.replaceState(null, "", address);
        })
        .catch(function () { /* keep the previous results; the form still works without script */ });
    }, 180);
  });
}());
