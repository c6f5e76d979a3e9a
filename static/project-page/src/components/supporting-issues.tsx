import { useState } from 'react';
import type { StatusCategory, SupportingIssueView } from '../../../../src/shared/contract';
import { openIssue } from '../api';
import { pluralize } from '../format';
import { Button } from './button';
import { Lozenge, type LozengeAppearance } from './lozenge';

/** Enough to see what a key result rests on without a long list pushing the rest of the page away. */
export const initialIssueCount = 10;

const statusLook: Record<StatusCategory, { label: string; appearance: LozengeAppearance }> = {
  new: { label: 'To do', appearance: 'default' },
  indeterminate: { label: 'In progress', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
};

/** The issues behind a key result: the first few, and the rest on request. */
export function SupportingIssues({ issues, keyResultTitle }: { issues: SupportingIssueView[]; keyResultTitle: string }) {
  const [showAll, setShowAll] = useState(false);
  if (issues.length === 0) return <p className="okr-muted">No issues linked yet. Link issues or epics from the issue panel.</p>;
  const shown = showAll ? issues : issues.slice(0, initialIssueCount);
  return (
    <>
      <ul className="okr-issue-list" aria-label={`Supporting issues of ${keyResultTitle}`}>
        {shown.map((issue) => (
          <IssueItem key={issue.key} issue={issue} />
        ))}
      </ul>
      {issues.length > initialIssueCount && (
        <Button appearance="link" className="okr-issue-list__toggle" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${initialIssueCount} only` : `Show all ${pluralize(issues.length, 'issue')}`}
        </Button>
      )}
    </>
  );
}

function IssueItem({ issue }: { issue: SupportingIssueView }) {
  const status = statusLook[issue.statusCategory];
  return (
    <li className="okr-issue">
      <button type="button" className="okr-issue__key" onClick={() => void openIssue(issue.key).catch(() => undefined)}>
        {issue.key}
      </button>
      <span className="okr-issue__summary" title={issue.summary}>
        {issue.summary}
      </span>
      <span className="okr-issue__meta">
        <Lozenge appearance={status.appearance}>{status.label}</Lozenge>
        <span className="okr-issue__points">{issue.storyPoints === undefined ? '–' : pluralize(issue.storyPoints, 'pt')}</span>
        <span className="okr-issue__via">{issue.via === 'epic' && issue.epicKey ? `via ${issue.epicKey}` : 'direct'}</span>
      </span>
    </li>
  );
}
