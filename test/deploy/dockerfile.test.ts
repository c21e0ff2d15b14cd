import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dockerStages, read } from './files.ts';

// Docker is not available on every machine (not on this project's CI): these checks read the files.
const stages = dockerStages(read('Dockerfile'));
const runtime = stages.at(-1)!;
const instruction = (name: string) =>
  runtime.lines.filter((line) => line.toUpperCase().startsWith(`${name} `));
const ignored = read('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('Dockerfile (static checks)', () => {
  it('is multi-stage: compiled in one stage, run from a slim current Node LTS without the compiler', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const arg = /ARG NODE_IMAGE=(\S+)/.exec(read('Dockerfile'))?.[1];
    const base = /^\$\{NODE_IMAGE\}$/.test(runtime.from) ? arg : runtime.from;
    expect(base).toMatch(/^node:(\d+)-(bookworm-|trixie-)?slim$/);
    const major = Number(/^node:(\d+)/.exec(base!)![1]);
    expect(major % 2, 'an LTS line is even').toBe(0);
    expect(major).toBeGreaterThanOrEqual(24);
    expect(stages.some((stage) => stage.lines.some((line) => /npm run build/.test(line)))).toBe(true);
    expect(runtime.lines.some((line) => /^COPY --from=\S+ \/app\/dist \.\/dist$/.test(line))).toBe(true);
    expect(runtime.lines.some((line) => /^COPY (\S+ )?src\b/.test(line))).toBe(false);
    expect(runtime.lines.some((line) => /npm ci(?!.*--omit=dev)/.test(line))).toBe(false);
  });

  it('copies the local packages package.json links (file:) before every npm ci, and into the image', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const local = Object.values(pkg.dependencies)
      .filter((spec) => spec.startsWith('file:'))
      .map((spec) => spec.slice('file:'.length).replace(/^\.\//, '').split('/')[0]!);
    expect(local.length).toBeGreaterThan(0);
    for (const stage of stages) {
      const ci = stage.lines.findIndex((line) => /npm ci/.test(line));
      const copies = stage.lines.slice(0, ci < 0 ? undefined : ci).join('\n');
      for (const dir of local)
        if (ci >= 0 || stage === runtime)
          expect(copies, `${stage.name ?? 'runtime'} stage`).toMatch(new RegExp(`COPY .*\\b${dir}\\b`));
    }
  });

  it('runs as a non-root user', () => {
    const users = instruction('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER (root|0)(:|$)/);
  });

  it('has an init process as PID 1, so SIGTERM reaches Node', () => {
    const entrypoint = instruction('ENTRYPOINT').at(-1) ?? '';
    expect(entrypoint).toMatch(/"(\/usr\/bin\/tini|\/sbin\/tini|tini|dumb-init)"/);
    expect(entrypoint).toContain('bin/pendamping.js');
    expect(runtime.lines.some((line) => /apt-get install .*\btini\b/.test(line))).toBe(true);
    expect(instruction('CMD').at(-1)).toBe('CMD ["start"]');
  });

  it('has a HEALTHCHECK that runs the health script shipped in the image', () => {
    const health = instruction('HEALTHCHECK').at(-1) ?? '';
    expect(health).toMatch(/CMD \["node", "bin\/healthcheck\.js"\]/);
    expect(existsSync(new URL('../../bin/healthcheck.js', import.meta.url))).toBe(true);
    expect(runtime.lines).toContain('COPY bin ./bin');
  });

  it('keeps secrets and local state out of the build context', () => {
    for (const entry of ['.env', '.git', 'node_modules', 'data', 'dist']) expect(ignored).toContain(entry);
    for (const needed of ['src', 'bin', 'prompts', 'knowledge', 'package.json', 'package-lock.json'])
      expect(ignored).not.toContain(needed);
  });
});
