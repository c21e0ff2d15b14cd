import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeKnowledge } from '../helpers/knowledge.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'pendamping.js');

const knowledge = writeKnowledge([
  {
    path: 'keuangan/hpp-tas.md',
    title: 'HPP tas kulit',
    body: '## Menghitung HPP tas kulit\n\nHPP tas kulit dihitung dari kulit, furing, dan upah jahit dibagi jumlah tas sebulan.',
  },
  {
    path: 'keuangan/hpp-dodol.md',
    title: 'HPP dodol',
    body: '## Menghitung HPP dodol\n\nHPP dodol dihitung dari ketan, gula merah, dan kemasan dibagi jumlah bungkus yang layak jual.',
  },
]);

function run(args: string[], input: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KNOWLEDGE_DIR: knowledge,
    PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-conv-')),
  };
  delete env.DATABASE_URL;
  return new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe('a conversation in the terminal', () => {
  it('chat carries the earlier turn into a follow-up and says how it understood it', async () => {
    const result = await run(['chat'], 'gimana cara ngitung hpp tas kulit?\nkalau untuk dodol?\n/keluar\n');
    expect(result.code).toBe(0);
    const replies = result.stdout.split('Pendamping> ').slice(1);
    expect(replies[0]).toMatch(/furing/);
    expect(replies[1]).toMatch(/^\(saya pahami: gimana cara ngitung hpp untuk dodol\?\)/);
    expect(replies[1]).toMatch(/ketan/);
  });

  it("chat works out the issue's keripik conversation: keeps the bananas, scales them for 300, prices that HPP", async () => {
    const result = await run(
      ['chat'],
      [
        'sy bikin keripik pisang, sebulan 200 bungkus. pisang sebulan 1,5jt, minyak 600rb, plastik+label 400rb, gas 200rb. hpp nya brp?',
        'upah sy sendiri 1jt sebulan',
        'kalau bikin 300 bungkus?',
        'harga jualnya brp kalau mau untung 40%?',
        '',
      ].join('\n'),
    );
    const replies = result.stdout.split('Pendamping> ').slice(1);
    expect(replies[0]).toContain('pisang Rp 1.500.000 sebulan');
    expect(replies[1]).toMatch(/^HPP per bungkus Anda Rp 18\.500\./);
    expect(replies[2]).toMatch(/^HPP per bungkus Anda Rp 16\.500\./);
    expect(replies[3]).toMatch(/^Harga jual Rp 24\.000 per bungkus/);
  });

  it('ask --stdin --conversation answers the lines as one conversation, one JSON object each', async () => {
    const result = await run(
      ['ask', '--stdin', '--conversation', '--json'],
      'gimana cara ngitung hpp tas kulit?\nkalau untuk dodol?\n',
    );
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].resolvedQuestion).toBeUndefined();
    expect(lines[1]).toMatchObject({
      resolvedQuestion: 'gimana cara ngitung hpp untuk dodol?',
      answered: true,
    });
    expect(lines[1].answer).toMatch(/ketan/);
    const alone = await run(
      ['ask', '--stdin', '--json'],
      'gimana cara ngitung hpp tas kulit?\nkalau untuk dodol?\n',
    );
    expect(JSON.parse(alone.stdout.trim().split('\n')[1]!).resolvedQuestion).toBeUndefined();
  });
});
