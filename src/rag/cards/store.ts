import type { CardsRepo } from '../../db/cards-repo.ts';
import type { RuleSet } from '../rules.ts';
import { type CardMatcher, createCardMatcher } from './matcher.ts';

/**
 * The card matcher, built from the database and rebuilt when a card or variant changes (a mentor's
 * new variant is answered from within `checkMs`, in every process sharing the database).
 */
export function createCardStore(
  repo: Pick<CardsRepo, 'list' | 'version'>,
  options: { checkMs?: number; places?: () => ReadonlySet<string>; rules?: RuleSet } = {},
) {
  const checkMs = options.checkMs ?? 2_000;
  let matcher: CardMatcher | undefined;
  let version = '';
  let checkedAt = 0;
  let loading: Promise<CardMatcher> | undefined;

  async function load(): Promise<CardMatcher> {
    const now = Date.now();
    if (matcher && now - checkedAt < checkMs) return matcher;
    checkedAt = now;
    const current = await repo.version();
    if (matcher && current === version) return matcher;
    matcher = createCardMatcher(await repo.list(), { places: options.places?.(), rules: options.rules });
    version = current;
    return matcher;
  }

  return {
    async current(): Promise<CardMatcher> {
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },
    /** Rebuild on the next question (a mentor just changed a card in this process). */
    invalidate() {
      checkedAt = 0;
    },
  };
}

export type CardStore = ReturnType<typeof createCardStore>;
