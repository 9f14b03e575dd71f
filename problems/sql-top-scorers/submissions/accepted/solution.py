# Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
# would: a header row, then one tab-separated row per top scorer (nothing at all when there
# are no rows).
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
    class_name = {}
    students = []
    for table, v in rows(sys.stdin.buffer.read()):
        if table == b"classes":
            class_name[v[0]] = v[1]
        elif table == b"students":
            students.append(v)
    best = {}
    for _, _, cls, score in students:
        if cls not in best or score > best[cls]:
            best[cls] = score
    out = [b"\t".join((class_name[cls], name, b"%d" % score))
           for _, name, cls, score in students if score == best[cls]]
    if out:
        sys.stdout.buffer.write(b"class_name\tstudent_name\tscore\n" + b"\n".join(out) + b"\n")


main()
