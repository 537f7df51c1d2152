/** The corpus reader: the seed documents as readable pages, with outline, tasks and units highlighted as on a live page. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../lib/policy/analyze';
import type { Analysis } from '../../lib/policy/schema';
import { buildTextMap, type TextMap } from '../../lib/page/text-map';
import { createPainter, type Painter } from '../../lib/page/paint';
import { paintItemsFor } from '../../lib/page/paint-items';
import type { Settings } from '../../lib/settings';
import { t } from '../../lib/i18n/t';
import { MyCorpusTasks } from './MyCorpusTasks';

/** One seed document: file name, title and text. */
export interface SeedDoc {
  file: string;
  title: string;
  text: string;
}

/** Props: the seeds, the document and item to show first (from the URL hash), the reader's settings. */
export interface CorpusReaderProps {
  seeds: SeedDoc[];
  initialDoc: string | null;
  initialItem: string | null;
  settings: Settings;
  /** Paint by wrapping text instead of the Highlight API (what browsers without the API get; corpus.html?paint=wrap). */
  forceWrap?: boolean;
}

/** The reader with its document list, outline and task list. */
export function CorpusReader({ seeds, initialDoc, initialItem, settings, forceWrap }: CorpusReaderProps) {
  const [file, setFile] = useState(initialDoc && seeds.some((s) => s.file === initialDoc) ? initialDoc : seeds[0]?.file);
  // The item to scroll to once its document is shown (from the URL, or a click in 我的任务).
  const [target, setTarget] = useState<{ file: string; item: string } | null>(initialDoc && initialItem ? { file: initialDoc, item: initialItem } : null);
  const seed = seeds.find((s) => s.file === file);
  const bodyRef = useRef<HTMLDivElement>(null);
  const painterRef = useRef<Painter | null>(null);
  const [view, setView] = useState<{ analysis: Analysis; map: TextMap } | null>(null);
  const lines = useMemo(() => (seed ? seed.text.split('\n').map((l) => l.trim()).filter(Boolean) : []), [seed]);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root || !seed) return;
    painterRef.current?.clear();
    const map = buildTextMap(root);
    const analysis = analyze({ text: map.text });
    setView({ analysis, map });
    painterRef.current ??= createPainter(document, { forceWrap });
    painterRef.current.setColors(settings.colors);
    painterRef.current.paint(paintItemsFor(analysis.tasks, map, document, new Set(settings.myUnits)));
  }, [seed, settings]);

  const jump = (start: number, end: number) => {
    const range = view?.map.rangeFor(start, end, document);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };

  useEffect(() => {
    if (!view || !target || file !== target.file) return;
    const task = view.analysis.tasks.find((x) => x.id === target.item);
    if (task) return jump(task.titleStart, task.titleEnd);
    const n = /^第(\d+)段$/.exec(target.item);
    const para = n ? bodyRef.current?.querySelectorAll('p')[Number(n[1]) - 1] : null;
    para?.scrollIntoView({ block: 'center' });
  }, [view, target]);

  return (
    <div class="reader">
      <nav aria-label={t('corpusDocuments')}>
        <h1>{t('corpusTitle')}</h1>
        <ul class="docs">
          {seeds.map((s) => (
            <li key={s.file}>
              <button type="button" aria-current={s.file === file} onClick={() => setFile(s.file)}>{s.title}</button>
            </li>
          ))}
        </ul>
        {settings.myUnits.length > 0 && (
          <MyCorpusTasks
            seeds={seeds}
            myUnits={settings.myUnits}
            onOpen={(f, item) => {
              setFile(f);
              setTarget({ file: f, item });
            }}
          />
        )}
        {view && (
          <>
            <h2>{t('panelTasks')}（{view.analysis.tasks.length}）</h2>
            <ol class="tasks">
              {view.analysis.tasks.map((task) => (
                <li key={task.id}>
                  <button type="button" class="link" onClick={() => jump(task.titleStart, task.titleEnd)}>
                    <span class="task-id">{task.id}</span> {task.title}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </nav>
      <article ref={bodyRef} key={file} data-doc={file}>
        {lines.map((line, i) => <p key={i}>{line}</p>)}
      </article>
    </div>
  );
}
