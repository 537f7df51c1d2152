/** The 关联 tab: related corpus items of the selected task, with score bars and reasons; a click opens the corpus reader. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Task } from '../../lib/policy/schema';
import { parseMessage, RelatedAnswerSchema, type RelatedAnswer } from '../../lib/content-messages';
import { t } from '../../lib/i18n/t';

/** Props: the selected task and the document's 文号. */
export interface RelatedTabProps {
  task: Task | null;
  docNumber: string | null;
}

/** The tab. */
export function RelatedTab({ task, docNumber }: RelatedTabProps) {
  const [answer, setAnswer] = useState<RelatedAnswer | null>(null);
  useEffect(() => {
    setAnswer(null);
    if (!task) return;
    const query = {
      type: 'corpus:related',
      taskId: task.id,
      task: {
        docNumber,
        title: task.title.slice(0, 2000),
        text: task.text.slice(0, 20000),
        units: task.units.slice(0, 200).map((u) => ({ name: u.name, role: u.role })),
      },
    };
    let live = true;
    void browser.runtime.sendMessage(query).then((raw: unknown) => live && setAnswer(parseMessage(RelatedAnswerSchema, raw)));
    return () => {
      live = false;
    };
  }, [task?.id, docNumber]);
  const open = (doc: string, id: string) => void browser.runtime.sendMessage({ type: 'corpus:open', doc, item: id });
  if (!task) return <section role="tabpanel" aria-label={t('panelRelated')}><p class="empty">{t('panelPickTask')}</p></section>;
  return (
    <section role="tabpanel" aria-label={t('panelRelated')}>
      <h2><span class="task-id">{task.id}</span> {task.title}</h2>
      {!answer && <p class="empty">{t('panelLoading')}</p>}
      {answer?.same && (
        <p>{t('cardSameDoc')}<button type="button" class="link" onClick={() => answer.same && open(answer.same.doc, answer.same.id)}>{answer.same.docTitle} · {answer.same.id}</button></p>
      )}
      {answer && answer.related.length === 0 && <p class="empty">{t('panelNoRelated')}</p>}
      <ol class="related">
        {answer?.related.map((r) => (
          <li key={`${r.doc}-${r.id}`}>
            <button type="button" class="link" onClick={() => open(r.doc, r.id)}>{r.docTitle} · {r.id} {r.title}</button>
            <div class="score" role="img" aria-label={t('panelScore', Math.round(r.score * 100))}><span style={{ width: `${Math.round(r.score * 100)}%` }} /></div>
            <ul class="reasons">{r.reasons.map((x) => <li key={x}>{x}</li>)}</ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
