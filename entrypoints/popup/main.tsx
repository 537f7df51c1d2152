import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeTabId, tabState, toContent } from '../../lib/active-tab';
import type { PageState } from '../../lib/messages';
import { t } from '../../lib/i18n/t';
import { badgeText } from '../../components/PageBadge';

/** The popup: the page's state in one line, and buttons to open the side panel and toggle highlights. */
function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  useEffect(() => {
    void activeTabId().then(async (id) => {
      setTabId(id);
      if (id !== null) setState(await tabState(id));
    });
  }, []);
  const line = !state
    ? t('popupNoPage')
    : state.recognition.isPolicy
      ? badgeText({ taskCount: state.analysis?.tasks.length ?? 0, unitCount: state.analysis?.units.length ?? 0, partial: state.partial })
      : t('popupNotPolicy');
  return (
    <main style={{ minWidth: '280px', font: '14px system-ui, sans-serif', padding: '8px 12px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 6px' }}>{t('appTitle')}</h1>
      <p data-testid="popup-line">{line}</p>
      <button type="button" disabled={tabId === null} onClick={() => tabId !== null && void browser.sidePanel?.open({ tabId }).then(() => window.close())}>
        {t('popupOpenPanel')}
      </button>{' '}
      <button type="button" disabled={!state?.recognition.isPolicy} onClick={() => tabId !== null && void toContent(tabId, { type: 'page:toggle-highlights' })}>
        {t('toggleHighlights')}
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
