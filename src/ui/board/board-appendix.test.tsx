import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { partnerView } from '../../domain/audience';
import { boardAppendix } from '../../domain/board-appendix';
import { boardWithAppendix } from '../../testing/appendix-board';
import { BoardAppendix } from './board-appendix';

const section = (name: RegExp) => screen.getByRole('region', { name });

describe('BoardAppendix', () => {
  it('prints the values of both sides, the latest ranking and the notes, ours marked internal', () => {
    render(<BoardAppendix appendix={boardAppendix(boardWithAppendix())!} />);
    const values = section(/^Values$/);
    expect(values).toHaveTextContent('1 shared · 1 differs · 1 not discussed yet');
    const ours = within(values).getByText('Own the account').closest('li')!;
    expect(ours).toHaveTextContent('Own the account — not discussed yet Internal');
    expect(within(values).getByText('Move fast').closest('li')).toHaveTextContent(
      'Move fast — we partly share it',
    );

    const vote = section(/^Latest vote: Q2 workshop$/);
    expect(
      within(vote)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1.Joint product3 dots', '2.Buy them outright Internal1 dot', '2.Swap leads1 dot']);

    const notes = section(/^Notes$/);
    const webinar = within(notes).getByRole('heading', { name: 'Co-webinar' }).parentElement!;
    expect(webinar).toHaveTextContent('Now Internal');
    expect(webinar).toHaveTextContent('Their budget is thin.');
    const product = within(notes).getByRole('heading', { name: 'Joint product' }).parentElement!;
    expect(product).toHaveTextContent('Next');
    expect(product).not.toHaveTextContent('Internal');
    // The lines of a note keep their breaks.
    expect(within(product).getByText(/Needs their API/).textContent).toBe(
      'Needs their API.\nAsk Ana.',
    );
  });

  it('says nothing internal on the partner’s copy', () => {
    const { container } = render(
      <BoardAppendix appendix={boardAppendix(partnerView(boardWithAppendix()))!} />,
    );
    expect(container).not.toHaveTextContent(/internal/i);
    expect(container).not.toHaveTextContent('Buy them outright');
    expect(container).not.toHaveTextContent('Their budget is thin.');
  });

  it('prints only the parts that have something in them', () => {
    const board = boardWithAppendix();
    render(<BoardAppendix appendix={boardAppendix({ ...board, values: [], rounds: [] })!} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Notes',
    ]);
  });
});
