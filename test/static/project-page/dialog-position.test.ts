import { panelTop, panelTopInBand } from '../../../static/project-page/src/dialog-position';

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

describe('panelTopInBand', () => {
  it.each([
    { name: 'centres a panel in what the user sees', band: { topPx: 1000, bottomPx: 2000 }, height: 400, documentHeight: 5000, top: 1300 },
    {
      name: 'starts a panel taller than the screen at the top of what the user sees',
      band: { topPx: 1000, bottomPx: 1300 },
      height: 600,
      documentHeight: 5000,
      top: 1016,
    },
    { name: 'keeps the panel inside the document', band: { topPx: 4800, bottomPx: 5000 }, height: 600, documentHeight: 5000, top: 4384 },
  ])('$name', ({ band, height, documentHeight, top }) => {
    expect(panelTopInBand(band, height, documentHeight)).toBe(top);
  });
});
