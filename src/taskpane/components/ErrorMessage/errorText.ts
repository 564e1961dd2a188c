import type { Language } from "../../../schema";

/** The message to show for an adapter error: its localized text when it has one, else its message. */
export function errorText(error: unknown, language: Language): string {
  if (typeof error === "object" && error !== null) {
    const localized = (error as { localized?: { ko?: unknown; en?: unknown } }).localized;
    if (localized && typeof localized[language] === "string") return localized[language] as string;
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string" && message !== "") return message;
  }
  return String(error);
}
