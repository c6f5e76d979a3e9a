import { dirname, join } from 'node:path';

// @forge/react's package "exports" hide its own test utilities; load them by file path instead.
const out = dirname(require.resolve('@forge/react'));

/* eslint-disable @typescript-eslint/no-require-imports */
export const testUtils = require(join(out, '__test__', 'testUtils.js')) as typeof import('@forge/react/out/__test__/testUtils');
export const testRenderer = require(join(out, '__test__', 'reconcilerTestRenderer.js')) as typeof import('@forge/react/out/__test__/reconcilerTestRenderer');
