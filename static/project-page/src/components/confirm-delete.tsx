import { useSubmit } from '../use-submit';
import { FormLayout } from './form-layout';

interface ConfirmDeleteProps {
  what: string;
  consequence: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Asks before deleting; the server's refusal stays on screen. */
export function ConfirmDelete({ what, consequence, onConfirm, onCancel }: ConfirmDeleteProps) {
  const { saving, message, submit } = useSubmit<void>(onConfirm);
  return (
    <FormLayout onSubmit={() => void submit()} onCancel={onCancel} submitLabel="Delete" saving={saving} message={message} danger>
      <p>
        Delete <strong>{what}</strong>? {consequence}
      </p>
    </FormLayout>
  );
}
