#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ with tsc, copies what the code reads beside itself (the SQL
// migrations), and stamps the build so that bin/pendamping.js can tell a fresh build from a stale one.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (path) => `${root}${path}`;

rmSync(at('dist'), { recursive: true, force: true });
execFileSync(at('node_modules/.bin/tsc'), ['-p', at('tsconfig.build.json')], { stdio: 'inherit' });
cpSync(at('src/db/migrations'), at('dist/db/migrations'), { recursive: true });
writeFileSync(at('dist/.built'), `${new Date().toISOString()}\n`);
