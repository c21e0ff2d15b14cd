import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChatPromptTemplate } from '@langchain/core/prompts';

const PROMPTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts');

/** Loads prompts/NAME.system.md and prompts/NAME.human.md as one chat prompt template. */
export function loadChatPrompt(name: string, dir = PROMPTS_DIR): ChatPromptTemplate {
  const read = (part: string) => readFileSync(join(dir, `${name}.${part}.md`), 'utf8').trim();
  return ChatPromptTemplate.fromMessages([
    ['system', read('system')],
    ['human', read('human')],
  ]);
}
