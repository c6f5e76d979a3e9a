import { Button } from './button';

/** Grey placeholders in the shape of the page while the first view loads. */
export function LoadingState() {
  return (
    <div className="okr-page" role="status" aria-label="Loading objectives" data-testid="project-page-loading">
      <div className="okr-skeleton okr-skeleton--title" />
      {[0, 1, 2].map((index) => (
        <div key={index} className="okr-skeleton-card">
          <div className="okr-skeleton okr-skeleton--line" />
          <div className="okr-skeleton okr-skeleton--short" />
        </div>
      ))}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="okr-page">
      <div className="okr-empty" role="alert" data-testid="project-page-error">
        <h2 className="okr-empty__title">We couldn’t load your objectives</h2>
        <p className="okr-muted">{message}</p>
        <Button appearance="primary" onClick={onRetry}>
          Try again
        </Button>
      </div>
    </div>
  );
}

export function EmptyState({ cycleLabel, canEdit, onCreate }: { cycleLabel: string; canEdit: boolean; onCreate: () => void }) {
  return (
    <div className="okr-empty" data-testid="project-page-empty">
      <div className="okr-empty__art" aria-hidden="true">
        ◎
      </div>
      <h2 className="okr-empty__title">{`Set your first objective for ${cycleLabel}`}</h2>
      <p className="okr-muted">Objectives say where the team is heading; key results say how you will know you got there.</p>
      {canEdit ? (
        <Button appearance="primary" onClick={onCreate}>
          Create objective
        </Button>
      ) : (
        <p className="okr-muted">Ask a project admin to add one.</p>
      )}
    </div>
  );
}
