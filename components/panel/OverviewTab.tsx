/** The 概览 tab: metadata, recognition with its reasons, counts and the clickable outline. */
import type { PageState } from '../../lib/messages';
import type { Analysis } from '../../lib/policy/schema';
import { t } from '../../lib/i18n/t';

/** Props: the page state, its analysis, and how to jump to a heading. */
export interface OverviewTabProps {
  state: PageState;
  analysis: Analysis;
  onJump(start: number, end: number): void;
}

/** The tab. */
export function OverviewTab({ state, analysis: a, onJump }: OverviewTabProps) {
  const row = (label: string, value: string | null) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value || '—'}</dd>];
  return (
    <section role="tabpanel" aria-label={t('panelOverview')}>
      <dl>
        {row(t('metaDocNumber'), a.meta.docNumber)}
        {row(t('metaIssuer'), a.meta.issuer)}
        {row(t('metaWrittenDate'), a.meta.writtenDate)}
        {row(t('metaPublishedDate'), a.meta.publishedDate)}
        {row(t('metaAddressees'), a.meta.addressees.join('，'))}
        {row(t('metaCounts'), t('badgePolicy', a.tasks.length, a.units.length))}
      </dl>
      <details>
        <summary>{t('panelConfidence', Math.round(state.recognition.confidence * 100))}</summary>
        <ul>{state.recognition.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
      </details>
      {a.leadRule.quote && <p class="hint">{t('panelLeadRule', a.leadRule.quote)}</p>}
      <h2>{t('panelOutline')}</h2>
      <ol class="outline">
        {a.outline.map((h) => (
          <li key={h.start} style={{ paddingLeft: `${(h.level - 1) * 12}px` }}>
            <button type="button" class="link" onClick={() => onJump(h.start, h.end)}>{h.label}{h.title}</button>
          </li>
        ))}
      </ol>
    </section>
  );
}
