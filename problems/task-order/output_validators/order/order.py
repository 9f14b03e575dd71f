#!/usr/bin/env python3
"""Output validator for task-order (Kattis form).

Usage: order.py INPUT ANSWER FEEDBACK_DIR [flags] < team_output

ANSWER holds one valid order, or IMPOSSIBLE when the rules contain a cycle. Any order that lists
every task exactly once and keeps every rule is accepted; IMPOSSIBLE is accepted exactly when the
judges' answer says IMPOSSIBLE. Exit 42 = accepted, 43 = wrong answer, anything else = judge error.
"""
import os
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1


def finish(code, message, feedback_dir):
    if message:
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "w") as f:
            f.write(message + "\n")
    sys.exit(code)


def shorten(token, limit=20):
    text = token.decode("utf-8", "replace")
    return text if len(text) <= limit else text[:limit] + "..."


def main():
    if len(sys.argv) < 4:
        sys.stderr.write("usage: order.py input answer feedback_dir < output\n")
        sys.exit(JUDGE_ERROR)
    input_path, answer_path, feedback_dir = sys.argv[1], sys.argv[2], sys.argv[3]

    with open(input_path, "rb") as f:
        data = f.read().split()
    n, m = int(data[0]), int(data[1])
    with open(answer_path, "rb") as f:
        answer = f.read().split()
    judge_impossible = bool(answer) and answer[0].upper() == b"IMPOSSIBLE"

    out = sys.stdin.buffer.read().split()
    if not out:
        finish(REJECT, "the output is empty: expected an order of the %d tasks or IMPOSSIBLE" % n,
               feedback_dir)

    if out[0].upper() == b"IMPOSSIBLE":
        if len(out) > 1:
            finish(REJECT, "unexpected output after IMPOSSIBLE: '%s'" % shorten(out[1]), feedback_dir)
        if judge_impossible:
            finish(ACCEPT, None, feedback_dir)
        finish(REJECT, "the output says IMPOSSIBLE, but the %d tasks can be ordered so that all %d "
               "rules hold" % (n, m), feedback_dir)

    # The output is an order: exactly n distinct task numbers from 1 to n.
    if len(out) != n:
        finish(REJECT, "expected %d task numbers, found %d tokens%s" % (
            n, len(out), " (the rules contain a cycle: the answer is IMPOSSIBLE)"
            if judge_impossible and len(out) < n else ""), feedback_dir)
    position = [-1] * (n + 1)
    for i, token in enumerate(out):
        if not token.isdigit() or len(token) > 7:
            finish(REJECT, "token %d, '%s', is not a task number" % (i + 1, shorten(token)),
                   feedback_dir)
        t = int(token)
        if t < 1 or t > n:
            finish(REJECT, "token %d is %d, which is not a task number from 1 to %d" % (i + 1, t, n),
                   feedback_dir)
        if position[t] != -1:
            finish(REJECT, "task %d appears twice, at positions %d and %d" % (
                t, position[t] + 1, i + 1), feedback_dir)
        position[t] = i

    for k in range(m):
        a, b = int(data[2 + 2 * k]), int(data[3 + 2 * k])
        if position[a] > position[b]:
            finish(REJECT, "rule %d says task %d comes before task %d, but task %d is at position "
                   "%d and task %d at position %d" % (k + 1, a, b, a, position[a] + 1, b,
                                                       position[b] + 1), feedback_dir)

    if judge_impossible:
        # A complete order that keeps every rule means the judges' IMPOSSIBLE is wrong.
        finish(JUDGE_ERROR, "judge error: the answer file says IMPOSSIBLE, but the output is a "
               "valid order", feedback_dir)
    finish(ACCEPT, None, feedback_dir)


main()
