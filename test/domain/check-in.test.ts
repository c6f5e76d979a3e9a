import { applyCheckIn, valueAt } from '../../src/domain/check-in';
import { checkIn, keyResult } from '../support/builders';

const meta = { id: 'ci-9', atIso: '2026-10-20T10:00:00.000Z', byAccountId: 'user-sam' };

describe('applyCheckIn', () => {
  it('moves a metric to the new value and keeps the previous one in the history', () => {
    const metric = keyResult({ measure: { kind: 'metric', baseline: 0, target: 10, current: 2, unit: 'deals' } });
    const { keyResult: after, checkIn: entry } = applyCheckIn(metric, { value: 6, confidence: 'at-risk', note: 'Two big deals slipped' }, meta);
    expect(after).toMatchObject({ measure: { current: 6 }, confidence: 'at-risk', updatedAtIso: meta.atIso });
    expect(entry).toEqual({ ...meta, keyResultId: 'kr-1', value: 6, previousValue: 2, confidence: 'at-risk', note: 'Two big deals slipped' });
  });

  it('refuses a value on a key result measured by its issues', () => {
    expect(() => applyCheckIn(keyResult({ measure: { kind: 'issues' } }), { value: 3, confidence: 'on-track', note: '' }, meta)).toThrow(
      /measured by its linked issues/,
    );
  });

  it('records confidence alone on an issue-driven key result', () => {
    const { checkIn: entry } = applyCheckIn(keyResult(), { confidence: 'off-track', note: 'Blocked' }, meta);
    expect(entry).toEqual({ ...meta, keyResultId: 'kr-1', confidence: 'off-track', note: 'Blocked' });
  });
});

describe('valueAt', () => {
  const history = [checkIn({ atIso: '2026-10-10T00:00:00.000Z', value: 4 }), checkIn({ atIso: '2026-10-02T00:00:00.000Z', value: 2 })];

  it.each([
    { moment: '2026-10-01T00:00:00.000Z', value: 1, name: 'the baseline before any check-in' },
    { moment: '2026-10-05T00:00:00.000Z', value: 2, name: 'the last value at or before the moment' },
    { moment: '2026-12-01T00:00:00.000Z', value: 4, name: 'the latest value after all check-ins' },
  ])('is $name', ({ moment, value }) => {
    expect(valueAt(history, 1, moment)).toBe(value);
  });
});
