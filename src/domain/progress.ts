/** How far a key result has come: the raw ratio is kept, the percent is clamped for display. */
export interface Progress {
  /** Unclamped: 1.25 means 125 % of the way, -0.2 means it moved the wrong way. */
  ratio: number;
  /** 0–100, what a progress bar shows. */
  percent: number;
  done: boolean;
}

export function progressFromRatio(ratio: number): Progress {
  const safe = Number.isFinite(ratio) ? ratio : 0;
  return { ratio: safe, percent: clampPercent(safe * 100), done: safe >= 1 };
}

/**
 * Metric progress = (current − baseline) / (target − baseline), which also covers decreasing
 * metrics. A stored key result whose baseline equals its target (refused at creation, but it may
 * exist in old data) has no distance to travel and reads 0 %.
 */
export function metricProgress(baseline: number, target: number, current: number): Progress {
  if (target === baseline) return progressFromRatio(0);
  return progressFromRatio((current - baseline) / (target - baseline));
}

/** Share of a whole that is done; nothing to do yet reads 0 %, never NaN. */
export function shareProgress(done: number, total: number): Progress {
  return progressFromRatio(total > 0 ? done / total : 0);
}

export interface WeightedProgress {
  weight: number;
  progress: Progress;
}

/**
 * Objective progress: the weighted average of its key results' clamped percents, so one key
 * result far past its target cannot hide another that has not moved. No key results, or only
 * zero weights, means there is no progress to show (undefined, rendered "–").
 */
export function objectiveProgressPercent(items: readonly WeightedProgress[]): number | undefined {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (items.length === 0 || totalWeight <= 0) return undefined;
  const weighted = items.reduce((sum, item) => sum + item.weight * item.progress.percent, 0);
  return roundTo(weighted / totalWeight, 2);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function clampPercent(percent: number): number {
  return roundTo(Math.min(100, Math.max(0, percent)), 2);
}
