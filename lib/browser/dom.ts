/**
 * Whether a key press belongs to the focused element (typing, or arrows in a radio group or select),
 * so page-wide shortcuts must leave it alone.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "button", "submit", "reset", "file"].includes(target.type);
}
