/** How much of a page is read and analysed: shared by the page side (content script) and the engine side (background, CLI). */

/** Longest text the engine gets from one page (the longest of the 60 real gov.cn pages has about 9,000 characters, seed 003 about 20,000). */
export const MAX_ANALYZED_CHARS = 150_000;

/**
 * A long page is first judged on its beginning: a policy document shows its title, 文号 and structure there. When that
 * beginning is not a policy document, the rest is never walked (a 5 MB statistics page costs what its first part costs).
 */
export const PREFIX_CHARS = 30_000;
