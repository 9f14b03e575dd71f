#!/usr/bin/env python3
"""A generated class for `pebble grade`: three small problem packages (Kattis format) and the
hand-ins of a class across four languages — correct (two independent solutions per problem and
language), renamed copies of a correct one (identifiers renamed, reformatted, functions
reordered), wrong, crashing, too slow, not compiling, empty and binary junk — with a manifest and
the verdict each must get.

    make_class.py OUT [--per-cell N]

writes OUT/problems/<id>/, OUT/class/<student>.<ext>, OUT/manifest.csv and OUT/expected.csv
(student,problem,language,verdict,copy_of). --per-cell scales the class: 25 gives 3 × 4 × 25 = 300.
"""
import argparse
import csv
import os
import random
import re

PROBLEMS = {
    "even-sum": "Read n, then n integers. Print the sum of the even ones and how many there are.",
    "longest-run": "Read n >= 1, then n integers. Print the length of the longest run of equal neighbours.",
    "word-stats": "Read text. Print the number of words (runs of non-space characters) and the length of the longest.",
}


def reference(problem, text):
    if problem == "even-sum":
        values = list(map(int, text.split()[1:]))
        evens = [v for v in values if v % 2 == 0]
        return "%d %d\n" % (sum(evens), len(evens))
    if problem == "longest-run":
        values = list(map(int, text.split()[1:]))
        best = run = 1
        for a, b in zip(values, values[1:]):
            run = run + 1 if a == b else 1
            best = max(best, run)
        return "%d\n" % best
    words = text.split()
    return "%d %d\n" % (len(words), max((len(w) for w in words), default=0))


def tests(problem, rng):
    out = []
    for i in range(6):
        if problem == "word-stats":
            words = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(0, 40))]
            lines, line = [], []
            for w in words:
                line.append(w)
                if rng.random() < 0.2:
                    lines.append("  ".join(line))
                    line = []
            lines.append(" ".join(line))
            out.append("\n".join(lines) + "\n")
        else:
            n = rng.randint(1, 30 if i < 3 else 2000)
            values = [rng.choice([rng.randint(-50, 50), 4, 4, 7]) for _ in range(n)]
            out.append("%d\n%s\n" % (n, " ".join(map(str, values))))
    return out


def write_package(root, problem, rng):
    d = os.path.join(root, problem)
    os.makedirs(os.path.join(d, "data", "sample"), exist_ok=True)
    os.makedirs(os.path.join(d, "data", "secret"), exist_ok=True)
    with open(os.path.join(d, "problem.yaml"), "w") as f:
        f.write("name: %s\nsource: PebbleCode grading tests\nlicense: cc0\nrights_owner: PebbleCode\nlimits:\n  time_limit: 0.5\n  memory: 256\n" % problem)
    os.makedirs(os.path.join(d, "problem_statement"), exist_ok=True)
    with open(os.path.join(d, "problem_statement", "problem.en.md"), "w") as f:
        f.write("# %s\n\n%s\n" % (problem, PROBLEMS[problem]))
    for i, text in enumerate(tests(problem, rng)):
        group = "sample" if i < 2 else "secret"
        base = os.path.join(d, "data", group, "%02d" % (i + 1))
        with open(base + ".in", "w") as f:
            f.write(text)
        with open(base + ".ans", "w") as f:
            f.write(reference(problem, text))


