#!/usr/bin/env python3
"""Writes the large tests of sql-running-total into OUTDIR (deterministic).

Each test is a data set in SQL (the schema, then one INSERT per row) and the result table
the query must return, as SQLite prints it (header row, tab-separated rows in day order).

Usage: generate.py OUTDIR
"""
import datetime
import os
import random
import sys

N = 100000
FIRST = datetime.date(1900, 1, 1)
SPAN = (datetime.date(2199, 12, 31) - FIRST).days + 1  # 109573 days

SCHEMA = """CREATE TABLE sales (
  sale_id  INTEGER PRIMARY KEY,
  sale_day TEXT NOT NULL,
  amount   INTEGER NOT NULL
);
"""


def day(k):
    return (FIRST + datetime.timedelta(days=k)).isoformat()


def amount(rng, lo=-10 ** 9, hi=10 ** 9):
    """Mostly small amounts of every magnitude, now and then an extreme one."""
    if rng.random() < 0.01:
        return rng.choice((lo, hi))
    v = rng.randint(0, 10 ** rng.randint(0, 9))
    v = -v if rng.random() < 0.3 else v
    return max(lo, min(hi, v))


def write(outdir, name, sales):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write(SCHEMA)
        f.write("".join("INSERT INTO sales VALUES (%d, '%s', %d);\n" % s for s in sales))
    revenue = {}
    for _, d, a in sales:
        revenue[d] = revenue.get(d, 0) + a
    rows = []
    total = 0
    for d in sorted(revenue):
        total += revenue[d]
        rows.append("%s\t%d\t%d\n" % (d, revenue[d], total))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        if rows:
            f.write("sale_day\trevenue\trunning_total\n")
            f.write("".join(rows))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20240301)

    # 10^5 consecutive days, one sale each, rows shuffled: 10^5 result rows.
    start = rng.randint(0, SPAN - N)
    sales = [(i + 1, day(start + i), amount(rng)) for i in range(N)]
    rng.shuffle(sales)
    write(outdir, "01-one-sale-per-day", sales)

    # 10^5 sales on about 6*10^4 random days across the whole range.
    days = [day(k) for k in rng.sample(range(SPAN), 60000)]
    sales = [(i + 1, rng.choice(days), amount(rng)) for i in range(N)]
    write(outdir, "02-random-days", sales)

    # The largest totals: 95000 sales of 10^9 on 100 days (the total reaches 9.5*10^13).
    days = [day(k) for k in rng.sample(range(SPAN), 100)]
    sales = [(i + 1, rng.choice(days), 10 ** 9) for i in range(95000)]
    write(outdir, "03-huge-totals", sales)

    # Refunds everywhere, rows entered from the latest day back to the earliest.
    days = sorted(rng.sample(range(SPAN), 80000), reverse=True)
    sales = []
    for k in days:
        for _ in range(1 if len(sales) + len(days) > N else 2):
            if len(sales) < N:
                sales.append((len(sales) + 1, day(k), amount(rng, -10 ** 9, 10 ** 6)))
    write(outdir, "04-refunds-descending", sales)

    # 5*10^4 days, each with a sale and its refund: every revenue is 0, and so is the total.
    days = rng.sample(range(SPAN), N // 2)
    sales = []
    for k in days:
        a = amount(rng, 0, 10 ** 9)
        sales.append((len(sales) + 1, day(k), a))
        sales.append((len(sales) + 1, day(k), -a))
    rng.shuffle(sales)
    write(outdir, "05-sale-and-refund", sales)


if __name__ == "__main__":
    main()
