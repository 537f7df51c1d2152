/** Every user-facing string, 简体中文 first and English second: the source of the _locales messages.json files. */

/** One UI message in both languages; $1, $2 … are positional substitutions. */
export interface Message {
  zh: string;
  en: string;
}

function defineMessages<T extends Record<string, Message>>(table: T): T {
  return table;
}

/** The message table (keys are _locales message names: letters, digits and underscores). */
export const MESSAGES = defineMessages({
  extName: { zh: 'PolicyLens 政策透镜', en: 'PolicyLens' },
  extDescription: {
    zh: '识别政府网站上的政策文件，标出任务、牵头单位和时限，关联已有方案，并在本机保存你的批注。',
    en: 'Recognizes policy documents on Chinese government sites, marks tasks, lead units and deadlines, links related plans, and keeps your notes on this computer.',
  },
  appTitle: { zh: '政策透镜', en: 'PolicyLens' },
  badgePolicy: { zh: '政策文件 · $1 项任务 · $2 个单位', en: 'Policy document · $1 tasks · $2 units' },
  badgePolicyNoTasks: { zh: '政策文件 · 无分工任务', en: 'Policy document · no assigned tasks' },
  badgeNotPolicy: { zh: '未识别为政策文件', en: 'Not recognized as a policy document' },
  badgeTooLarge: { zh: '页面过大，已部分分析', en: 'Page too large, partly analysed' },
  badgeHighlightsOff: { zh: '高亮已关闭', en: 'Highlights off' },
  roleLead: { zh: '牵头', en: 'Lead' },
  roleCo: { zh: '参与', en: 'Co-responsible' },
  cardTask: { zh: '任务 $1', en: 'Task $1' },
  cardUnitTasks: { zh: '该单位在本页的任务', en: "This unit's tasks on this page" },
  cardDeadlines: { zh: '时限', en: 'Deadlines' },
  cardRelated: { zh: '相关条目', en: 'Related items' },
  cardOpenPanel: { zh: '在侧边栏打开', en: 'Open in side panel' },
  cardClose: { zh: '关闭', en: 'Close' },
  toggleHighlights: { zh: '开关高亮', en: 'Toggle highlights' },
  popupNotPolicy: { zh: '此页面未识别为政策文件。', en: 'This page is not recognized as a policy document.' },
  popupNoPage: { zh: '请在 gov.cn 政府网站页面上使用。', en: 'Use it on a gov.cn government page.' },
  popupOpenPanel: { zh: '打开侧边栏', en: 'Open side panel' },
  panelEmpty: { zh: '打开一个政府网站的政策文件，这里会显示它的任务与分工。', en: 'Open a policy document on a government site to see its tasks here.' },
});

/** A message name. */
export type MessageKey = keyof typeof MESSAGES;

/** The `_locales/<lang>/messages.json` content for one language. */
export function localeFile(lang: 'zh' | 'en'): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, m] of Object.entries(MESSAGES)) out[key] = { message: m[lang] };
  return out;
}
