// The Node globals a contest or practice program uses for input and output. Debian ships no
// @types/node; these keep `require('fs')`, `process.stdin` and friends type-checking.
declare var require: (module: string) => any;
declare var process: any;
declare var module: any;
declare var exports: any;
declare var __dirname: string;
declare var __filename: string;
declare var Buffer: any;
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearTimeout(handle: any): void;
declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): any;
interface Console {
    log(...data: any[]): void;
    error(...data: any[]): void;
    warn(...data: any[]): void;
    info(...data: any[]): void;
    debug(...data: any[]): void;
    table(...data: any[]): void;
}
declare var console: Console;
// Node's modules, untyped (shorthand ambient modules: every import is `any`).
declare module "fs";
declare module "readline";
declare module "path";
declare module "os";
declare module "util";
declare module "process";
declare module "assert";
declare module "events";
