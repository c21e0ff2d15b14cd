import type { ConversationFilter } from '../../db/workspace-repo.ts';
import { type Ctx, clean } from '../context.ts';
import { channelLabel, h, type Html } from '../html.ts';

export const OUTCOME_LABEL: Record<string, string> = {
  answered: 'dijawab',
  declined: 'belum tahu',
  clarify: 'ditanya balik (pilihan topik)',
  handed_off: 'diteruskan ke mentor',
  smalltalk: 'sapaan',
  rejected: 'ditolak (input)',
  error: 'galat',
};

/** The list filter from the query string; unknown values are dropped rather than trusted. */
export function filterOf(c: Ctx): ConversationFilter {
  const q = (name: string, max = 100) => clean(c.req.query(name) ?? '', max) || undefined;
  const feedback = q('umpan');
  return {
    from: q('dari', 10),
    to: q('sampai', 10),
    outcome: q('hasil', 40),
    channel: q('kanal', 40),
    topic: q('topik', 60),
    feedback: feedback === 'up' || feedback === 'down' || feedback === 'none' ? feedback : undefined,
    q: q('cari', 500),
  };
}

/** The filter as query parameters again (for paging and export links). */
export function queryOf(filter: ConversationFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined) => value && params.set(name, value);
  set('dari', filter.from);
  set('sampai', filter.to);
  set('hasil', filter.outcome);
  set('kanal', filter.channel);
  set('topik', filter.topic);
  set('umpan', filter.feedback);
  set('cari', filter.q);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function options(
  values: string[],
  selected: string | undefined,
  label: (v: string) => string = (v) => v,
): Html[] {
  return values.map(
    (value) => h`<option value="${value}" ${value === selected ? 'selected' : ''}>${label(value)}</option>`,
  );
}

export function filterForm(
  filter: ConversationFilter,
  facets: { channels: string[]; topics: string[]; outcomes: string[] },
): Html {
  const outcomes = [...new Set([...Object.keys(OUTCOME_LABEL), ...facets.outcomes])];
  return h`<form method="get" action="/percakapan" class="filters" id="saring">
  <label>Cari <input type="search" name="cari" value="${filter.q ?? ''}" placeholder="kata dalam pertanyaan/jawaban"></label>
  <label>Dari <input type="date" name="dari" value="${filter.from ?? ''}"></label>
  <label>Sampai <input type="date" name="sampai" value="${filter.to ?? ''}"></label>
  <label>Hasil <select name="hasil"><option value="">semua</option>${options(outcomes, filter.outcome, (v) => OUTCOME_LABEL[v] ?? v)}</select></label>
  <label>Umpan balik <select name="umpan"><option value="">semua</option>${options(['up', 'down', 'none'], filter.feedback, (v) => ({ up: 'membantu', down: 'tidak membantu', none: 'tanpa' })[v] ?? v)}</select></label>
  <label>Topik <select name="topik"><option value="">semua</option>${options(facets.topics, filter.topic)}</select></label>
  <label>Kanal <select name="kanal"><option value="">semua</option>${options(facets.channels, filter.channel, channelLabel)}</select></label>
  <button>Terapkan</button> <a href="/percakapan">Hapus saringan</a>
</form>`;
}
