import { useState } from 'react';
import { partnershipKindLabels } from '../../domain/ladder';
import { useBoardsStore } from '../../store/boards-store';
import { Icon } from '../../ui/icon';
import { lazyComponent } from '../../ui/lazy';
import { KINDS_LABEL, KindChips } from '../../ui/partner-kinds';
import './partner-kinds.css';

// Set once in a while: the dialog loads when first reached for.
const KindsDialog = lazyComponent(() =>
  import('./partner-kinds-dialog').then((m) => m.PartnerKindsDialog),
);

/**
 * What the partnership is today (referral, reseller…) as chips beside the partner's name; a
 * click or Enter opens the dialog that changes them. A muted invitation when none is set.
 */
export function PartnerKinds({ boardId }: { boardId: string }) {
  const kinds = useBoardsStore((s) => s.boards[boardId]?.partner.kinds);
  const [editing, setEditing] = useState(false);
  if (!kinds) return null;
  const labels = partnershipKindLabels(kinds);
  return (
    <>
      <button
        type="button"
        className={`partner-kinds${labels.length ? '' : ' partner-kinds--none'}`}
        aria-label={labels.length ? `${KINDS_LABEL}: ${labels.join(', ')}. Change` : undefined}
        aria-haspopup="dialog"
        title={labels.length ? 'Change the kind of partnership' : 'Add kind of partnership'}
        onClick={() => setEditing(true)}
        onPointerEnter={KindsDialog.preload}
        onFocus={KindsDialog.preload}
      >
        {labels.length ? (
          <>
            <KindChips kinds={kinds} />
            <Icon name="edit" className="icon partner-kinds__edit" />
          </>
        ) : (
          <>
            <Icon name="plus" />
            <span className="partner-kinds__invite">Add kind of partnership</span>
          </>
        )}
      </button>
      {editing && <KindsDialog boardId={boardId} kinds={kinds} onClose={() => setEditing(false)} />}
    </>
  );
}
