import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MilestoneEditor } from './milestone-editor';
import { makeBoard, makeMilestone } from '../../testing/factories';

describe('the milestone editor', () => {
  it('makes only web and mail links in the notes openable; the rest stays text', async () => {
    const board = makeBoard();
    render(
      <MilestoneEditor
        milestone={makeMilestone({
          notes:
            'Deck: https://acme.example/deck. Ask mailto:ana@acme.example, not javascript:alert(1).',
        })}
        horizons={board.horizons}
        defaultHorizonId="h0"
        onClose={vi.fn()}
        onSave={vi.fn()}
      />,
    );
    const links = screen.getByRole('list', { name: 'Links in the notes' });
    expect(
      within(links)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://acme.example/deck', 'mailto:ana@acme.example']);
    expect(within(links).getByRole('link', { name: 'https://acme.example/deck' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    // Typing a hostile link adds nothing clickable.
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.clear(notes);
    await userEvent.type(notes, ' JaVaScRiPt:alert(1) data:text/html,x');
    expect(screen.queryByRole('list', { name: 'Links in the notes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('offers the horizon a target date falls in, and takes it on request', async () => {
    const board = makeBoard();
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(
      <MilestoneEditor
        horizons={board.horizons}
        defaultHorizonId="h0"
        onClose={vi.fn()}
        onSave={onSave}
        horizonFor={(date) => (date >= '2028-01-01' ? board.horizons[2] : board.horizons[0])}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Joint product');
    const date = screen.getByLabelText(/Target date/);
    await user.type(date, '2027-03-01');
    expect(screen.queryByRole('status')).toBeNull();
    await user.clear(date);
    await user.type(date, '2028-06-30');
    const offer = screen.getByRole('status');
    expect(offer).toHaveTextContent('Its target date falls in Later (18 months–3 years).');
    await user.click(within(offer).getByRole('button', { name: 'Put it in Later' }));
    expect(screen.getByRole('combobox', { name: 'Horizon' })).toHaveValue('h2');
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ horizonId: 'h2' }));
  });

  it('focuses the first wrong field when a save is refused, and saves nothing', async () => {
    const board = makeBoard();
    const onSave = vi.fn();
    render(
      <MilestoneEditor
        horizons={board.horizons}
        defaultHorizonId="h0"
        onClose={vi.fn()}
        onSave={onSave}
      />,
    );
    const confidence = screen.getByRole('spinbutton', { name: 'Confidence (%)' });
    await userEvent.clear(confidence);
    await userEvent.type(confidence, '150');
    await userEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    expect(onSave).not.toHaveBeenCalled();
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveFocus();
    expect(title).toHaveAccessibleDescription('Give the milestone a title.');
    expect(confidence).toHaveAttribute('aria-invalid', 'true');
    expect(confidence).toHaveAccessibleDescription(
      'How likely this happens in its horizon. Confidence is a whole number from 0 to 100, or leave it empty.',
    );
  });

  it('starts a new milestone with its type and confidence not set, and saves them so', async () => {
    const board = makeBoard();
    const onSave = vi.fn();
    render(
      <MilestoneEditor
        horizons={board.horizons}
        defaultHorizonId="h0"
        onClose={vi.fn()}
        onSave={onSave}
      />,
    );
    const type = screen.getByRole('combobox', { name: 'Type' });
    expect(type).toHaveDisplayValue('Not set');
    expect(screen.getByRole('spinbutton', { name: 'Confidence (%)' })).toHaveValue(null);
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Quick idea');
    await userEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    const { draft } = onSave.mock.calls[0]![0];
    expect(draft).toMatchObject({ title: 'Quick idea', type: undefined, confidence: undefined });
  });

  it('clears a type and a confidence that were set', async () => {
    const board = makeBoard();
    const onSave = vi.fn();
    render(
      <MilestoneEditor
        milestone={makeMilestone({ type: 'integration', confidence: 60 })}
        horizons={board.horizons}
        defaultHorizonId="h0"
        onClose={vi.fn()}
        onSave={onSave}
      />,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Not set');
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Confidence (%)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const { draft } = onSave.mock.calls[0]![0];
    expect(draft).toMatchObject({ type: undefined, confidence: undefined });
  });
});