# Two independent correct solutions per problem and language (version A's `@@` line is dropped);
# copies are made of version A, its names renamed by RENAME.
SOLUTIONS = {
    ("even-sum", "python3"): ["""import sys

def read_values(text):
    parts = text.split()
    count = int(parts[0])
    return [int(item) for item in parts[1:count + 1]]
@@
def summarize(values):
    total = 0
    found = 0
    for item in values:
        if item % 2 == 0:
            total += item
            found += 1
    return total, found

values = read_values(sys.stdin.read())
total, found = summarize(values)
print(total, found)
""", """n = int(input())
nums = list(map(int, input().split()))
ev = list(filter(lambda x: x % 2 == 0, nums))
result = str(sum(ev)) + " " + str(len(ev))
if len(nums) != n:
    raise SystemExit("bad input: expected " + str(n) + " numbers")
print(result)
"""],
    ("even-sum", "c"): ["""#include <stdio.h>

static long read_and_sum(int count, int *found) {
    long total = 0;
    for (int index = 0; index < count; index++) {
        int item;
        if (scanf("%d", &item) != 1) break;
        if (item % 2 == 0) { total += item; (*found)++; }
    }
    return total;
}
@@
int main(void) {
    int count = 0, found = 0;
    if (scanf("%d", &count) != 1) return 1;
    long total = read_and_sum(count, &found);
    printf("%ld %d\\n", total, found);
    return 0;
}
""", """#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int n; scanf("%d", &n);
    int *a = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d", a + i);
    long s = 0; int c = 0, i = n;
    while (i-- > 0) if (!(a[i] & 1)) { s += a[i]; c++; }
    printf("%ld %d\\n", s, c);
    free(a);
    return 0;
}
"""],
    ("even-sum", "cpp"): ["""#include <iostream>
#include <vector>
using namespace std;

vector<long long> read_values(int count) {
    vector<long long> values;
    for (int index = 0; index < count; index++) { long long item; cin >> item; values.push_back(item); }
    return values;
}
@@
int main() {
    int count; cin >> count;
    vector<long long> values = read_values(count);
    long long total = 0; int found = 0;
    for (long long item : values) if (item % 2 == 0) { total += item; found++; }
    cout << total << " " << found << endl;
    return 0;
}
""", """#include <bits/stdc++.h>
int main() {
    std::ios::sync_with_stdio(false);
    int n; std::cin >> n;
    std::vector<int> v(n);
    for (auto &x : v) std::cin >> x;
    auto c = std::count_if(v.begin(), v.end(), [](int x) { return x % 2 == 0; });
    long long s = std::accumulate(v.begin(), v.end(), 0LL, [](long long acc, int x) { return x % 2 ? acc : acc + x; });
    printf("%lld %ld\\n", s, (long)c);
}
"""],
    ("even-sum", "javascript"): ["""const lines = require("fs").readFileSync(0, "utf8");

function readValues(text) {
  const parts = text.split(/\\s+/).filter(Boolean);
  const count = Number(parts[0]);
  return parts.slice(1, count + 1).map(Number);
}
@@
function summarize(values) {
  let total = 0;
  let found = 0;
  for (const item of values) {
    if (item % 2 === 0) { total += item; found += 1; }
  }
  return [total, found];
}

const [total, found] = summarize(readValues(lines));
console.log(total + " " + found);
""", """let data = '';
process.stdin.on('data', c => data += c);
process.stdin.on('end', () => {
  const [n, ...rest] = data.trim().split(/\\s+/).map(x => parseInt(x, 10));
  const ev = rest.slice(0, n).filter(x => Math.abs(x) % 2 === 0);
  console.log(`${ev.reduce((a, b) => a + b, 0)} ${ev.length}`);
});
"""],
    ("longest-run", "python3"): ["""import sys

def read_values(text):
    parts = text.split()
    count = int(parts[0])
    return [int(item) for item in parts[1:count + 1]]
@@
def longest(values):
    best = 1
    current = 1
    for index in range(1, len(values)):
        if values[index] == values[index - 1]:
            current += 1
            best = max(best, current)
        else:
            current = 1
    return best

print(longest(read_values(sys.stdin.read())))
""", """from itertools import groupby
n = int(input())
a = input().split()[:n]
lengths = [len(list(g)) for _, g in groupby(a)]
answer = max(lengths) if lengths else 0
assert answer >= 1, "n is at least one"
print(answer)
"""],
    ("longest-run", "c"): ["""#include <stdio.h>

static int longest(const int *values, int count) {
    int best = 1, current = 1;
    for (int index = 1; index < count; index++) {
        if (values[index] == values[index - 1]) { current++; if (current > best) best = current; }
        else current = 1;
    }
    return best;
}
@@
int main(void) {
    static int values[100000];
    int count = 0;
    if (scanf("%d", &count) != 1) return 1;
    for (int index = 0; index < count; index++) scanf("%d", &values[index]);
    printf("%d\\n", longest(values, count));
    return 0;
}
""", """#include <stdio.h>
int main(void) {
    int n, prev, x, run = 0, best = 0;
    scanf("%d", &n);
    for (int k = 0; k < n; k++) {
        scanf("%d", &x);
        run = (k > 0 && x == prev) ? run + 1 : 1;
        best = run > best ? run : best;
        prev = x;
    }
    printf("%d\\n", best);
}
"""],
    ("longest-run", "cpp"): ["""#include <iostream>
#include <vector>
using namespace std;

int longest(const vector<int> &values) {
    int best = 1, current = 1;
    for (size_t index = 1; index < values.size(); index++) {
        if (values[index] == values[index - 1]) { current++; best = max(best, current); }
        else current = 1;
    }
    return best;
}
@@
int main() {
    int count; cin >> count;
    vector<int> values(count);
    for (int index = 0; index < count; index++) cin >> values[index];
    cout << longest(values) << endl;
    return 0;
}
""", """#include <bits/stdc++.h>
int main() {
    int n; std::cin >> n;
    std::vector<int> v(n);
    for (int &x : v) std::cin >> x;
    int best = 0;
    for (auto it = v.begin(); it != v.end();) {
        auto nx = std::find_if(it, v.end(), [&](int y) { return y != *it; });
        best = std::max<int>(best, nx - it);
        it = nx;
    }
    std::cout << best << "\\n";
}
"""],
    ("longest-run", "javascript"): ["""const input = require("fs").readFileSync(0, "utf8");

function readValues(text) {
  const parts = text.split(/\\s+/).filter(Boolean);
  const count = Number(parts[0]);
  return parts.slice(1, count + 1).map(Number);
}
@@
function longest(values) {
  let best = 1;
  let current = 1;
  for (let index = 1; index < values.length; index++) {
    if (values[index] === values[index - 1]) { current += 1; best = Math.max(best, current); }
    else current = 1;
  }
  return best;
}

console.log(String(longest(readValues(input))));
""", """const t = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/);
const n = +t[0];
let best = 0, run = 0;
t.slice(1, n + 1).forEach((x, i, arr) => {
  run = i && x === arr[i - 1] ? run + 1 : 1;
  if (run > best) best = run;
});
console.log(best);
"""],
    ("word-stats", "python3"): ["""import sys

def words_of(text):
    result = []
    for line in text.splitlines():
        result.extend(line.split())
    return result
@@
def stats(words):
    longest = 0
    for word in words:
        if len(word) > longest:
            longest = len(word)
    return len(words), longest

count, longest = stats(words_of(sys.stdin.read()))
print(count, longest)
""", """import re, sys
tokens = re.findall(r"\\S+", sys.stdin.read())
lens = sorted(map(len, tokens), reverse=True)
print(len(tokens), lens[0] if lens else 0)
if len(tokens) > 10 ** 7:
    print("that is a lot of words", file=sys.stderr)
"""],
    ("word-stats", "c"): ["""#include <ctype.h>
#include <stdio.h>

static int next_word(int *length) {
    int ch = getchar();
    while (ch != EOF && isspace(ch)) ch = getchar();
    if (ch == EOF) return 0;
    *length = 0;
    while (ch != EOF && !isspace(ch)) { (*length)++; ch = getchar(); }
    return 1;
}
@@
int main(void) {
    int count = 0, longest = 0, length = 0;
    while (next_word(&length)) {
        count++;
        if (length > longest) longest = length;
    }
    printf("%d %d\\n", count, longest);
    return 0;
}
""", """#include <stdio.h>
#include <string.h>
int main(void) {
    static char w[1 << 16];
    int n = 0;
    size_t m = 0;
    while (scanf("%65535s", w) == 1) {
        n += 1;
        if (strlen(w) > m) m = strlen(w);
    }
    printf("%d %zu\\n", n, m);
    return 0;
}
"""],
    ("word-stats", "cpp"): ["""#include <iostream>
#include <string>
using namespace std;

bool next_word(string &word) {
    if (cin >> word) return true;
    return false;
}
@@
int main() {
    string word;
    int count = 0;
    size_t longest = 0;
    while (next_word(word)) {
        count++;
        if (word.size() > longest) longest = word.size();
    }
    cout << count << " " << longest << endl;
    return 0;
}
""", """#include <bits/stdc++.h>
int main() {
    std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream in(all);
    std::vector<std::string> w{std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
    size_t m = 0;
    for (auto &s : w) m = std::max(m, s.size());
    std::printf("%zu %zu\\n", w.size(), m);
}
"""],
    ("word-stats", "javascript"): ["""const text = require("fs").readFileSync(0, "utf8");

function wordsOf(input) {
  const result = [];
  for (const line of input.split("\\n")) {
    for (const word of line.split(/\\s+/)) if (word.length > 0) result.push(word);
  }
  return result;
}
@@
function stats(words) {
  let longest = 0;
  for (const word of words) if (word.length > longest) longest = word.length;
  return [words.length, longest];
}

const [count, longest] = stats(wordsOf(text));
console.log(count + " " + longest);
""", """const w = (require('fs').readFileSync(0, 'utf8').match(/\\S+/g) || []);
const m = w.reduce((acc, s) => s.length > acc ? s.length : acc, 0);
process.stdout.write(w.length + ' ' + m + '\\n');
"""],
}

