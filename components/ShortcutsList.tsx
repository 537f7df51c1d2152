/** The options page's list of the extension's keyboard shortcuts (manifest `commands`) with their current keys. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';

/** One command as `browser.commands.getAll()` reports it. */
export interface ShortcutCommand {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Props: how to read the commands (`() => browser.commands.getAll()` in the extension). */
export interface ShortcutsListProps {
  load(): Promise<ShortcutCommand[]>;
}

/** What the reader sees for a command: its description, or a label for the browser's built-in ones. */
function commandLabel(c: ShortcutCommand): string {
  if (c.description) return c.description;
  if (c.name === '_execute_action' || c.name === '_execute_browser_action') return t('shortcutsActivate');
  if (c.name === '_execute_sidebar_action' || c.name === '_execute_side_panel') return t('shortcutsSidebar');
  return c.name ?? '';
}

/** The section: one row per command with its key (or 未设置), and where to change them. */
export function ShortcutsList({ load }: ShortcutsListProps) {
  const [commands, setCommands] = useState<ShortcutCommand[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then(setCommands, () => setFailed(true));
  }, [load]);
  return (
    <fieldset>
      <legend>{t('shortcutsTitle')}</legend>
      {failed && <p role="alert">{t('shortcutsNone')}</p>}
      {commands && (
        <table class="shortcuts">
          <tbody>
            {commands.map((c) => (
              <tr key={c.name}>
                <th scope="row">{commandLabel(c)}</th>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('shortcutsUnset')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{t('shortcutsHint')}</p>
    </fieldset>
  );
}
