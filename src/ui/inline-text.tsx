import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import './inline-text.css';

interface InlineTextProps {
  value: string;
  /** What a screen reader hears, e.g. "Partner name". */
  label: string;
  placeholder: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  maxLength?: number;
  className?: string;
  /** Refuse an empty value (the field keeps its old text). */
  required?: boolean;
  /** Take the focus when it appears, e.g. a new board's name. */
  autoFocus?: boolean;
}

/**
 * Text that reads as text and edits in place: click or Enter to edit, Enter (Ctrl+Enter for
 * several lines) or leaving the field to save, Escape to cancel. One commit per edit, so
 * one undo step, never one per keystroke.
 */
export function InlineText({
  value,
  label,
  placeholder,
  onCommit,
  multiline,
  maxLength,
  className = '',
  required,
  autoFocus,
}: InlineTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // Enter or Escape hands the focus back to the text that was edited, not to the page.
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (draft === null && refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [draft]);

  const commit = () => {
    if (draft === null) return;
    const next = multiline ? draft.trim() : draft.trim().replace(/\s+/g, ' ');
    setDraft(null);
    if (required && !next) return;
    if (next !== value) onCommit(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      refocus.current = true;
      setDraft(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      refocus.current = true;
      commit();
    }
  };

  if (draft !== null) {
    const common = {
      'aria-label': label,
      className: `inline-text__input ${className}`,
      value: draft,
      maxLength,
      placeholder,
      autoFocus: true,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onBlur: commit,
      onKeyDown,
    };
    return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  }
  return (
    <button
      ref={button}
      type="button"
      autoFocus={autoFocus}
      className={`inline-text ${value ? '' : 'inline-text--empty'} ${className}`}
      aria-label={`${label}: ${value || 'not set'}`}
      onClick={() => setDraft(value)}
    >
      {value || placeholder}
    </button>
  );
}
