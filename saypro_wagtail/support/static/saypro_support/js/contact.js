/* Contact form: suggest help articles as the subject is typed; count a click as a deflection.
   Progressive enhancement: the form works without this file. */
(function () {
  "use strict";

  function setup(form) {
    var url = form.getAttribute("data-suggestions-url");
    var beaconUrl = form.getAttribute("data-deflection-url");
    var input = form.querySelector("[data-support-suggest]");
    var box = form.querySelector("[data-support-suggestions]");
    var heading = form.querySelector("[data-support-suggestions-heading]");
    var list = form.querySelector("[data-support-suggestions-list]");
    var timer = null;
    if (!url || !input || !box || !list) { return; }

    function show(results) {
      list.textContent = "";
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.title; // text, never HTML
        link.setAttribute("data-support-deflection", "");
        item.appendChild(link);
        if (result.summary) {
          var summary = document.createElement("p");
          summary.textContent = result.summary;
          item.appendChild(summary);
        }
        list.appendChild(item);
      });
      box.classList.toggle("support-suggestions--empty", results.length === 0);
      if (heading) { heading.hidden = results.length === 0; }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2) { show([]); return; }
      timer = setTimeout(function () {
        fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
          .then(function (response) { return response.json(); })
          .then(function (data) { show(data.results || []); })
          .catch(function () { show([]); });
      }, 300);
    });

    list.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-support-deflection]");
      if (!link || !beaconUrl) { return; }
      if (navigator.sendBeacon) {
        navigator.sendBeacon(beaconUrl);
      } else {
        fetch(beaconUrl, { method: "POST", keepalive: true, credentials: "same-origin" });
      }
    });
  }

  document.querySelectorAll("form[data-support-contact]").forEach(setup);
})();
