import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
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
  const [open, setOpen] = useState<{ dialog: Dialog; opener: HTMLElement | null } | undefined>(undefined);
  const close = useCallback(() => setOpen(undefined), []);
  // Safari and Firefox on macOS do not focus a clicked button, so the opener is the last button clicked.
  const lastClicked = useRef<HTMLElement | null>(null);
  const rememberClick = (event: MouseEvent) => {
    lastClicked.current = event.target instanceof Element ? event.target.closest('button') : null;
  };
  const openDialog = useCallback((dialog: Dialog) => setOpen({ dialog, opener: lastClicked.current }), []);

  const mutate: Mutate = async (key, input, successTitle) => {
    await invoke(key, input);
    setOpen(undefined);
    showFlag(successTitle);
    await reload();
  };

  const actions = useMemo<ObjectiveActions>(
    () => ({
      onEditObjective: (objective) => openDialog({ kind: 'editObjective', objective }),
      onDeleteObjective: (objective) => openDialog({ kind: 'deleteObjective', objective }),
      onAddKeyResult: (objective) => openDialog({ kind: 'createKeyResult', objective }),
      onCheckIn: (keyResult) => openDialog({ kind: 'checkIn', keyResult }),
      onEditKeyResult: (keyResult) => openDialog({ kind: 'editKeyResult', keyResult }),
      onDeleteKeyResult: (keyResult) => openDialog({ kind: 'deleteKeyResult', keyResult }),
    }),
    [openDialog],
  );

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />;

  const { view, refreshing, accountId } = state;
  const createObjective = () => openDialog({ kind: 'createObjective' });
  return (
    <div className="okr-page" aria-busy={refreshing} onClickCapture={rememberClick}>
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
      {open && <DialogHost dialog={open.dialog} opener={open.opener} view={view} currentAccountId={accountId} mutate={mutate} onClose={close} />}
    </div>
  );
}
