// Part of .ci/node-lts-smoke: the compiled bot (`bin/pendamping.js bot`, polling) against the fake Bot API
// server of src/bench/ (real HTTP on 127.0.0.1). A user asks, consents, gets an answer that names HPP; then
// SIGTERM, and the bot must exit 0. Runs on whatever `node` runs it (the smoke run's Node LTS).
// Usage: node .ci/node-lts-bot.mjs DATA_DIR
import { spawn } from 'node:child_process';

const { startFakeTelegram } = await import(new URL('../dist/bench/fake-telegram.js', import.meta.url).href);
const dataDir = process.argv[2];
const TOKEN = '4242:node-lts-smoke';
const telegram = await startFakeTelegram();
const bot = spawn(process.execPath, ['bin/pendamping.js', 'bot'], {
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    PENDAMPING_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'pipe'],
});
let stderr = '';
bot.stderr.on('data', (chunk) => {
  stderr += chunk;
});
const exited = new Promise((resolve) => bot.on('exit', (code) => resolve(code)));
const fail = async (why) => {
  console.error(`bot smoke failed: ${why}\n${stderr.slice(-3000)}`);
  bot.kill('SIGKILL');
  await telegram.close();
  process.exit(1);
};
const from = { id: 4242, is_bot: false, first_name: 'Siti', language_code: 'id' };
const chat = { id: 4242, type: 'private', first_name: 'Siti' };
try {
  await telegram.waitFor((calls) => calls.find((c) => c.method === 'getUpdates'), 120_000);
  telegram.pushUpdate(TOKEN, { message: { message_id: 1, date: 1, chat, from, text: 'apa itu HPP?' } });
  await telegram.waitFor((calls) => calls.find((c) => c.method === 'sendMessage'), 60_000);
  const since = telegram.calls.length;
  telegram.pushUpdate(TOKEN, {
    callback_query: { id: 'c1', from, chat_instance: 'x', data: 'consent', message: { message_id: 2, date: 1, chat } },
  });
  await telegram.waitFor(
    (calls) => calls.slice(since).find((c) => c.method === 'sendMessage' && /HPP/.test(String(c.payload.text))),
    60_000,
  );
} catch (error) {
  await fail(error.message);
}
bot.kill('SIGTERM');
const code = await exited;
await telegram.close();
if (code !== 0) await fail(`exit code ${code} after SIGTERM`);
console.log('bot: answered "apa itu HPP?" through the fake Bot API, stopped on SIGTERM with exit 0');
