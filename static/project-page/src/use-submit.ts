import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from './api-error';

export interface SubmitState {
  saving: boolean;
  /** The message shown on top of the form. */
  message: string | undefined;
  fieldErrors: Record<string, string>;
}

/**
 * Runs a form's save: disables the buttons while it runs and keeps the server's message and
 * field errors when it fails. The caller closes the form on success.
 */
export function useSubmit<T>(save: (value: T) => Promise<void>) {
  const [state, setState] = useState<SubmitState>({ saving: false, message: undefined, fieldErrors: {} });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const submit = useCallback(
    async (value: T) => {
      setState({ saving: true, message: undefined, fieldErrors: {} });
      try {
        await save(value);
        if (mounted.current) setState({ saving: false, message: undefined, fieldErrors: {} });
      } catch (error) {
        if (!mounted.current) return;
        const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
        setState({ saving: false, message: errorMessage(error), fieldErrors });
      }
    },
    [save],
  );

  /** Errors found before asking the server, shown the same way. */
  const reject = useCallback((message: string, fieldErrors: Record<string, string>) => {
    setState({ saving: false, message, fieldErrors });
  }, []);

  return { ...state, submit, reject };
}