RENAME = {"values": "arr", "total": "acc", "found": "hits", "count": "size", "item": "elem", "index": "pos",
          "best": "record", "current": "streak", "longest": "widest", "words": "tokens", "word": "tok",
          "read_values": "load_numbers", "summarize": "tally", "readValues": "loadNumbers", "wordsOf": "splitWords",
          "words_of": "split_words", "stats": "measure", "next_word": "grab_token", "read_and_sum": "consume",
          "result": "out_list", "parts": "chunks", "line": "row", "lines": "blob", "input": "raw"}

GENERIC = {
    # extension, wrong (prints a constant), crash, slow (never ends), does not compile
    "python3": ("py", "print({n})\n", "values = []\nprint(values[{n}])\n", "while True:\n    pass\n", "def broken({n}:\n    return\n"),
    "c": ("c", "#include <stdio.h>\nint main(void) {{ puts(\"{n}\"); return 0; }}\n",
          "#include <stdio.h>\nint main(void) {{ int *p = 0; p[{n}] = 1; printf(\"%d\\n\", p[0]); return 0; }}\n",
          "int main(void) {{ volatile unsigned long x = {n}; for (;;) x++; }}\n",
          "int main(void) {{ return {n} }}\n"),
    "cpp": ("cpp", "#include <iostream>\nint main() {{ std::cout << {n} << std::endl; }}\n",
            "#include <vector>\n#include <iostream>\nint main() {{ std::vector<int> v; std::cout << v.at({n}) << std::endl; }}\n",
            "int main() {{ volatile long x = {n}; while (true) x++; }}\n",
            "int main() {{ undeclared_{n}(); }}\n"),
    "javascript": ("js", "console.log({n});\n", "const a = null;\nconsole.log(a.length + {n});\n",
                   "let x = {n};\nwhile (true) {{ x++; }}\n", "function f( {{ return {n}; }}\n"),
}


