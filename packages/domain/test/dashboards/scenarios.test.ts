import { describe, expect, it } from 'vitest';
import { dashboardsFor, SCENARIO_ANSWERS } from './dashboards.helper.js';

// Whatever the scenario, the dashboards hold together: the funding chart adds up to the total,
// the graph has no loose edges and the calendar reads in date order.
describe.each(SCENARIO_ANSWERS.map((s) => ({ id: s.id, title: s.title, values: s.values })))(
  'dashboards for $id ($title)',
  ({ values }) => {
    const dashboards = dashboardsFor(values);

    it('gives a mandate score within its maximum, equal to the points of the reasons met', () => {
      const { score, max, pointsMet } = dashboards.mandateStrength;
      expect(score).toBe(Math.min(pointsMet, max));
    });

    it('accounts for every unit of funding in a year, as undated or as later', () => {
      const { bySourceAndYear, undated, later, total } = dashboards.fundingMix;
      const accounted =
        bySourceAndYear.reduce((s, c) => s + c.amount, 0) +
        undated.reduce((s, u) => s + u.amount, 0) +
        later;
      expect(accounted).toBeCloseTo(total, 6);
      expect(dashboards.fundingMix.bySource.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 10);
    });

    it('marks at most one lead model', () => {
      expect(dashboards.leadModels.options.filter((o) => o.isChosen).length).toBeLessThanOrEqual(1);
    });

    it('links only nodes that exist', () => {
      const ids = new Set(dashboards.stakeholderNetwork.nodes.map((n) => n.id));
      for (const edge of dashboards.stakeholderNetwork.edges)
        expect([ids.has(edge.source), ids.has(edge.target)]).toEqual([true, true]);
    });

    it('lists the calendar in date order', () => {
      const dates = dashboards.politicalCalendar.events.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
    });

    it('fills only matrix cells of listed departments and known resource types', () => {
      const { departments, types, cells } = dashboards.resourceMatrix;
      const rows = new Set(departments.map((d) => d.key));
      const columns = new Set(types.map((t) => t.slug));
      for (const cell of cells)
        expect(rows.has(cell.department) && columns.has(cell.type)).toBe(true);
    });
  },
);
