/** The side panel's 批注 tab: this page's notes or all notes, full-text search and tag / colour filters, jump to a passage, export with progress. */
import { useEffect, useState } from 'preact/hooks';
import {
  NotesAnswerSchema,
  PageNotesAnswerSchema,
  SearchAnswerSchema,
  TagsAnswerSchema,
  type ContentRequest,
  type NoteRecord,
  type PageNotesAnswer,
} from '../../lib/content-messages';
import { beijingDate } from '../../lib/export/dates';
import { storeErrorText } from '../../lib/i18n/store-error-text';
import { t } from '../../lib/i18n/t';
import type { BackgroundRequest } from '../../lib/messages';
import type { NoteColor } from '../../lib/store/schema';
import { normalizeUrl } from '../../lib/store/url-key';
import { NOTE_COLORS, colorLabel } from '../NoteEditor';
import { formatCount, ProgressLine } from '../ProgressLine';

/** Props: how to reach the background and the active tab, and a counter that reloads the lists when it changes. */
export interface NotesTabProps {
  /** Send a request to the background (browser.runtime.sendMessage). */
  request(msg: BackgroundRequest): Promise<unknown>;
  /** Send a request to the active tab's content script; resolves to null when the tab has none. */
  toPage(msg: ContentRequest): Promise<unknown>;
  /** Bump on `notes:changed` and `tab:updated` messages and on tab switches. */
  revision: number;
  /** Export the listed notes as Markdown (this page, all notes, or one tag); the panel knows the page's analysis. */
  onExport(notes: NoteRecord[], scope: { kind: 'page'; url: string; docKey: string | null } | { kind: 'all' } | { kind: 'tag'; tag: string }, copy: boolean): void;
}

type Scope = 'page' | 'all';

/** How many notes one list shows (the total says how many matched). */
const PAGE_SIZE = 200;
/** How many notes one export request reads (the most notes:search answers at once). */
const EXPORT_CHUNK = 500;
const SEARCH_DELAY_MS = 200;

interface Listing {
  notes: NoteRecord[];
  total: number;
  page: PageNotesAnswer | null;
  error: string | null;
}

async function settle(p: Promise<unknown>): Promise<unknown> {
  return p.catch(() => null);
}

/** The filters of a notes search for the scope (this page's notes are kept by document key). */
interface SearchFilters {
  text?: string;
  tag?: string;
  color?: NoteColor;
  docKey?: string;
}

/** The search filters of the scope and the reader's filters. */
function searchFilters(scope: Scope, text: string, tag: string, color: NoteColor | '', page: PageNotesAnswer | null): SearchFilters {
  return {
    ...(text && { text }),
    ...(tag && { tag }),
    ...(color && { color }),
    ...(scope === 'page' && page?.docKey && { docKey: page.docKey }),
  };
}

/** Load the list for the scope and filters. */
async function loadListing(p: NotesTabProps, scope: Scope, text: string, tag: string, color: NoteColor | ''): Promise<Listing> {
  const info = PageNotesAnswerSchema.safeParse(await settle(p.toPage({ type: 'page:note-anchors' })));
  const page = info.success ? info.data : null;
  const filtered = text || tag || color;
  if (scope === 'page' && !page) return { notes: [], total: 0, page, error: null };
  const raw =
    scope === 'page' && page && !filtered
      ? await settle(p.request({ type: 'notes:for-page', url: page.url, docKey: page.docKey }))
      : await settle(p.request({ type: 'notes:search', query: { ...searchFilters(scope, text, tag, color, page), offset: 0, limit: PAGE_SIZE } }));
  const list = NotesAnswerSchema.safeParse(raw);
  if (list.success) {
    if (!list.data.ok) return { notes: [], total: 0, page, error: storeErrorText(list.data.error) };
    return { notes: list.data.value, total: list.data.value.length, page, error: null };
  }
  const found = SearchAnswerSchema.safeParse(raw);
  if (!found.success) return { notes: [], total: 0, page, error: t('noteUnavailable') };
  if (!found.data.ok) return { notes: [], total: 0, page, error: storeErrorText(found.data.error) };
  return { notes: found.data.value.notes, total: found.data.value.total, page, error: null };
}

function onPage(note: NoteRecord, page: PageNotesAnswer | null): boolean {
  return page !== null && (note.docKey === page.docKey || normalizeUrl(note.url) === normalizeUrl(page.url));
}

/** Only web addresses become links (a note's url comes from the page, or from an imported backup). */
function webUrl(url: string): string | null {
  return url.startsWith('https://') || url.startsWith('http://') ? url : null;
}

