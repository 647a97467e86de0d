import { useState } from 'react';
import { LIMITS } from '../../domain/schema';
import { FormDialog } from '../../ui/form-dialog';
import { TextField } from '../../ui/text-field';

export function RenameBoardDialog({
  title,
  onRename,
  onClose,
}: {
  title: string;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (!value.trim()) {
      setError('A board needs a title.');
      return;
    }
    onRename(value.trim());
  };
  return (
    <FormDialog title="Rename board" onClose={onClose} onSubmit={submit} submitLabel="Rename">
      <TextField
        label="Board title"
        value={value}
        maxLength={LIMITS.boardTitle}
        autoFocus
        error={error}
        onChange={(next) => {
          setValue(next);
          setError(null);
        }}
      />
    </FormDialog>
  );
}
