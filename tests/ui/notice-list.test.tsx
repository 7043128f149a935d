// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NoticeList } from '../../src/ui/notice-list';
import { installEnglish } from '../support/messages';
import { fakePageDeps } from './fake-page-deps';

beforeAll(installEnglish);
afterEach(cleanup);

describe('notices', () => {
  it('shows nothing when all is well', () => {
    const { deps } = fakePageDeps();
    const { container } = render(<NoticeList deps={deps} settingsNotices={[]} />);
    expect(container.textContent).toBe('');
  });

  it('offers a rebuild when the history fell back, and clears the notice once rebuilt', async () => {
    const { deps } = fakePageDeps();
    await deps.notices.add('historyFallback', 'UnknownError: Internal error');
    deps.rebuildHistory = async () => {
      await deps.notices.dismiss('historyFallback');
      return await deps.openHistory();
    };
    render(<NoticeList deps={deps} settingsNotices={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rebuild history storage' }));
    await waitFor(() => expect(screen.queryByText(/simpler storage/)).toBeNull());
  });

  it('explains compaction with the numbers, and appears live when the background reports it', async () => {
    const { deps } = fakePageDeps();
    render(<NoticeList deps={deps} settingsNotices={[]} />);
    await deps.notices.add('historyCompacted', '12:30');
    expect(await screen.findByText(/details of 12 older breaks were removed \(details from the last 30 days are kept\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/older breaks/)).toBeNull());
  });

  it('offers a reload when a newer version took over the database', async () => {
    const { deps } = fakePageDeps();
    await deps.notices.add('historyNewerVersion');
    render(<NoticeList deps={deps} settingsNotices={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reload page' }));
    expect(deps.reload).toHaveBeenCalledOnce();
  });
});
