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
          var twin = document.getElementById("json-twin");
          if (twin) { twin.href = "/api/match?q=" + encodeURIComponent(q || "Meduza"); }
        })
        .catch(function () { /* keep the previous results; the form still works without script */ });
    }, 180);
  });
}());

// The review page: fill the correction form from an entry, and send it with the API token
// (a write needs "Authorization: Bearer <token>", which a plain form cannot send).
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) { return; }
  var fields = form.elements;
  var status = document.getElementById("review-status");
  var buttons = form.querySelectorAll("button[type=submit]");
  Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });

  Array.prototype.forEach.call(document.querySelectorAll("button[data-review]"), function (button) {
    button.addEventListener("click", function () {
      var entry = JSON.parse(button.dataset.review);
      fields.org_id.value = entry.id;
      fields.name_ru.value = entry.name_ru;
      fields.name_en.value = entry.name_en;
      fields.aliases.value = "";
      fields.category.value = "";
      status.textContent = "";
      form.scrollIntoView({ block: "start" });
      fields.name_ru.focus();
    });
  });

  function readBody(action) {
    var body = { by: fields.by.value.trim(), action: action };
    if (action === "correct") {
      if (fields.name_ru.value.trim()) { body.name_ru = fields.name_ru.value.trim(); }
      if (fields.name_en.value.trim()) { body.name_en = fields.name_en.value.trim(); }
      body.aliases = fields.aliases.value.split("\n").map(function (line) { return line.trim(); })
        .filter(function (line) { return line; });
      if (fields.category.value) { body.category = fields.category.value; }
    }
    if (fields.note.value.trim()) { body.note = fields.note.value.trim(); }
    return body;
  }

  function markDone(orgId) {
    var item = document.getElementById("review-" + orgId);
    var badge = item && item.querySelector(".review-done");
    if (badge) { badge.hidden = false; }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var action = event.submitter && event.submitter.value === "accept" ? "accept" : "correct";
    var orgId = fields.org_id.value.trim();
    status.className = "";
    status.textContent = form.dataset.sending;
    fetch("/api/review/" + encodeURI(orgId), {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Authorization": "Bearer " + fields.token.value.trim()
      },
      body: JSON.stringify(readBody(action))
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          status.className = "failed";
          status.textContent = answer.data.error ? answer.data.error.message : form.dataset.failed;
          return;
        }
        var org = answer.data.organization;
        var name = (document.documentElement.lang === "ru" ? org.name_ru : org.name_en) || org.name_en || org.name_ru;
        status.className = "saved";
        status.textContent = form.dataset.saved.replace("{name}", name) + " ";
        var link = document.createElement("a");
        link.href = "/organizations/" + encodeURI(org.id);
        link.textContent = org.id;
        status.appendChild(link);
        markDone(org.id);
      })
      .catch(function () {
        status.className = "failed";
        status.textContent = form.dataset.failed;
      });
  });
}());
