import { readFileSync } from 'node:fs';
import matter from 'gray-matter';

/** A file of the repository as text. */
export const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** YAML through gray-matter's parser (a dependency the product already keeps for front matter). */
export function parseYaml(text: string): Record<string, unknown> {
  return matter(`---\n${text}\n---\n`).data;
}

/** The environment variables src/config.ts reads: the keys of its zod schema object. */
export function configVariables(): string[] {
  const source = read('src/config.ts');
  const start = source.indexOf('const envSchema = z.object({');
  const end = source.indexOf('\n});', start);
  if (start < 0 || end < 0) throw new Error('src/config.ts: envSchema = z.object({ ... }) not found');
  return [...source.slice(start, end).matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
}

/** The names an env file sets or shows commented out (`NAME=` or `# NAME=`). */
export function envFileNames(text: string): Set<string> {
  return new Set([...text.matchAll(/^(?:# ?)?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
}

/** A Dockerfile as instructions (continuations joined), split into stages at each FROM. */
export function dockerStages(text: string): { from: string; name?: string; lines: string[] }[] {
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: { from: string; name?: string; lines: string[] }[] = [];
  for (const line of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ from: from[1]!, name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}
