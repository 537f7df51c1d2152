/** Zod schemas of the engine's output: the single definition of every analysis type (CLI contract in ../shared/cli-contract). */
import { z } from 'zod';

/** A character span [start, end) in the analysed text. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** Role of a unit in one task: 牵头单位 (lead) or 配合/责任单位 (co-responsible). */
export const RoleSchema = z.enum(['lead', 'co']);
export type Role = z.infer<typeof RoleSchema>;

/** Kind of a unit: a named body, or a generic group such as 各有关设区市人民政府. */
export const UnitKindSchema = z.enum(['body', 'group']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** One responsible unit of one task; `start`/`end` locate `raw` in the analysed text when it is found there. */
export const TaskUnitSchema = z.object({
  name: z.string().min(1),
  raw: z.string(),
  role: RoleSchema,
  kind: UnitKindSchema,
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type TaskUnit = z.infer<typeof TaskUnitSchema>;

/** A deadline or target found in a task (到2021年, 年底前, 力争…), with its span. */
export const DeadlineSchema = SpanSchema.extend({ text: z.string().min(1) });
export type Deadline = z.infer<typeof DeadlineSchema>;

/** A heading of the document's outline (一、 / （一） / 1. / （1）). */
export const HeadingSchema = SpanSchema.extend({
  level: z.number().int().min(1).max(6),
  label: z.string(),
  title: z.string(),
});
export type Heading = z.infer<typeof HeadingSchema>;

/** A task (工作任务): a paragraph or item that carries responsibility, identified by its outline path. */
export const TaskSchema = SpanSchema.extend({
  id: z.string().min(1),
  title: z.string(),
  titleStart: z.number().int().nonnegative(),
  titleEnd: z.number().int().nonnegative(),
  text: z.string(),
  units: z.array(TaskUnitSchema),
  deadlines: z.array(z.string()),
  deadlineSpans: z.array(DeadlineSchema),
});
export type Task = z.infer<typeof TaskSchema>;

/** A unit at document level: canonical name, the other names it appeared under, and its lead / co counts. */
export const DocUnitSchema = z.object({
  name: z.string().min(1),
  kind: UnitKindSchema,
  aliases: z.array(z.string()),
  lead: z.number().int().nonnegative(),
  co: z.number().int().nonnegative(),
});
export type DocUnit = z.infer<typeof DocUnitSchema>;

/** How the lead unit was decided: the document's own rule (quoted) or the first-listed convention. */
export const LeadRuleSchema = z.object({
  rule: z.enum(['first-listed', 'first-regional']),
  source: z.enum(['document', 'convention']),
  quote: z.string().nullable(),
});
export type LeadRule = z.infer<typeof LeadRuleSchema>;

/** Document identity (from info table, meta tags and the text); dates as ISO YYYY-MM-DD. */
export const MetaSchema = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  writtenDate: z.string().nullable(),
  publishedDate: z.string().nullable(),
  indexNumber: z.string().nullable(),
  subject: z.string().nullable(),
  addressees: z.array(z.string()),
  disclosure: z.string().nullable(),
});
export type Meta = z.infer<typeof MetaSchema>;

/** A reference to an attachment that holds the task breakdown (附件：…任务分解表.docx). */
export const AttachmentSchema = SpanSchema.extend({ text: z.string(), holdsTasks: z.boolean() });
export type Attachment = z.infer<typeof AttachmentSchema>;

/** The whole analysis of one document's text. */
export const AnalysisSchema = z.object({
  meta: MetaSchema,
  outline: z.array(HeadingSchema),
  tasks: z.array(TaskSchema),
  units: z.array(DocUnitSchema),
  leadRule: LeadRuleSchema,
  attachments: z.array(AttachmentSchema),
  /** Text-only signals for recognition (文号 found, title form, outline depth, markers). */
  textSignals: z.array(z.string()),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** Input of the engine: the text plus whatever the page offers about it. */
export const AnalyzeInputSchema = z.object({
  text: z.string(),
  url: z.string().optional(),
  /** `<meta name=… content=…>` pairs, names as on the page (ArticleTitle, PubDate, ContentSource…). */
  metaTags: z.record(z.string(), z.string()).optional(),
  /** 信息公开 table: label (spaces removed, trailing ：removed) → value. */
  infoTable: z.record(z.string(), z.string()).optional(),
});
export type AnalyzeInput = z.infer<typeof AnalyzeInputSchema>;

/** Recognition verdict for a page: is it a policy document, how sure, and why. */
export const RecognitionSchema = z.object({
  isPolicy: z.boolean(),
  confidence: z.number().min(0).max(1),
  kind: z.enum(['policy', 'interpretation', 'news', 'list', 'other']),
  reasons: z.array(z.string()),
});
export type Recognition = z.infer<typeof RecognitionSchema>;
