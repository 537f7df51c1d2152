/** The side panel's test input: seed 003 analysed, and the page state the background holds for a tab showing it. */
import { readFileSync } from 'node:fs';
import type { PageState } from '../../lib/messages';
import { analyze } from '../../lib/policy/analyze';
import type { Analysis } from '../../lib/policy/schema';

/** Seed 003 (桂政发〔2020〕3号) as the engine analyses it. */
export const seed003Analysis: Analysis = analyze({ text: readFileSync(new URL('../../seeds/003_034c74d6c895f59c.txt', import.meta.url), 'utf8') });

/** The tab state of seed 003's page; not a policy document: a news page without analysis. */
export function seedPageState(isPolicy = true): PageState {
  return {
    url: 'http://www.gxzf.gov.cn/zfwj/t3.shtml',
    title: '页面标题',
    recognition: { isPolicy, confidence: isPolicy ? 0.93 : 0.1, kind: isPolicy ? 'policy' : 'news', reasons: isPolicy ? ['有文号'] : [] },
    analysis: isPolicy ? seed003Analysis : null,
    partial: false,
    highlightsOn: true,
  };
}
