import { useId, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './dialog';
import { FieldError } from './text-field';

interface FormDialogProps {
  title: string;
  /** Shown under the title; also the dialog's accessible description. */
  description?: string;
  wide?: boolean;
  onClose: () => void;
  /** Runs on submit (a click on the submit button or Enter in a field); the page stays. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The submit button's text, e.g. "Save". */
  submitLabel: ReactNode;
  /** Actions at the left of Cancel, set apart from it, e.g. a Delete button. */
  extraActions?: ReactNode;
  /** Why the form as a whole was refused, shown above the actions. */
  error?: string | null;
  /** The form-level error's id, for fields to point at with `formErrorId`. */
  errorId?: string;
  /** The form's class. */
  className?: string;
  children: ReactNode;
}

/**
 * A dialog that is one form: its fields, then Cancel and a submit button. The browser's own
 * validation is off, as the fields say what is wrong themselves.
 */
export function FormDialog({
  title,
  description,
  wide,
  onClose,
  onSubmit,
  submitLabel,
  extraActions,
  error,
  errorId,
  className,
  children,
}: FormDialogProps) {
  const madeErrorId = useId();
  return (
    <Dialog title={title} description={description} wide={wide} onClose={onClose}>
      <form
        className={className}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(event);
        }}
      >
        {children}
        <FieldError id={errorId ?? madeErrorId} message={error} />
        <div className="dialog__actions">
          {extraActions && (
            <>
              {extraActions}
              <span className="spacer" />
            </>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
