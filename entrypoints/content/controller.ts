/** The page controller: runs the analysis, paints highlights, opens cards, follows page changes and settings. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzePageSliced, type PageAnalysis } from '../../lib/page/analyze-page';
import { timeSlicer } from '../../lib/page/slicer';
import { createPainter, flashRange, type Painter } from '../../lib/page/paint';
import { paintItemsFor } from '../../lib/page/paint-items';
import { offsetAtPoint, onTitle, taskAt, unitAt } from '../../lib/page/hit-test';
import type { PageState } from '../../lib/messages';
import { ContentRequestSchema, parseMessage, RelatedAnswerSchema } from '../../lib/content-messages';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import type { Task } from '../../lib/policy/schema';
import { mountPageUi, type PageUi } from './ui';
import type { TaskCardProps } from '../../components/TaskCard';
import { watchContent } from './watch';
import { createNotesLayer } from './notes-layer';
import { NOTE_COLORS } from '../../components/NoteEditor';

/** Page key for the per-page highlight switch: the URL without fragment and query. */
function pageKey(url: string): string {
  return url.split(/[?#]/)[0];
}

/** Start PolicyLens on this page. Errors are caught here: nothing escapes to the page. */
export function startPageController(ctx: ContentScriptContext): void {
  let result: PageAnalysis | null = null;
  let painter: Painter | null = null;
  let ui: PageUi | null = null;
  let settings: Settings = parseSettings(undefined);
  let card: TaskCardProps | null = null;
  // Settings load while the page is analysed; painting waits for them.
  const settingsLoaded = browser.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => {
      settings = parseSettings(stored[SETTINGS_KEY]);
    })
    .catch(() => undefined);

  const highlightsOn = () => settings.highlightsOn && !settings.pagesOff.includes(pageKey(location.href));
  // The reader's notes (notes-layer.ts): their painted passages join the task highlights, their UI joins ours.
  const notes = createNotesLayer(ctx, { render: () => render(), repaint: () => repaint(), uiHost: () => ui?.host ?? null });

  const render = () => {
    if (!result) return;
    const isPolicy = result.recognition.isPolicy;
    const notesView = notes.view();
    if (!isPolicy && !notesView) {
      ui?.remove();
      ui = null;
      return;
    }
    ui ??= mountPageUi(document);
    ui.update({
      notes: notesView,
      badge: !isPolicy ? null : {
        taskCount: result.analysis.tasks.length,
        unitCount: result.analysis.units.length,
        partial: result.partial,
        highlightsOn: highlightsOn(),
        onToggle: () => void togglePage(),
      },
      card,
    });
  };

  const repaint = () => {
    if (!result) return;
    const taskItems = result.recognition.isPolicy && highlightsOn() ? paintItemsFor(result.analysis, result.textMap, document, new Set(settings.myUnits)) : [];
    const items = [...taskItems, ...notes.paintItems()];
    if (!painter && items.length === 0) return;
    painter ??= createPainter(document);
    painter.setColors(settings.colors, NOTE_COLORS);
    painter.paint(items);
  };

  const report = () => {
    if (!result) return;
    const state: PageState = {
      url: location.href,
      title: document.title,
      recognition: result.recognition,
      analysis: result.recognition.isPolicy ? result.analysis : null,
      partial: result.partial,
      highlightsOn: highlightsOn(),
    };
    browser.runtime.sendMessage({ type: 'page:state', state }).catch(() => undefined);
  };

  let runs = 0;
  const run = async () => {
    const id = ++runs;
    const slicer = timeSlicer();
    const next = await analyzePageSliced(document, location.href, slicer);
    if (id !== runs) return; // A newer run (the page changed again) supersedes this one.
    result = next;
    await settingsLoaded;
    notes.setPage(result);
    repaint();
    render();
    report();
    slicer.end();
    // Read by `npm run bench`: content-script start → highlights registered (or bail-out).
    performance.mark('policylens:done', { detail: { isPolicy: result.recognition.isPolicy } });
  };
  const runSafely = () => void run().catch((err: unknown) => console.debug('[PolicyLens]', err));

  const togglePage = async () => {
    const key = pageKey(location.href);
    const off = settings.pagesOff.includes(key) ? settings.pagesOff.filter((k) => k !== key) : [...settings.pagesOff, key];
    settings = { ...settings, pagesOff: off };
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    repaint();
    render();
    report();
  };

  const openCard = (task: Task, unit: string | null) => {
    if (!result) return;
    const unitTasks = unit ? result.analysis.tasks.filter((t) => t !== task && t.units.some((u) => u.name === unit)) : [];
    card = {
      task,
      unit,
      unitTasks,
      related: null,
      same: null,
      onOpenRelated: (doc, id) => void browser.runtime.sendMessage({ type: 'corpus:open', doc, item: id }).catch(() => undefined),
      onClose: () => {
        card = null;
        render();
      },
      onOpenPanel: () => void browser.runtime.sendMessage({ type: 'panel:open' }).catch(() => undefined),
      onJump: (t) => {
        scrollToSpan(t.titleStart, t.titleEnd);
        openCard(t, unit);
      },
    };
    render();
    const query = {
      type: 'corpus:related',
      taskId: task.id,
      docNumber: result.analysis.meta.docNumber,
      title: task.title.slice(0, 2000),
      text: task.text.slice(0, 20000),
      units: task.units.slice(0, 200).map((u) => ({ name: u.name, role: u.role })),
    };
    browser.runtime
      .sendMessage(query)
      .then((raw: unknown) => {
        const answer = RelatedAnswerSchema.safeParse(raw);
        if (card?.task !== task || !answer.success) return;
        card = { ...card, related: answer.data.related, same: answer.data.same };
        render();
      })
      .catch(() => undefined);
  };

  const scrollToSpan = (start: number, end: number) => {
    const range = result?.textMap.rangeFor(start, end, document);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // Flash the target briefly; only without the Highlight API is the selection used to show it.
    if (range && el && !flashRange(document, range)) {
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  };

  const onClick = (e: MouseEvent) => {
    if (!result || (ui && e.composedPath().includes(ui.host))) return;
    if (document.getSelection()?.isCollapsed === false) return;
    const offset = offsetAtPoint(document, result.textMap, e.clientX, e.clientY);
    if (offset === null || notes.openAt(offset) || !result.recognition.isPolicy || !highlightsOn()) return;
    const task = taskAt(result.analysis, offset);
    if (!task) return;
    const unit = unitAt(task, offset);
    if (unit || onTitle(task, offset)) openCard(task, unit?.name ?? null);
  };

  const safe = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
    try {
      fn(...a);
    } catch (err) {
      console.debug('[PolicyLens]', err);
    }
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = parseMessage(ContentRequestSchema, raw);
    if (!msg) return undefined;
    const notesAnswer = notes.answer(msg);
    if (notesAnswer) return notesAnswer;
    if (msg.type === 'page:toggle-highlights') return togglePage().then(() => ({ highlightsOn: highlightsOn() }));
    if (msg.type === 'page:scroll-to') safe(scrollToSpan)(msg.start, msg.end);
    return Promise.resolve({ ok: true });
  });
  browser.storage.onChanged.addListener(
    safe((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      settings = parseSettings(changes[SETTINGS_KEY].newValue);
      repaint();
      render();
    }),
  );
  ctx.addEventListener(document, 'click', safe(onClick), { capture: true });
  ctx.addEventListener(document, 'keydown', safe((e: KeyboardEvent) => {
    if (e.key === 'Escape' && card) {
      card = null;
      render();
    }
  }));

  // Watch for late or changed content once the first analysis knows where the main content is.
  void run()
    .catch((err: unknown) => console.debug('[PolicyLens]', err))
    .finally(() => watchContent(ctx, () => result?.main.element ?? null, runSafely));
}