def renamed_copy(source, language, rng):
    """A copy as a student hides one: names renamed, comments and blank lines added, indentation
    changed. (Reordering functions is tested on its own: here it would break C's declare-before-use.)"""
    out = source.replace("@@\n", "")
    for old, new in RENAME.items():
        out = re.sub(r"\b%s\b" % re.escape(old), new, out)
    comment = "#" if language == "python3" else "//"
    lines = []
    for line in out.split("\n"):
        lines.append(line)
        if line.strip() and rng.random() < 0.15 and not line.rstrip().endswith(("\\", ",")):
            lines.append("")
            if language != "python3" or not line.startswith(" "):
                lines.append(comment + " my own work")
    text = "\n".join(lines)
    if language != "python3":
        text = text.replace("    ", "  ")
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--per-cell", type=int, default=25)
    args = ap.parse_args()
    rng = random.Random(20261201)
    problems_dir = os.path.join(args.out, "problems")
    class_dir = os.path.join(args.out, "class")
    os.makedirs(problems_dir, exist_ok=True)
    os.makedirs(class_dir, exist_ok=True)
    for p in PROBLEMS:
        write_package(problems_dir, p, rng)
    manifest, expected = [], []
    serial = 0
    # Per cell: 2 independent correct, 2 renamed copies of the first, then the rest spread over
    # wrong, crashing, slow, not compiling, empty and junk (at least one each when there is room).
    kinds = ["correct-a", "correct-b", "copy", "copy", "wrong", "crash", "slow", "ce", "empty", "junk"]
    filler = ["wrong", "crash", "ce", "wrong", "crash", "ce", "wrong"]
    for problem in PROBLEMS:
        for language, (ext, wrong, crash, slow, ce) in GENERIC.items():
            plan = kinds[: args.per_cell] + [filler[i % len(filler)] for i in range(max(0, args.per_cell - len(kinds)))]
            a, b = SOLUTIONS[(problem, language)]
            for kind in plan:
                serial += 1
                student = "s%03d" % serial
                n = rng.randint(1, 999) * 1000 + serial
                copy_of = ""
                if kind == "correct-a":
                    data, verdict, first = a.replace("@@\n", ""), "AC", student
                elif kind == "correct-b":
                    data, verdict = b, "AC"
                elif kind == "copy":
                    data, verdict, copy_of = renamed_copy(a, language, rng), "AC", first
                elif kind == "wrong":
                    data, verdict = wrong.format(n=n), "WA"
                elif kind == "crash":
                    data, verdict = crash.format(n=n % 97 + 3), "RE"
                elif kind == "slow":
                    data, verdict = slow.format(n=n), "TLE"
                elif kind == "ce":
                    data, verdict = ce.format(n=n), "CE"
                elif kind == "empty":
                    data, verdict = "", "SKIPPED"
                else:
                    data, verdict = bytes(rng.randrange(1, 256) for _ in range(300)), "CE"
                path = os.path.join(class_dir, "%s.%s" % (student, ext))
                with open(path, "wb") as f:
                    f.write(data if isinstance(data, bytes) else data.encode())
                manifest.append([student, problem, "", "class/%s.%s" % (student, ext)])
                expected.append([student, problem, language, verdict, copy_of, kind])
    with open(os.path.join(args.out, "manifest.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["student", "problem", "language", "path"])
        w.writerows(manifest)
    with open(os.path.join(args.out, "expected.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["student", "problem", "language", "verdict", "copy_of", "kind"])
        w.writerows(expected)
    print(len(manifest))


if __name__ == "__main__":
    main()
