// A single-use, pre-started Node for one job (docs/languages.md, "Workers"). Everything before
// the job arrives is V8's start-up, which the sandbox does not count. Then it runs the learner's
// file as `node main.js` would: the file is the main module, so `require.main`, `process.argv`,
// uncaught errors and the exit status are the same.
'use strict';
const path = require('path');
const Module = require('module');
const { readJob } = require('./job_channel.js');

// The job repeats the cold command's arguments: node's own flags (given to this worker already), then the file.
const args = readJob().filter((a) => !a.startsWith('--'));
process.argv = [process.argv[0], path.resolve(args[0]), ...args.slice(1)];
Module.runMain();
