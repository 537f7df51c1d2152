/** The content script on the sites the reader added (granted optional host permissions), kept in step with the grants. */
import { planSiteScripts, SITE_SCRIPT_PREFIX } from '../../lib/sites';

/** The manifest's content script: its match patterns (the built-in sites), files and run time. */
function manifestScript() {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  return {
    matches: script?.matches ?? [],
    js: script?.js ?? [],
    css: script?.css ?? [],
    runAt: (script?.run_at ?? 'document_idle') as 'document_start' | 'document_end' | 'document_idle',
  };
}

/** The pending sync; syncs run one after another so two never register the same script. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Register the manifest's content script for every added site and unregister it from sites whose permission is gone.
 * The granted permissions are the one source of truth (chrome.permissions.getAll); the registrations persist across
 * browser sessions. Resolves to the added sites' patterns that have the script; never rejects.
 */
export function syncSiteScripts(): Promise<string[]> {
  const run = async (): Promise<string[]> => {
    const base = manifestScript();
    const [granted, registered] = await Promise.all([browser.permissions.getAll(), browser.scripting.getRegisteredContentScripts()]);
    const plan = planSiteScripts(granted.origins ?? [], registered.map((s) => s.id), base.matches);
    if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
    if (plan.register.length) {
      await browser.scripting.registerContentScripts(
        plan.register.map((pattern) => ({
          id: SITE_SCRIPT_PREFIX + pattern,
          matches: [pattern],
          js: base.js,
          ...(base.css.length ? { css: base.css } : {}),
          runAt: base.runAt,
          persistAcrossSessions: true,
        })),
      );
    }
    const now = await browser.scripting.getRegisteredContentScripts();
    return now.filter((s) => s.id.startsWith(SITE_SCRIPT_PREFIX)).map((s) => s.id.slice(SITE_SCRIPT_PREFIX.length)).sort();
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next.catch(() => []);
}

/** Sync now (the worker starts) and whenever a host permission is granted or withdrawn, wherever the reader did it. */
export function listenForSiteGrants(): void {
  void syncSiteScripts();
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
}
