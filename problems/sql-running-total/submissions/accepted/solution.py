# Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
# would: a header row, then one tab-separated row per day in day order (nothing at all when
# there are no sales).
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
    revenue = {}
    for table, v in rows(sys.stdin.buffer.read()):
        if table == b"sales":
            revenue[v[1]] = revenue.get(v[1], 0) + v[2]
    out = []
    total = 0
    # 'YYYY-MM-DD' strings sort in calendar order.
    for day in sorted(revenue):
        total += revenue[day]
        out.append(b"%s\t%d\t%d" % (day, revenue[day], total))
    if out:
        sys.stdout.buffer.write(b"sale_day\trevenue\trunning_total\n" + b"\n".join(out) + b"\n")


main()
