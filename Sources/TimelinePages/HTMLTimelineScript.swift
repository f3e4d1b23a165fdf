import Digest
import Foundation

/// The page's only script, for pointer and keyboard: resting on or focusing a mark shows its entry (date,
/// sentence, source, id) beside it; a click pins it and marks the entry in the list; Escape or a click
/// elsewhere lets go. The page reads the same without it: each mark has a `<title>` and links to its entry
/// in the list.
enum HTMLTimelineScript {
    static let source = """
    (function () {
      "use strict";
      var popup = document.getElementById("popup");
      var pinned = null;
      function entryOf(mark) { return document.getElementById("entry-" + mark.getAttribute("data-entry-id")); }
      function show(mark) {
        var entry = entryOf(mark);
        if (!popup || !entry) { return; }
        popup.replaceChildren();
        Array.prototype.forEach.call(entry.children, function (part) { popup.appendChild(part.cloneNode(true)); });
        var link = document.createElement("a");
        link.href = "#" + entry.id;
        link.className = "to-list";
        link.textContent = "show in the list ↓";
        popup.appendChild(link);
        popup.hidden = false;
        var box = mark.getBoundingClientRect();
        var page = document.documentElement;
        var left = Math.min(box.left, page.clientWidth - popup.offsetWidth - 8);
        popup.style.left = (window.scrollX + Math.max(8, left)) + "px";
        popup.style.top = (window.scrollY + box.bottom + 8) + "px";
      }
      function hide() { if (!pinned && popup) { popup.hidden = true; } }
      function unpin() {
        if (!pinned) { return; }
        pinned.classList.remove("pinned");
        var entry = entryOf(pinned);
        if (entry) { entry.classList.remove("selected"); }
        pinned = null;
      }
      document.querySelectorAll(".mark").forEach(function (mark) {
        var title = mark.querySelector("title");
        if (title) { mark.setAttribute("aria-label", title.textContent); title.remove(); }
        mark.addEventListener("mouseenter", function () { show(mark); });
        mark.addEventListener("mouseleave", hide);
        mark.addEventListener("focus", function () { show(mark); });
        mark.addEventListener("blur", hide);
        mark.addEventListener("click", function (event) {
          event.preventDefault();
          var again = pinned === mark;
          unpin();
          if (again) { hide(); return; }
          pinned = mark;
          mark.classList.add("pinned");
          var entry = entryOf(mark);
          if (entry) { entry.classList.add("selected"); }
          show(mark);
        });
      });
      document.addEventListener("click", function (event) {
        var target = event.target;
        if (pinned && target instanceof Element && !target.closest(".mark") && !target.closest("#popup")) { unpin(); hide(); }
      });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { unpin(); hide(); }
      });
      document.documentElement.setAttribute("data-interactive", "ready");
    })();
    """

    /// The Content-Security-Policy source that lets exactly this script run: `'sha256-…'`.
    static var hashSource: String { "'sha256-" + Data(SHA256.digest(Array(source.utf8))).base64EncodedString() + "'" }
}
