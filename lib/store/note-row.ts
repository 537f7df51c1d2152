/** Conversion between a note and its stored row (the row adds the `terms` search index field). */
import type { NoteRow } from './db';
import type { Note } from './schema';
import { noteTerms } from './terms';

/** A stored row without its index-only fields. */
export function fromRow(row: NoteRow): Note {
  const { terms: _terms, ...note } = row;
  return note;
}

/** The row to store for a note, with its search terms computed. */
export function toRow(note: Note): NoteRow {
  return { ...note, terms: noteTerms(note) };
}
