import { quarterCycle } from '../../src/domain/cycle';
import { assertValidObjective } from '../../src/domain/objective';
import { objective } from '../support/builders';

describe('assertValidObjective', () => {
  const company = objective({ id: 'obj-company', level: 'company' });
  const team = objective({ id: 'obj-team', parentObjectiveId: 'obj-company' });
  const existing = new Map([company, team].map((o) => [o.id, o]));

  it('accepts a parent that exists', () => {
    expect(() => assertValidObjective(team, team.id, existing)).not.toThrow();
  });

  it.each([
    { name: 'a parent that does not exist', change: { parentObjectiveId: 'obj-nope' }, message: 'Parent objective obj-nope does not exist.' },
    { name: 'an empty title', change: { title: ' ' }, message: 'An objective needs a title.' },
    { name: 'no project', change: { projectKeys: [] }, message: 'An objective belongs to at least one project.' },
    {
      name: 'a cycle that ends before it starts',
      change: { cycle: { label: 'Q', startDate: '2026-12-01', endDate: '2026-01-01' } },
      message: /ends \(2026-01-01\) before it starts/,
    },
  ])('refuses $name', ({ change, message }) => {
    expect(() => assertValidObjective({ ...team, ...change }, team.id, existing)).toThrow(message);
  });

  it('refuses a parent that would make a cycle', () => {
    expect(() => assertValidObjective({ ...company, parentObjectiveId: 'obj-team' }, company.id, existing)).toThrow('An objective cannot be its own ancestor.');
  });
});

describe('quarterCycle', () => {
  it.each([
    { year: 2026, quarter: 4 as const, cycle: { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' } },
    { year: 2028, quarter: 1 as const, cycle: { label: '2028 Q1', startDate: '2028-01-01', endDate: '2028-03-31' } },
  ])('is $cycle.label', ({ year, quarter, cycle }) => {
    expect(quarterCycle(year, quarter)).toEqual(cycle);
  });
});
