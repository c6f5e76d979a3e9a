import type { KeyResultView } from '../shared/contract';

/** How the UI Kit surfaces write figures; plain functions, so they are tested without a bridge. */

/** "25 %", whole percents as on the project page, with the raw value when it runs past the bar ("100 % (125 %)"). */
export function percentText(progress: KeyResultView['progress']): string {
  const shown = Math.round(progress.percent);
  const raw = Math.round(progress.rawPercent);
  return raw === shown ? `${shown} %` : `${shown} % (${raw} %)`;
}

/** What the number means: "80 / 20 ms", "3 / 8 issues", "13 / 40 pts, 2 unestimated". */
export function measureText(keyResult: KeyResultView): string {
  if (keyResult.metric) {
    // As on the project page: "640 / 300 ms ↓ from 800".
    const { current, target, unit, baseline, direction } = keyResult.metric;
    const figures = `${formatNumber(current)} / ${formatNumber(target)}${unit.trim() ? ` ${unit.trim()}` : ''}`;
    return `${figures} ${direction === 'decrease' ? '↓' : '↑'} from ${formatNumber(baseline)}`;
  }
  const work = keyResult.work;
  if (!work) return '';
  if (keyResult.kind === 'issues') return `${work.doneIssues} / ${work.totalIssues} issues done`;
  const unestimated = work.unestimatedIssues > 0 ? `, ${work.unestimatedIssues} unestimated` : '';
  return `${formatNumber(work.doneStoryPoints)} / ${formatNumber(work.totalStoryPoints)} pts done${unestimated}`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
