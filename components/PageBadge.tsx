/** The small in-page badge: what PolicyLens found on this page, and the highlight switch. */
import { t } from '../lib/i18n/t';

/** Props of the badge. */
export interface PageBadgeProps {
  taskCount: number;
  unitCount: number;
  partial: boolean;
  highlightsOn: boolean;
  onToggle(): void;
}

/** The badge line, e.g. "政策文件 · 37 项任务 · 42 个单位". */
export function badgeText(p: Pick<PageBadgeProps, 'taskCount' | 'unitCount' | 'partial'>): string {
  const main = p.taskCount > 0 ? t('badgePolicy', p.taskCount, p.unitCount) : t('badgePolicyNoTasks');
  return p.partial ? `${main} · ${t('badgeTooLarge')}` : main;
}

/** The badge, fixed at the bottom right of the page. */
export function PageBadge(p: PageBadgeProps) {
  return (
    <div class="pl-badge" role="status" aria-live="polite">
      <span class="pl-dot" aria-hidden="true" />
      <span class="pl-text">{badgeText(p)}</span>
      <button type="button" aria-pressed={p.highlightsOn} onClick={p.onToggle} title={t('toggleHighlights')}>
        {p.highlightsOn ? t('hideHighlights') : t('showHighlights')}
      </button>
    </div>
  );
}
