'use strict';
// Tests of the Node client against a real pebble-judged (node --test test/). PEBBLE_SOCKET names a
// running daemon's socket; without it the tests start the daemon built in the checkout
// (PEBBLE_JUDGED overrides the binary) on a socket of their own, and stop it after.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { PebbleClient, PebbleError } = require('..');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const C_SUM = '#include <stdio.h>\nint main(void){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);return 0;}\n';
let socketPath = process.env.PEBBLE_SOCKET;
let daemon;
let state;

test.before(async () => {
  if (socketPath) return;
  state = fs.mkdtempSync(path.join(os.tmpdir(), 'pebble-node-'));
  socketPath = path.join(state, 'judge.sock');
  const binary = process.env.PEBBLE_JUDGED || path.join(ROOT, '.build', 'debug', 'pebble-judged');
  daemon = spawn(binary, ['--socket', socketPath, '--state-dir', path.join(state, 'state'), '--workers', '1'], { stdio: 'ignore' });
  const deadline = Date.now() + 60000;
  while (!fs.existsSync(socketPath)) {
    if (Date.now() > deadline || daemon.exitCode !== null) throw new Error('pebble-judged did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
});

test.after(async () => {
  if (!daemon) return;
  const exited = new Promise((r) => daemon.once('exit', r));
  daemon.kill('SIGTERM');
  await exited;
  fs.rmSync(state, { recursive: true, force: true });
});

async function withClient(body) {
  const c = await PebbleClient.connect(socketPath);
  try { return await body(c); } finally { c.close(); }
}

test('hello agrees on protocol 1', () => withClient(async (c) => {
  assert.strictEqual(c.server.protocol, 1);
  assert.strictEqual(c.server.server, 'pebble-judged');
}));

test('languages lists the toolchains', () => withClient(async (c) => {
  const ids = new Set((await c.languages()).map((l) => l.id));
  for (const id of ['python3', 'javascript', 'c', 'cpp', 'java']) assert.ok(ids.has(id), id);
}));

test('run gives the program\'s output', () => withClient(async (c) => {
  const r = await c.run('javascript', 'const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(" ").map(Number); console.log(a + b);', { stdin: '20 22\n' });
  assert.strictEqual(r.status, 'OK');
  assert.strictEqual(r.stdout, '42\n');
}));

test('judge streams one event per test', () => withClient(async (c) => {
  const frames = [];
  for await (const f of c.streamJudge('aplusb', 'c', C_SUM, { tests: 'sample' })) frames.push(f);
  assert.strictEqual(frames[0].type, 'accepted');
  assert.strictEqual(frames[1].type, 'compiled');
  const last = frames[frames.length - 1];
  assert.strictEqual(last.type, 'result');
  assert.strictEqual(last.verdict, 'AC');
  const tests = frames.filter((f) => f.type === 'test');
  assert.strictEqual(tests.length, last.total);
  assert.ok(tests.every((t) => t.verdict === 'AC'));
}));

test('cancel stops an infinite loop', () => withClient(async (c) => {
  const s = c.stream(c.runRequest('c', 'int main(void){for(;;){}}', { limits: { cpuMs: 30000, wallMs: 60000 } }));
  const it = s[Symbol.asyncIterator]();
  const accepted = (await it.next()).value;
  assert.strictEqual(accepted.type, 'accepted');
  await new Promise((r) => setTimeout(r, 1500));
  const started = Date.now();
  const reply = await c.cancel(accepted.job);
  assert.strictEqual(reply.state, 'cancelled');
  let last;
  for (;;) { const n = await it.next(); if (n.done) break; last = n.value; }
  assert.strictEqual(last.type, 'error');
  assert.strictEqual(last.code, 'cancelled');
  assert.ok(Date.now() - started < 10000);
}));

test('status shows the queue, pools and counters', () => withClient(async (c) => {
  await c.run('python3', 'print(1)');
  const s = await c.status();
  for (const key of ['uptimeSec', 'queue', 'pools', 'counters', 'memory']) assert.ok(key in s, key);
  assert.ok(s.counters['run.OK'] >= 1);
}));

test('errors carry stable codes and the connection survives', () => withClient(async (c) => {
  await assert.rejects(c.run('cobol', 'x'), (e) => e instanceof PebbleError && e.code === 'unknown_language');
  await assert.rejects(c.request({ type: 'run', language: 'c', source: [1] }), (e) => e.code === 'bad_request');
  assert.strictEqual((await c.run('python3', 'print(7)')).stdout, '7\n');
}));
