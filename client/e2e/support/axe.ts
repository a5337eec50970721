import fs from 'node:fs';
import { createRequire } from 'node:module';
import type axeCore from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SCRIPT_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = fs.readFileSync(AXE_SCRIPT_PATH, 'utf8');
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const BLOCKING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

/** axe-core's WCAG 2.1 AA rules over the page as it stands, or inside `scope` when given. */
export async function axeViolations(page: Page, scope?: string): Promise<AxeViolation[]> {
  // The app's Content-Security-Policy refuses script tags it did not serve (addScriptTag is one);
  // evaluation through the DevTools protocol is outside its reach.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, scope }) => {
      const axe = (window as unknown as { axe: typeof axeCore }).axe;
      const result = await axe.run(scope ?? document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.flatMap((v) =>
        v.nodes.map((node) => ({
          id: v.id,
          impact: node.impact ?? v.impact ?? 'unknown',
          help: v.help,
          targets: node.target.map(String),
        })),
      );
    },
    { tags: [...WCAG_AA_TAGS], scope },
  );
}

/** The violations that keep someone from using the page: serious and critical, one per element. */
export async function blockingViolations(page: Page, scope?: string): Promise<AxeViolation[]> {
  return (await axeViolations(page, scope)).filter((v) => BLOCKING_IMPACTS.has(v.impact));
}
