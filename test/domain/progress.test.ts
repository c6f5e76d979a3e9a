import { metricProgress, objectiveProgressPercent, shareProgress } from '../../src/domain/progress';

describe('metricProgress', () => {
  it.each([
    // Cases from public bug reports of OKR tools: decreasing metrics, values past the target.
    { name: 'a decreasing KR 100 → 20 at 80 is 25 %, not done', baseline: 100, target: 20, current: 80, ratio: 0.25, percent: 25, done: false },
    { name: 'a decreasing KR 100 → 20 at 0 is raw 125 %, shown 100 %, done', baseline: 100, target: 20, current: 0, ratio: 1.25, percent: 100, done: true },
    { name: 'KR 10 → 0 at 7 is 30 %', baseline: 10, target: 0, current: 7, ratio: 0.3, percent: 30, done: false },
    { name: 'KR 10 → 0 at −10 is raw 200 %, shown 100 %', baseline: 10, target: 0, current: -10, ratio: 2, percent: 100, done: true },
    { name: 'KR 10 → 0 at 12 is raw −20 %, shown 0 %', baseline: 10, target: 0, current: 12, ratio: -0.2, percent: 0, done: false },
    { name: 'an increasing KR 0 → 100 at 50 is 50 %', baseline: 0, target: 100, current: 50, ratio: 0.5, percent: 50, done: false },
    { name: 'a KR exactly at target is done', baseline: 3, target: 9, current: 9, ratio: 1, percent: 100, done: true },
    { name: 'a KR never checked in (current = baseline) is 0 %', baseline: 40, target: 90, current: 40, ratio: 0, percent: 0, done: false },
    { name: 'a stored KR with baseline = target reads 0 %', baseline: 5, target: 5, current: 5, ratio: 0, percent: 0, done: false },
    { name: 'a stored KR with baseline = target reads 0 % whatever its value', baseline: 5, target: 5, current: 9, ratio: 0, percent: 0, done: false },
  ])('$name', ({ baseline, target, current, ratio, percent, done }) => {
    const progress = metricProgress(baseline, target, current);
    expect(progress.ratio).toBeCloseTo(ratio, 10);
    expect(progress).toEqual({ ratio: progress.ratio, percent, done });
  });
});

describe('shareProgress', () => {
  it.each([
    { name: 'is the share done', done: 3, total: 8, percent: 37.5 },
    { name: 'is 0 % when nothing is linked, never NaN', done: 0, total: 0, percent: 0 },
    { name: 'is 100 % and done when all is done', done: 5, total: 5, percent: 100 },
    { name: 'rounds to two decimals', done: 5, total: 18, percent: 27.78 },
  ])('$name', ({ done, total, percent }) => {
    expect(shareProgress(done, total).percent).toBe(percent);
  });
});

describe('objectiveProgressPercent', () => {
  const at = (percent: number, weight = 1) => ({ weight, progress: { ratio: percent / 100, percent, done: percent >= 100 } });

  it('averages KR 0 → 100 at 50 and KR 800 → 300 at 500 to 55 %', () => {
    const items = [
      { weight: 1, progress: metricProgress(0, 100, 50) },
      { weight: 1, progress: metricProgress(800, 300, 500) },
    ];
    expect(objectiveProgressPercent(items)).toBe(55);
  });

  it('counts a KR never checked in as 0 %: 80 % and untouched make 40 %', () => {
    expect(objectiveProgressPercent([at(80), { weight: 1, progress: metricProgress(10, 20, 10) }])).toBe(40);
  });

  it('has no progress (undefined, never 0 or NaN) when there are no key results', () => {
    expect(objectiveProgressPercent([])).toBeUndefined();
  });

  it('has no progress when every weight is zero', () => {
    expect(objectiveProgressPercent([at(50, 0), at(70, 0)])).toBeUndefined();
  });

  it('weights the average', () => {
    expect(objectiveProgressPercent([at(100, 3), at(0, 1)])).toBe(75);
  });

  it('uses the clamped percent so a KR far past its target does not hide another', () => {
    expect(objectiveProgressPercent([{ weight: 1, progress: metricProgress(10, 0, -10) }, at(0)])).toBe(50);
  });
});
