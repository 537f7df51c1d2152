/** The reader (entrypoints/reader.ts): the full reading of a page, its highlights and notes, loaded into a page by the background when the gatekeeper lets the page through. */

/** File of the reader script in the build. */
export const READER_SCRIPT = '/reader.js';

/** Where the reader keeps its running instance in the extension's isolated world (a second injection finds it and stops). */
export const READER_GLOBAL = '__policylensReader';
