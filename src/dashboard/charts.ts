import { h, type Html } from './html.ts';

const W = 560;
const H = 200;
const PAD = { left: 40, right: 10, top: 10, bottom: 28 };

const niceMax = (max: number) => {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

/**
 * Vertical bars over labelled buckets (questions per day), drawn on the server as SVG with presentation
 * attributes only, so the page needs no script, no network and no inline style.
 */
export function barChart(title: string, points: { label: string; value: number }[], color = '#2f6f9f'): Html {
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, points.length);
  const every = Math.ceil(points.length / 8);
  return h`<svg role="img" aria-label="${title}" viewBox="0 0 ${W} ${H}" width="100%" xmlns="http://www.w3.org/2000/svg">
  <title>${title}</title>
  <line x1="${PAD.left}" y1="${PAD.top + innerH}" x2="${W - PAD.right}" y2="${PAD.top + innerH}" stroke="#999"/>
  <text x="${PAD.left - 4}" y="${PAD.top + 8}" font-size="10" text-anchor="end" fill="#555">${max}</text>
  <text x="${PAD.left - 4}" y="${PAD.top + innerH}" font-size="10" text-anchor="end" fill="#555">0</text>
  ${points.map((p, i) => {
    const bh = (p.value / max) * innerH;
    const x = PAD.left + i * step;
    return h`<rect x="${(x + step * 0.1).toFixed(1)}" y="${(PAD.top + innerH - bh).toFixed(1)}" width="${(step * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" fill="${color}"><title>${p.label}: ${p.value}</title></rect>
    ${i % every === 0 ? h`<text x="${(x + step / 2).toFixed(1)}" y="${H - 10}" font-size="10" text-anchor="middle" fill="#555">${p.label}</text>` : ''}`;
  })}</svg>`;
}

/** A rate (0..1) per bucket as a line; buckets without data leave a gap. */
export function rateChart(
  title: string,
  points: { label: string; value: number | null }[],
  color = '#1f6f4a',
): Html {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, points.length - 1);
  const every = Math.ceil(points.length / 8);
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${(PAD.left + i * step).toFixed(1)},${(PAD.top + innerH - p.value * innerH).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  return h`<svg role="img" aria-label="${title}" viewBox="0 0 ${W} ${H}" width="100%" xmlns="http://www.w3.org/2000/svg">
  <title>${title}</title>
  <line x1="${PAD.left}" y1="${PAD.top + innerH}" x2="${W - PAD.right}" y2="${PAD.top + innerH}" stroke="#999"/>
  <line x1="${PAD.left}" y1="${PAD.top}" x2="${W - PAD.right}" y2="${PAD.top}" stroke="#ddd"/>
  <text x="${PAD.left - 4}" y="${PAD.top + 8}" font-size="10" text-anchor="end" fill="#555">100%</text>
  <text x="${PAD.left - 4}" y="${PAD.top + innerH}" font-size="10" text-anchor="end" fill="#555">0%</text>
  ${segments.map((pts) => (pts.includes(' ') ? h`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="2"/>` : h`<circle cx="${pts.split(',')[0]}" cy="${pts.split(',')[1]}" r="2.5" fill="${color}"/>`))}
  ${points.map((p, i) => (i % every === 0 ? h`<text x="${(PAD.left + i * step).toFixed(1)}" y="${H - 10}" font-size="10" text-anchor="middle" fill="#555">${p.label}</text>` : ''))}
  </svg>`;
}

/** Horizontal bars with their labels and counts (topics, 👍/👎). */
export function hbarChart(title: string, items: { label: string; value: number; color?: string }[]): Html {
  const rowH = 22;
  const labelW = 150;
  const height = Math.max(1, items.length) * rowH + 10;
  const max = Math.max(1, ...items.map((item) => item.value));
  const innerW = W - labelW - 60;
  return h`<svg role="img" aria-label="${title}" viewBox="0 0 ${W} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">
  <title>${title}</title>
  ${items.map((item, i) => {
    const y = 5 + i * rowH;
    const bw = (item.value / max) * innerW;
    return h`<text x="${labelW - 6}" y="${y + 15}" font-size="12" text-anchor="end" fill="#333">${item.label}</text>
    <rect x="${labelW}" y="${y + 3}" width="${bw.toFixed(1)}" height="${rowH - 8}" fill="${item.color ?? '#2f6f9f'}"/>
    <text x="${(labelW + bw + 4).toFixed(1)}" y="${y + 15}" font-size="12" fill="#333">${item.value}</text>`;
  })}</svg>`;
}
