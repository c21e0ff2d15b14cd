import { describe, expect, it } from 'vitest';
import { configVariables, envFileNames, parseYaml, read } from './files.ts';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  env_file?: (string | { path: string })[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  profiles?: string[];
}

const compose = parseYaml(read('docker-compose.yml')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const example = read('.env.example');
const variables = configVariables();
const app = compose.services.app!;
const envFiles = (service: Service) =>
  (service.env_file ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.path));

describe('docker-compose.yml runs the product with every setting', () => {
  it('reads the settings of src/config.ts', () => {
    expect(variables.length).toBeGreaterThan(25);
    expect(variables).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'HOST', 'PUBLIC_URL']),
    );
  });

  it('has one app service that runs start (bot and workspace) on a healthy PostgreSQL + pgvector', () => {
    expect(app.command).toEqual(['start']);
    expect(app.build).toBeDefined();
    expect(app.depends_on?.db?.condition).toBe('service_healthy');
    const db = compose.services.db!;
    expect(db.image).toMatch(/^pgvector\/pgvector:pg\d+/);
    expect(db.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('passes every setting src/config.ts reads: .env goes in whole, and .env.example names each one', () => {
    for (const service of [app, compose.services.workspace!]) expect(envFiles(service)).toContain('.env');
    const named = envFileNames(example);
    const missing = variables.filter((name) => !named.has(name));
    expect(missing, `settings .env.example does not name: ${missing.join(', ')}`).toEqual([]);
  });

  it('sets nothing the app does not read, and fixes what a container needs', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === 'db') continue;
      const unknown = Object.keys(service.environment ?? {}).filter((key) => !variables.includes(key));
      expect(unknown, `${name} sets variables src/config.ts does not read`).toEqual([]);
    }
    expect(app.environment).toMatchObject({ HOST: '0.0.0.0', PENDAMPING_DATA_DIR: '/app/data' });
    expect(app.environment?.PUBLIC_URL).toMatch(/^\$\{PUBLIC_URL:-http/);
    expect(app.environment?.DATABASE_URL).toContain('@db:5432/');
  });

  it('publishes the port the app listens on and keeps its data in a named volume', () => {
    expect(app.environment?.PORT).toMatch(/^\$\{PORT:-8080\}$/);
    expect(app.ports).toHaveLength(1);
    expect(app.ports![0]).toMatch(/^\$\{PUBLISH_ADDRESS:-127\.0\.0\.1\}:\$\{PORT:-8080\}:\$\{PORT:-8080\}$/);
    const [volume, target] = app.volumes![0]!.split(':');
    expect(target).toBe('/app/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('runs the workspace on its own only in webhook mode, where the webhook takes PORT', () => {
    const workspace = compose.services.workspace!;
    expect(workspace.profiles).toEqual(['webhook']);
    expect(workspace.command).toEqual(['dashboard']);
    expect(workspace.environment?.PORT).not.toBe(app.environment?.PORT);
  });

  it('the example .env sets no value the app would reject, and keeps defaults commented', () => {
    const set = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    const composeOnly = new Set(['POSTGRES_PASSWORD', 'PUBLISH_ADDRESS', 'WORKSPACE_PORT']);
    for (const [name] of set) expect(variables.includes(name) || composeOnly.has(name), name).toBe(true);
    expect(Object.fromEntries(set)).toMatchObject({ TELEGRAM_BOT_TOKEN: '', BOT_MODE: 'polling' });
  });
});
