import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startAppInstance } from './support/app-instance';
import {
  canvasCounts,
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
  waitForNodeCount,
} from './support/browser';
import {
  anchorOnPage,
  exportAs,
  exportedNodeIds,
  openLink,
  recordedViewport,
  settledViewport,
  shareLink,
  waitForViewport,
  type RecordedViewport,
} from './support/views';

const baseUrl = inject('baseUrl');
const RUDENKO = 'actor:andrey-rudenko';
const CHUNG_STATEMENT = 'statement:en-rudenko-seoul-talks:chung-urges-rights';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const teluguFilter = (page: Page) =>
  page
    .locator('.filter-option')
    .filter({ has: page.getByText('Telugu', { exact: true }) })
    .getByRole('checkbox');

function expectSameCamera(actual: RecordedViewport, expected: RecordedViewport) {
  expect(actual.anchorId).toBe(expected.anchorId);
  expect(actual.zoom).toBeCloseTo(expected.zoom, 2);
  expect(Math.abs(actual.x - expected.x)).toBeLessThan(2);
  expect(Math.abs(actual.y - expected.y)).toBeLessThan(2);
}

/** Everything a colleague opening the link should find as it was. */
async function describeView(page: Page) {
  return {
    nodeIds: await exportedNodeIds(page),
    counts: await canvasCounts(page),
    viewport: await recordedViewport(page),
    title: await page.title(),
    explore: await page.getByRole('radio', { name: 'Explore' }).getAttribute('aria-checked'),
    teluguShown: await teluguFilter(page).isChecked(),
  };
}

async function buildView(page: Page): Promise<void> {
  await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
  const panel = detailsPanel(page);
  await panel.getByRole('heading', { name: 'Andrey Rudenko' }).waitFor();
  await panel.getByRole('button', { name: 'Chung Byung-won', exact: true }).click();
  await panel.getByRole('heading', { name: 'Chung Byung-won' }).waitFor();
  await page.keyboard.press('e');
  await expect.poll(() => page.getByRole('button', { name: /Collapse/ }).isEnabled()).toBe(true);
  const expanded = (await canvasCounts(page)).nodes;
  await teluguFilter(page).uncheck();
  await waitForNodeCount(page, (n) => n < expanded);
  await panel.getByRole('button', { name: /He also urged/ }).click();
  await panel
    .getByText(/He also urged/)
    .first()
    .waitFor();
  await waitForViewport(page, (v) => v.anchorId === CHUNG_STATEMENT);

  const before = await recordedViewport(page);
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('No canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 4; step++) await page.mouse.wheel(0, 300);
  // Pan from the top right, where nothing is drawn over the canvas (the zoom buttons sit bottom right).
  const corner = { x: box.x + box.width - 30, y: box.y + 40 };
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x - 120, corner.y + 50, { steps: 10 });
  await page.mouse.up();
  await waitForViewport(page, (v) => v.zoom < before.zoom - 0.05 && Math.abs(v.x - before.x) > 20);
  await settledViewport(page);
}

