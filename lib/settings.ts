/** The reader's settings: highlight switches, colours, 我的单位 (the reader's own units). Kept in extension storage. */
import { z } from 'zod';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** Settings schema; every field has a default so old or partial records still parse. */
export const SettingsSchema = z.object({
  highlightsOn: z.boolean().default(true),
  /** Normalized page URLs where the reader switched highlights off. */
  pagesOff: z.array(z.string().max(2048)).max(5000).default([]),
  /** 我的单位: canonical unit names whose tasks are emphasized. */
  myUnits: z.array(z.string().min(1).max(100)).max(20).default([]),
  colors: z
    .object({ task: color, lead: color, co: color, deadline: color, mine: color })
    .default({ task: '#fff1a8', lead: '#e69f00', co: '#0072b2', deadline: '#cc79a7', mine: '#009e73' }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The storage key of the settings record. */
export const SETTINGS_KEY = 'settings';

/** Parse a stored settings value; anything malformed falls back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : SettingsSchema.parse({});
}
