'use strict';
// A client for pebble-judged (docs/protocol.md), with no dependencies.
//
//   const { PebbleClient } = require('pebble-client');
//   const c = await PebbleClient.connect('/run/pebble/judge.sock');
//   console.log((await c.run('python3', 'print(6 * 7)')).stdout);
//   for await (const frame of c.streamJudge('aplusb', 'c', source, { tests: 'sample' })) console.log(frame.type);
//
// One connection carries many requests at once: frames go to the request whose id they carry.
const net = require('net');

const PROTOCOL = 1;
const TERMINAL = new Set(['result', 'error', 'done', 'hello', 'status', 'languages', 'problems', 'problem', 'cancel', 'pending', 'subscribed']);

class PebbleError extends Error {
  constructor(frame) {
    super(`${frame.code}: ${frame.message}`);
    this.code = frame.code;
    this.frame = frame;
  }
}

function encodeFrame(obj) {
  const body = Buffer.from(JSON.stringify(obj), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}

/** Frames answering one request, as an async iterator. */
class FrameStream {
  constructor(until) {
    // A set of frame types, or a function of the frame, that ends the stream.
    this.until = typeof until === 'function' ? until : (frame) => until.has(frame.type);
    this.items = [];
    this.waiters = [];
    this.ended = null;
  }
  push(frame) {
    const w = this.waiters.shift();
    if (w) w.resolve(frame); else this.items.push(frame);
  }
  end(error) {
    this.ended = error || new Error('the connection closed');
    for (const w of this.waiters.splice(0)) w.reject(this.ended);
  }
  next() {
    if (this.items.length) return Promise.resolve(this.items.shift());
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
  async *[Symbol.asyncIterator]() {
    for (;;) {
      const frame = await this.next();
      yield frame;
      if (this.until(frame)) return;
    }
  }
}

class PebbleClient {
  static connect(path = '/run/pebble/judge.sock', { client = 'pebble-client-node/1' } = {}) {
    return new Promise((resolve, reject) => {
      const socket = net.createConnection(path);
      socket.once('error', reject);
      socket.once('connect', async () => {
        socket.removeListener('error', reject);
        const c = new PebbleClient(socket);
        try {
          c.server = await c.request({ type: 'hello', protocol: PROTOCOL, client });
          resolve(c);
        } catch (e) {
          socket.destroy();
          reject(e);
        }
      });
    });
  }

  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    this.streams = new Map();
    this.buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      for (const s of this.streams.values()) s.end(new Error('the daemon closed the connection'));
      this.streams.clear();
    });
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 4) {
      const n = this.buffer.readUInt32BE(0);
      if (this.buffer.length < 4 + n) return;
      const frame = JSON.parse(this.buffer.subarray(4, 4 + n).toString('utf8'));
      this.buffer = this.buffer.subarray(4 + n);
      const s = this.streams.get(frame.id);
      if (s) {
        s.push(frame);
        if (s.until(frame)) this.streams.delete(frame.id);
      } else if (frame.type === 'error') {
        for (const other of this.streams.values()) other.push(frame);
      }
    }
  }

  close() {
    this.socket.end();
    this.socket.destroy();
  }

  /** Sends a request (an id is added if missing); returns its frames. */
  stream(obj, until = TERMINAL) {
    const request = { ...obj };
    if (request.id === undefined) request.id = `js-${this.nextId++}`;
    const s = new FrameStream(until);
    this.streams.set(request.id, s);
    this.socket.write(encodeFrame(request));
    s.id = request.id;
    return s;
  }

  /** Sends a request and resolves with its last frame; an error frame rejects with PebbleError. */
  async request(obj) {
    let last;
    for await (const frame of this.stream(obj)) last = frame;
    if (last.type === 'error') throw new PebbleError(last);
    return last;
  }

  static program(fields, source, files) {
    if (files) {
      fields.files = Object.entries(files).map(([name, content]) => (Buffer.isBuffer(content)
        ? { name, content: content.toString('base64'), encoding: 'base64' }
        : { name, content, encoding: 'utf8' }));
    } else {
      fields.source = source;
    }
    return fields;
  }

  runRequest(language, source, { stdin = '', limits, files, meta } = {}) {
    const r = PebbleClient.program({ type: 'run', language, stdin }, source, files);
    if (limits) r.limits = limits;
    if (meta) r.meta = meta;
    return r;
  }

  run(language, source, options = {}) { return this.request(this.runRequest(language, source, options)); }

  /** Frames of a judging: accepted, compiled, one test per case, result (or error). */
  streamJudge(problem, language, source, { tests = 'all', stopOnFirstFailure = true, files, meta } = {}) {
    const r = PebbleClient.program({ type: 'judge', problem, language, tests, stopOnFirstFailure }, source, files);
    if (meta) r.meta = meta;
    return this.stream(r);
  }

  async judge(problem, language, source, options = {}) {
    let last;
    for await (const frame of this.streamJudge(problem, language, source, options)) {
      if (frame.type === 'test' && options.onTest) options.onTest(frame);
      last = frame;
    }
    if (last.type === 'error') throw new PebbleError(last);
    return last;
  }

  streamBatch(key, submissions, { tests = 'all', stopOnFirstFailure = true } = {}) {
    // A submission's own error (it names the submission) is its outcome; the batch ends at done
    // or at an error of the batch's own.
    return this.stream({ type: 'batch', key, submissions, tests, stopOnFirstFailure },
      (frame) => frame.type === 'done' || (frame.type === 'error' && frame.submission === undefined));
  }

  cancel(job) { return this.request({ type: 'cancel', job }); }
  result(job) { return this.request({ type: 'result', job }); }
  status() { return this.request({ type: 'status' }); }
  async languages() { return (await this.request({ type: 'languages' })).languages; }
  async problems(problem, language) {
    const r = await this.request({ type: 'problems', problem, language });
    return problem ? r.problem : r.problems;
  }
  subscribe(kinds) { return this.stream({ type: 'subscribe', kinds }, new Set()); }
}

module.exports = { PebbleClient, PebbleError, encodeFrame, PROTOCOL };
