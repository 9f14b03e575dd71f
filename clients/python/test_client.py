"""Tests of the Python client against a real pebble-judged (python3 -m unittest, in this folder).

PEBBLE_SOCKET names a running daemon's socket; without it the tests start the daemon built in the
checkout (PEBBLE_JUDGED overrides the binary) on a socket of their own, and stop it after.
"""
import os
import shutil
import subprocess
import tempfile
import threading
import time
import unittest

from pebble_client import PebbleClient, PebbleError, encode_frame, read_frame

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DAEMON = None
SOCKET = os.environ.get("PEBBLE_SOCKET")
C_SUM = '#include <stdio.h>\nint main(void){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);return 0;}\n'


def setUpModule():
    global DAEMON, SOCKET, STATE
    if SOCKET:
        return
    binary = os.environ.get("PEBBLE_JUDGED") or os.path.join(ROOT, ".build", "debug", "pebble-judged")
    STATE = tempfile.mkdtemp(prefix="pebble-py-")
    SOCKET = os.path.join(STATE, "judge.sock")
    DAEMON = subprocess.Popen([binary, "--socket", SOCKET, "--state-dir", os.path.join(STATE, "state"), "--workers", "1"],
                              stderr=open(os.path.join(STATE, "log"), "w"))
    deadline = time.time() + 60
    while not os.path.exists(SOCKET):
        if DAEMON.poll() is not None or time.time() > deadline:
            raise RuntimeError("pebble-judged did not start: " + open(os.path.join(STATE, "log")).read())
        time.sleep(0.05)


def tearDownModule():
    if DAEMON is not None:
        DAEMON.terminate()
        DAEMON.wait(timeout=60)
        shutil.rmtree(STATE, ignore_errors=True)


class ClientTests(unittest.TestCase):
    def setUp(self):
        self.client = PebbleClient(SOCKET, timeout=120)

    def tearDown(self):
        self.client.close()

    def test_hello_agrees_on_the_protocol(self):
        self.assertEqual(self.client.server["protocol"], 1)
        self.assertEqual(self.client.server["server"], "pebble-judged")
        self.assertGreater(self.client.server["maxFrameBytes"], 0)

    def test_languages_lists_the_toolchains(self):
        ids = {l["id"] for l in self.client.languages()}
        self.assertTrue({"python3", "c", "cpp", "java"} <= ids, ids)

    def test_run_gives_the_programs_output(self):
        r = self.client.run("python3", "print(sum(map(int, input().split())))", stdin="2 40\n")
        self.assertEqual(r["type"], "result")
        self.assertEqual(r["status"], "OK")
        self.assertEqual(r["stdout"], "42\n")
        bad = self.client.run("python3", "print(1/0)")
        self.assertEqual(bad["status"], "RE")
        self.assertIn("ZeroDivisionError", bad["stderr"])

    def test_judge_streams_one_event_per_test(self):
        frames = list(self.client.stream_judge("aplusb", "c", C_SUM, tests="sample"))
        types = [f["type"] for f in frames]
        self.assertEqual(types[0], "accepted")
        self.assertEqual(types[1], "compiled")
        self.assertEqual(types[-1], "result")
        tests = [f for f in frames if f["type"] == "test"]
        self.assertEqual(len(tests), frames[-1]["total"])
        self.assertTrue(all(t["verdict"] == "AC" for t in tests))
        self.assertEqual(frames[-1]["verdict"], "AC")
        self.assertEqual([t["index"] for t in tests], sorted(t["index"] for t in tests))
        # A wrong answer on a sample shows its data; the stored result can be fetched again.
        wrong = list(self.client.stream_judge("aplusb", "python3", "print(0)", tests="all"))
        first = next(f for f in wrong if f["type"] == "test")
        self.assertEqual(first["verdict"], "WA")
        self.assertIn("expected", first)
        self.assertEqual(wrong[-1]["verdict"], "WA")
        again = self.client.result(wrong[-1]["job"])
        self.assertEqual(again["verdict"], "WA")

    def test_cancel_stops_an_infinite_loop(self):
        request_id = self.client.send(self.client.run_request("python3", "while True:\n    pass\n", limits={"cpuMs": 30000, "wallMs": 60000}))
        frames = self.client.frames(request_id)
        accepted = next(frames)
        self.assertEqual(accepted["type"], "accepted")
        time.sleep(0.5)
        started = time.time()
        reply = self.client.cancel(accepted["job"])
        self.assertEqual(reply["state"], "cancelled")
        last = list(frames)[-1]
        self.assertEqual(last["type"], "error")
        self.assertEqual(last["code"], "cancelled")
        self.assertLess(time.time() - started, 10, "the loop was stopped, not left to its time limit")

    def test_status_shows_queue_pools_and_counters(self):
        self.client.run("python3", "print(1)")
        s = self.client.status()
        for key in ("uptimeSec", "queue", "pools", "counters", "memory", "concurrency"):
            self.assertIn(key, s)
        self.assertGreaterEqual(s["counters"].get("run.OK", 0), 1)
        self.assertGreater(s["memory"]["rssKB"], 0)

    def test_errors_have_stable_codes_and_the_connection_survives(self):
        with self.assertRaises(PebbleError) as e:
            self.client.run("cobol", "DISPLAY 'HI'.")
        self.assertEqual(e.exception.code, "unknown_language")
        with self.assertRaises(PebbleError) as e:
            self.client.request({"type": "judge", "problem": "no-such-problem", "language": "c", "source": C_SUM})
        self.assertEqual(e.exception.code, "unknown_problem")
        with self.assertRaises(PebbleError) as e:
            self.client.request({"type": "run", "language": "c", "source": 42})
        self.assertEqual(e.exception.code, "bad_request")
        with self.assertRaises(PebbleError) as e:
            self.client.request({"type": "teleport"})
        self.assertEqual(e.exception.code, "bad_request")
        with self.assertRaises(PebbleError) as e:
            self.client.result("j-nothing")
        self.assertEqual(e.exception.code, "unknown_job")
        # Unknown fields are ignored.
        self.assertEqual(self.client.request({"type": "status", "futureField": {"x": [1, 2]}})["type"], "status")
        self.assertEqual(self.client.run("python3", "print('still here')")["stdout"], "still here\n")

    def test_problems_never_send_hidden_data(self):
        listed = {p["id"]: p for p in self.client.problems()}
        self.assertIn("two-sum", listed)
        self.assertEqual(listed["two-sum"]["mode"], "function")
        p = self.client.problems("two-sum", language="python3")
        self.assertIn("def twoSum", p["starter"])
        self.assertTrue(all(s["name"].startswith("sample") for s in p["samples"]))
        self.assertNotIn("secret", str(p))

    def test_many_requests_share_one_connection(self):
        ids = [self.client.send(self.client.run_request("python3", f"print({i} * 2)")) for i in range(8)]
        outs = [list(self.client.frames(i))[-1]["stdout"] for i in ids]
        self.assertEqual(outs, [f"{i * 2}\n" for i in range(8)])

    def test_subscribers_see_every_finished_job_with_its_meta(self):
        events = self.client.subscribe(kinds=["judge"])
        self.assertEqual(next(events)["type"], "subscribed")
        with PebbleClient(SOCKET, timeout=120) as other:
            other.judge("aplusb", "python3", "print(sum(map(int, input().split())))", tests="sample",
                        meta={"learner": "u42", "eventId": "e-1"})
        event = next(events)
        self.assertEqual(event["type"], "event")
        self.assertEqual(event["event"], "job.finished")
        self.assertEqual(event["verdict"], "AC")
        self.assertEqual(event["meta"], {"learner": "u42", "eventId": "e-1"})

    def test_a_batch_is_graded_once_and_replayed(self):
        subs = [{"id": f"s{i}", "problem": "aplusb", "language": "python3",
                 "source": "print(sum(map(int, input().split())))" if i % 2 == 0 else "print(-1)"} for i in range(4)]
        key = f"py-batch-{time.time()}"
        frames = list(self.client.stream_batch(key, subs, tests="sample"))
        results = [f for f in frames if f["type"] == "result"]
        self.assertEqual(sorted(r["submission"] for r in results), ["s0", "s1", "s2", "s3"])
        self.assertEqual(frames[-1]["type"], "done")
        self.assertEqual(frames[-1]["graded"], 4)
        replay = list(self.client.stream_batch(key, subs, tests="sample"))
        self.assertTrue(all(f.get("replayed") for f in replay if f["type"] == "result"))
        self.assertEqual({r["submission"]: r["verdict"] for r in results},
                         {r["submission"]: r["verdict"] for r in replay if r["type"] == "result"})


