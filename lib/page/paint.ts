/** Paint engine spans on the page with the CSS Custom Highlight API, or by wrapping text where the API is missing. */
import { paintByWrapping, unpaintWrapped } from './paint-fallback';

/** The highlight groups: task titles, lead units (牵头单位), co-responsible units, deadlines, the reader's unit, notes. */
export type PaintKind = 'task' | 'lead' | 'co' | 'deadline' | 'mine' | `note-${string}`;

/** One range to paint and its group. */
export interface PaintItem {
  kind: PaintKind;
  range: Range;
}

/** Colours of the groups (CSS colours; defaults in lib/settings.ts after Okabe & Ito). */
export interface PaintColors {
  task: string;
  lead: string;
  co: string;
  deadline: string;
  mine: string;
}

/** Prefix of every highlight name this extension registers. */
export const HIGHLIGHT_PREFIX = 'policylens-';

/** The short-lived highlight that marks where a jump from the side panel landed. */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

/** Underlines sit this far below the baseline: at the default offset they cut through the bottom strokes of Chinese characters. */
const UNDERLINE_OFFSET = 'text-underline-offset:0.2em';

const PRIORITY: Record<string, number> = { task: 0, deadline: 1, co: 2, lead: 3, mine: 4 };

/** The CSS rules that style each group (for ::highlight() and for the fallback elements alike). */
export function paintCss(colors: PaintColors, noteColors: Record<string, string> = {}): string {
  const rules: [string, string][] = [
    ['task', `background-color:${colors.task}`],
    ['lead', `background-color:color-mix(in srgb, ${colors.lead} 30%, transparent);text-decoration:underline 3px solid ${colors.lead};${UNDERLINE_OFFSET}`],
    ['co', `text-decoration:underline 2px dotted ${colors.co};${UNDERLINE_OFFSET}`],
    ['deadline', `text-decoration:underline 2px wavy ${colors.deadline};${UNDERLINE_OFFSET}`],
    ['mine', `background-color:color-mix(in srgb, ${colors.mine} 35%, transparent);text-decoration:underline 4px double ${colors.mine};${UNDERLINE_OFFSET}`],
    ['flash', 'background-color:#E69F00;color:#000'],
    ...Object.entries(noteColors).map(([name, c]): [string, string] => [`note-${name}`, `background-color:color-mix(in srgb, ${c} 45%, transparent)`]),
  ];
  return rules
    .map(([k, decl]) => `::highlight(${HIGHLIGHT_PREFIX}${k}){${decl}} policylens-mark[data-kind="${k}"]{${decl}}`)
    .join('\n');
}

/** Whether this document supports the CSS Custom Highlight API. */
export function supportsHighlights(win: Window): boolean {
  const w = win as Window & { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return Boolean(w.CSS?.highlights) && typeof w.Highlight === 'function';
}

/** Paint `range` in the flash group for `ms` without touching the reader's selection; false where the Highlight API is missing. */
export function flashRange(doc: Document, range: Range, ms = 1500): boolean {
  const win = doc.defaultView;
  if (!win || !supportsHighlights(win)) return false;
  const flash = new win.Highlight(range);
  flash.priority = 10;
  win.CSS.highlights.set(FLASH_HIGHLIGHT, flash);
  win.setTimeout(() => {
    if (win.CSS.highlights.get(FLASH_HIGHLIGHT) === flash) win.CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
  return true;
}

/** A painter that owns this extension's highlights on one document. */
export interface Painter {
  /** Replace every painted group by `items`. */
  paint(items: PaintItem[]): void;
  /** Remove all highlights of this extension. */
  clear(): void;
  /** Set the colours (rewrites the style sheet). */
  setColors(colors: PaintColors, noteColors?: Record<string, string>): void;
  /** The method in use: the Highlight API or wrapping elements. */
  readonly method: 'highlight-api' | 'wrap';
}

/** Create a painter for `doc`; `forceWrap` selects the fallback (tests, old browsers). */
export function createPainter(doc: Document, opts: { forceWrap?: boolean } = {}): Painter {
  const win = doc.defaultView!;
  const method = !opts.forceWrap && supportsHighlights(win) ? 'highlight-api' : 'wrap';
  const sheet = new win.CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const names = new Set<string>();
  // The style sheet's text: parsing it again for every repaint with the same colours is work for nothing.
  let sheetCss = '';

  const clear = () => {
    if (method === 'highlight-api') {
      for (const name of names) win.CSS.highlights.delete(name);
      names.clear();
    } else {
      unpaintWrapped(doc);
    }
  };

  return {
    method,
    paint(items) {
      clear();
      if (method === 'wrap') {
        paintByWrapping(doc, items);
        return;
      }
      const groups = new Map<string, Range[]>();
      for (const item of items) {
        const list = groups.get(item.kind) ?? [];
        list.push(item.range);
        groups.set(item.kind, list);
      }
      for (const [kind, ranges] of groups) {
        const h = new win.Highlight(...ranges);
        h.priority = PRIORITY[kind] ?? 5;
        const name = HIGHLIGHT_PREFIX + kind;
        win.CSS.highlights.set(name, h);
        names.add(name);
      }
    },
    clear,
    setColors(colors, noteColors) {
      const css = paintCss(colors, noteColors);
      if (css === sheetCss) return;
      sheet.replaceSync(css);
      sheetCss = css;
    },
  };
}
