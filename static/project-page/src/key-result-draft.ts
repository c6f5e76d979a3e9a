import type { KeyResultInput, KeyResultView, MeasureInput, MeasureKind, ResolverContract } from '../../../src/shared/contract';
import { formatNumber, parseNumber } from './format';

/** What the key result form holds while the user types: text, parsed only on save. */
export interface KeyResultDraft {
  title: string;
  kind: MeasureKind;
  baseline: string;
  target: string;
  current: string;
  unit: string;
  weight: string;
  /** Empty means "the caller" when creating without knowing who that is, and "no owner" for an unowned key result. */
  ownerId: string;
}

export type MetricFieldName = 'baseline' | 'target' | 'current' | 'unit';

/** A draft that passed the checks, ready to become a create input or a set of changes. */
export interface KeyResultValues {
  title: string;
  weight: number;
  ownerAccountId: string | undefined;
  measure: MeasureInput;
}

export type KeyResultChanges = ResolverContract['updateKeyResult']['input']['changes'];

export type ParsedDraft = { ok: true; values: KeyResultValues } | { ok: false; problems: Record<string, string> };

/** A blank key result, owned by the signed-in user when the page knows who that is. */
export function emptyDraft(ownerId = ''): KeyResultDraft {
  return { title: '', kind: 'metric', baseline: '0', target: '', current: '', unit: '', weight: '1', ownerId };
}

export function draftOf(keyResult: KeyResultView): KeyResultDraft {
  const { metric } = keyResult;
  return {
    title: keyResult.title,
    kind: keyResult.kind,
    baseline: metric ? String(metric.baseline) : '',
    target: metric ? String(metric.target) : '',
    current: metric ? String(metric.current) : '',
    unit: metric?.unit ?? '',
    weight: String(keyResult.weight),
    ownerId: keyResult.owner?.accountId ?? '',
  };
}

/** The checks the server would make, done first so the user sees them next to the fields. */
export function parseDraft(draft: KeyResultDraft): ParsedDraft {
  const problems: Record<string, string> = {};
  const title = draft.title.trim();
  if (title === '') problems['title'] = 'Enter a title.';
  const weight = parseNumber(draft.weight);
  if (weight === undefined || weight < 0) problems['weight'] = 'Enter a weight of 0 or more.';
  const measure = parseMeasure(draft, problems);
  if (Object.keys(problems).length > 0 || weight === undefined || measure === undefined) return { ok: false, problems };
  return { ok: true, values: { title, weight, ownerAccountId: draft.ownerId === '' ? undefined : draft.ownerId, measure } };
}

function parseMeasure(draft: KeyResultDraft, problems: Record<string, string>): MeasureInput | undefined {
  if (draft.kind !== 'metric') return { kind: draft.kind };
  const baseline = parseNumber(draft.baseline);
  const target = parseNumber(draft.target);
  const current = draft.current.trim() === '' ? undefined : parseNumber(draft.current);
  if (baseline === undefined) problems['baseline'] = 'Enter a number.';
  if (target === undefined) problems['target'] = 'Enter a number.';
  else if (baseline !== undefined && target === baseline) problems['target'] = `Target must differ from the baseline ${formatNumber(baseline)}.`;
  if (draft.current.trim() !== '' && current === undefined) problems['current'] = 'Enter a number.';
  if (baseline === undefined || target === undefined) return undefined;
  const measure: MeasureInput = { kind: 'metric', baseline, target, unit: draft.unit.trim() };
  if (current !== undefined) measure.current = current;
  return measure;
}

export function createInput(objectiveId: string, values: KeyResultValues): KeyResultInput {
  const input: KeyResultInput = { objectiveId, title: values.title, weight: values.weight, measure: values.measure };
  if (values.ownerAccountId !== undefined) input.ownerAccountId = values.ownerAccountId;
  return input;
}

/** Only what differs from the stored key result; baseline, current and kind never change here. */
export function changesOf(keyResult: KeyResultView, values: KeyResultValues): KeyResultChanges {
  const changes: KeyResultChanges = {};
  if (values.title !== keyResult.title) changes.title = values.title;
  if (values.weight !== keyResult.weight) changes.weight = values.weight;
  if (values.ownerAccountId !== undefined && values.ownerAccountId !== keyResult.owner?.accountId) changes.ownerAccountId = values.ownerAccountId;
  const { metric } = keyResult;
  if (metric && values.measure.kind === 'metric') {
    if (values.measure.target !== metric.target) changes.target = values.measure.target;
    if (values.measure.unit !== metric.unit) changes.unit = values.measure.unit;
  }
  return changes;
}
