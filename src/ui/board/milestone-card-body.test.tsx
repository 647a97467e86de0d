import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MilestoneCardBody, cardLabel } from './milestone-card-body';
import { typeClass } from './milestone-type-style';
import { formatDay } from '../dates';
import type { Milestone } from '../../domain/schema';
import { makeMilestone } from '../../testing/factories';

const planned = makeMilestone({
  title: 'Native integration',
  type: 'integration',
  confidence: 80,
  owner: 'Priya',
  status: 'exploring',
  targetDate: '2027-03-31',
  tags: ['emea', 'api'],
  notes: 'Needs an API agreement.',
});

/** A card as the board draws it: the body in a `.card`, under the board's density. */
function renderCard(milestone: Milestone, density = 'comfortable') {
  render(
    <div className="board-page" data-density={density}>
      <div className={`card ${typeClass(milestone)}`} data-testid="card">
        <MilestoneCardBody milestone={milestone} />
      </div>
    </div>,
  );
  return screen.getByTestId('card');
}

describe('a milestone card', () => {
  it('says what a planner needs: type, status, confidence in words, date, owner, tags, notes', () => {
    const card = renderCard(planned);
    expect(card).toHaveClass('card--integration');
    expect(within(card).getByText('Integration')).toBeInTheDocument();
    expect(within(card).getByText('Exploring')).toBeInTheDocument();
    expect(within(card).getByText('80 % confident')).toBeInTheDocument();
    expect(within(card).getByText(formatDay('2027-03-31'))).toBeInTheDocument();
    expect(within(card).getByText('Priya')).toBeInTheDocument();
    expect(within(card).getByText('emea')).toBeInTheDocument();
    expect(within(card).getByText('api')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'has notes' })).toBeInTheDocument();
    expect(within(card).queryByText('Example')).toBeNull();
    expect(cardLabel(planned)).toBe(
      `Native integration, Integration, owner Priya, 80 % confident, status Exploring, target ${formatDay('2027-03-31')}, tagged emea, api, has notes`,
    );
  });

  it('shows a type and a confidence nobody gave as not set, and no notes marker for no notes', () => {
    const {
      type: _type,
      confidence: _confidence,
      ...rest
    } = makeMilestone({ title: 'Quick idea' });
    const card = renderCard(rest);
    expect(card).toHaveClass('card--unset');
    expect(within(card).getByText('Type not set')).toBeInTheDocument();
    expect(within(card).getByText('Confidence not set')).toBeInTheDocument();
    expect(within(card).getByText('Idea')).toBeInTheDocument();
    expect(within(card).queryByRole('img', { name: 'has notes' })).toBeNull();
    expect(within(card).queryByText(/Other|50/)).toBeNull();
    expect(cardLabel(rest)).toBe('Quick idea, type not set, confidence not set, status Idea');
  });

  it('marks an example as one, in words and in its name', () => {
    const example = { ...planned, example: true };
    const card = renderCard(example);
    expect(within(card).getByText('Example')).toBeInTheDocument();
    // In the status's place: the template's status is not the team's. The name keeps it.
    expect(within(card).queryByText('Exploring')).toBeNull();
    expect(cardLabel(example)).toMatch(/^Native integration, example, Integration,/);
    expect(cardLabel(example)).toMatch(/status Exploring/);
  });

  it('draws the same content under the compact density, which CSS lays out', () => {
    const card = renderCard(planned, 'compact');
    expect(card.closest('[data-density="compact"]')).not.toBeNull();
    // Compact hides the owner and tags in CSS only: they are still there to read aloud.
    for (const text of ['80 % confident', 'Exploring', 'Priya', 'emea'])
      expect(within(card).getByText(text)).toBeInTheDocument();
    expect(card.querySelector('.card__type .icon')).not.toBeNull();
  });
});