class FramingTests(unittest.TestCase):
    """Raw bytes on the socket: the daemon answers bad frames and keeps serving."""

    def raw(self):
        import socket
        s = socket.socket(socket.AF_UNIX)
        s.connect(SOCKET)
        s.settimeout(30)
        return s

    read = staticmethod(read_frame)

    def test_bad_frames_get_errors_and_the_connection_stays(self):
        s = self.raw()
        s.sendall(encode_frame({"type": "hello", "id": "h", "protocol": 1}))
        self.assertEqual(self.read(s)["type"], "hello")
        s.sendall(b"\x00\x00\x00\x00")
        self.assertEqual(self.read(s)["code"], "bad_frame")
        s.sendall(b"\x00\x00\x00\x03\xff\xfe\xfd")
        self.assertEqual(self.read(s)["code"], "bad_frame")
        s.sendall(b"\x00\x00\x00\x02[]")
        self.assertEqual(self.read(s)["code"], "bad_frame")
        deep = b"[" * 1000 + b"]" * 1000
        s.sendall(len(deep).to_bytes(4, "big") + deep)
        self.assertEqual(self.read(s)["code"], "bad_frame")
        s.sendall(encode_frame({"type": "status", "id": "ok"}))
        self.assertEqual(self.read(s)["type"], "status")
        s.close()

    def test_an_oversize_frame_is_refused_and_the_connection_closed(self):
        s = self.raw()
        s.sendall(b"\x7f\xff\xff\xff")
        self.assertEqual(self.read(s)["code"], "too_large")
        self.assertIsNone(self.read(s))

    def test_a_truncated_frame_is_a_framing_error(self):
        import socket
        s = self.raw()
        s.sendall(b"\x00\x00\x00\x10{\"type\"")
        s.shutdown(socket.SHUT_WR)
        self.assertEqual(self.read(s)["code"], "bad_frame")
        self.assertIsNone(self.read(s))

    def test_requests_before_hello_and_a_newer_protocol(self):
        s = self.raw()
        s.sendall(encode_frame({"type": "status", "id": "early"}))
        self.assertEqual(self.read(s)["code"], "bad_request")
        s.sendall(encode_frame({"type": "hello", "id": "h", "protocols": [7, 8]}))
        self.assertEqual(self.read(s)["code"], "unsupported_protocol")
        s.sendall(encode_frame({"type": "hello", "id": "h2", "protocol": 3}))
        self.assertEqual(self.read(s)["protocol"], 1, "a client speaking up to 3 gets 1")
        s.close()


if __name__ == "__main__":
    unittest.main()
