import type { KeyResultView } from '../../../../src/shared/contract';
import { formatNumber, pluralize, withUnit } from '../format';

/** What a key result measures, in the words of its kind: "42 / 50 ms", "3/8 issues", "13/21 pts". */
export function MeasureSummary({ keyResult }: { keyResult: KeyResultView }) {
  const { metric, work } = keyResult;
  if (keyResult.kind === 'metric' && metric) {
    const increasing = metric.direction === 'increase';
    return (
      <span className="okr-measure" data-testid={`kr-measure-${keyResult.id}`}>
        <span className="okr-measure__value">{withUnit(`${formatNumber(metric.current)} / ${formatNumber(metric.target)}`, metric.unit)}</span>
        <span className="okr-measure__meta">
          <span
            className={`okr-direction okr-direction--${metric.direction}`}
            role="img"
            aria-label={increasing ? 'Increase' : 'Decrease'}
            title={increasing ? 'Higher is better' : 'Lower is better'}
          >
            {increasing ? '↑' : '↓'}
          </span>
          {` from ${formatNumber(metric.baseline)}`}
        </span>
      </span>
    );
  }
  if (!work) return <span className="okr-measure okr-muted">No data yet</span>;
  if (keyResult.kind === 'issues') {
    return (
      <span className="okr-measure" data-testid={`kr-measure-${keyResult.id}`}>
        <span className="okr-measure__value">{`${formatNumber(work.doneIssues)}/${pluralize(work.totalIssues, 'issue')}`}</span>
      </span>
    );
  }
  return (
    <span className="okr-measure" data-testid={`kr-measure-${keyResult.id}`}>
      <span className="okr-measure__value">{`${formatNumber(work.doneStoryPoints)}/${pluralize(work.totalStoryPoints, 'pt')}`}</span>
      {work.unestimatedIssues > 0 && (
        <span className="okr-measure__warning" data-testid={`kr-unestimated-${keyResult.id}`} title="Issues without story points count as zero">
          {`${formatNumber(work.unestimatedIssues)} unestimated`}
        </span>
      )}
    </span>
  );
}
