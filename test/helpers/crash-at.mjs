/**
 * Preloaded with `node --import` into a real CLI process to crash it at an exact file-system step:
 * every call that changes the file system (through fs/promises or the sync API) is a numbered step.
 * - CRASH_COUNT_FILE=path: append one line per step ("N name path") — how many points there are.
 * - CRASH_AT=N: SIGKILL this process just before step N starts.
 * - CRASH_AFTER=N: SIGKILL this process as soon as step N has finished.
 * The process dies exactly as with `kill -9`: no exit handlers, no finally blocks.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const at = Number(process.env.CRASH_AT ?? 0);
const after = Number(process.env.CRASH_AFTER ?? 0);
const countFile = process.env.CRASH_COUNT_FILE;
// A raw descriptor: the patched functions call each other (appendFileSync uses writeFileSync).
const countFd = countFile ? fs.openSync(countFile, 'a') : undefined;
const ASYNC = [
  'writeFile',
  'appendFile',
  'rename',
  'copyFile',
  'chmod',
  'mkdir',
  'rm',
  'rmdir',
  'unlink',
  'open',
];
const SYNC = [
  'writeFileSync',
  'appendFileSync',
  'renameSync',
  'copyFileSync',
  'chmodSync',
  'mkdirSync',
  'rmSync',
  'unlinkSync',
  'openSync',
];
let step = 0;

const die = () => process.kill(process.pid, 'SIGKILL');

function enter(name, path) {
  step += 1;
  if (countFd !== undefined) fs.writeSync(countFd, `${step} ${name} ${String(path)}\n`);
  if (step === at) die();
  return step;
}

for (const name of ASYNC) {
  const original = fs.promises[name];
  fs.promises[name] = async function (...args) {
    const n = enter(name, args[0]);
    const result = await original.apply(this, args);
    if (n === after) die();
    return result;
  };
}
for (const name of SYNC) {
  const original = fs[name];
  fs[name] = function (...args) {
    const n = enter(name, args[0]);
    const result = original.apply(this, args);
    if (n === after) die();
    return result;
  };
}
syncBuiltinESMExports();
