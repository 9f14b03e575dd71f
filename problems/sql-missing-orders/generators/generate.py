#!/usr/bin/env python3
"""Writes the large tests of sql-missing-orders into OUTDIR (deterministic).

Each test is a data set in SQL (the schema, then one INSERT per row) and the result table
the query must return, as SQLite prints it (header row, tab-separated rows).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 50000  # customers
M = 50000  # orders

SCHEMA = """CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL
);
CREATE TABLE orders (
  order_id    INTEGER PRIMARY KEY,
  customer_id INTEGER,
  total       INTEGER
);
CREATE INDEX orders_by_customer ON orders (customer_id);
"""

FIRST = ("Ada Bruno Chloe Dev Efua Finn Greta Hamid Ines Jonas Kemi Luca Maya Nils Olu Pia "
         "Rohan Sana Theo Vera Wanjiru Yara Zeynep Aiko").split()
LAST = ("Okafor Lima Martin Patel Mensah Berg Novak Rahimi Costa Weber Adeyemi Rossi Chen "
        "Larsen Bello Sousa Iyer Malik Dubois Horvat O'Brien D'Souza").split()


def lit(v):
    return "NULL" if v is None else "%d" % v


def write(outdir, name, customers, orders):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write(SCHEMA)
        f.write("".join("INSERT INTO customers VALUES (%d, '%s');\n" % (i, n.replace("'", "''"))
                        for i, n in customers))
        f.write("".join("INSERT INTO orders VALUES (%d, %s, %s);\n" % (o, lit(c), lit(t))
                        for o, c, t in orders))
    ordered = {c for _, c, _ in orders if c is not None}
    rows = ["%d\t%s\n" % (i, n) for i, n in customers if i not in ordered]
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        if rows:
            f.write("customer_id\tname\n")
            f.write("".join(rows))


def customers(rng, ids):
    return [(i, rng.choice(FIRST) + " " + rng.choice(LAST)) for i in ids]


def orders(rng, owners, p_guest, p_null_total):
    out = []
    for k, c in enumerate(owners):
        if rng.random() < p_guest:
            c = None
        t = None if rng.random() < p_null_total else rng.randint(0, 10 ** 7)
        out.append((k + 1, c, t))
    return out


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(4242)

    # Half of the customers ordered (some several times); no NULLs at all.
    cs = customers(rng, range(1, N + 1))
    buyers = rng.sample(range(1, N + 1), N // 2)
    owners = buyers + [rng.choice(buyers) for _ in range(M - len(buyers))]
    rng.shuffle(owners)
    write(outdir, "01-half-ordered", cs, orders(rng, owners, 0.0, 0.0))

    # Random owners with guest orders and unpriced orders mixed in.
    owners = [rng.randint(1, N) for _ in range(M)]
    write(outdir, "02-guests-and-pending", cs, orders(rng, owners, 0.1, 0.2))

    # Nobody listed ordered: every order is a guest's or a deleted customer's.
    owners = [rng.randint(N + 1, 10 ** 9) for _ in range(M)]
    write(outdir, "03-nobody-ordered", cs, orders(rng, owners, 0.3, 0.1))

    # Everybody ordered exactly once: the result is empty.
    owners = list(range(1, N + 1))
    rng.shuffle(owners)
    write(outdir, "04-everybody-ordered", cs, orders(rng, owners, 0.0, 0.5))

    # Scattered large ids, customers inserted in no particular order.
    ids = rng.sample(range(1, 10 ** 9 + 1), N)
    cs = customers(rng, ids)
    owners = [rng.choice(ids) if rng.random() < 0.7 else rng.randint(1, 10 ** 9) for _ in range(M)]
    write(outdir, "05-scattered-ids", cs, orders(rng, owners, 0.05, 0.05))


if __name__ == "__main__":
    main()
