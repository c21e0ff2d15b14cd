// Telegram's HTML rules, checked by the fake Bot API server (src/bench/).
export * from '../../src/bench/telegram-html.ts';
