import { useServerEvaluation } from './workspace.queries.js';
import { useWorkspace } from './workspace-context.js';
import type { AcceptedRisk } from './workspace.types.js';

/** Accepted risks by rule id, from the server's evaluation of the saved answers. */
export function useAcceptedRisks(): Map<string, AcceptedRisk> {
  const workspace = useWorkspace();
  const server = useServerEvaluation(workspace.ref, workspace.locale);
  return new Map((server.data?.acceptedRisks ?? []).map((risk) => [risk.ruleId, risk]));
}
