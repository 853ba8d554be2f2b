import type { Db } from '../../db/database.js';
import type { AcceptedRiskRow } from '../../db/tables.js';

export type AcceptedRiskRowWithName = AcceptedRiskRow & { accepted_by_name: string | null };

function selectAcceptedRisks(db: Db, cityId: string, strategyId: string) {
  return db
    .selectFrom('accepted_risks')
    .leftJoin('users', 'users.id', 'accepted_risks.accepted_by')
    .selectAll('accepted_risks')
    .select('users.name as accepted_by_name')
    .where('accepted_risks.city_id', '=', cityId)
    .where('accepted_risks.strategy_id', '=', strategyId);
}

export async function listAcceptedRiskRows(
  db: Db,
  cityId: string,
  strategyId: string,
): Promise<AcceptedRiskRowWithName[]> {
  return selectAcceptedRisks(db, cityId, strategyId).orderBy('accepted_risks.rule_id').execute();
}

export async function findAcceptedRiskRow(
  db: Db,
  { cityId, strategyId, ruleId }: { cityId: string; strategyId: string; ruleId: string },
): Promise<AcceptedRiskRowWithName | undefined> {
  return selectAcceptedRisks(db, cityId, strategyId)
    .where('accepted_risks.rule_id', '=', ruleId)
    .executeTakeFirst();
}

/** Records the acceptance, or replaces the justification of an earlier one. */
export async function upsertAcceptedRisk(db: Db, row: AcceptedRiskRow): Promise<void> {
  await db
    .insertInto('accepted_risks')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['city_id', 'strategy_id', 'rule_id']).doUpdateSet({
        justification: row.justification,
        accepted_by: row.accepted_by,
        accepted_at: row.accepted_at,
      }),
    )
    .execute();
}

export async function deleteAcceptedRisk(
  db: Db,
  { cityId, strategyId, ruleId }: { cityId: string; strategyId: string; ruleId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('accepted_risks')
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('rule_id', '=', ruleId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
