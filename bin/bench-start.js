#!/usr/bin/env node
// The start-up benchmark of BENCHMARKS.md: a warm `pendamping ask "..."`, timed as a whole process, for this
// checkout and for an earlier commit side by side (A B A B ..., so that a machine whose speed drifts
// slows both alike), several runs after warm-up runs, medians and the paired ratio printed.
//
//   node bin/bench-start.js [--runs 10] [--warmup 2] [--baseline REF] [--question "apa itu hpp"]
//                           [--no-baseline] [--repo DIR]
//
// Both trees run compiled (each is built with its own bin/build.js) on one data directory each, created
// and filled by the warm-up; PGlite, no DATABASE_URL, no OpenAI. The baseline is `git archive REF` in a
// temporary folder sharing this checkout's node_modules. CPU seconds come from /usr/bin/time when it is
// installed (Debian's `time` package); wall seconds always. Plain JavaScript, no imports from the app.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: node bin/bench-start.js [--runs 10] [--warmup 2] [--baseline REF] [--no-baseline]
                              [--question "apa itu hpp"] [--repo DIR]`;
let values;
try {
  ({ values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      baseline: { type: 'string', default: 'fd6cd8f' },
      question: { type: 'string', default: 'apa itu hpp' },
      /** The git repository the baseline is taken from (default: this checkout's). */
      repo: { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const here = fileURLToPath(new URL('../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pd-bench-start-'));
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

function build(root) {
  execFileSync(process.execPath, [join(root, 'bin/build.js')], { cwd: root, stdio: 'inherit' });
}

function baselineTree(ref) {
  const root = join(scratch, 'baseline');
  execFileSync('mkdir', ['-p', root]);
  const archive = spawnSync('git', ['-C', values.repo ?? here, 'archive', ref], { maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr}`);
  execFileSync('tar', ['-x', '-C', root], { input: archive.stdout });
  symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** One run: wall seconds, and CPU seconds (user + sys) when /usr/bin/time is there. */
function once(root, dataDir) {
  const env = { ...process.env, PENDAMPING_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.OPENAI_API_KEY;
  const args = [join(root, 'bin/pendamping.js'), 'ask', values.question];
  const started = process.hrtime.bigint();
  const child = haveTime
    ? spawnSync(TIME, ['-f', '%U %S', process.execPath, ...args], { cwd: root, env, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`ask failed in ${root}: ${child.stderr}`);
  const times = haveTime ? child.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [];
  return { wall, cpu: times.length === 2 ? times[0] + times[1] : Number.NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (x) => (Number.isNaN(x) ? '-' : x.toFixed(2));

try {
  const trees = [{ name: 'this checkout', root: here }];
  if (!values['no-baseline'])
    trees.push({ name: `baseline ${values.baseline}`, root: baselineTree(values.baseline) });
  for (const tree of trees) {
    build(tree.root);
    tree.data = join(scratch, `data-${trees.indexOf(tree)}`);
    tree.samples = [];
    for (let i = 0; i < warmup; i++) once(tree.root, tree.data);
  }
  for (let i = 0; i < runs; i++) for (const tree of trees) tree.samples.push(once(tree.root, tree.data));

  console.log(
    `warm \`pendamping ask "${values.question}"\`, ${runs} runs each after ${warmup} warm-up, in turn`,
  );
  console.log(`node ${process.version}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
  console.log('');
  console.log('| code | wall s (median) | wall s (min-max) | CPU s (median) |');
  console.log('|---|---|---|---|');
  for (const tree of trees) {
    const wall = tree.samples.map((s) => s.wall);
    const cpu = tree.samples.map((s) => s.cpu);
    console.log(
      `| ${tree.name} | ${f(median(wall))} | ${f(Math.min(...wall))}-${f(Math.max(...wall))} | ${f(median(cpu))} |`,
    );
  }
  if (trees.length === 2) {
    const [a, b] = trees;
    const ratio = (key) => median(a.samples.map((s, i) => s[key] / b.samples[i][key]));
    console.log('');
    console.log(`paired ratio, this checkout / baseline: wall ${f(ratio('wall'))}, CPU ${f(ratio('cpu'))}`);
  }
  console.log(`target of issue 19: a warm ask in at most 1.50 s wall`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
