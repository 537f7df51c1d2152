/** The page controller: runs the analysis, paints highlights, opens cards, follows page changes and settings. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { collectSteps, completeSteps, type CollectedPage } from '../../lib/page/collect-page';
import { PREFIX_CHARS } from '../../lib/page/limits';
import { analyzeRequest, takeFirstRead, type FirstRead } from '../../lib/page/first-read';
import { loadReadability } from '../../lib/page/readability-loader';
import type { PagePlan, PageView, PlanTask } from '../../lib/page/page-plan';
import { PlanWireSchema, unpackPlan } from '../../lib/page/plan-wire';
import { runStepsSliced, timeSlicer } from '../../lib/page/slicer';
import { createPainter, flashRange, type PaintItem, type Painter } from '../../lib/page/paint';
import { paintItemsFor } from '../../lib/page/paint-items';
import { offsetAtPoint, onTitle, taskAt, unitAt } from '../../lib/page/hit-test';
import { ContentRequestSchema, parseMessage, RelatedAnswerSchema } from '../../lib/content-messages';
import { highlightsOnFor, pageKey, parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { mountPageUi, type PageUi } from './ui';
import type { TaskCardProps } from '../../components/TaskCard';
import { watchContent } from '../content/watch';
import { createNotesLayer } from './notes-layer';
import { NOTE_COLORS } from '../../components/NoteEditor';

/** Start PolicyLens on this page. Errors are caught here: nothing escapes to the page. */
export function startPageController(ctx: ContentScriptContext): void {
  let result: PageView | null = null;
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

  const highlightsOn = () => highlightsOnFor(settings, location.href);
  // The reader's notes (notes-layer.ts): their painted passages join the task highlights, their UI joins ours.
  const notes = createNotesLayer(ctx, { render: () => render(), repaint: () => repaint(), uiHost: () => ui?.host ?? null });

  const render = () => {
    if (!result) return;
    const isPolicy = result.plan.isPolicy;
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
        taskCount: result.plan.tasks.length,
        unitCount: result.plan.unitCount,
        partial: result.plan.partial,
        highlightsOn: highlightsOn(),
        onToggle: () => void togglePage(),
      },
      card,
    });
  };

  // The tasks' ranges, kept while the page and the reader's units stay the same: repaints for notes do not rebuild them.
  let taskPaint: { result: PageView; myUnits: readonly string[]; items: PaintItem[] } | null = null;
  const taskItems = (shown: PageView): PaintItem[] => {
    if (taskPaint?.result !== shown || taskPaint.myUnits !== settings.myUnits) {
      taskPaint = { result: shown, myUnits: settings.myUnits, items: paintItemsFor(shown.plan.tasks, shown.textMap, document, new Set(settings.myUnits)) };
    }
    return taskPaint.items;
  };

  const repaint = () => {
    if (!result) return;
    const items = [...(result.plan.isPolicy && highlightsOn() ? taskItems(result) : []), ...notes.paintItems()];
    if (!painter && items.length === 0) return;
    painter ??= createPainter(document);
    painter.setColors(settings.colors, NOTE_COLORS);
    painter.paint(items);
  };

  // The background judges and analyses what the page side read (the engine lives there): answered with the plan to paint.
  // The answer is parsed once the wait is over, so that its parsing counts as the page's work (slices).
  const ask = (page: CollectedPage, slicer: ReturnType<typeof timeSlicer>): Promise<PagePlan | null> =>
    receive(browser.runtime.sendMessage(analyzeRequest(page)), slicer);
  const receive = async (answer: Promise<unknown>, slicer: ReturnType<typeof timeSlicer>): Promise<PagePlan | null> => {
    const wire = parseMessage(PlanWireSchema, await slicer.wait(answer));
    return wire && unpackPlan(wire);
  };

  let runs = 0;
  const run = async (first: Promise<FirstRead | null> = Promise.resolve(null)) => {
    const id = ++runs;
    const slicer = timeSlicer();
    // The gatekeeper may have read the page and asked for its analysis while this reader was being loaded.
    const handed = await slicer.wait(first);
    let page: CollectedPage;
    let plan: PagePlan | null;
    if (handed) {
      page = handed.page;
      plan = await receive(handed.answer, slicer);
    } else {
      page = await runStepsSliced(collectSteps(document, location.href, PREFIX_CHARS, undefined), slicer);
      if (page.wantsReadability) {
        // Readability is loaded into the page only when no known container or marker shows the main content.
        const readability = await slicer.wait(loadReadability(() => browser.runtime.sendMessage({ type: 'page:readability' })));
        page = await runStepsSliced(collectSteps(document, location.href, PREFIX_CHARS, readability), slicer);
      }
      plan = await ask(page, slicer);
    }
    if (plan && plan.next !== 'done') {
      // A long page whose beginning was worth it: map the rest (for notes), and analyse it all when it is a policy document.
      page = await runStepsSliced(completeSteps(page), slicer);
      if (plan.next === 'analyze') plan = await ask(page, slicer);
    }
    if (id !== runs || !plan) return; // A newer run (the page changed again) supersedes this one; no answer: nothing to show.
    await slicer.wait(settingsLoaded); // Read while the page was collected and analysed: painting needs the colours and the switches.
    if (id !== runs) return;
    result = { plan, textMap: page.textMap, main: page.main };
    notes.setPage(result);
    repaint();
    // Read by `npm run bench`: content-script start → highlights registered (or bail-out).
    performance.mark('policylens:done', { detail: { isPolicy: plan.isPolicy } });
    // The badge in a slice of its own, once the highlights are on screen.
    await slicer.pause();
    if (id !== runs) return;
    render();
    slicer.end();
    performance.mark('policylens:settled');
  };
  const runSafely = () => void run().catch((err: unknown) => console.debug('[PolicyLens]', err));

  const togglePage = async () => {
    const key = pageKey(location.href);
    const off = settings.pagesOff.includes(key) ? settings.pagesOff.filter((k) => k !== key) : [...settings.pagesOff, key];
    settings = { ...settings, pagesOff: off };
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    repaint();
    render();
    browser.runtime.sendMessage({ type: 'page:highlights', on: highlightsOn() }).catch(() => undefined);
  };

  const openCard = (task: PlanTask, unit: string | null) => {
    if (!result) return;
    const unitTasks = unit ? result.plan.tasks.filter((t) => t !== task && t.units.some((u) => u.name === unit)) : [];
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
    browser.runtime
      .sendMessage({ type: 'corpus:related', taskId: task.id })
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
    if (offset === null || notes.openAt(offset) || !result.plan.isPolicy || !highlightsOn()) return;
    const task = taskAt(result.plan.tasks, offset);
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
  void run(takeFirstRead(location.href))
    .catch((err: unknown) => console.debug('[PolicyLens]', err))
    .finally(() => watchContent(ctx, () => result?.main.element ?? null, runSafely));
}
