/* Progressive enhancement for the help center: everything works without this file. */
(function () {
  "use strict";

  function postForm(form, extra) {
    var data = new FormData(form);
    if (extra) { Object.keys(extra).forEach(function (key) { data.set(key, extra[key]); }); }
    return fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) { return response.json(); });
  }

  function setupFeedback(section) {
    var status = section.querySelector("[data-feedback-status]");
    var voteForm = section.querySelector("[data-feedback-vote]");
    var commentForm = section.querySelector("[data-feedback-comment]");
    var current = section.querySelector("[data-feedback-current]");

    voteForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter;
      if (!button) { return; }
      postForm(voteForm, { helpful: button.value }).then(function (result) {
        status.textContent = result.message;
        if (result.helpful === null) { return; }
        voteForm.querySelectorAll("button[name=helpful]").forEach(function (other) {
          other.setAttribute("aria-pressed", String(other === button));
        });
        if (current) { current.hidden = true; }
        commentForm.hidden = !result.ask_comment;
        if (result.ask_comment) { commentForm.querySelector("textarea").focus(); }
      });
    });

    commentForm.addEventListener("submit", function (event) {
      event.preventDefault();
      postForm(commentForm).then(function (result) {
        status.textContent = result.message;
        if (result.outcome === "comment-thanks") { commentForm.hidden = true; }
      });
    });
  }

  function setupSuggestions(form) {
    var input = form.querySelector("input[type=search]");
    var box = form.querySelector(".help-search__suggestions");
    var url = form.getAttribute("data-suggestions-url");
    var timer = null;
    if (!input || !box || !url) { return; }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2) { box.hidden = true; return; }
      timer = setTimeout(function () {
        fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
          .then(function (response) { return response.json(); })
          .then(function (data) {
            box.textContent = "";
            if (!data.results.length) { box.hidden = true; return; }
            var list = document.createElement("ul");
            data.results.forEach(function (item) {
              var entry = document.createElement("li");
              var link = document.createElement("a");
              link.href = item.url;
              link.textContent = item.title;
              entry.appendChild(link);
              list.appendChild(entry);
            });
            box.appendChild(list);
            box.hidden = false;
          });
      }, 250);
    });
  }

  document.querySelectorAll("[data-feedback]").forEach(setupFeedback);
  document.querySelectorAll("form[data-suggestions-url]").forEach(setupSuggestions);
})();
