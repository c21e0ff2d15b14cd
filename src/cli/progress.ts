import cliProgress from 'cli-progress';

/**
 * A progress bar on stderr when it is a terminal; silent otherwise (CI logs, pipes), where the
 * one-line summary is enough.
 */
export function createProgress(label: string) {
  if (!process.stderr.isTTY)
    return { update: (_done: number, _total: number, _item?: string) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {item}`,
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, item = '') {
      if (!started) {
        bar.start(total, 0, { item: '' });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { item: item.length > 40 ? `…${item.slice(-39)}` : item });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