/** The tab. Note text is Markdown source and is shown as written (text, never HTML). */
export function NotesTab(p: NotesTabProps) {
  const [scope, setScope] = useState<Scope>('page');
  const [input, setInput] = useState('');
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [color, setColor] = useState<NoteColor | ''>('');
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [listing, setListing] = useState<Listing | null>(null);
  // Reading every matching note for an export, 500 at a time: how far it is, or why it failed.
  const [exporting, setExporting] = useState<{ done: number; total: number; error: string | null } | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setText(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  useEffect(() => {
    let live = true;
    setExporting(null);
    void loadListing(p, scope, text, tag, color).then((l) => live && setListing(l));
    void settle(p.request({ type: 'notes:tags' })).then((raw) => {
      const a = TagsAnswerSchema.safeParse(raw);
      if (live && a.success && a.data.ok) setTags(a.data.value);
    });
    return () => {
      live = false;
    };
  }, [scope, text, tag, color, p.revision]);

  const filtered = Boolean(text || tag || color);
  /** Export every note that matches, not only the listed ones: the rest are read in chunks, with progress. */
  const exportNotes = async (l: Listing, copy: boolean) => {
    let notes = l.notes;
    if (notes.length < l.total) {
      setExporting({ done: 0, total: l.total, error: null });
      notes = [];
      while (notes.length < l.total) {
        const query = { ...searchFilters(scope, text, tag, color, l.page), offset: notes.length, limit: EXPORT_CHUNK };
        const found = SearchAnswerSchema.safeParse(await settle(p.request({ type: 'notes:search', query })));
        if (!found.success || !found.data.ok) {
          return setExporting({ done: notes.length, total: l.total, error: found.success && !found.data.ok ? storeErrorText(found.data.error) : t('noteUnavailable') });
        }
        if (found.data.value.notes.length === 0) break;
        notes.push(...found.data.value.notes);
        setExporting({ done: notes.length, total: l.total, error: null });
      }
    }
    p.onExport(notes, tag ? { kind: 'tag', tag } : scope === 'page' && l.page ? { kind: 'page', url: l.page.url, docKey: l.page.docKey } : { kind: 'all' }, copy);
  };
  const orphans = new Set(listing?.page?.orphans ?? []);
  const scopes: [Scope, string][] = [['page', t('notesThisPage')], ['all', t('notesAll')]];

  return (
    <section class="notes" aria-label={t('notesTab')}>
      <div class="filters">
        {scopes.map(([id, label]) => (
          <button key={id} type="button" class="small" aria-pressed={scope === id} onClick={() => setScope(id)}>{label}</button>
        ))}
      </div>
      <div class="filters">
        <input
          type="search"
          class="notes-search"
          value={input}
          maxLength={200}
          placeholder={t('notesSearchPlaceholder')}
          aria-label={t('notesSearch')}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <select class="notes-tag" aria-label={t('noteTags')} value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('notesAllTags')}</option>
          {tags.map((x) => <option key={x.tag} value={x.tag}>#{x.tag}（{x.count}）</option>)}
        </select>
        <select class="notes-color" aria-label={t('noteColor')} value={color} onChange={(e) => setColor((e.currentTarget as HTMLSelectElement).value as NoteColor | '')}>
          <option value="">{t('notesAllColors')}</option>
          {(Object.keys(NOTE_COLORS) as NoteColor[]).map((c) => <option key={c} value={c}>{colorLabel(c)}</option>)}
        </select>
      </div>
      {listing?.error && <p class="error" role="alert">{t('notesFailed', listing.error)}</p>}
      {listing && scope === 'page' && !listing.page && <p class="empty">{t('notesNoPage')}</p>}
      {listing && (scope === 'all' || listing.page) && listing.notes.length === 0 && !listing.error && (
        <p class="empty">{filtered ? t('notesNoMatch') : t('notesEmpty')}</p>
      )}
      {listing && listing.notes.length > 0 && <p class="hint">{t('notesTotal', listing.total)}</p>}
      {listing && listing.notes.length > 0 && (
        <div class="export">
          {[false, true].map((copy) => (
            <button
              key={String(copy)}
              type="button"
              class="small"
              disabled={exporting !== null && exporting.done < exporting.total && !exporting.error}
              onClick={() => void exportNotes(listing, copy)}
            >
              {copy ? t('notesCopyMd') : t('notesExportMd')}
            </button>
          ))}
        </div>
      )}
      {exporting && (
        <ProgressLine done={exporting.done} total={exporting.total} label={t('progressExported', formatCount(exporting.done), formatCount(exporting.total))} testId="export-progress" />
      )}
      {exporting?.error && <p class="error" role="alert">{t('notesFailed', exporting.error)}</p>}
      <ol class="notes-list">
        {listing?.notes.map((n) => {
          const here = onPage(n, listing.page);
          const orphan = here && orphans.has(n.id);
          const link = webUrl(n.url);
          return (
            <li key={n.id} data-note-id={n.id} class={orphan ? 'orphan' : undefined}>
              <span class="note-swatch" style={{ background: NOTE_COLORS[n.color] }} title={colorLabel(n.color)} />
              <blockquote class="note-quote">{n.selectors.quote.exact}</blockquote>
              {n.note && <p class="note-text">{n.note}</p>}
              {n.tags.length > 0 && <div class="note-tags">{n.tags.map((x) => <span key={x} class="chip">#{x}</span>)}</div>}
              <div class="hint">
                {[n.docTitle || n.docNumber, n.selectors.taskPath && t('cardTask', n.selectors.taskPath), beijingDate(n.updatedAt)].filter(Boolean).join(' · ')}
              </div>
              {orphan && <div class="note-orphan">{t('notesOrphan')}</div>}
              {here && !orphan && (
                <button type="button" class="link" onClick={() => void settle(p.toPage({ type: 'page:scroll-to-note', id: n.id }))}>{t('notesJump')}</button>
              )}
              {!here && link && <a href={link} target="_blank" rel="noopener noreferrer">{t('notesOpenPage')}</a>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
