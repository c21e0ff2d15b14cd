import { describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';

describe('createConfig', () => {
  it('defaults to the embedded database, lexical retrieval and no LLM', () => {
    const config = createConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config).toMatchObject({
      llmEnabled: false,
      embeddingsEnabled: false,
      retrievalMode: 'lexical',
      minConfidence: 0.5,
    });
  });

  it('switches to PostgreSQL with DATABASE_URL and to the LLM with a key or a local base URL', () => {
    expect(createConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/x',
    });
    expect(createConfig({ OPENAI_API_KEY: 'sk-1' }).llmEnabled).toBe(true);
    expect(createConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }).llmEnabled).toBe(true);
    expect(createConfig({ DATABASE_URL: '  ', OPENAI_API_KEY: '' }).database.kind).toBe('pglite');
  });

  it('names every bad variable and what was expected, and never echoes secrets', () => {
    let message = '';
    try {
      createConfig({
        DATABASE_URL: 'mysql://x',
        ANSWER_MIN_CONFIDENCE: '7',
        OPENAI_TIMEOUT_MS: 'soon',
        LOG_LEVEL: 'loud',
      });
    } catch (error) {
      message = (error as Error).message;
      expect((error as { code: string }).code).toBe('CONFIG_INVALID');
    }
    expect(message).toMatch(/DATABASE_URL: expected a PostgreSQL URL/);
    expect(message).toMatch(/ANSWER_MIN_CONFIDENCE: expected a number between 0 and 1 \(got "7"\)/);
    expect(message).toMatch(/OPENAI_TIMEOUT_MS: expected a whole number/);
    expect(message).toMatch(/LOG_LEVEL: expected one of/);
  });

  it('shows workspace times in WIB unless WORKSPACE_TIMEZONE names another zone, and refuses a zone that is none', async () => {
    expect(createConfig({}).dashboard.timeZone).toBe('Asia/Jakarta');
    expect(createConfig({ WORKSPACE_TIMEZONE: 'Asia/Makassar' }).dashboard.timeZone).toBe('Asia/Makassar');
    expect(() => createConfig({ WORKSPACE_TIMEZONE: 'Mars/Olympus' })).toThrow(/WORKSPACE_TIMEZONE/);
    const { showTimesIn, when } = await import('../../src/dashboard/html.ts');
    const noonUtc = new Date(Date.UTC(2026, 11, 3, 5, 0));
    showTimesIn('Asia/Jakarta');
    expect(when(noonUtc)).toMatch(/12[.:]00 WIB$/);
    showTimesIn('Asia/Jayapura');
    expect(when(noonUtc)).toMatch(/14[.:]00 WIT$/);
    showTimesIn('Asia/Jakarta');
  });

  it('refuses dense retrieval without an embedding model', () => {
    expect(() => createConfig({ RETRIEVAL_MODE: 'hybrid' })).toThrow(
      /RETRIEVAL_MODE: hybrid needs OPENAI_EMBEDDING_MODEL/,
    );
  });
});
