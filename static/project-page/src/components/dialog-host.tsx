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
  mutate: Mutate;
  onClose: () => void;
}

/** The one dialog open at a time, wired to the resolver it saves through. */
export function DialogHost({ dialog, view, mutate, onClose }: DialogHostProps) {
  switch (dialog.kind) {
    case 'createObjective':
      return (
        <Modal title="New objective" onClose={onClose}>
          <ObjectiveForm view={view} onCancel={onClose} onSubmit={(input) => mutate('createObjective', input, 'Objective created')} />
        </Modal>
      );
    case 'editObjective':
      return (
        <Modal title="Edit objective" onClose={onClose}>
          <ObjectiveForm
            view={view}
            objective={dialog.objective}
            onCancel={onClose}
            onSubmit={(changes) => mutate('updateObjective', { objectiveId: dialog.objective.id, changes }, 'Objective saved')}
          />
        </Modal>
      );
    case 'deleteObjective':
      return (
        <Modal title="Delete objective" onClose={onClose} width="small">
          <ConfirmDelete
            what={dialog.objective.title}
            consequence="Its key results and their check-ins go with it. This can’t be undone."
            onCancel={onClose}
            onConfirm={() => mutate('deleteObjective', { objectiveId: dialog.objective.id }, 'Objective deleted')}
          />
        </Modal>
      );
    case 'createKeyResult':
      return (
        <Modal title="Add key result" onClose={onClose}>
          <KeyResultForm
            objective={dialog.objective}
            users={view.users}
            onCancel={onClose}
            onSubmit={(input) => mutate('createKeyResult', input, 'Key result added')}
          />
        </Modal>
      );
    case 'editKeyResult':
      return (
        <Modal title="Edit key result" onClose={onClose}>
          <KeyResultForm
            keyResult={dialog.keyResult}
            users={view.users}
            onCancel={onClose}
            onSubmit={(changes) => mutate('updateKeyResult', { keyResultId: dialog.keyResult.id, changes }, 'Key result saved')}
          />
        </Modal>
      );
    case 'checkIn':
      return (
        <Modal title="Check in" onClose={onClose} width="small">
          <CheckInForm keyResult={dialog.keyResult} onCancel={onClose} onSubmit={(input) => mutate('checkIn', input, 'Check-in saved')} />
        </Modal>
      );
    case 'deleteKeyResult':
      return (
        <Modal title="Delete key result" onClose={onClose} width="small">
          <ConfirmDelete
            what={dialog.keyResult.title}
            consequence="Its check-ins go with it. This can’t be undone."
            onCancel={onClose}
            onConfirm={() => mutate('deleteKeyResult', { keyResultId: dialog.keyResult.id }, 'Key result deleted')}
          />
        </Modal>
      );
  }
}
