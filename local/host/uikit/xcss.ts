/** Design tokens to plain CSS, close enough to Atlassian's light theme for a local preview. */
const SPACE: Record<string, string> = {
  '0': '0',
  '025': '2px',
  '050': '4px',
  '075': '6px',
  '100': '8px',
  '150': '12px',
  '200': '16px',
  '250': '20px',
  '300': '24px',
  '400': '32px',
  '500': '40px',
  '600': '48px',
  '800': '64px',
  '1000': '80px',
};

const COLORS: Record<string, string> = {
  'color.text': '#172b4d',
  'color.text.subtle': '#44546f',
  'color.text.subtlest': '#626f86',
  'color.text.inverse': '#ffffff',
  'color.link': '#0c66e4',
  'color.border': '#091e4224',
  'color.border.bold': '#758195',
  'elevation.surface': '#ffffff',
  'elevation.surface.raised': '#ffffff',
  'elevation.surface.sunken': '#f7f8f9',
  'elevation.surface.overlay': '#ffffff',
  'color.background.input': '#ffffff',
  'color.background.neutral': '#091e420f',
  'color.background.neutral.subtle': 'transparent',
  'color.background.selected': '#e9f2ff',
};

const TONES: Array<[string, { light: string; bold: string }]> = [
  ['danger', { light: '#ffeceb', bold: '#ae2e24' }],
  ['success', { light: '#dcfff1', bold: '#216e4e' }],
  ['warning', { light: '#fff7d6', bold: '#a54800' }],
  ['information', { light: '#e9f2ff', bold: '#0c66e4' }],
  ['brand', { light: '#e9f2ff', bold: '#0c66e4' }],
  ['discovery', { light: '#f3f0ff', bold: '#5e4db2' }],
  ['accent', { light: '#f1f2f4', bold: '#44546f' }],
  ['neutral', { light: '#091e420f', bold: '#44546f' }],
];

function colorToken(token: string): string {
  const known = COLORS[token];
  if (known) return known;
  const tone = TONES.find(([name]) => token.includes(name))?.[1];
  if (!tone) return token.startsWith('color.background') ? '#f7f8f9' : '#172b4d';
  return token.startsWith('color.background') && !token.includes('.bold') ? tone.light : tone.bold;
}

/** One token (or raw CSS value) to a CSS value. */
export function tokenValue(value: unknown): string {
  if (typeof value === 'number') return `${value}px`;
  const token = String(value);
  const space = /^space\.(negative\.)?(\d+)$/.exec(token);
  if (space) return `${space[1] ? '-' : ''}${SPACE[space[2] ?? ''] ?? '8px'}`;
  if (token.startsWith('color.') || token.startsWith('elevation.')) return colorToken(token);
  if (token.startsWith('border.radius') || token.startsWith('radius.')) return token.includes('full') || token.includes('circle') ? '999px' : '4px';
  if (token.startsWith('border.width')) return token.includes('outline') ? '2px' : '1px';
  return token;
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An xcss object (tokens allowed) to an inline style string; nested pseudo/media rules are skipped. */
export function styleFrom(style: unknown): string {
  if (style === null || typeof style !== 'object') return '';
  return Object.entries(style as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && typeof value !== 'object')
    .map(([name, value]) => `${kebab(name)}:${tokenValue(value)}`)
    .join(';');
}

export function joinStyles(...styles: Array<string | undefined>): string | undefined {
  const joined = styles.filter((s) => s).join(';');
  return joined === '' ? undefined : joined;
}
