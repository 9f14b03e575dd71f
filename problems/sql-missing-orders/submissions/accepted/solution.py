# Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
# would: a header row, then one tab-separated row per customer without orders (nothing at
# all when there is none).
import re
import sys

VALUE = re.compile(rb"'(?:[^']|'')*'|[^,\s]+")


def rows(data):
    """Yields (table, values) for every INSERT INTO <table> VALUES (...); line."""
    for line in data.split(b"\n"):
        if not line.startswith(b"INSERT INTO "):
            continue
        table = line[12:line.index(b" ", 12)]
        body = line[line.index(b"(") + 1:line.rindex(b")")]
        values = []
        for v in VALUE.findall(body):
            if v[:1] == b"'":
                values.append(v[1:-1].replace(b"''", b"'"))
            elif v == b"NULL":
                values.append(None)
            else:
                values.append(int(v))
        yield table, values


def main():
    customers = []
    ordered = set()
    for table, v in rows(sys.stdin.buffer.read()):
        if table == b"customers":
            customers.append(v)
        elif table == b"orders" and v[1] is not None:
            ordered.add(v[1])
    out = [b"%d\t%s" % (cid, name) for cid, name in customers if cid not in ordered]
    if out:
        sys.stdout.buffer.write(b"customer_id\tname\n" + b"\n".join(out) + b"\n")


main()
