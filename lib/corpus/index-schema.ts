/** Zod schemas of the corpus index (generated from seeds/ at build time) and of the related-items output. */
import { z } from 'zod';
import { CorpusItemKindSchema } from './related-schema';

/**
 * BM25 statistics over character bigrams, compact: `terms` is the vocabulary (vocabulary.ts: bigrams grouped by
 * first character); `postings` holds, in the vocabulary's order and space-separated, each term's postings as varints
 * (see varint.ts): per posting `(gap − 1) · 2 + (tf > 1)`, then `tf − 2` when tf > 1; gap = item − previous item (previous = −1).
 */
export const Bm25DataSchema = z.object({
  k1: z.number().positive(),
  b: z.number().min(0).max(1),
  /** Number of tokens of each item, in item order. */
  lengths: z.array(z.number().int().nonnegative()),
  terms: z.string(),
  postings: z.string(),
});
export type Bm25Data = z.infer<typeof Bm25DataSchema>;

/** One seed document: file name in seeds/, title and identity, and how many tasks it has. */
export const CorpusDocumentSchema = z.object({
  file: z.string().min(1),
  title: z.string(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  tasks: z.number().int().nonnegative(),
});
export type CorpusDocument = z.infer<typeof CorpusDocumentSchema>;


/** One rankable item; `doc`, `lead`, `co`, `entities` are indices into the index's documents, units and entities. */
export const CorpusItemSchema = z.object({
  doc: z.number().int().nonnegative(),
  kind: CorpusItemKindSchema,
  id: z.string().min(1),
  title: z.string(),
  /** Heading the item stands under, for display (passages). */
  section: z.string().optional(),
  /** Excerpt of the item's text after its title, for display. */
  text: z.string(),
  /** 牵头单位 (lead units), canonical. */
  lead: z.array(z.number().int().nonnegative()),
  /** 配合/责任单位 (co-responsible units, generic groups left out), canonical. */
  co: z.array(z.number().int().nonnegative()),
  entities: z.array(z.number().int().nonnegative()),
  /** Fingerprint of the item's normalized text: a page showing the same text is the same item. */
  hash: z.string(),
});
export type CorpusItem = z.infer<typeof CorpusItemSchema>;

/** The corpus index: documents, unit and named-thing tables, items, BM25 statistics. */
export const CorpusIndexSchema = z.object({
  version: z.literal(1),
  documents: z.array(CorpusDocumentSchema),
  /** Canonical unit names (canonicalUnit), sorted. */
  units: z.array(z.string()),
  /** Canonical names of the named things (named-things.ts) the items mention, in order of first mention. */
  entities: z.array(z.string()),
  items: z.array(CorpusItemSchema),
  bm25: Bm25DataSchema,
});
export type CorpusIndex = z.infer<typeof CorpusIndexSchema>;

export { RelatedSchema, type Related, CorpusItemKindSchema, type CorpusItemKind } from './related-schema';

/** The page is itself a seed document: which one, how it was recognized, and its tasks mapped one to one (page id → seed id). */
export const SameDocumentSchema = z.object({
  doc: z.string(),
  by: z.enum(['docNumber', 'title', 'tasks']),
  tasks: z.record(z.string(), z.string()),
});
export type SameDocument = z.infer<typeof SameDocumentSchema>;
