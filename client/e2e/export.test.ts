import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { viewExportSchema } from '@parley/graph-schema';
import { Db, postJson, resetToSeed, TEST_TOKEN } from '@parley/server/fixture';
import {
  canvasCounts,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
} from './support/browser';
import { exportAs } from './support/views';

const baseUrl = inject('baseUrl');
const TITLE = 'Zakharova answers Seoul on arms supplies';
const TEXT = [
  'Russian Foreign Ministry spokesperson Maria Zakharova on Thursday warned South Korea against supplying weapons to Ukraine.',
  '"Seoul should think very carefully before it takes such a step," Zakharova told a briefing in Moscow.',
].join('\n\n');
/** Labels the canvas placed may touch; the label plan lets them overlap by a tenth at most. */
const MAX_LABEL_OVERLAP = 0.1;

type Box = { id: string; x: number; y: number; width: number; height: number };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  const added = await postJson(baseUrl, '/api/articles', { text: TEXT, title: TITLE }, TEST_TOKEN);
  expect(added.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  const db = Db.connect({ uri: inject('neo4jUri') });
  await resetToSeed(db);
  await db.close();
});

/** The exported SVG drawn by Chromium: each label's drawn box and its lines' widths. */
async function drawnLabels(svg: string) {
  const viewer = await browser.newPage();
  await viewer.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
  const labels = await viewer.evaluate(() =>
    [...document.querySelectorAll('g[data-id]')].flatMap((group) => {
      const text = group.querySelector('text');
      const box = group.querySelector('rect.label-box');
      if (!text || !box) return [];
      const { x, y, width, height } = text.getBBox();
      return [
        {
          id: group.getAttribute('data-id') ?? '',
          drawn: { x, y, width, height },
          boxWidth: Number(box.getAttribute('width')),
          lineWidths: [...text.querySelectorAll('tspan')].map((t) => t.getComputedTextLength()),
        },
      ];
    }),
  );
  await screenshot(viewer, 'export-svg-drawn');
  await viewer.close();
  return labels;
}

function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

describe('exports that match the screen', () => {
  it('draws the SVG labels as the canvas wraps them, without overlaps, extracted facts dashed', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'think very carefully', /think very carefully/);
    await page.locator('.graph-canvas[data-camera="placed"]').waitFor();
    await screenshot(page, 'export-canvas');

    const json = viewExportSchema.parse(
      JSON.parse((await exportAs(page, 'JSON')).content.toString()),
    );
    const extracted = json.nodes
      .filter((n) => n.properties.source === 'extracted')
      .map((n) => n.id);
    expect(extracted.filter((id) => id.startsWith('statement:')).length).toBeGreaterThan(0);

    const svg = (await exportAs(page, 'SVG image')).content.toString('utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      svg,
    ) as { svg: { g: { class: string; g: Record<string, unknown>[] }[] } };
    const groups = parsed.svg.g.find((g) => g.class === 'nodes')?.g ?? [];
    expect(groups).toHaveLength((await canvasCounts(page)).nodes);
    const dashed = groups.filter((g) => g['data-border'] === 'dashed').map((g) => g['data-id']);
    expect(dashed.sort()).toEqual([...extracted].sort());
    expect(svg).toMatch(/data-border="dashed"><title>[^<]*<\/title><rect [^>]*stroke-dasharray=/);

    const labels = await drawnLabels(svg);
    expect(labels.length).toBeGreaterThan(5);
    const tooWide = labels.filter((l) => l.lineWidths.some((w) => w > l.boxWidth + 1));
    expect(tooWide.map((l) => l.id)).toEqual([]);
    const overlaps = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) =>
            overlapShare({ id: a.id, ...a.drawn }, { id: b.id, ...b.drawn }) > MAX_LABEL_OVERLAP,
        )
        .map((b) => `${a.id} × ${b.id}`),
    );
    expect(overlaps).toEqual([]);
    expectNoPageErrors(page);
  });

  it('writes JSON with positions and the view state, and GraphML with the same nodes', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    await page.locator('.graph-canvas[data-camera="placed"]').waitFor();
    const json = viewExportSchema.parse(
      JSON.parse((await exportAs(page, 'JSON')).content.toString()),
    );
    expect(json.view.selection).toEqual({ type: 'node', id: 'actor:andrey-rudenko' });
    expect(json.nodes).toHaveLength((await canvasCounts(page)).nodes);
    const places = new Set(
      json.nodes.map((n) => `${Math.round(n.position.x)},${Math.round(n.position.y)}`),
    );
    expect(places.size).toBe(json.nodes.length);

    const graphml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      (await exportAs(page, 'GraphML')).content.toString('utf8'),
    ) as {
      graphml: {
        key: Record<string, string>[];
        graph: { node: { id: string; data: { key: string; '#text': unknown }[] }[] };
      };
    };
    const xKey = graphml.graphml.key.find((k) => k.for === 'node' && k['attr.name'] === 'x')?.id;
    const nodes = graphml.graphml.graph.node;
    expect(nodes.map((n) => n.id).sort()).toEqual(json.nodes.map((n) => n.id).sort());
    const rudenko = nodes.find((n) => n.id === 'actor:andrey-rudenko');
    const position = json.nodes.find((n) => n.id === 'actor:andrey-rudenko')?.position;
    const x = rudenko?.data.find((d) => d.key === xKey)?.['#text'];
    expect(Number(x)).toBeCloseTo(position?.x ?? NaN, 0);
    expectNoPageErrors(page);
  });
});
