/** The reader's settings: highlight switches, colours, 我的单位 (the reader's own units). Kept in extension storage. */
import * as z from 'zod/mini';

const color = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));

/** Default highlight colours, colour-blind-safe after Okabe & Ito; lead and co also differ by underline style. */
const DEFAULT_COLORS = { task: '#fff1a8', lead: '#e69f00', co: '#0072b2', deadline: '#cc79a7', mine: '#009e73' };

/** Settings schema (zod/mini: the content script reads it); every field has a default so partial records still parse. */
export const SettingsSchema = z.object({
  highlightsOn: z._default(z.boolean(), true),
  /** Page keys (URL without query and fragment) where the reader switched highlights off. */
  pagesOff: z._default(z.array(z.string().check(z.maxLength(2048))).check(z.maxLength(5000)), []),
  /** 我的单位: canonical unit names whose tasks are emphasized. */
  myUnits: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(20)), []),
  colors: z._default(z.object({ task: color, lead: color, co: color, deadline: color, mine: color }), DEFAULT_COLORS),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The storage key of the settings record. */
export const SETTINGS_KEY = 'settings';

/** Parse a stored settings value; anything malformed falls back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : SettingsSchema.parse({});
}

/** Page key for the per-page highlight switch: the URL without fragment and query. */
export function pageKey(url: string): string {
  return url.split(/[?#]/)[0];
}

/** Whether highlights show on the page at `url`: on everywhere and not switched off for this page. */
export function highlightsOnFor(settings: Settings, url: string): boolean {
  return settings.highlightsOn && !settings.pagesOff.includes(pageKey(url));
}
