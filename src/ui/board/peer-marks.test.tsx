import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PeerMarks as PeerMarksSlot, peerClass, withPeers, type MarkedPeer } from './peer-marks';
import { PeerMarks } from './peer-marks-view';

const ben: MarkedPeer = {
  clientId: 2,
  name: 'Ben Okafor',
  initials: 'BO',
  color: 'green',
  activity: { action: 'editing' },
};
const cy: MarkedPeer = { ...ben, clientId: 3, name: 'Cy', initials: 'C', color: 'purple' };

describe('marks of who else is at work on a card', () => {
  it('say in the card’s name what each is doing, and where a card is going', () => {
    expect(withPeers('Joint webinar', [], undefined)).toBe('Joint webinar');
    expect(withPeers('Joint webinar', [ben], undefined)).toBe(
      'Joint webinar, Ben Okafor is editing it',
    );
    const moving = { ...ben, activity: { action: 'moving' as const } };
    expect(withPeers('Joint webinar', [moving], 'Later')).toBe(
      'Joint webinar, Ben Okafor is moving it to Later',
    );
    expect(withPeers('Joint webinar', [moving], undefined)).toBe(
      'Joint webinar, Ben Okafor is moving it',
    );
  });

  it('outline the card in the first one’s colour, and show their faces', () => {
    expect(peerClass([])).toBe('');
    expect(peerClass([cy, ben])).toBe(' card--peer avatar--purple');
    const { container, rerender } = render(<PeerMarks peers={[ben]} columnTitle={undefined} />);
    expect(container).toHaveTextContent('BOBen editing');
    rerender(<PeerMarks peers={[ben, cy]} columnTitle={undefined} />);
    expect(container).toHaveTextContent('BOCediting');
    rerender(<PeerMarks peers={[{ ...ben, activity: { action: 'moving' } }]} columnTitle="Next" />);
    expect(container).toHaveTextContent('→ Next');
    rerender(<PeerMarks peers={[]} columnTitle={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('fetch their code only for a card someone else is at work on', async () => {
    const { container, rerender } = render(<PeerMarksSlot peers={[]} columnTitle={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<PeerMarksSlot peers={[ben]} columnTitle={undefined} />);
    expect(await screen.findByText('Ben editing')).toBeInTheDocument();
  });
});