describe('sharing a view', () => {
  it('reopens a link with the same nodes, selection, mode, filters and camera', async () => {
    const page = await openApp(browser, baseUrl);
    await buildView(page);
    const link = await shareLink(page);
    expect(link).toMatch(/\/\?view=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThanOrEqual(1_500);
    const shared = await describeView(page);
    expect(shared.title).toMatch(/^Chung Byung-won: He also urged.* — Parley$/);
    await screenshot(page, 'shared-view');

    const opened = await openLink(browser, link);
    expect(await describeView(opened)).toMatchObject({ ...shared, viewport: expect.anything() });
    expectSameCamera(await recordedViewport(opened), shared.viewport);
    const panel = detailsPanel(opened);
    await panel.getByRole('heading', { name: 'Chung Byung-won' }).waitFor();
    await expect(
      panel
        .getByText(/He also urged/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    expect(opened.url()).toBe(link);
    await screenshot(opened, 'shared-view-opened');
    expectNoPageErrors(page);
    await opened.context().close();
  });

  it('saves a view with nodes placed by hand, and reopens it from Neo4j after a restart', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    const centred = await waitForViewport(page, (v) => v.anchorId === RUDENKO);
    const at = await anchorOnPage(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 90, at.y + 40, { steps: 10 });
    await page.mouse.up();
    await waitForViewport(page, (v) => Math.abs(v.x - centred.x) > 30);
    await settledViewport(page);

    const link = await shareLink(page);
    expect(link).toMatch(/\/v\/[A-Za-z0-9_-]{22}$/);
    const path = new URL(link).pathname;
    expect(new URL(page.url()).pathname).toBe(path);
    const saved = await describeView(page);
    await expect(shareLink(page)).resolves.toBe(link);

    const restarted = await startAppInstance(inject('neo4jUri'));
    try {
      const opened = await openLink(browser, `${restarted.baseUrl}${path}`);
      const reopened = await describeView(opened);
      expect(reopened.nodeIds).toEqual(saved.nodeIds);
      expect(reopened.title).toBe('Andrey Rudenko — Parley');
      expectSameCamera(reopened.viewport, saved.viewport);
      expect(new URL(opened.url()).pathname).toBe(path);
      await screenshot(opened, 'saved-view-after-restart');
      await opened.context().close();
    } finally {
      await restarted.close();
    }
    expectNoPageErrors(page);
  });

  it('opens a damaged link with a clear message and the first view', async () => {
    const page = await openApp(browser, `${baseUrl}/?view=bm90IGEgdmlldw`);
    const notice = page.getByTestId('view-notice');
    await expect(notice.textContent()).resolves.toMatch(/link is damaged.*first view is shown/);
    expect((await canvasCounts(page)).nodes).toBeGreaterThan(30);
    expectNoPageErrors(page);
  });

  it('opens a tampered link with what could be read, and names the rest', async () => {
    const tampered = {
      v: 2,
      a: [RUDENKO, 'actor:nobody-at-all'],
      s: RUDENKO,
      f: RUDENKO,
      l: 'spiral',
      k: ['planet'],
    };
    const token = Buffer.from(JSON.stringify(tampered)).toString('base64url');
    const page = await openApp(browser, `${baseUrl}/?view=${token}`);
    const notice = page.getByTestId('view-notice');
    const text = await notice.textContent();
    expect(text).toMatch(/Parts of this link could not be read/);
    expect(text).toContain('layout was invalid and was reset');
    expect(text).toContain('actor:nobody-at-all');
    await detailsPanel(page).getByRole('heading', { name: 'Andrey Rudenko' }).waitFor();
    await expect(page.title()).resolves.toBe('Andrey Rudenko — Parley');
    await screenshot(page, 'tampered-link');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice.count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('view')).not.toBe(token);
    expectNoPageErrors(page);
  });

  it('says so when a saved view does not exist', async () => {
    const page = await openApp(browser, `${baseUrl}/v/AAAAAAAAAAAAAAAAAAAAAA`);
    await expect(page.getByTestId('view-notice').textContent()).resolves.toMatch(
      /saved view does not exist/,
    );
    expectNoPageErrors(page);
  });

  it('restores the view on reload, Back and Forward', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByText('Nothing on the canvas').waitFor();
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    const focused = await waitForNodeCount(page, (n) => n > 1);
    await detailsPanel(page).getByRole('button', { name: 'Chung Byung-won', exact: true }).click();
    await detailsPanel(page).getByRole('heading', { name: 'Chung Byung-won' }).waitFor();
    await page.keyboard.press('e');
    const expanded = await waitForNodeCount(page, (n) => n > focused);

    await page.goBack();
    await waitForNodeCount(page, (n) => n === focused);
    await page.goForward();
    await waitForNodeCount(page, (n) => n === expanded);
    await page.reload();
    await page.locator('.graph-canvas[data-camera="placed"]').waitFor();
    await waitForNodeCount(page, (n) => n === expanded);
    await detailsPanel(page).getByRole('heading', { name: 'Chung Byung-won' }).waitFor();
    expectNoPageErrors(page);
  });
});

describe('exporting a view', () => {
  it('downloads GraphML that parses and holds the nodes in view, and images', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    await waitForViewport(page, (v) => v.anchorId === RUDENKO);
    const inView = await exportedNodeIds(page);
    expect(inView).toHaveLength((await canvasCounts(page)).nodes);

    const graphml = await exportAs(page, 'GraphML');
    expect(graphml.name).toBe('parley-andrey-rudenko.graphml');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.namespaceURI,
        keys: [...doc.getElementsByTagName('key')].map(
          (k) => `${attr(k, 'for')}:${attr(k, 'attr.name')}`,
        ),
        nodeIds: [...doc.getElementsByTagName('node')].map((n) => attr(n, 'id')).sort(),
        edges: doc.getElementsByTagName('edge').length,
      };
    }, graphml.content.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(parsed.keys).toEqual(
      expect.arrayContaining(['node:label', 'node:kind', 'node:x', 'edge:type']),
    );
    expect(parsed.nodeIds).toEqual(inView);
    expect(parsed.edges).toBe((await canvasCounts(page)).edges);

    const svg = await exportAs(page, 'SVG image');
    const svgOk = await page.evaluate(
      (xml) =>
        new DOMParser().parseFromString(xml, 'image/svg+xml').getElementsByTagName('parsererror')
          .length === 0,
      svg.content.toString('utf8'),
    );
    expect(svgOk).toBe(true);
    expect(svg.content.toString('utf8')).toContain('Andrey Rudenko');

    const png = await exportAs(page, 'PNG image');
    expect(png.content.subarray(1, 4).toString('ascii')).toBe('PNG');
    const pngWidth = png.content.readUInt32BE(16);
    expect(pngWidth).toBeGreaterThan(800);
    expectNoPageErrors(page);
  });
});
