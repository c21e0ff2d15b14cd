import { Stemmer } from 'sastrawijs';
import { describe, expect, it } from 'vitest';
import { read } from './files.ts';

const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
const installed = Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, ''));

describe('dependencies', () => {
  it('installs no Babel 6 toolchain or core-js@2 (sastrawijs declared a build plugin as a runtime dependency)', () => {
    const babel6 = installed.filter((name) =>
      /^babel-(runtime|core|cli|types|template|traverse|messages)$/.test(name),
    );
    expect(babel6).toEqual([]);
    expect(installed).not.toContain('core-js');
    const standIn = lock.packages['node_modules/babel-plugin-transform-class-properties'];
    expect(standIn).toMatchObject({ resolved: 'vendor/sastrawijs-no-babel', link: true });
  });

  it('keeps the stemmer working without it', () => {
    const stemmer = new Stemmer();
    expect(stemmer.stem('perindustrian')).toBe('industri');
    expect(stemmer.stem('penjualan')).toBe('jual');
    expect(stemmer.stem('keuangan')).toBe('uang');
  });
});
