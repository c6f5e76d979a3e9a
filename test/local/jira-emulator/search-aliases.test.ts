import { searchAliasesFromManifest } from '../../../local/jira-emulator';

const MANIFEST = `
modules:
  jira:entityProperty:
    - key: okr-links
      entityType: issue
      propertyKey: okr
      values:
        - path: krIds
          type: string
          searchAlias: okrKeyResult
        - path: weight
          type: number
    - key: project-settings
      entityType: project
      propertyKey: settings
      values:
        - path: mode
          type: string
          searchAlias: okrMode
  jira:issuePanel:
    - key: panel
      title: OKRs
app:
  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000
`;

describe('searchAliasesFromManifest', () => {
  it('maps each issue searchAlias to its propertyKey.path', () => {
    expect(searchAliasesFromManifest(MANIFEST)).toEqual({ okrKeyResult: 'okr.krIds' });
  });

  it('answers no aliases when the manifest declares no entity properties', () => {
    expect(searchAliasesFromManifest('modules:\n  function:\n    - key: f\n      handler: index.run\n')).toEqual({});
  });
});
