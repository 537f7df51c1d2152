/** Sites beyond *.gov.cn where the reader lets the extension run: what they type, the match pattern asked for, and the content scripts to keep. */

/** What the reader typed, read as a site: its match pattern and the host shown; or why it cannot be added. */
export type SiteInput = { ok: true; pattern: string; host: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'covered'; host: string };

/** The id prefix of the content scripts registered for added sites (`site:` + the site's match pattern). */
export const SITE_SCRIPT_PREFIX = 'site:';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `host` is an IPv4 address or a domain name of at least two labels with a non-numeric top level. */
function validHost(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  const numeric = labels.map((l) => /^\d{1,3}$/.test(l));
  if (numeric.every(Boolean)) return labels.length === 4 && labels.every((l) => Number(l) <= 255);
  return !numeric[numeric.length - 1];
}

/** The host a site pattern names (`*.example.org` for a wildcard), or null when it is not of the form scheme://host/*. */
export function siteHost(pattern: string): string | null {
  const at = pattern.indexOf('://');
  if (at < 0) return null;
  const scheme = pattern.slice(0, at);
  const host = pattern.slice(at + 3, -2);
  if (!['*', 'http', 'https'].includes(scheme) || !pattern.endsWith('/*') || host.length === 0 || host.includes('/')) return null;
  return host;
}

/** Whether a site pattern (such as the content script's `*://*.gov.cn/*`) covers `host`. */
function covers(pattern: string, host: string): boolean {
  const base = siteHost(pattern);
  if (base === null) return false;
  if (base === '*') return true;
  if (!base.startsWith('*.')) return base === host;
  const domain = base.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Read what the reader typed as a site: a host (`www.pkulaw.com`), an address (`https://www.pkulaw.com/fl/1.html`,
 * only http and https) or `*.pkulaw.com` for a domain and its subdomains; ports and paths are dropped, international
 * names become punycode. Refused: anything else (`invalid`; also a user name before `@`, or a backslash, which hide
 * the real host), and hosts the built-in patterns already cover (`covered`).
 */
export function sitePattern(input: string, builtin: readonly string[]): SiteInput {
  let text = input.trim();
  if (text.length === 0 || text.length > 2048 || /[@\\\s]/.test(text)) return { ok: false, reason: 'invalid' };
  const scheme = /^([a-z][a-z0-9+.-]{0,20}):\/\//i.exec(text);
  if (scheme && !/^https?$/i.test(scheme[1])) return { ok: false, reason: 'invalid' };
  if (scheme) text = text.slice(scheme[0].length);
  const wildcard = text.startsWith('*.');
  if (wildcard) text = text.slice(2);
  let host: string;
  try {
    host = new URL(`http://${text}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!validHost(host) || (wildcard && /^[\d.]+$/.test(host))) return { ok: false, reason: 'invalid' };
  const shown = wildcard ? `*.${host}` : host;
  if (builtin.some((p) => covers(p, host))) return { ok: false, reason: 'covered', host: shown };
  return { ok: true, pattern: `*://${shown}/*`, host: shown };
}

/** The sites the reader added: granted host patterns of the form scheme://host/* other than the built-in ones, sorted. */
export function addedSites(granted: readonly string[], builtin: readonly string[]): string[] {
  return [...new Set(granted.filter((p) => !builtin.includes(p) && siteHost(p) !== null))].sort();
}

/** Which site scripts to register (patterns) and unregister (ids) so that exactly the added sites have one. */
export function planSiteScripts(
  granted: readonly string[],
  registeredIds: readonly string[],
  builtin: readonly string[],
): { register: string[]; unregister: string[] } {
  const wanted = addedSites(granted, builtin);
  const have = new Set(registeredIds.filter((id) => id.startsWith(SITE_SCRIPT_PREFIX)));
  return {
    register: wanted.filter((p) => !have.has(SITE_SCRIPT_PREFIX + p)),
    unregister: [...have].filter((id) => !wanted.includes(id.slice(SITE_SCRIPT_PREFIX.length))).sort(),
  };
}
