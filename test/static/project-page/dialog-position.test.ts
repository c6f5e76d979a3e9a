import { panelTop } from '../../../static/project-page/src/dialog-position';

describe('panelTop', () => {
  it.each([
    ['places the panel level with its opener when there is room below', 2400, 500, 5000, 2400],
    ['moves the panel up when it would run past the end of the document', 4900, 500, 5000, 4484],
    ['keeps the panel at the top margin when it is opened at the very top', 4, 300, 5000, 16],
    ['starts the panel at the top margin when it is taller than the document', 400, 900, 600, 16],
  ])('%s', (_case, anchorTopPx, panelHeightPx, documentHeightPx, expected) => {
    expect(panelTop(anchorTopPx, panelHeightPx, documentHeightPx)).toBe(expected);
  });
});
