import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import { SheetNotice } from './SheetNotice';

/**
 * A modal dialog on the browser's own <dialog>: focus stays inside it, Escape closes it, and the caller
 * puts the focus back where the user was.
 */
export function Modal({
  title,
  error,
  onClose,
  children,
}: {
  title: string;
  /** The sheet's last refusal: shown inside, since the page behind the dialog cannot be seen. */
  error?: ApiErrorBody | null;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The first field, not the first button: Enter on a cell should land where the mark is typed.
      dialog.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea')?.focus();
    }
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="modal" aria-label={title} onClose={onClose}>
      <h2>{title}</h2>
      <SheetNotice error={error ?? null} />
      {children}
    </dialog>
  );
}
