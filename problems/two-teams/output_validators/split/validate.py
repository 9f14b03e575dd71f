#!/usr/bin/env python3
"""Output validator for two-teams (Kattis protocol).

Usage: validate.py INPUT ANSWER FEEDBACK_DIR [flags] < team_output

ANSWER holds one valid split, or IMPOSSIBLE when the rivalry graph has an odd cycle. Any split
that puts every person in team 1 or 2 and separates every rival pair is accepted; IMPOSSIBLE is
accepted exactly when the judges' answer says IMPOSSIBLE.
Exit 42 = accepted, 43 = wrong answer, anything else = judge error.
"""
import os
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1


def finish(code, message, feedback_dir):
    if message:
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "w") as f:
            f.write(message + "\n")
    sys.exit(code)


def show(token, limit=20):
    text = token.decode("utf-8", "replace")
    return text if len(text) <= limit else text[:limit] + "..."


def main():
    if len(sys.argv) < 4:
        sys.stderr.write("usage: validate.py input answer feedback_dir < output\n")
        sys.exit(JUDGE_ERROR)
    input_path, answer_path, feedback_dir = sys.argv[1], sys.argv[2], sys.argv[3]

    with open(input_path, "rb") as f:
        data = f.read().split()
    n, m = int(data[0]), int(data[1])
    with open(answer_path, "rb") as f:
        answer = f.read().split()
    if not answer:
        finish(JUDGE_ERROR, "judge error: the answer file is empty", feedback_dir)
    judge_impossible = answer[0].upper() == b"IMPOSSIBLE"

    out = sys.stdin.buffer.read().split()
    if not out:
        finish(REJECT, "the output is empty: expected %d team numbers or IMPOSSIBLE" % n,
               feedback_dir)

    if out[0].upper() == b"IMPOSSIBLE":
        if len(out) > 1:
            finish(REJECT, "unexpected output after IMPOSSIBLE: '%s'" % show(out[1]), feedback_dir)
        if judge_impossible:
            finish(ACCEPT, None, feedback_dir)
        finish(REJECT, "the output says IMPOSSIBLE, but the %d people can be split so that all "
               "%d rival pairs are separated" % (n, m), feedback_dir)

    if len(out) != n:
        finish(REJECT, "expected %d team numbers, found %d tokens" % (n, len(out)), feedback_dir)
    team = [0] * (n + 1)
    for i, token in enumerate(out):
        if token == b"1":
            team[i + 1] = 1
        elif token == b"2":
            team[i + 1] = 2
        else:
            finish(REJECT, "token %d, '%s', is neither 1 nor 2" % (i + 1, show(token)),
                   feedback_dir)

    for k in range(m):
        a, b = int(data[2 + 2 * k]), int(data[3 + 2 * k])
        if team[a] == team[b]:
            finish(REJECT, "rival pair %d (people %d and %d) is in team %d together" % (
                k + 1, a, b, team[a]), feedback_dir)

    if judge_impossible:
        # A split that separates every pair proves the judges' IMPOSSIBLE wrong.
        finish(JUDGE_ERROR, "judge error: the answer file says IMPOSSIBLE, but the output is a "
               "valid split", feedback_dir)
    finish(ACCEPT, None, feedback_dir)


main()
