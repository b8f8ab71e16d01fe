/// The inline scripts of the review pages. Plain ES5-level DOM code, no library, no network; all
/// report text is inserted with `textContent`, never as markup. A page sets
/// `<html data-ready="1">` once its script has run to the end (the browser test checks it).
enum ReviewScript {
    static let page = #"""
        (function () {
          "use strict";
          var figures = {};
          JSON.parse(document.getElementById("figure-data").textContent).forEach(function (f) {
            // A paragraph's text is written once, with its first figure; the others name that one.
            if (f.context_as && figures[f.context_as]) { f.context = figures[f.context_as].context; }
            figures[f.id] = f;
          });
          var places = {};
          Array.prototype.forEach.call(document.querySelectorAll("[data-f]"), function (el) {
            el.getAttribute("data-f").split(" ").forEach(function (id) { (places[id] = places[id] || []).push(el); });
          });
          var panel = document.getElementById("panel");
          var selected = [];
          var currentId = null;
          var pinned = null;

          function main(id) {
            return (places[id] || []).filter(function (el) { return el.classList.contains("cell") || el.classList.contains("prose"); })[0];
          }
          function add(parent, tag, text, cls) {
            var el = document.createElement(tag);
            if (text !== undefined && text !== null) { el.textContent = String(text); }
            if (cls) { el.className = cls; }
            parent.appendChild(el);
            return el;
          }
          function entry(dl, term, value, cls) {
            if (value === undefined || value === null || value === "" || (value.length === 0)) { return null; }
            add(dl, "dt", term);
            return add(dl, "dd", Array.isArray(value) ? value.join(" › ") : value, cls);
          }
          function show(f) {
            panel.textContent = "";
            var title = add(panel, "h2", f.id + " ");
            add(title, "span", { high: "高 high", medium: "中 medium", low: "低 low" }[f.confidence] || f.confidence, "badge " + f.confidence);
            var dl = add(panel, "dl");
            entry(dl, "印为 Printed", f.raw, "printed");
            var unit = (f.scale || "") + (f.unit || "");
            var value = f.value === null || f.value === undefined ? null : (f.qualifier ? f.qualifier + " " : "") + f.value + (unit ? " " + unit : "");
            entry(dl, "读作 Value", value);
            entry(dl, "候选 Candidates", f.candidates ? f.candidates.join(" / ") : null);
            entry(dl, "字段 Field", f.field ? f.field + (f.alias ? " ← " + f.alias : "") : "(未识别 no rule names it)");
            entry(dl, "行标签 Row label", f.row_label);
            entry(dl, "列标签 Column label", f.column_label);
            entry(dl, "行路径 Row path", f.row_path);
            entry(dl, "原文第 " + f.line + " 行 Line " + f.line + " as printed", f.context, "printed");
            if (f.repairs && f.repairs.length) {
              add(dl, "dt", "修复 Repairs");
              var table = add(add(dl, "dd"), "table");
              var head = add(table, "tr");
              ["kind", "from", "to"].forEach(function (k) { add(head, "th", k); });
              f.repairs.forEach(function (r) {
                var tr = add(table, "tr");
                add(tr, "td", r.kind); add(tr, "td", r.from, "mono"); add(tr, "td", r.to, "mono");
              });
            }
            if (f.reasons && f.reasons.length) {
              add(dl, "dt", "原因 Reasons");
              var ul = add(add(dl, "dd"), "ul");
              f.reasons.forEach(function (r) { add(ul, "li", r, "mono"); });
            }
            if (f.checks && f.checks.length) {
              add(dl, "dt", "校验 Checks");
              var list = add(add(dl, "dd"), "ul");
              f.checks.forEach(function (c) { add(list, "li", c, "mono"); });
            }
          }
          function select(id, scroll) {
            var f = figures[id];
            if (!f) { return; }
            selected.forEach(function (el) { el.classList.remove("sel"); });
            selected = places[id] || [];
            currentId = id;
            selected.forEach(function (el) { el.classList.add("sel"); });
            show(f);
            var place = main(id);
            if (scroll && place) { place.scrollIntoView({ block: "center" }); }
            if (history.replaceState) { history.replaceState(null, "", "#f=" + encodeURIComponent(id)); }
          }
          // A cell holding several figures (label:number pairs) shows the next one on each click.
          function next(cell) {
            var ids = cell.getAttribute("data-f").split(" ");
            var current = selected.indexOf(cell) >= 0 ? ids.indexOf(currentId) : -1;
            return ids[(current + 1) % ids.length];
          }
          function figuresOf(check) {
            var list = check.getAttribute("data-figs");
            return list ? list.split(" ") : [];
          }
          function highlight(check, on) {
            figuresOf(check).forEach(function (id) {
              (places[id] || []).forEach(function (el) { el.classList.toggle("hl", on); });
            });
          }
          function pin(check, scroll) {
            if (pinned) { highlight(pinned, false); pinned.classList.remove("pinned"); }
            if (pinned === check) { pinned = null; return; }
            pinned = check;
            check.classList.add("pinned");
            highlight(check, true);
            var first = figuresOf(check).map(main).filter(Boolean)[0];
            if (scroll && first) { first.scrollIntoView({ block: "center" }); }
          }
          Array.prototype.forEach.call(document.querySelectorAll("li.check"), function (check) {
            check.addEventListener("mouseenter", function () { highlight(check, true); });
            check.addEventListener("mouseleave", function () { if (pinned !== check) { highlight(check, false); } });
          });
          document.addEventListener("click", function (event) {
            var chip = event.target.closest("[data-f]");
            var pick = event.target.closest("[data-pick]");
            if (chip && !chip.classList.contains("cell") && !chip.classList.contains("prose")) {
              select(chip.getAttribute("data-f").split(" ")[0], true);
            } else if (chip) {
              select(next(chip), false);
            } else if (pick) {
              select(pick.getAttribute("data-pick"), true);
            } else {
              var check = event.target.closest("li.check");
              if (check) { pin(check, true); }
            }
          });
          document.addEventListener("keydown", function (event) {
            var el = document.activeElement;
            if (event.key === "Enter" && el && el.matches("td.f, li.f")) { select(next(el), false); }
            if (event.key === "Enter" && el && el.matches("li.check")) { pin(el, true); }
            if (event.key === "Escape" && pinned) { pin(pinned, false); }
          });
          var hash = decodeURIComponent(location.hash.slice(1));
          if (hash.indexOf("f=") === 0) { select(hash.slice(2), true); }
          if (hash.indexOf("check=") === 0) {
            var wanted = document.getElementById("check-" + hash.slice(6));
            if (wanted) { pin(wanted, true); }
          }
          document.documentElement.setAttribute("data-ready", "1");
        })();
        """#

    static let index = #"""
        (function () {
          "use strict";
          var rows = Array.prototype.slice.call(document.querySelectorAll("table.docs tbody tr"));
          var input = document.getElementById("filter");
          var shown = document.getElementById("shown");
          input.addEventListener("input", function () {
            var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
            var count = 0;
            rows.forEach(function (row) {
              var text = row.textContent.toLowerCase();
              var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
              row.hidden = !keep;
              if (keep) { count += 1; }
            });
            shown.textContent = String(count);
          });
          document.documentElement.setAttribute("data-ready", "1");
        })();
        """#
}
