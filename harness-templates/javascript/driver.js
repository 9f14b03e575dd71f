// @ts-nocheck
/// <reference path="nodes.d.ts" />
/// <reference path="solution.ts" />
// PebbleCode's function-mode driver for JavaScript (docs/function-mode.md). It evaluates the
// learner's solution.js, calls their function once per case, and writes one JSON line per case to
// the results file: the result, or the error and the learner's line. Expected values never enter
// the box: the judge compares outside. One failing case does not hide the others.
// TypeScript runs this same file as its main.ts (harness-templates/typescript): the lines above
// make tsc check the learner's solution.ts with ListNode/TreeNode declared, and leave this file
// unchecked; everything below is inside one block, so no name of the driver's is global.
'use strict';
{
const fs = require('fs');
const vm = require('vm');

const results = fs.openSync('.pebble-results', 'w'); // before any learner code runs
function emit(record) { fs.writeSync(results, JSON.stringify(record) + '\n'); }

globalThis.ListNode = class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
globalThis.TreeNode = class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; } }

function toList(values) { let head = null; for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head); return head; }
function fromList(node) {
  const out = [];
  while (node !== null && node !== undefined) {
    out.push(node.val);
    node = node.next;
    if (out.length > 1e6) throw new Error('the returned list has a cycle');
  }
  return out;
}
function toTree(level) {
  if (!level.length || level[0] === null) return null;
  const nodes = level.map((v) => (v === null ? null : new TreeNode(v)));
  let k = 1;
  for (const node of nodes) {
    if (node === null) continue;
    node.left = k < nodes.length ? nodes[k++] : null;
    node.right = k < nodes.length ? nodes[k++] : null;
  }
  return nodes[0];
}
function fromTree(root) {
  const out = [], queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (node === null || node === undefined) { out.push(null); continue; }
    out.push(node.val);
    queue.push(node.left === undefined ? null : node.left, node.right === undefined ? null : node.right);
    if (out.length > 1e6) throw new Error('the returned tree is too large or has a cycle');
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}
const decode = (v, t) => (t === 'ListNode' ? toList(v) : t === 'TreeNode' ? toTree(v) : v);
const encode = (v, t) => (t === 'ListNode' ? fromList(v) : t === 'TreeNode' ? fromTree(v) : v);

function learnerLine(error) {
  const m = /\/box\/solution\.[jt]s:(\d+):\d+/.exec(String(error && error.stack));
  return m ? Number(m[1]) : null;
}

const signature = JSON.parse(fs.readFileSync('signature.json', 'utf8'));
const cases = JSON.parse(fs.readFileSync('cases.json', 'utf8'));
fs.unlinkSync('cases.json');
const name = signature.function;
const glue = `\n;globalThis.__pebble = { fn: typeof ${name} === 'function' ? ${name} : undefined, ` +
  `Solution: typeof Solution === 'function' ? Solution : undefined };`;
// Uncaught here on purpose: a syntax error or a top-level throw prints as Node prints it. The
// learner's code is compiled alone first, so an unclosed brace is reported at their own last
// line, not inside the glue after it.
const source = fs.readFileSync('solution.js', 'utf8');
new vm.Script(source, { filename: '/box/solution.js' });
new vm.Script(source + glue, { filename: '/box/solution.js' }).runInThisContext();
const found = globalThis.__pebble;
delete globalThis.__pebble;
let target;
if (found.Solution && typeof found.Solution.prototype[name] === 'function') {
  target = (...args) => new found.Solution()[name](...args);
} else if (found.fn) {
  target = found.fn;
} else {
  emit({ missing: `solution.js defines no function ${name} (nor a class Solution with a method ${name})` });
  process.exit(0);
}
const types = signature.params.map((p) => p.type);
cases.forEach((c, index) => {
  const args = c.args.map((a, i) => decode(a, types[i]));
  const start = process.cpuUsage();
  let record;
  try {
    let value = target(...args);
    if (signature.returns === 'void') value = args[0];
    record = { case: index, result: encode(value, signature.returns === 'void' ? 'void' : signature.returns) };
  } catch (error) {
    record = { case: index, error: `${error && error.name ? error.name : 'Error'}: ${error && error.message !== undefined ? error.message : String(error)}`, line: learnerLine(error) };
  }
  const used = process.cpuUsage(start);
  record.ms = Math.round((used.user + used.system) / 1000 * 1000) / 1000;
  if (record.result === undefined && !('error' in record)) record.result = null;
  emit(record);
});
}
