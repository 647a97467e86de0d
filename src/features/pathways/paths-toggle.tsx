import { usePersistentChoice } from '../../ui/persistent-state';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import './paths-toggle.css';

const CHOICES = ['shown', 'hidden'] as const;

/** Whether this device shows the pathways' arrows: yes until someone turns them off. */
export function usePathsShown() {
  const [choice, setChoice] = usePersistentChoice('partner-horizons:paths', CHOICES, 'shown');
  return [choice === 'shown', (shown: boolean) => setChoice(shown ? 'shown' : 'hidden')] as const;
}

/** "Paths": shows or hides every arrow; there only while the board has links. */
export function PathsToggle({
  boardId,
  shown,
  onShown,
}: {
  boardId: string;
  shown: boolean;
  onShown: (shown: boolean) => void;
}) {
  const count = useBoardsStore((s) => s.boards[boardId]?.links?.length ?? 0);
  if (!count) return null;
  return (
    <button
      type="button"
      className="button paths-toggle"
      aria-pressed={shown}
      title={shown ? 'Hide the arrows between milestones' : 'Show the arrows between milestones'}
      onClick={() => onShown(!shown)}
    >
      <Icon name="path" /> <span className="paths-toggle__label">Paths</span>
    </button>
  );
}
