/** Text-only recognition signals (文号, title form, outline depth, markers, tasks), as short Chinese strings. */
import type { LeadRule, Meta } from './schema';

/** Document types a policy title ends with. */
const TITLE_TYPES = ['通知', '意见', '方案', '办法', '规定', '条例', '细则', '规划', '决定', '纲要', '计划', '措施', '批复', '通报', '函'];

/** What the analysis found that tells a policy document apart from other pages. */
export interface SignalFacts {
  meta: Meta;
  outlineLevels: number;
  headings: number;
  markers: number;
  tasks: number;
  leadRule: LeadRule;
  taskAttachment: boolean;
}

/** The signals found, each a short Chinese string (e.g. "文号：桂政发〔2020〕3号", "责任标记 45 处"). */
export function textSignals(f: SignalFacts): string[] {
  const out: string[] = [];
  if (f.meta.docNumber) out.push(`文号：${f.meta.docNumber}`);
  const type = f.meta.title ? TITLE_TYPES.find((w) => f.meta.title?.endsWith(w)) : undefined;
  if (type) out.push(`标题为…的${type}`);
  if (f.meta.issuer) out.push(`发文机关：${f.meta.issuer}`);
  if (f.meta.writtenDate) out.push(`成文日期：${f.meta.writtenDate}`);
  if (f.meta.addressees.length > 0) out.push(`主送机关 ${f.meta.addressees.length} 个`);
  if (f.outlineLevels > 0) out.push(`大纲层级 ${f.outlineLevels}`, `标题 ${f.headings} 个`);
  if (f.markers > 0) out.push(`责任标记 ${f.markers} 处`);
  if (f.tasks > 0) out.push(`任务 ${f.tasks} 项`);
  if (f.leadRule.source === 'document' && f.leadRule.quote) out.push(`牵头规则：${f.leadRule.quote}`);
  if (f.taskAttachment) out.push('附件含任务分解表');
  return out;
}
