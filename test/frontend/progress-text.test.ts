import { measureText, percentText } from '../../src/frontend/progress-text';
import { aKeyResult } from '../support/views';

describe('measureText', () => {
  it.each([
    {
      name: 'a falling metric reads as on the project page',
      metric: { baseline: 800, target: 300, current: 640, unit: 'ms', direction: 'decrease' as const },
      text: '640 / 300 ms ↓ from 800',
    },
    {
      name: 'a rising metric without a unit has no trailing space',
      metric: { baseline: 0, target: 10, current: 2.5, unit: ' ', direction: 'increase' as const },
      text: '2.5 / 10 ↑ from 0',
    },
  ])('$name', ({ metric, text }) => {
    expect(measureText(aKeyResult({ id: 'kr-1', objectiveId: 'obj-1', kind: 'metric', metric }))).toBe(text);
  });
});

describe('percentText', () => {
  it.each([
    { progress: { percent: 51.35, rawPercent: 51.35, done: false }, text: '51 %' },
    { progress: { percent: 100, rawPercent: 125, done: true }, text: '100 % (125 %)' },
    { progress: { percent: 0, rawPercent: -20, done: false }, text: '0 % (-20 %)' },
  ])('reads $text', ({ progress, text }) => {
    expect(percentText(progress)).toBe(text);
  });
});
