# PebbleCode's function-mode driver for Python (docs/function-mode.md). It runs the learner's
# solution.py, calls their function once per case with the case's arguments, and writes one JSON
# line per case to the results file: the result, or the error and the learner's line. Expected
# values never enter the box: the judge compares outside. One failing case does not hide the others.
import json
import os
import sys
import time
import traceback
from typing import Dict, List, Optional, Set, Tuple  # LeetCode starters use these unimported

RESULTS = open(".pebble-results", "w")  # opened before any learner code runs


def emit(record):
    RESULTS.write(json.dumps(record) + "\n")
    RESULTS.flush()


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def to_list(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def from_list(node):
    out, seen = [], 0
    while node is not None:
        out.append(node.val)
        node = node.next
        seen += 1
        if seen > 10**6:
            raise ValueError("the returned list has a cycle")
    return out


def to_tree(level):
    if not level or level[0] is None:
        return None
    nodes = [None if v is None else TreeNode(v) for v in level]
    children = iter(nodes[1:])
    for node in nodes:
        if node is None:
            continue
        node.left = next(children, None)
        node.right = next(children, None)
    return nodes[0]


def from_tree(root):
    out, queue, i = [], [root], 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
        if len(out) > 10**6:
            raise ValueError("the returned tree is too large or has a cycle")
    while out and out[-1] is None:
        out.pop()
    return out


def decode(value, type_name):
    if type_name == "ListNode":
        return to_list(value)
    if type_name == "TreeNode":
        return to_tree(value)
    return value


def encode(value, type_name):
    if type_name == "ListNode":
        return from_list(value)
    if type_name == "TreeNode":
        return from_tree(value)
    if isinstance(value, tuple):
        value = list(value)
    if type_name.endswith("[][]") and isinstance(value, list):
        return [list(row) if isinstance(row, tuple) else row for row in value]
    return value


def learner_line(tb):
    line = None
    for frame in traceback.extract_tb(tb):
        if frame.filename == "solution.py":
            line = frame.lineno
    return line


def without_driver(tb):
    while tb is not None and tb.tb_frame.f_code.co_filename != "solution.py":
        tb = tb.tb_next
    return tb


def main():
    signature = json.load(open("signature.json"))
    cases = json.load(open("cases.json"))
    os.remove("cases.json")
    source = open("solution.py", "rb").read()
    try:
        code = compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError) as error:
        traceback.print_exception(type(error), error, None)
        sys.exit(1)
    namespace = {"__name__": "solution", "__builtins__": __builtins__, "ListNode": ListNode, "TreeNode": TreeNode,
                 "List": List, "Optional": Optional, "Dict": Dict, "Set": Set, "Tuple": Tuple}
    try:
        exec(code, namespace)
    except BaseException as error:
        traceback.print_exception(type(error), error, without_driver(error.__traceback__))
        sys.exit(1)
    name = signature["function"]
    solution_class = namespace.get("Solution")
    if isinstance(solution_class, type) and hasattr(solution_class, name):
        def target(*args):
            return getattr(solution_class(), name)(*args)
    elif callable(namespace.get(name)):
        target = namespace[name]
    else:
        emit({"missing": f"solution.py defines no function {name} (nor a class Solution with a method {name})"})
        return
    types = [p["type"] for p in signature["params"]]
    returns = signature["returns"]
    for index, case in enumerate(cases):
        args = [decode(a, t) for a, t in zip(case["args"], types)]
        start = time.process_time()
        try:
            value = target(*args)
            if returns == "void":
                value = args[0] if args else None
            record = {"case": index, "result": encode(value, "void" if returns == "void" else returns)}
        except RecursionError as error:
            record = {"case": index, "error": f"RecursionError: {error}", "line": learner_line(error.__traceback__)}
        except BaseException as error:
            record = {"case": index, "error": f"{type(error).__name__}: {error}", "line": learner_line(error.__traceback__)}
        record["ms"] = round((time.process_time() - start) * 1000, 3)
        try:
            emit(record)
        except (TypeError, ValueError):
            emit({"case": index, "error": f"the result is not a {returns}: {type(value).__name__}", "ms": record["ms"]})
    sys.stdout.flush()


main()
