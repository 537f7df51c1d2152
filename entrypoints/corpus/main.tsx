import { render } from 'preact';
import { browser } from 'wxt/browser';
import corpusIndex from 'virtual:policylens-corpus';
import { CorpusReader, type SeedDoc } from '../../components/corpus/CorpusReader';
import { seedTitles } from '../../lib/corpus/seed-titles';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import './style.css';

const texts = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const titles = seedTitles(corpusIndex);
const seeds: SeedDoc[] = Object.entries(texts)
  .map(([path, text]) => {
    const file = path.split('/').pop()!;
    return { file, text, title: titles.get(file) ?? file };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

const hash = new URLSearchParams(location.hash.slice(1));
void browser.storage.local.get(SETTINGS_KEY).then((stored) => {
  render(
    <CorpusReader seeds={seeds} initialDoc={hash.get('doc')} initialItem={hash.get('item')} settings={parseSettings(stored[SETTINGS_KEY])} forceWrap={new URLSearchParams(location.search).get('paint') === 'wrap'} />,
    document.getElementById('app')!,
  );
});
