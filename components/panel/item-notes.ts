/** The reader's notes on tasks and units of the panel's document, shared with the task lines through a Preact context. */
import { createContext } from 'preact';
import { UNIT_KEY_PREFIX } from '../../lib/store/task-status';

/** The notes by task id (and `unit:` + unit name), and how to save one. */
export interface ItemNotes {
  notes: Readonly<Record<string, string>>;
  onNote(key: string, note: string): void;
}

/** Provided by the side panel; a task line without it shows no note. */
export const ItemNotesContext = createContext<ItemNotes | null>(null);

/** The notes on units only, by unit name. */
export function unitNotesOf(notes: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, note] of Object.entries(notes)) if (key.startsWith(UNIT_KEY_PREFIX)) out[key.slice(UNIT_KEY_PREFIX.length)] = note;
  return out;
}
