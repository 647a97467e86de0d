import { useEffect, useId, useState } from 'react';
import { LIMITS } from '../../domain/schema';
import type { BoardTemplate, NewBoardInput } from '../../domain/boards';
import type { PartnershipKind } from '../../domain/ladder';
import { FormDialog } from '../../ui/form-dialog';
import { KindsField } from '../../ui/partner-kinds';
import { FieldError, TextField } from '../../ui/text-field';

interface NewBoardDialogProps {
  /** Runs once when the dialog opens: the board will be opened next. */
  onOpen?: () => void;
  onCreate: (input: Required<NewBoardInput>) => void;
  onClose: () => void;
}

export function NewBoardDialog({ onOpen, onCreate, onClose }: NewBoardDialogProps) {
  useEffect(() => onOpen?.(), [onOpen]);
  const [partnerName, setPartnerName] = useState('');
  const [title, setTitle] = useState('');
  const [kinds, setKinds] = useState<PartnershipKind[]>([]);
  const [template, setTemplate] = useState<BoardTemplate>('starter');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  /** Typing in either field takes the message away. */
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setError(null);
  };

  const submit = () => {
    const name = partnerName.trim();
    const boardTitle = title.trim() || name;
    if (!boardTitle) {
      setError('Give the partner a name, or the board a title.');
      return;
    }
    onCreate({ title: boardTitle, partnerName: name, kinds, template });
  };

  return (
    <FormDialog
      title="New board"
      onClose={onClose}
      description="One board for one partner: where this partnership could go."
      onSubmit={submit}
      submitLabel="Create board"
    >
      <TextField
        label="Partner"
        value={partnerName}
        maxLength={LIMITS.partnerName}
        placeholder="e.g. Acme Analytics"
        autoFocus
        formErrorId={error ? errorId : undefined}
        onChange={edit(setPartnerName)}
      />
      <TextField
        label="Board title"
        value={title}
        maxLength={LIMITS.boardTitle}
        placeholder={partnerName.trim() || 'Defaults to the partner’s name'}
        onChange={edit(setTitle)}
      />
      {/* About both fields, so under both rather than under one. */}
      <FieldError id={errorId} message={error} />
      <KindsField kinds={kinds} onChange={setKinds} hint="Optional. Tick all that fit today." />
      <TemplateChoice template={template} onChange={setTemplate} />
    </FormDialog>
  );
}

const TEMPLATES: { value: BoardTemplate; title: string; detail: string }[] = [
  {
    value: 'starter',
    title: 'Starter template',
    detail:
      'Four horizons and an example milestone on every rung, the steps a partnership climbs: leads → integration → new product → investment → acquisition.',
  },
  {
    value: 'empty',
    title: 'Empty board',
    detail: 'The four horizons — Now, Next, Later, Long term — and no milestones.',
  },
];

function TemplateChoice({
  template,
  onChange,
}: {
  template: BoardTemplate;
  onChange: (template: BoardTemplate) => void;
}) {
  return (
    <fieldset className="field">
      <legend>Start with</legend>
      <div className="choice-grid">
        {TEMPLATES.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name="template"
              value={choice.value}
              checked={template === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>
              {choice.title}
              <small>{choice.detail}</small>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
