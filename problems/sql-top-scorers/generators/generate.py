#!/usr/bin/env python3
"""Writes the large tests of sql-top-scorers into OUTDIR (deterministic).

Each test is a data set in SQL (the schema, then one INSERT per row) and the result table
the query must return, as SQLite prints it (header row, tab-separated rows).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 100000

SCHEMA = """CREATE TABLE classes (
  class_id   INTEGER PRIMARY KEY,
  class_name TEXT NOT NULL UNIQUE
);
CREATE TABLE students (
  student_id   INTEGER PRIMARY KEY,
  student_name TEXT NOT NULL,
  class_id     INTEGER NOT NULL REFERENCES classes (class_id),
  score        INTEGER NOT NULL
);
CREATE INDEX students_by_class ON students (class_id, score);
"""

SYLLABLES = "ka ri mo la su ne ti pa do vi ze ha lu mi ro sa".split()


def class_names(rng, count):
    """count distinct class names, letters only, never equal ignoring case."""
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 6))).capitalize())
    names = sorted(names)
    rng.shuffle(names)
    return names


def student_name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()


def write(outdir, name, classes, students):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write(SCHEMA)
        f.write("".join("INSERT INTO classes VALUES (%d, '%s');\n" % c for c in classes))
        f.write("".join("INSERT INTO students VALUES (%d, '%s', %d, %d);\n" % s for s in students))
    class_name = dict(classes)
    best = {}
    for _, _, c, score in students:
        if c not in best or score > best[c]:
            best[c] = score
    rows = ["%s\t%s\t%d\n" % (class_name[c], n, score) for _, n, c, score in students if score == best[c]]
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        if rows:
            f.write("class_name\tstudent_name\tscore\n")
            f.write("".join(rows))


def school(rng, ncls, pick_class, pick_score, ids=None):
    names = class_names(rng, ncls)
    ids = ids or list(range(1, ncls + 1))
    classes = list(zip(ids, names))
    order = list(range(1, N + 1))
    rng.shuffle(order)  # rows arrive in no particular id order
    students = [(sid, student_name(rng), pick_class(), pick_score()) for sid in order]
    return classes, students


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31337)

    # One class of 10^5 students: counting better classmates, or pairing classmates, is ~10^10.
    classes, students = school(rng, 1, lambda: 1, lambda: rng.randint(-1000, 1000))
    write(outdir, "01-one-class", classes, students)

    # Ten classes of about 10^4 students each, scattered class ids.
    ids = rng.sample(range(1, 10 ** 6 + 1), 10)
    classes, students = school(rng, 10, lambda: rng.choice(ids), lambda: rng.randint(-1000, 1000), ids)
    write(outdir, "02-ten-classes", classes, students)

    # 10^4 small classes (some empty), narrow scores: many ties.
    classes, students = school(rng, 10000, lambda: rng.randint(1, 10000), lambda: rng.randint(0, 5))
    write(outdir, "03-many-classes", classes, students)

    # Two classes where everyone has the same score: every student is a top scorer.
    classes, students = school(rng, 2, lambda: rng.randint(1, 2), lambda: 1000)
    write(outdir, "04-all-tied", classes, students)

    # Skewed class sizes: a few huge classes and a long tail of tiny ones.
    classes, students = school(rng, 1000, lambda: min(1000, int(rng.paretovariate(0.7))),
                               lambda: rng.randint(-1000, 1000))
    write(outdir, "05-skewed", classes, students)


if __name__ == "__main__":
    main()
