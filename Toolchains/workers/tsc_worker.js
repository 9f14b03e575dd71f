// A single-use, pre-started TypeScript compiler for one job (docs/languages.md, "Workers").
// Before the job it loads the compiler and type-checks a small program, so the standard library's
// declarations are parsed off the job's clock; the job then compiles with tsc's own command line
// parser, emitter and diagnostic format, and exits with tsc's status.
'use strict';
const fs = require('fs');
const ts = require('/usr/share/nodejs/typescript/lib/typescript.js');
const { readJob } = require('./job_channel.js');

// Declaration files never change between jobs (they are the toolchain's): parse each once.
const parsed = new Map();
function host(options) {
  const base = ts.createCompilerHost(options);
  const getSourceFile = base.getSourceFile;
  base.getSourceFile = (name, version, onError, create) => {
    if (!name.endsWith('.d.ts')) return getSourceFile.call(base, name, version, onError, create);
    const key = name + ':' + version;
    if (!parsed.has(key)) parsed.set(key, getSourceFile.call(base, name, version, onError, create));
    return parsed.get(key);
  };
  return base;
}

function compile(args, write) {
  const command = ts.parseCommandLine(args);
  if (command.errors.length > 0) {
    write(ts.formatDiagnostics(command.errors, ts.createCompilerHost({})));
    return 1;
  }
  const compilerHost = host(command.options);
  const program = ts.createProgram(command.fileNames, command.options, compilerHost);
  const emitted = program.emit();
  const diagnostics = ts.sortAndDeduplicateDiagnostics(ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics));
  if (diagnostics.length > 0) write(ts.formatDiagnostics(diagnostics, compilerHost));
  if (emitted.emitSkipped && diagnostics.length > 0) return 1;
  return diagnostics.length > 0 ? 2 : 0;
}

// Warm up on a program in /tmp, with the options the toolchain file uses.
fs.writeFileSync('/tmp/warm.ts', 'const xs: number[] = [1, 2, 3];\nconsole.log(xs.map((x) => x * 2).join(" "));\n');
compile(['--noEmit', '--target', 'es2020', '--module', 'commonjs', '--lib', 'es2020', '/tmp/warm.ts',
  '/pebble/toolchains/support/node-globals.d.ts'], () => {});
fs.unlinkSync('/tmp/warm.ts');

// tsc prints its diagnostics on stdout.
// The job's first argument is tsc.js itself (the cold command runs it with node).
const status = compile(readJob().slice(1), (text) => process.stdout.write(text));
process.exitCode = status;
