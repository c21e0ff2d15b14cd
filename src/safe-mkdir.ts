import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p` that always ends. Node 20's `mkdirSync(path, { recursive: true })` loops forever under
 * /proc (ENOENT for a parent that stat says exists), which made `LOG_FILE=/proc/nonexistent/x.log`
 * spin at full CPU. This walks up to the first existing ancestor and creates each level once.
 */
export function ensureDir(path: string): void {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      if (statSync(current).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), { code: 'ENOTDIR' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}
