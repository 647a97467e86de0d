import { useId, type HTMLAttributes, type ReactNode } from 'react';

/** What ties a control to its label, hint and error; spread it onto the control. */
export interface ControlWiring {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldWiringOptions {
  /** The control's id, else one is made up; the hint and error take `${id}-hint`, `${id}-error`. */
  id?: string;
  hint?: ReactNode;
  /** Shown under the control, announced, and the control marked invalid. */
  error?: string | null;
  /**
   * The id of a message shown elsewhere (a form-level error) that is about this control:
   * the control is marked invalid and described by it. Left out while there is none.
   */
  formErrorId?: string;
}

/** The ids and aria attributes of one field, so every field says them the same way. */
export function useFieldWiring({ id: givenId, hint, error, formErrorId }: FieldWiringOptions) {
  const madeId = useId();
  const id = givenId ?? madeId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, formErrorId ?? null]
    .filter(Boolean)
    .join(' ');
  const control: ControlWiring = {
    id,
    'aria-invalid': error || formErrorId ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return { control, hintId, errorId };
}

/** Why a field or form was refused: announced as soon as it shows. Nothing when there is none. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {message}
    </p>
  );
}

interface FieldProps extends FieldWiringOptions {
  label: ReactNode;
  /** Draws the control with the wiring spread onto it. */
  control: (wiring: ControlWiring) => ReactNode;
  /** Anything that belongs to the field after its error, e.g. links found in the text. */
  children?: ReactNode;
}

/** A labelled control with its hint and error: the wiring every field shares. */
export function Field({ label, control, children, ...options }: FieldProps) {
  const { control: wiring, hintId, errorId } = useFieldWiring(options);
  return (
    <div className="field">
      <label htmlFor={wiring.id}>{label}</label>
      {control(wiring)}
      {options.hint && (
        <p id={hintId} className="field__hint">
          {options.hint}
        </p>
      )}
      <FieldError id={errorId} message={options.error} />
      {children}
    </div>
  );
}

interface TextFieldProps extends FieldWiringOptions {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Several lines: a textarea instead of an input. */
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'number' | 'date';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  min?: number;
  max?: number;
  step?: number;
  name?: string;
  placeholder?: string;
  maxLength?: number;
  required?: boolean;
  autoFocus?: boolean;
  /** Added to the control's own class (`input` or `textarea`). */
  controlClassName?: string;
  children?: ReactNode;
}

/** A labelled text, number or date input, or a textarea, with its hint and error. */
export function TextField({ label, children, ...props }: TextFieldProps) {
  const { id, hint, error, formErrorId, ...control } = props;
  return (
    <Field
      {...{ label, id, hint, error, formErrorId }}
      control={(wiring) => <TextControl wiring={wiring} {...control} />}
    >
      {children}
    </Field>
  );
}

type TextControlProps = Omit<TextFieldProps, 'label' | 'children' | keyof FieldWiringOptions> & {
  wiring: ControlWiring;
};

function TextControl({
  wiring,
  multiline,
  rows,
  controlClassName,
  onChange,
  type,
  inputMode,
  min,
  max,
  step,
  ...attributes
}: TextControlProps) {
  const changed = (event: { target: { value: string } }) => onChange(event.target.value);
  // A dialog opening moves focus to the field marked so (React's autoFocus fires too early).
  if (attributes.autoFocus) Object.assign(attributes, { 'data-autofocus': true });
  const extraClass = controlClassName ? ` ${controlClassName}` : '';
  if (multiline) {
    return (
      <textarea
        {...wiring}
        {...attributes}
        className={`textarea${extraClass}`}
        rows={rows}
        onChange={changed}
      />
    );
  }
  const numberish = { type, inputMode, min, max, step };
  return (
    <input
      {...wiring}
      {...attributes}
      {...numberish}
      className={`input${extraClass}`}
      onChange={changed}
    />
  );
}

interface SelectFieldProps extends FieldWiringOptions {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  /** The options. */
  children: ReactNode;
}

/** A labelled select with its hint and error. */
export function SelectField({
  label,
  value,
  onChange,
  name,
  children,
  ...options
}: SelectFieldProps) {
  return (
    <Field
      label={label}
      {...options}
      control={(wiring) => (
        <select
          {...wiring}
          className="select"
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {children}
        </select>
      )}
    />
  );
}
