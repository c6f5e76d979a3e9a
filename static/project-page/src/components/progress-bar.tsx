import type { ReactNode } from 'react';
import { formatPercent } from '../format';

interface ProgressBarProps {
  /** 0–100 for the bar, or null when there is nothing to measure. */
  percent: number | null;
  label: string;
  done?: boolean;
  testId?: string;
  /** Text next to the bar, e.g. "80 %" or "100 % (125 %)". */
  children: ReactNode;
}

/** A thin progress track with its percent text; the text carries the test id. */
export function ProgressBar({ percent, label, done = false, testId, children }: ProgressBarProps) {
  const width = percent === null ? 0 : Math.min(100, Math.max(0, percent));
  return (
    <div className="okr-progress">
      <div
        className="okr-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent === null ? undefined : Math.round(width)}
      >
        <div className={`okr-progress__fill${done ? ' okr-progress__fill--done' : ''}`} style={{ width: `${width}%` }} />
      </div>
      <span className="okr-progress__text" data-testid={testId}>
        {children}
      </span>
    </div>
  );
}

/** "80 %", or "100 % (125 %)" when the unclamped value differs from the bar. */
export function progressText(percent: number, rawPercent: number): string {
  const shown = formatPercent(percent);
  const raw = formatPercent(rawPercent);
  return shown === raw ? shown : `${shown} (${raw})`;
}
