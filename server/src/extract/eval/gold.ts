import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actorId,
  DATE_PRECISIONS,
  institutionId,
  MEETING_KINDS,
  type DatePrecision,
  type IngestBundle,
  type MeetingKind,
} from '@parley/graph-schema';
import { loadSeedBundles } from '@parley/seed';
import { z } from 'zod';
import type { KnownEntity } from '../entities/known-entities';
import type { Span } from '../types';

/** The facts a person annotated for one article, in a form both the seed and the dev set reduce to. */
export interface GoldArticle {
  name: string;
  lang: string;
  text: string;
  publishedAt?: string;
  parties: GoldParty[];
  statements: GoldStatement[];
  meetings: GoldMeeting[];
}

export interface GoldParty {
  key: string;
  id: string;
  kind: 'actor' | 'institution';
  names: string[];
}

export interface GoldStatement {
  key: string;
  speakers: string[];
  addressees: string[];
  direct: boolean;
  evidence: Span;
  respondsTo: string[];
}

export interface GoldMeeting {
  a: string;
  b: string;
  kind: MeetingKind;
  place?: string;
  date?: string;
  datePrecision?: DatePrecision;
  evidence: Span;
}

export const DEV_SET_DIR = fileURLToPath(new URL('./dev-set/', import.meta.url));
export const HELD_OUT_DIR = fileURLToPath(new URL('./held-out/', import.meta.url));

/* The lite annotation format: parties by key, evidence as [from, through] anchor phrases. */
const anchorsSchema = z.tuple([z.string().min(1), z.string().min(1)]);
const liteSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  lang: z.string(),
  publishedAt: z.string().optional(),
  parties: z.record(
    z.string(),
    z.object({
      name: z.string(),
      kind: z.enum(['actor', 'institution']).default('actor'),
      aliases: z.array(z.string()).default([]),
    }),
  ),
  statements: z.array(
    z.object({
      key: z.string(),
      speakers: z.array(z.string()).min(1),
      addressees: z.array(z.string()).default([]),
      direct: z.boolean(),
      evidence: anchorsSchema,
      respondsTo: z.array(z.string()).default([]),
    }),
  ),
  meetings: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      kind: z.enum(MEETING_KINDS),
      place: z.string().optional(),
      date: z.string().optional(),
      datePrecision: z.enum(DATE_PRECISIONS).default('day'),
      evidence: anchorsSchema,
    }),
  ),
});

/** [start, end) from the only occurrence of `from` through the first `through` after it. */
function anchorSpan(text: string, [from, through]: [string, string], where: string): Span {
  const start = text.indexOf(from);
  if (start < 0 || text.indexOf(from, start + 1) >= 0)
    throw new Error(`${where}: "${from}" must occur exactly once`);
  const at = text.indexOf(through, start + from.length);
  if (at < 0) throw new Error(`${where}: "${through}" not found after "${from}"`);
  return { start, end: at + through.length };
}

function fromLite(name: string, text: string, json: unknown): GoldArticle {
  const lite = liteSchema.parse(json);
  const keys = new Set(Object.keys(lite.parties));
  const check = (k: string) => {
    if (!keys.has(k)) throw new Error(`${name}: unknown party ${k}`);
    return k;
  };
  return {
    name,
    lang: lite.lang,
    text,
    ...(lite.publishedAt ? { publishedAt: lite.publishedAt } : {}),
    parties: Object.entries(lite.parties).map(([key, p]) => ({
      key,
      id: p.kind === 'actor' ? actorId(p.name) : institutionId(p.name),
      kind: p.kind,
      names: [p.name, ...p.aliases],
    })),
    statements: lite.statements.map((s) => ({
      key: s.key,
      speakers: s.speakers.map(check),
      addressees: s.addressees.map(check),
      direct: s.direct,
      evidence: anchorSpan(text, s.evidence, `${name} ${s.key}`),
      respondsTo: s.respondsTo,
    })),
    meetings: lite.meetings.map((m, i) => ({
      a: check(m.a),
      b: check(m.b),
      kind: m.kind,
      ...(m.place ? { place: m.place } : {}),
      ...(m.date ? { date: m.date, datePrecision: m.datePrecision } : {}),
      evidence: anchorSpan(text, m.evidence, `${name} meeting ${i}`),
    })),
  };
}

function fromBundle(bundle: IngestBundle): GoldArticle {
  return {
    name: bundle.article.id.replace(/^article:/, ''),
    lang: bundle.article.lang,
    text: bundle.article.text,
    parties: [
      ...bundle.actors.map((a) => ({
        key: a.id,
        id: a.id,
        kind: 'actor' as const,
        names: [a.name, ...a.aliases],
      })),
      ...bundle.institutions.map((i) => ({
        key: i.id,
        id: i.id,
        kind: 'institution' as const,
        names: [i.name, ...i.aliases],
      })),
    ],
    statements: bundle.statements.map((s) => ({
      key: s.id,
      speakers: s.speakers,
      addressees: s.addressees,
      direct: s.direct,
      evidence: s.evidence,
      respondsTo: s.respondsTo,
    })),
    meetings: bundle.meetings.map((m) => ({
      a: m.a,
      b: m.b,
      kind: m.kind,
      ...(m.place ? { place: m.place } : {}),
      evidence: m.evidence,
    })),
  };
}

export function loadSeedGold(): GoldArticle[] {
  return loadSeedBundles().map(fromBundle);
}

/** Every `<name>.txt` with its `<name>.json` annotation in a folder. */
export function loadLiteGold(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      return fromLite(name, text, JSON.parse(readFileSync(join(dir, f), 'utf8')));
    });
}

/** What the graph would know if every other annotated article had been ingested before this one. */
export function knownFromOtherArticles(all: GoldArticle[], except?: GoldArticle): KnownEntity[] {
  const byId = new Map<string, KnownEntity>();
  for (const article of all) {
    if (article === except) continue;
    for (const p of article.parties) {
      const entity = byId.get(p.id) ?? { id: p.id, kind: p.kind, name: p.names[0]!, aliases: [] };
      entity.aliases = [...new Set([...entity.aliases, ...p.names.slice(1)])];
      byId.set(p.id, entity);
    }
  }
  return [...byId.values()];
}
