/** 其他网站 in the options page: the sites beyond *.gov.cn where the reader lets the extension run, each one asked for on its own. */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';
import { siteHost, sitePattern } from '../lib/sites';

/** Props: the added sites (granted patterns), the built-in patterns, and how to ask for and give back a site's access. */
export interface SitesSectionProps {
  sites: string[];
  builtin: string[];
  /** Ask the browser for one site's access; called straight from the click (the browser needs the reader's gesture). */
  request(pattern: string): Promise<boolean>;
  remove(pattern: string): void;
}

/** The section: the list with remove buttons, an address field, and what happened last. */
export function SitesSection({ sites, builtin, request, remove }: SitesSectionProps) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const add = () => {
    const site = sitePattern(draft, builtin);
    if (!site.ok) return setMessage(site.reason === 'covered' ? t('sitesCovered', site.host) : t('sitesInvalid', draft.trim()));
    if (sites.includes(site.pattern)) return setMessage(t('sitesAlready', site.host));
    setAsking(true);
    setMessage(t('sitesAsking', site.host));
    request(site.pattern)
      .catch(() => false)
      .then((granted) => {
        setAsking(false);
        setMessage(t(granted ? 'sitesAdded' : 'sitesDenied', site.host));
        if (granted) setDraft('');
      });
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); add(); }}>
      <fieldset>
        <legend>{t('sitesTitle')}</legend>
        <p class="hint">{t('sitesHint')}</p>
        {sites.length === 0 ? (
          <p class="hint" data-testid="sites-empty">{t('sitesEmpty')}</p>
        ) : (
          <ul data-testid="sites">
            {sites.map((p) => (
              <li key={p}>
                {siteHost(p)}{' '}
                <button type="button" aria-label={t('sitesRemove', siteHost(p) ?? p)} onClick={() => remove(p)}>×</button>
              </li>
            ))}
          </ul>
        )}
        <label>
          {t('sitesInput')}{' '}
          <input value={draft} placeholder="www.pkulaw.com" spellcheck={false} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit" disabled={asking}>{t('sitesGrant')}</button>
        {message && <p role="status" data-testid="sites-message">{message}</p>}
      </fieldset>
    </form>
  );
}
