/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SupportingIssueView } from '../../../src/shared/contract';
import { SupportingIssues } from '../../../static/project-page/src/components/supporting-issues';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

const issues = (count: number): SupportingIssueView[] =>
  Array.from({ length: count }, (_, index) => ({ key: `SHOP-${index + 1}`, summary: `Issue number ${index + 1}`, statusCategory: 'new', via: 'direct' }));

const listedKeys = () => screen.getAllByRole('listitem').map((item) => item.querySelector('.okr-issue__key')?.textContent);

describe('Supporting issues', () => {
  it('shows the first 10 issues and offers the rest when a key result has 85 issues', () => {
    render(<SupportingIssues issues={issues(85)} keyResultTitle="Ship it" />);
    expect(listedKeys()).toEqual(issues(10).map((issue) => issue.key));
    expect(screen.getByRole('button', { name: 'Show all 85 issues' })).toBeTruthy();
  });

  it('lists every issue when "Show all" is pressed', async () => {
    render(<SupportingIssues issues={issues(85)} keyResultTitle="Ship it" />);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 85 issues' }));
    expect(listedKeys()).toHaveLength(85);
    expect(screen.getByRole('button', { name: 'Show the first 10 only' })).toBeTruthy();
  });

  it('offers no toggle when there are 10 issues or fewer', () => {
    render(<SupportingIssues issues={issues(10)} keyResultTitle="Ship it" />);
    expect(listedKeys()).toHaveLength(10);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('keeps the whole summary in its title when a summary is long', () => {
    const summary = 'One-click payments for returning customers with stored cards across all supported regions';
    render(
      <SupportingIssues issues={[{ key: 'SHOP-14', summary, statusCategory: 'indeterminate', via: 'direct', storyPoints: 1 }]} keyResultTitle="Ship it" />,
    );
    const shown = screen.getByText(summary);
    expect([shown.textContent, shown.getAttribute('title')]).toEqual([summary, summary]);
  });

  it('writes one story point in the singular when an issue is estimated at 1', () => {
    render(
      <SupportingIssues issues={[{ key: 'SHOP-14', summary: 'Button', statusCategory: 'done', via: 'direct', storyPoints: 1 }]} keyResultTitle="Ship it" />,
    );
    expect(screen.getByText('1 pt')).toBeTruthy();
  });
});
