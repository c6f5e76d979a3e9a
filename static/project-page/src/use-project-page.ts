import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectPageView } from '../../../src/shared/contract';
import { getContext, invoke } from './api';
import { errorMessage } from './api-error';

/** When ready, `accountId` is the signed-in user's (undefined when the context names nobody). */
export type PageState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: ProjectPageView; refreshing: boolean; accountId: string | undefined };

/**
 * Loads the project page view and keeps the chosen cycle, so a reload after a change shows the
 * same cycle. Only the latest request may update the page, however the answers arrive.
 */
export function useProjectPage() {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const cycleLabel = useRef<string | undefined>(undefined);
  const latestRequest = useRef(0);
  const accountId = useRef<Promise<string | undefined> | undefined>(undefined);

  const load = useCallback(async (label: string | undefined) => {
    const request = ++latestRequest.current;
    cycleLabel.current = label;
    setState((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }));
    try {
      accountId.current ??= findAccountId();
      const [view, currentAccountId] = await Promise.all([invoke('getProjectPage', label === undefined ? {} : { cycleLabel: label }), accountId.current]);
      if (request !== latestRequest.current) return;
      cycleLabel.current = view.cycle.label;
      setState({ status: 'ready', view, refreshing: false, accountId: currentAccountId });
    } catch (error) {
      if (request !== latestRequest.current) return;
      setState({ status: 'error', message: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void load(undefined);
  }, [load]);

  const reload = useCallback(() => load(cycleLabel.current), [load]);
  return { state, reload, selectCycle: load };
}

/** The page works without knowing who is signed in: forms then leave the owner to the server. */
async function findAccountId(): Promise<string | undefined> {
  try {
    return (await getContext()).accountId;
  } catch {
    return undefined;
  }
}
