// @vitest-environment happy-dom
/**
 * The popup's "could not tell whether you are signed in" (docs/decisions.md D24), driven by the real background
 * service: its `ask` hands messages to the service and the component gets the service's fresh status.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { StatusMessage, StatusView } from '../../lib/protocol.ts';
import { UnsureSignIn } from '../../lib/pages/popup/unsure-sign-in.tsx';
import { fakeDeps, NOW } from './helpers.ts';

afterEach(cleanup);

async function setUp(options: { unsure: boolean; refuse?: string }) {
  const deps = fakeDeps();
  const service = createBackgroundService(deps);
  if (options.unsure) await service.handle({ type: 'content:sign-in-unsure' });
  let view = await service.statusView();
  const sent: StatusMessage[] = [];
  const ui = () => <UnsureSignIn view={view} ask={ask} />;
  const ask = async (message: StatusMessage) => {
    sent.push(message);
    if (options.refuse) return options.refuse;
    deps.clock.now = NOW + 1000;
    const reply = await service.handle(message);
    if (!reply.ok) return reply.error;
    view = reply.data as StatusView;
    result.rerender(ui());
    return undefined;
  };
  const result = render(ui());
  return { deps, sent, service };
}

describe('UnsureSignIn', () => {
  it('shows nothing when no portal page was undecided today', async () => {
    await setUp({ unsure: false });
    expect(screen.queryByTestId('unsure-sign-in')).toBeNull();
  });

  it('asks, and one click records today through page:record-use-today', async () => {
    const { sent, service } = await setUp({ unsure: true });
    const region = screen.getByRole('region', { name: 'Did you sign in today?' });
    expect(region.textContent).toBe(
      'Information: Did you sign in today?You are on the NHSmail portal, but we could not tell whether you are signed in.I used NHSmail today',
    );
    fireEvent.click(screen.getByRole('button', { name: 'I used NHSmail today' }));
    await waitFor(() =>
      expect(screen.getByTestId('unsure-saved').textContent).toBe('Saved: you used NHSmail today, 23 November 2026.'),
    );
    expect(sent).toEqual([{ type: 'page:record-use-today' }]);
    expect(screen.queryByRole('button', { name: 'I used NHSmail today' })).toBeNull();
    // Focus moves to the confirmation, so keyboard users are not left on a button that has gone.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('unsure-saved')));
    const after = await service.statusView();
    expect(after.unsureSignInAt).toBeUndefined();
    expect(after.accounts.map((a) => [a.account, a.record.source, a.record.lastActivityAt])).toEqual([
      ['', 'manual-today', NOW + 1000],
    ]);
  });

  it('a refusal is shown and the question stays, so the person can try again', async () => {
    await setUp({ unsure: true, refuse: 'No answer from the extension. Try closing and opening it again.' });
    fireEvent.click(screen.getByRole('button', { name: 'I used NHSmail today' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Error: No answer from the extension. Try closing and opening it again.',
      ),
    );
    expect(screen.getByRole('button', { name: 'I used NHSmail today' })).toBeTruthy();
  });
});
