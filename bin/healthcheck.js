#!/usr/bin/env node
// The container's HEALTHCHECK, for every way the image runs (exit 0 healthy, 1 not):
//   start (polling) and dashboard: the mentor workspace on PORT serves /static/app.css;
//   start and bot with BOT_MODE=webhook: the webhook server on PORT answers GET /healthz with 200;
//   bot in polling mode opens no port: the process being alive (tini ends the container when node exits)
//   is all there is to check.
// The command is taken from the running app's command line (the argument after bin/pendamping.js), or
// from this script's first argument. Plain JavaScript with no imports from the app: it runs every 30 s
// and must cost milliseconds, not a TypeScript start.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';

const env = process.env;
const port = Number(env.PORT || 8080);
const timeoutMs = Number(env.HEALTHCHECK_TIMEOUT_MS || 3000);

/** The app's command (start, bot, dashboard, ...) from /proc, or undefined where there is no /proc. */
function runningCommand() {
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return undefined;
  }
  for (const pid of pids.sort((a, b) => Number(a) - Number(b))) {
    let args;
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const at = args.findIndex((arg) => arg.endsWith('bin/pendamping.js'));
    if (at >= 0) return args[at + 1] || 'start';
  }
  return undefined;
}

/** The HTTP status of GET path on the local PORT, or the error's code when nothing answers. */
function get(path) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (error) => resolve(error.code ?? 'error'));
    req.end();
  });
}

const command = process.argv[2] ?? runningCommand() ?? 'start';
const pollingBotAlone = command === 'bot' && env.BOT_MODE !== 'webhook';
if (pollingBotAlone) {
  console.log('healthy: polling bot (no port to check)');
  process.exit(0);
}
const webhook = await get('/healthz');
if (webhook === 200) {
  console.log(`healthy: GET /healthz on port ${port}`);
  process.exit(0);
}
const workspace = await get('/static/app.css');
if (workspace === 200) {
  console.log(`healthy: the mentor workspace on port ${port}`);
  process.exit(0);
}
console.log(`unhealthy (${command}): /healthz ${webhook}, /static/app.css ${workspace} on port ${port}`);
process.exit(1);
