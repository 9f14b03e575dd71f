public import Foundation
public import PebbleJSON

/// report.html: one self-contained page (no network) drawn from results.json, embedded in it.
/// Opened with `#selftest`, it sorts its table by every column and checks the order, and says
/// the outcome in `<body data-selftest>` (the test suite reads it through headless Chromium).
enum ReportPage {
    static func html(_ data: JSONValue) -> String {
        // `</` cannot end the script early once escaped; the JSON means the same.
        let embedded = data.compactJSON.replacingOccurrences(of: "</", with: "<\\/")
        return head + "<script id=\"data\" type=\"application/json\">" + embedded + "</script>\n" + body
    }

    static let head = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>PebbleCode — class report</title>
        <style>
        :root { --bg: #f7f7f4; --card: #fff; --ink: #1f2328; --muted: #646b73; --line: #e3e3de; --accent: #2f6f5e;
                --AC: #2e8b57; --WA: #d1495b; --TLE: #edae49; --MLE: #9b5de5; --OLE: #f18f01; --RE: #c0392b; --SV: #6d214f;
                --CE: #5d6d7e; --IE: #34495e; --JE: #34495e; --SKIPPED: #aab0b6; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        header { background: var(--accent); color: #fff; padding: 22px 32px; }
        header h1 { margin: 0; font-size: 22px; font-weight: 600; }
        header p { margin: 4px 0 0; opacity: .85; font-size: 13px; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 24px 64px; }
        section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; margin-bottom: 20px; }
        h2 { font-size: 17px; margin: 0 0 12px; }
        h3 { font-size: 15px; margin: 14px 0 6px; }
        .kpis { display: flex; gap: 14px; flex-wrap: wrap; }
        .kpi { flex: 1 1 140px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
        .kpi b { display: block; font-size: 24px; }
        .kpi span { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        .bars .row { display: grid; grid-template-columns: 170px 1fr 110px; gap: 10px; align-items: center; margin: 4px 0; font-size: 13px; }
        .bar { height: 14px; border-radius: 4px; background: #eef0ea; overflow: hidden; }
        .bar i { display: block; height: 100%; }
        table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
        th, td { text-align: left; padding: 7px 9px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { cursor: pointer; user-select: none; white-space: nowrap; color: var(--muted); font-weight: 600; }
        th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .verdict { display: inline-block; min-width: 38px; text-align: center; color: #fff; border-radius: 4px; padding: 1px 6px; font-size: 12px; font-weight: 600; }
        .muted { color: var(--muted); }
        details { border-top: 1px solid var(--line); padding: 8px 0; }
        summary { cursor: pointer; }
        pre { background: #f3f4f1; border-radius: 6px; padding: 8px 10px; overflow: auto; max-height: 260px; font-size: 12.5px; margin: 4px 0; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
        .legend span { margin-right: 12px; font-size: 12px; }
        .flag { color: var(--WA); font-weight: 600; }
        input[type=search] { padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; width: 260px; margin-bottom: 10px; }
        </style>
        </head>
        <body>

        """

    static let body = """
        <header><h1>Class report</h1><p id="subtitle"></p></header>
        <main>
        <section><h2>Overview</h2><div class="kpis" id="kpis"></div>
          <h3>Verdicts</h3><div class="bars" id="verdicts"></div></section>
        <section><h2>Pass rate per test</h2><p class="muted">The tests most students fail are the teaching moments.</p><div class="bars" id="tests"></div></section>
        <section><h2>Students</h2><input type="search" id="filter" placeholder="Filter by student, problem, verdict…">
          <table id="students"><thead><tr>
            <th data-key="student">Student</th><th data-key="problem">Problem</th><th data-key="language">Language</th>
            <th data-key="verdict">Verdict</th><th data-key="score" data-num="1">Score</th><th data-key="passed" data-num="1">Passed</th>
            <th data-key="timeMs" data-num="1">Time ms</th><th data-key="memoryKB" data-num="1">Memory KB</th><th data-key="similar">Similar to</th>
          </tr></thead><tbody></tbody></table></section>
        <section><h2>What went wrong, per student</h2><div id="details"></div></section>
        <section><h2>Similar submissions</h2><p class="muted" id="method"></p><div id="pairs"></div></section>
        </main>
        <script>
        (function () {
          "use strict";
          var errors = [];
          window.addEventListener("error", function (e) { errors.push(String(e.message)); document.body.dataset.errors = errors.join(" | "); });
          var data = JSON.parse(document.getElementById("data").textContent);
          var subs = data.submissions || [];
          function el(tag, attrs, text) {
            var e = document.createElement(tag);
            for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
            if (text !== undefined && text !== null) e.textContent = String(text);
            return e;
          }
          function verdict(v) { var s = el("span", { "class": "verdict" }, v); s.style.background = "var(--" + v + ", #777)"; return s; }
          document.getElementById("subtitle").textContent = data.summary.submissions + " submissions · graded by " + data.backend +
            " · tests: " + data.tests + " · " + new Date(data.generatedAt).toLocaleString();

          var k = document.getElementById("kpis"), s = data.summary;
          [["Submissions", s.submissions], ["Graded", s.graded], ["Accepted", s.accepted], ["Average score", s.averageScore],
           ["Not graded", s.skipped], ["Similar pairs", data.similarity.pairCount]].forEach(function (p) {
            var d = el("div", { "class": "kpi" }); d.appendChild(el("b", {}, p[1])); d.appendChild(el("span", {}, p[0])); k.appendChild(d);
          });

          function barRow(label, value, max, color, right) {
            var r = el("div", { "class": "row" }), b = el("div", { "class": "bar" }), i = el("i");
            i.style.width = (max > 0 ? 100 * value / max : 0) + "%"; i.style.background = color;
            b.appendChild(i); r.appendChild(label); r.appendChild(b); r.appendChild(el("span", { "class": "muted" }, right));
            return r;
          }
          var vs = Object.keys(s.verdicts).sort(function (a, b) { return s.verdicts[b] - s.verdicts[a]; });
          vs.forEach(function (v) {
            document.getElementById("verdicts").appendChild(barRow(verdict(v), s.verdicts[v], s.submissions, "var(--" + v + ", #777)", s.verdicts[v]));
          });

          var tests = document.getElementById("tests");
          Object.keys(data.passRateByTest).sort().forEach(function (problem) {
            tests.appendChild(el("h3", {}, problem));
            var list = data.passRateByTest[problem].slice().sort(function (a, b) { return a.rate - b.rate; });
            list.forEach(function (t) {
              var hue = Math.round(120 * t.rate);
              tests.appendChild(barRow(el("span", {}, t.name), t.rate, 1, "hsl(" + hue + ", 55%, 45%)", Math.round(100 * t.rate) + "% of " + t.ran));
            });
          });

          var tbody = document.querySelector("#students tbody");
          function cell(row, text, num) { var td = el("td", num ? { "class": "num" } : {}, text); row.appendChild(td); return td; }
          subs.forEach(function (r, i) {
            var tr = el("tr", { "data-row": i });
            cell(tr, r.student); cell(tr, r.problem); cell(tr, r.language || "—");
            var v = el("td"); v.appendChild(verdict(r.verdict)); tr.appendChild(v);
            cell(tr, r.score, true); cell(tr, r.passed + "/" + r.total, true); cell(tr, Math.round(r.timeMs), true); cell(tr, r.memoryKB, true);
            var sim = cell(tr, (r.similarTo || []).join(", ") + (r.similarCount > (r.similarTo || []).length ? " +" + (r.similarCount - r.similarTo.length) + " more" : "")); if ((r.similarTo || []).length) sim.className = "flag";
            tbody.appendChild(tr);
          });
          function value(r, key) { return key === "similar" ? (r.similarTo || []).join(",") : r[key]; }
          function sortBy(th, dir) {
            var key = th.dataset.key, num = !!th.dataset.num;
            var rows = Array.prototype.slice.call(tbody.rows);
            rows.sort(function (a, b) {
              var x = value(subs[a.dataset.row], key), y = value(subs[b.dataset.row], key);
              var c = num ? (x - y) : String(x).localeCompare(String(y));
              if (c === 0) c = a.dataset.row - b.dataset.row;
              return dir === "ascending" ? c : -c;
            });
            rows.forEach(function (r) { tbody.appendChild(r); });
            document.querySelectorAll("#students th").forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", dir);
          }
          document.querySelectorAll("#students th").forEach(function (th) {
            th.addEventListener("click", function () { sortBy(th, th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending"); });
          });
          document.getElementById("filter").addEventListener("input", function (e) {
            var q = e.target.value.toLowerCase();
            Array.prototype.forEach.call(tbody.rows, function (tr) { tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none"; });
          });

          var details = document.getElementById("details");
          subs.forEach(function (r) {
            if (r.verdict === "AC") return;
            var d = el("details"), sm = el("summary");
            sm.appendChild(verdict(r.verdict)); sm.appendChild(document.createTextNode(" " + r.student + " — " + r.problem + " (" + (r.language || "?") + ")"));
            d.appendChild(sm);
            if (r.reason) d.appendChild(el("p", {}, "Not graded: " + r.reason));
            var diags = (r.compile && r.compile.diagnostics) || [];
            if (diags.length) {
              d.appendChild(el("h3", {}, "Compiler"));
              d.appendChild(el("pre", {}, diags.map(function (x) {
                return (x.file || "") + (x.line ? ":" + x.line : "") + (x.column ? ":" + x.column : "") + ": " + x.message;
              }).join("\\n")));
            }
            var failed = (r.tests || []).filter(function (t) { return t.verdict !== "AC"; })[0];
            if (failed) {
              d.appendChild(el("h3", {}, "First failing test: " + failed.name + " (" + failed.verdict + ")"));
              if (failed.message) d.appendChild(el("p", {}, failed.message));
              (failed.diagnostics || []).forEach(function (x) {
                d.appendChild(el("pre", {}, (x.file ? x.file + ":" : "") + (x.line ? x.line + ": " : "") + x.message));
              });
              if (failed.stderr) { d.appendChild(el("b", {}, "Error output")); d.appendChild(el("pre", {}, failed.stderr.slice(0, 2000))); }
              if (failed.input !== undefined) {
                var g = el("div", { "class": "pair" }), a = el("div"), b = el("div");
                a.appendChild(el("b", {}, "Expected")); a.appendChild(el("pre", {}, failed.expected));
                b.appendChild(el("b", {}, "Got")); b.appendChild(el("pre", {}, failed.actual));
                d.appendChild(el("b", {}, "Input")); d.appendChild(el("pre", {}, failed.input)); g.appendChild(a); g.appendChild(b); d.appendChild(g);
              } else if (!failed.sample) {
                d.appendChild(el("p", { "class": "muted" }, "A hidden test: its data stays hidden."));
              }
            } else if (r.message) {
              d.appendChild(el("p", {}, r.message));
            }
            details.appendChild(d);
          });

          document.getElementById("method").textContent = data.similarity.method;
          var bySub = {}; subs.forEach(function (r) { bySub[r.student + "/" + r.problem] = r; });
          var pairs = document.getElementById("pairs");
          if (!(data.similarity.pairs || []).length) pairs.appendChild(el("p", {}, "No pair of submissions reached the threshold."));
          if (data.similarity.pairCount > data.similarity.pairs.length)
            pairs.appendChild(el("p", { "class": "flag" }, data.similarity.pairCount + " pairs were flagged; the " + data.similarity.pairs.length + " most similar are shown."));
          data.similarity.pairs.slice(0, 300).forEach(function (p) {
            var d = el("details"); d.appendChild(el("summary", {}, p.first + " ↔ " + p.second + " — " + Math.round(100 * p.score) + "% shared"));
            var a = bySub[p.first] || {}, b = bySub[p.second] || {};
            function lines(src, range) { return (src || "").split("\\n").slice(range[0] - 1, range[1]).join("\\n"); }
            p.regions.forEach(function (g) {
              var row = el("div", { "class": "pair" }), x = el("div"), y = el("div");
              x.appendChild(el("b", {}, p.first + " lines " + g.first[0] + "–" + g.first[1])); x.appendChild(el("pre", {}, lines(a.source, g.first)));
              y.appendChild(el("b", {}, p.second + " lines " + g.second[0] + "–" + g.second[1])); y.appendChild(el("pre", {}, lines(b.source, g.second)));
              row.appendChild(x); row.appendChild(y); d.appendChild(row);
            });
            pairs.appendChild(d);
          });

          // #selftest: every column sorted both ways, the order checked; the outcome on <body>.
          if (location.hash === "#selftest") {
            var problems = [];
            document.querySelectorAll("#students th").forEach(function (th) {
              ["ascending", "descending"].forEach(function (dir) {
                sortBy(th, dir);
                var vals = Array.prototype.map.call(tbody.rows, function (tr) { return value(subs[tr.dataset.row], th.dataset.key); });
                for (var i = 1; i < vals.length; i++) {
                  var c = th.dataset.num ? vals[i - 1] - vals[i] : String(vals[i - 1]).localeCompare(String(vals[i]));
                  if (dir === "ascending" ? c > 0 : c < 0) { problems.push(th.dataset.key + " " + dir + " at row " + i); break; }
                }
              });
            });
            if (tbody.rows.length !== subs.length) problems.push("rows " + tbody.rows.length + " of " + subs.length);
            document.body.dataset.selftest = problems.length ? "fail: " + problems.join("; ") : "pass " + tbody.rows.length;
          }
        })();
        </script>
        </body>
        </html>

        """
}
