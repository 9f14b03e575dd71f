// A single-use, pre-started Node for one job (docs/languages.md, "Workers"). Everything before
// the job arrives is V8's start-up, which the sandbox does not count. Then it runs the learner's
// file as `node main.js` would: the file is the main module, so `require.main`, `process.argv`,
// uncaught errors and the exit status are the same.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

function jobArguments() {
  fs.writeSync(3, 'R'); // ready: the sandbox reports this worker started only now
  const buffer = Buffer.alloc(65536);
  let line = '';
  while (!line.endsWith('\n')) {
    const n = fs.readSync(3, buffer, 0, buffer.length, null);
    if (n === 0) break;
    line += buffer.toString('utf8', 0, n);
  }
  fs.closeSync(3);
  return line.replace(/\n$/, '').split('\t');
}

// The job repeats the cold command's arguments: node's own flags (given to this worker already), then the file.
const args = jobArguments().filter((a) => !a.startsWith('--'));
process.argv = [process.argv[0], path.resolve(args[0]), ...args.slice(1)];
Module.runMain();
