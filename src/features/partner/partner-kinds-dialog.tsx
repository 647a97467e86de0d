import { useState } from 'react';
import type { PartnershipKind } from '../../domain/ladder';
import { useBoardsStore } from '../../store/boards-store';
import { FormDialog } from '../../ui/form-dialog';
import { KINDS_LABEL, KindsField } from '../../ui/partner-kinds';

/** Ticks the kinds of partnership this is today; Save keeps them as one edit (one undo). */
export function PartnerKindsDialog({
  boardId,
  kinds,
  onClose,
}: {
  boardId: string;
  kinds: readonly PartnershipKind[];
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState<PartnershipKind[]>([...kinds]);
  const save = () => {
    useBoardsStore.getState().updatePartner(boardId, { kinds: chosen });
    onClose();
  };
  return (
    <FormDialog
      title={KINDS_LABEL}
      description="What the partnership is today. Tick all that fit, or none."
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save"
    >
      <KindsField kinds={chosen} onChange={setChosen} />
    </FormDialog>
  );
}
