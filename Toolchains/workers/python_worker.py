# A single-use, pre-started Python (CPython or PyPy) for one job (docs/languages.md, "Workers").
# Everything before the job arrives is interpreter start-up, which the sandbox does not count.
# Then it runs the learner's file exactly as `python3 main.py` would: `__main__`, `sys.argv`,
# `sys.path[0]`, the traceback format and the exit status are the same; its own frame is left
# out of tracebacks. The zygote (python_zygote.py) runs its jobs with `run_file` too.
import os
import sys
import traceback
import types

# Modules most programs import: loaded now, off the job's clock.
import bisect, collections, functools, heapq, itertools, math, re, string  # noqa: E401,F401


def job_arguments():
    os.write(3, b"R")  # ready: the sandbox reports this worker started only now
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(3, 65536)
        if not chunk:
            break
        data += chunk
    os.close(3)
    return data.decode("utf-8").rstrip("\n").split("\t")


def run_file(args):
    """Runs args[0] as `python3 args...` would, then ends the process."""
    # As `python3 main.py` has it: argv as given, __file__ and tracebacks with the absolute path.
    path = os.path.abspath(args[0])
    sys.argv = args
    sys.path[0] = os.path.dirname(path)
    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except (SyntaxError, ValueError) as error:
        traceback.print_exception(type(error), error, None)
        sys.exit(1)
    del source
    try:
        exec(code, module.__dict__)
    except SystemExit:
        raise
    except BaseException as error:
        sys.stdout.flush() if not sys.stdout.closed else None
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        sys.exit(1)
    finish()


def finish():
    # A normal end, as the interpreter's own: non-daemon threads joined, atexit handlers, flushed
    # streams; then exit at once, skipping the teardown of every module this worker loaded
    # (~3 ms here, on the job's clock). Objects' __del__ at interpreter shutdown do not run.
    threading = sys.modules.get("threading")
    if threading is not None and hasattr(threading, "_shutdown"):
        threading._shutdown()  # the interpreter waits for non-daemon threads first
    import atexit
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except BaseException:
        traceback.print_exc()
        os._exit(120)  # what CPython exits with when flushing stdout fails at exit
    try:
        sys.stderr.flush()
    except BaseException:
        pass
    os._exit(0)


if __name__ == "__main__":
    run_file(job_arguments())
