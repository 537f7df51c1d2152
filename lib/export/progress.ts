/** Progress reports of long export and import work (10,000 notes), so the UI can show how far it is. */

/** Called with how many of `total` steps (records or notes) are done. */
export type OnProgress = (done: number, total: number) => void;
