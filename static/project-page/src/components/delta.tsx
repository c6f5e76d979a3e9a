import { formatDelta } from '../format';

interface DeltaProps {
  value: number;
  /** Change in progress: a falling metric can be good news, so colour follows progress, not sign. */
  progressChange: number;
  testId?: string;
}

/** A signed change, green when it brought the key result closer to its target, red when further. */
export function Delta({ value, progressChange, testId }: DeltaProps) {
  const tone = progressChange > 0 ? ' okr-delta--better' : progressChange < 0 ? ' okr-delta--worse' : '';
  return (
    <span className={`okr-delta${tone}`} data-testid={testId}>
      {formatDelta(value)}
    </span>
  );
}
