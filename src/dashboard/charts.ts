import { h, type Html, num, truncate } from './html.ts';

// Drawn in a 400-unit-wide box and scaled to the card: on a 390 px phone a unit is about 0.8 px, so the
// 14-unit labels stay above 11 px; the stylesheet caps a chart's width so they stay below 18 px on a laptop.
const W = 400;
const H = 220;
const FONT = 14;
const PAD = { left: 44, right: 12, top: 12, bottom: 34 };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "2026-12-03" -> "3 Des"; any other label is shown as it is. */
export function dayLabel(label: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(label);
  return match ? `${Number(match[2])} ${MONTHS[Number(match[1]) - 1]}` : label;
}

const niceMax = (max: number) => {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

/** At most about six labels along the bottom, so that "30 Nov" never runs into its neighbour. */
const labelEvery = (count: number) => Math.max(1, Math.ceil(count / 6));

const axisText = (x: number | string, y: number, text: string, anchor = 'middle') =>
  h`<text x="${x}" y="${y}" font-size="${FONT}" text-anchor="${anchor}" fill="#333">${text}</text>`;

/**
 * Vertical bars over labelled buckets (questions per day), drawn on the server as SVG with presentation
 * attributes only, so the page needs no script, no network and no inline style.
 */
export function barChart(title: string, points: { label: string; value: number }[], color = '#2f6f9f'): Html {
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, points.length);
  const every = labelEvery(points.length);
  return h`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${W} ${H}" width="100%" xmlns="http://www.w3.org/2000/svg">
  <title>${title}</title>
  <line x1="${PAD.left}" y1="${PAD.top + innerH}" x2="${W - PAD.right}" y2="${PAD.top + innerH}" stroke="#999"/>
  ${axisText(PAD.left - 6, PAD.top + 10, num(max), 'end')}
  ${axisText(PAD.left - 6, PAD.top + innerH, '0', 'end')}
  ${points.map((p, i) => {
    const bh = (p.value / max) * innerH;
    const x = PAD.left + i * step;
    return h`<rect x="${(x + step * 0.1).toFixed(1)}" y="${(PAD.top + innerH - bh).toFixed(1)}" width="${(step * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" fill="${color}"><title>${dayLabel(p.label)}: ${num(p.value)}</title></rect>
    ${i % every === 0 ? axisText((x + step / 2).toFixed(1), H - 12, dayLabel(p.label)) : ''}`;
  })}</svg>`;
}

/** A rate (0..1) per bucket as a line; buckets without data leave a gap. */
export function rateChart(
  title: string,
  points: { label: string; value: number | null }[],
  color = '#1f6f4a',
): Html {
  const innerW = W - PAD.left - PAD.right - 16;
  const innerH = H - PAD.top - PAD.bottom;
  const left = PAD.left + 8;
  const step = innerW / Math.max(1, points.length - 1);
  const every = labelEvery(points.length);
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${(left + i * step).toFixed(1)},${(PAD.top + innerH - p.value * innerH).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  return h`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${W} ${H}" width="100%" xmlns="http://www.w3.org/2000/svg">
  <title>${title}</title>
  <line x1="${PAD.left}" y1="${PAD.top + innerH}" x2="${W - PAD.right}" y2="${PAD.top + innerH}" stroke="#999"/>
  <line x1="${PAD.left}" y1="${PAD.top}" x2="${W - PAD.right}" y2="${PAD.top}" stroke="#ddd"/>
  ${axisText(PAD.left - 6, PAD.top + 10, '100%', 'end')}
  ${axisText(PAD.left - 6, PAD.top + innerH, '0%', 'end')}
  ${segments.map((pts) => (pts.includes(' ') ? h`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="2.5"/>` : h`<circle cx="${pts.split(',')[0]}" cy="${pts.split(',')[1]}" r="3.5" fill="${color}"/>`))}
  ${points.map((p, i) => (i % every === 0 ? axisText((left + i * step).toFixed(1), H - 12, dayLabel(p.label)) : ''))}
  </svg>`;
}

/** Horizontal bars with their labels and counts (topics, 👍/👎). */
export function hbarChart(title: string, items: { label: string; value: number; color?: string }[]): Html {
  const rowH = 26;
  const labelW = 140;
  const height = Math.max(1, items.length) * rowH + 10;
  const max = Math.max(1, ...items.map((item) => item.value));
  const innerW = W - labelW - 50;
  return h`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${W} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">
  <title>${title}</title>
  ${items.map((item, i) => {
    const y = 5 + i * rowH;
    const bw = (item.value / max) * innerW;
    return h`<text x="${labelW - 6}" y="${y + 18}" font-size="${FONT}" text-anchor="end" fill="#333">${truncate(item.label, 17)}<title>${item.label}</title></text>
    <rect x="${labelW}" y="${y + 4}" width="${bw.toFixed(1)}" height="${rowH - 8}" fill="${item.color ?? '#2f6f9f'}"/>
    <text x="${(labelW + bw + 4).toFixed(1)}" y="${y + 18}" font-size="${FONT}" fill="#333">${num(item.value)}</text>`;
  })}</svg>`;
}
