import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectPageView } from '../../../src/shared/contract';
import { invoke } from './api';
import { errorMessage } from './api-error';

export type PageState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: ProjectPageView; refreshing: boolean };

/**
 * Loads the project page view and keeps the chosen cycle, so a reload after a change shows the
 * same cycle. Only the latest request may update the page, however the answers arrive.
 */
export function useProjectPage() {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const cycleLabel = useRef<string | undefined>(undefined);
  const latestRequest = useRef(0);

  const load = useCallback(async (label: string | undefined) => {
    const request = ++latestRequest.current;
    cycleLabel.current = label;
    setState((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }));
    try {
      const view = await invoke('getProjectPage', label === undefined ? {} : { cycleLabel: label });
      if (request !== latestRequest.current) return;
      cycleLabel.current = view.cycle.label;
      setState({ status: 'ready', view, refreshing: false });
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
