import type { ColumnKey } from "../../../schema";

/**
 * Moves focus to a field of the form and scrolls it to the middle of the view, so an officer
 * who pressed Save at the bottom sees what to fix. Fields are found by `data-field` (set by
 * EntryFields), so any kind of input (text, date, dropdown button, combobox) works.
 */
export function focusField(form: HTMLElement | null, key: ColumnKey): boolean {
  const wrapper = form?.querySelector<HTMLElement>(`[data-field="${key}"]`);
  const control = wrapper?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, button, [tabindex]:not([tabindex='-1'])");
  if (!wrapper || !control) return false;
  control.focus({ preventScroll: true });
  wrapper.scrollIntoView?.({ block: "center" });
  return true;
}
