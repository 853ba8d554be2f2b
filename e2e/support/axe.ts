// Accessibility checks with axe-core: the WCAG 2.0, 2.1 and 2.2 A and AA rules on every page.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe on the page as it is now and returns what breaks the WCAG rules. */
export async function findAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** One readable paragraph per rule: what is wrong, and where. */
export function describeViolations(where: string, violations: AccessibilityViolation[]): string {
  if (violations.length === 0) return `${where}: no accessibility violations`;
  const lines = violations.map((violation) => {
    const targets = violation.targets.slice(0, 5).join(', ');
    const more = violation.targets.length > 5 ? ` and ${violation.targets.length - 5} more` : '';
    return `  - ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${targets}${more}`;
  });
  return `${where}: ${violations.length} accessibility violation(s)\n${lines.join('\n')}`;
}

/**
 * Records the page's violations as a soft failure, so one run of a journey reports every page
 * with problems instead of stopping at the first.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await findAccessibilityViolations(page);
  expect.soft(violations, describeViolations(where, violations)).toEqual([]);
}
