import { useCallback, useMemo, useState } from 'react';
import { invoke, showFlag } from './api';
import { DialogHost, type Dialog, type Mutate } from './components/dialog-host';
import { ObjectiveTree } from './components/objective-tree';
import type { ObjectiveActions } from './components/objective-item';
import { PageHeader } from './components/page-header';
import { EmptyState, ErrorState, LoadingState } from './components/page-states';
import { SprintLedger } from './components/sprint-ledger';
import { useProjectPage } from './use-project-page';

/** The project tab: header, OKR tree, sprint ledger, and the dialog that changes them. */
export function ProjectPage() {
  const { state, reload, selectCycle } = useProjectPage();
  const [dialog, setDialog] = useState<Dialog | undefined>(undefined);
  const close = useCallback(() => setDialog(undefined), []);

  const mutate: Mutate = async (key, input, successTitle) => {
    await invoke(key, input);
    setDialog(undefined);
    showFlag(successTitle);
    await reload();
  };

  const actions = useMemo<ObjectiveActions>(
    () => ({
      onEditObjective: (objective) => setDialog({ kind: 'editObjective', objective }),
      onDeleteObjective: (objective) => setDialog({ kind: 'deleteObjective', objective }),
      onAddKeyResult: (objective) => setDialog({ kind: 'createKeyResult', objective }),
      onCheckIn: (keyResult) => setDialog({ kind: 'checkIn', keyResult }),
      onEditKeyResult: (keyResult) => setDialog({ kind: 'editKeyResult', keyResult }),
      onDeleteKeyResult: (keyResult) => setDialog({ kind: 'deleteKeyResult', keyResult }),
    }),
    [],
  );

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />;

  const { view, refreshing } = state;
  const createObjective = () => setDialog({ kind: 'createObjective' });
  return (
    <div className="okr-page" aria-busy={refreshing}>
      <PageHeader
        projectKey={view.projectKey}
        cycle={view.cycle}
        cycles={view.cycles}
        canEdit={view.canEdit}
        refreshing={refreshing}
        onCycleChange={(label) => void selectCycle(label)}
        onNewObjective={createObjective}
      />
      {view.objectives.length === 0 ? (
        <EmptyState cycleLabel={view.cycle.label} canEdit={view.canEdit} onCreate={createObjective} />
      ) : (
        <ObjectiveTree objectives={view.objectives} sprints={view.sprints} canEdit={view.canEdit} actions={actions} />
      )}
      {view.objectives.length > 0 && <SprintLedger sprints={view.sprints} objectives={view.objectives} />}
      {dialog && <DialogHost dialog={dialog} view={view} mutate={mutate} onClose={close} />}
    </div>
  );
}
