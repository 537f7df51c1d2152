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
  roleLead: { zh: '牵头', en: 'Lead' },
  roleCo: { zh: '参与', en: 'Co-responsible' },
  cardTask: { zh: '任务 $1', en: 'Task $1' },
  cardUnitTasks: { zh: '该单位在本页的任务', en: "This unit's tasks on this page" },
  cardDeadlines: { zh: '时限', en: 'Deadlines' },
  cardRelated: { zh: '相关条目', en: 'Related items' },
  cardSameDoc: { zh: '本文件即语料库中的：', en: 'This page is the corpus document: ' },
  cardOpenPanel: { zh: '在侧边栏打开', en: 'Open in side panel' },
  cardClose: { zh: '关闭', en: 'Close' },
  toggleHighlights: { zh: '开关高亮', en: 'Toggle highlights' },
  hideHighlights: { zh: '隐藏高亮', en: 'Hide highlights' },
  showHighlights: { zh: '显示高亮', en: 'Show highlights' },
  popupNotPolicy: { zh: '此页面未识别为政策文件。', en: 'This page is not recognized as a policy document.' },
  popupNoPage: { zh: '请在 gov.cn 政府网站页面上使用。', en: 'Use it on a gov.cn government page.' },
  popupOpenPanel: { zh: '打开侧边栏', en: 'Open side panel' },
  panelOverview: { zh: '概览', en: 'Overview' },
  panelTasks: { zh: '任务', en: 'Tasks' },
  panelUnits: { zh: '单位', en: 'Units' },
  panelUnit: { zh: '单位', en: 'Unit' },
  panelClearFilter: { zh: '清除筛选', en: 'Clear filter' },
  panelConfidence: { zh: '识别置信度 $1%', en: 'Recognition confidence $1%' },
  metaDocNumber: { zh: '文号', en: 'Document number' },
  metaIssuer: { zh: '发文机关', en: 'Issued by' },
  metaWrittenDate: { zh: '成文日期', en: 'Written' },
  metaPublishedDate: { zh: '发布日期', en: 'Published' },
  optTitle: { zh: '设置', en: 'Settings' },
  optMyUnits: { zh: '我的单位', en: 'My units' },
  optMyUnitsHint: { zh: '你所在单位的任务会在页面上加强显示，侧边栏先列出“我的任务”。', en: 'Tasks of your units are emphasized on the page; the side panel opens on "My tasks".' },
  optAddUnit: { zh: '添加单位', en: 'Add a unit' },
  optAdd: { zh: '添加', en: 'Add' },
  optRemove: { zh: '移除 $1', en: 'Remove $1' },
  optHighlights: { zh: '高亮', en: 'Highlights' },
  optHighlightsOn: { zh: '在政策文件上显示高亮', en: 'Highlight policy documents' },
  optColor_task: { zh: '任务标题', en: 'Task titles' },
  optColor_lead: { zh: '牵头单位（粗实线）', en: 'Lead unit (thick solid underline)' },
  optColor_co: { zh: '参与单位（点线）', en: 'Co-responsible unit (dotted underline)' },
  optColor_deadline: { zh: '时限（波浪线）', en: 'Deadlines (wavy underline)' },
  optColor_mine: { zh: '我的单位（双线）', en: 'My unit (double underline)' },
  corpusTitle: { zh: '政策透镜 · 语料库', en: 'PolicyLens · Corpus' },
  corpusDocuments: { zh: '语料库文件', en: 'Corpus documents' },
  panelRelated: { zh: '关联', en: 'Related' },
  panelMatrix: { zh: '分工矩阵', en: 'Matrix' },
  panelMatrixHint: { zh: '行：单位；列：任务。“牵”为牵头，“参”为参与。', en: 'Rows: units; columns: tasks. 牵 = lead, 参 = co-responsible.' },
  panelSortLoad: { zh: '按任务量排序', en: 'Sort by load' },
  panelSortName: { zh: '按名称排序', en: 'Sort by name' },
  panelMyTasks: { zh: '我的任务', en: 'My tasks' },
  panelMyLead: { zh: '我牵头的任务（$1）', en: 'Tasks I lead ($1)' },
  panelMyCo: { zh: '我参与的任务（$1）', en: 'Tasks I support ($1)' },
  panelRole: { zh: '角色', en: 'Role' },
  panelSection: { zh: '部分', en: 'Section' },
  panelAll: { zh: '全部', en: 'All' },
  panelAliases: { zh: '又称', en: 'also' },
  panelOutline: { zh: '目录', en: 'Outline' },
  panelLeadRule: { zh: '牵头单位规则：$1', en: 'Lead-unit rule: $1' },
  panelPickTask: { zh: '在“任务”中选择一项任务，查看语料库中的相关条目。', en: 'Pick a task under Tasks to see related corpus items.' },
  panelLoading: { zh: '正在查找…', en: 'Searching…' },
  panelNoRelated: { zh: '语料库中没有相关条目。', en: 'No related items in the corpus.' },
  panelScore: { zh: '相关度 $1%', en: 'Relevance $1%' },
  panelExportMd: { zh: '导出任务表（Markdown）', en: 'Export task table (Markdown)' },
  panelExportCsv: { zh: '导出任务表（CSV）', en: 'Export task table (CSV)' },
  panelCopyMd: { zh: '复制任务表', en: 'Copy task table' },
  panelCopied: { zh: '已复制', en: 'Copied' },
  metaAddressees: { zh: '主送机关', en: 'Addressed to' },
  metaCounts: { zh: '内容', en: 'Contents' },
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
