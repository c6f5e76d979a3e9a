import { buildObjectiveTree, descendantIds, type ObjectiveNode } from '../../../static/project-page/src/objective-tree';
import { anObjective } from '../../support/views';

type Shape = { id: string; children: Shape[] };
const shape = (nodes: ObjectiveNode[]): Shape[] => nodes.map((node) => ({ id: node.objective.id, children: shape(node.children) }));
const leaf = (id: string): Shape => ({ id, children: [] });

describe('buildObjectiveTree', () => {
  it.each<[string, [string, string | undefined][], Shape[]]>([
    [
      'nests children under their parent',
      [
        ['a', undefined],
        ['b', 'a'],
        ['c', 'b'],
      ],
      [{ id: 'a', children: [{ id: 'b', children: [leaf('c')] }] }],
    ],
    [
      'makes an objective whose parent is elsewhere a root',
      [
        ['a', 'other-project'],
        ['b', 'a'],
      ],
      [{ id: 'a', children: [leaf('b')] }],
    ],
    [
      'keeps the server order among siblings',
      [
        ['p', undefined],
        ['y', 'p'],
        ['x', 'p'],
      ],
      [{ id: 'p', children: [leaf('y'), leaf('x')] }],
    ],
    ['makes a self-parented objective a root', [['a', 'a']], [leaf('a')]],
    [
      'shows objectives caught in a parent loop as roots',
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      [{ id: 'a', children: [leaf('b')] }],
    ],
    ['returns nothing when there are no objectives', [], []],
  ])('%s', (_name, objectives, expected) => {
    const tree = buildObjectiveTree(objectives.map(([id, parentObjectiveId]) => anObjective({ id, parentObjectiveId })));
    expect(shape(tree)).toEqual(expected);
  });
});

describe('descendantIds', () => {
  it('returns the objective and everything below it when asked for a subtree', () => {
    const objectives = [
      anObjective({ id: 'a' }),
      anObjective({ id: 'b', parentObjectiveId: 'a' }),
      anObjective({ id: 'c', parentObjectiveId: 'b' }),
      anObjective({ id: 'd' }),
    ];
    expect([...descendantIds(objectives, 'a')].sort()).toEqual(['a', 'b', 'c']);
  });
});
