import { useCallback, useEffect, useState } from 'react';
import type { ResolverContract, ResolverKey } from '../shared/contract';
import { callResolver } from './forge-bridge';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** Loads a resolver's view when the surface opens; `reload` fetches it again, `replace` swaps in a fresh one. */
export function useResolver<K extends ResolverKey>(key: K, input: ResolverContract[K]['input']) {
  const [view, setView] = useState<Loadable<ResolverContract[K]['output']>>({ state: 'loading' });
  const reload = useCallback(() => {
    // A reload keeps what is shown until the fresh view arrives; only the first load shows a spinner.
    setView((current) => (current.state === 'ready' ? current : { state: 'loading' }));
    callResolver(key, input).then(
      (data) => setView({ state: 'ready', data }),
      (error: unknown) => setView({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    // The input is a constant per surface; reloading on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(reload, [reload]);
  const replace = useCallback((data: ResolverContract[K]['output']) => setView({ state: 'ready', data }), []);
  return { view, reload, replace };
}
