/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke } from './fake-api';
import { aProjectPageView } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

const scrollTo = (scrollY: number) => Object.defineProperty(window, 'scrollY', { value: scrollY, configurable: true, writable: true });

afterEach(() => {
  jest.restoreAllMocks();
  scrollTo(0);
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
});

/** A 5,000 px page scrolled by 300 px, with the "Check in" button of "Cut checkout time" 2,400 px below the viewport's top. */
async function checkInButtonFarDown() {
  answerInvoke({ getProjectPage: () => aProjectPageView() });
  render(<ProjectPage />);
  const button = within(await screen.findByTestId('key-result-kr-time')).getByRole('button', { name: 'Check in' });
  scrollTo(300);
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 5000, configurable: true });
  jest.spyOn(button, 'getBoundingClientRect').mockReturnValue({ top: 2400, bottom: 2432, left: 900, right: 980, height: 32, width: 80 } as DOMRect);
  return button;
}

describe('Dialog placement', () => {
  it('places the dialog level with the button that opened it when the page is scrolled far down', async () => {
    await userEvent.click(await checkInButtonFarDown());
    expect(screen.getByRole('dialog', { name: 'Check in' }).style.top).toBe('2700px');
  });

  it('dims the whole document when a dialog opens far down the page', async () => {
    await userEvent.click(await checkInButtonFarDown());
    const blanket = screen.getByRole('dialog', { name: 'Check in' }).parentElement;
    expect(blanket?.style.height).toBe('5000px');
  });

  it('focuses the first field when a dialog opens', async () => {
    await userEvent.click(await checkInButtonFarDown());
    expect(document.activeElement).toBe(within(screen.getByRole('dialog', { name: 'Check in' })).getByLabelText(/New value/));
  });

  it('closes and returns focus to the button that opened it when Escape is pressed', async () => {
    const button = await checkInButtonFarDown();
    await userEvent.click(button);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('keeps focus inside the dialog when Tab is pressed on its last control', async () => {
    await userEvent.click(await checkInButtonFarDown());
    const dialog = screen.getByRole('dialog', { name: 'Check in' });
    within(dialog).getByRole('button', { name: 'Check in' }).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });
});
