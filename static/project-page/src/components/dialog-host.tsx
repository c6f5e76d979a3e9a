import type { ReactNode } from 'react';
import type { KeyResultView, ObjectiveView, ProjectPageView, ResolverKey } from '../../../../src/shared/contract';
import type { Input } from '../api';
import { CheckInForm } from './check-in-form';
import { ConfirmDelete } from './confirm-delete';
import { KeyResultForm } from './key-result-form';
import { Modal } from './modal';
import { ObjectiveForm } from './objective-form';

export type Dialog =
  | { kind: 'createObjective' }
  | { kind: 'editObjective'; objective: ObjectiveView }
  | { kind: 'deleteObjective'; objective: ObjectiveView }
  | { kind: 'createKeyResult'; objective: ObjectiveView }
  | { kind: 'editKeyResult'; keyResult: KeyResultView }
  | { kind: 'checkIn'; keyResult: KeyResultView }
  | { kind: 'deleteKeyResult'; keyResult: KeyResultView };

/** Calls a resolver that changes something; resolves once it is saved, rejects with its error. */
export type Mutate = <K extends ResolverKey>(key: K, input: Input<K>, successTitle: string) => Promise<void>;

interface DialogHostProps {
  dialog: Dialog;
  view: ProjectPageView;
  /** The signed-in user, the default owner of new objectives and key results. */
  currentAccountId: string | undefined;
  /** The button that opened the dialog. */
  opener: HTMLElement | null;
  mutate: Mutate;
  onClose: () => void;
}

interface DialogContent {
  title: string;
  width?: 'small' | 'medium';
  body: ReactNode;
}

/** The one dialog open at a time, next to what opened it, wired to the resolver it saves through. */
export function DialogHost({ opener, onClose, ...props }: DialogHostProps) {
  const { title, width, body } = contentOf({ ...props, onClose });
  return (
    <Modal title={title} width={width} opener={opener} onClose={onClose}>
      {body}
    </Modal>
  );
}

function contentOf({ dialog, view, currentAccountId, mutate, onClose }: Omit<DialogHostProps, 'opener'>): DialogContent {
  switch (dialog.kind) {
    case 'createObjective':
      return {
        title: 'New objective',
        body: (
          <ObjectiveForm
            view={view}
            currentAccountId={currentAccountId}
            onCancel={onClose}
            onSubmit={(input) => mutate('createObjective', input, 'Objective created')}
          />
        ),
      };
    case 'editObjective':
      return {
        title: 'Edit objective',
        body: (
          <ObjectiveForm
            view={view}
            currentAccountId={currentAccountId}
            objective={dialog.objective}
            onCancel={onClose}
            onSubmit={(changes) => mutate('updateObjective', { objectiveId: dialog.objective.id, changes }, 'Objective saved')}
          />
        ),
      };
    case 'deleteObjective':
      return {
        title: 'Delete objective',
        width: 'small',
        body: (
          <ConfirmDelete
            what={dialog.objective.title}
            consequence="Its key results and their check-ins go with it. This can’t be undone."
            onCancel={onClose}
            onConfirm={() => mutate('deleteObjective', { objectiveId: dialog.objective.id }, 'Objective deleted')}
          />
        ),
      };
    case 'createKeyResult':
      return {
        title: 'Add key result',
        body: (
          <KeyResultForm
            objective={dialog.objective}
            users={view.users}
            currentAccountId={currentAccountId}
            onCancel={onClose}
            onSubmit={(input) => mutate('createKeyResult', input, 'Key result added')}
          />
        ),
      };
    case 'editKeyResult':
      return {
        title: 'Edit key result',
        body: (
          <KeyResultForm
            keyResult={dialog.keyResult}
            users={view.users}
            currentAccountId={currentAccountId}
            onCancel={onClose}
            onSubmit={(changes) => mutate('updateKeyResult', { keyResultId: dialog.keyResult.id, changes }, 'Key result saved')}
          />
        ),
      };
    case 'checkIn':
      return {
        title: 'Check in',
        width: 'small',
        body: <CheckInForm keyResult={dialog.keyResult} onCancel={onClose} onSubmit={(input) => mutate('checkIn', input, 'Check-in saved')} />,
      };
    case 'deleteKeyResult':
      return {
        title: 'Delete key result',
        width: 'small',
        body: (
          <ConfirmDelete
            what={dialog.keyResult.title}
            consequence="Its check-ins go with it. This can’t be undone."
            onCancel={onClose}
            onConfirm={() => mutate('deleteKeyResult', { keyResultId: dialog.keyResult.id }, 'Key result deleted')}
          />
        ),
      };
  }
}
