// The job channel of a pre-started Node worker (docs/languages.md, "Workers"): say "ready" with
// one byte on fd 3, then read the job's one line (the cold command's arguments, tab-separated).
'use strict';
const fs = require('fs');

exports.readJob = function readJob() {
  fs.writeSync(3, 'R'); // the sandbox reports this worker started only now
  const buffer = Buffer.alloc(65536);
  let line = '';
  while (!line.endsWith('\n')) {
    const n = fs.readSync(3, buffer, 0, buffer.length, null);
    if (n === 0) break;
    line += buffer.toString('utf8', 0, n);
  }
  fs.closeSync(3);
  return line.replace(/\n$/, '').split('\t');
};
