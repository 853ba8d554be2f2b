import type { Audience } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import type { DocumentWorkers } from '../../workers/document-workers.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Locale } from '../users/user.js';
import { type DocumentKind, gatherDocumentSources } from './document-sources.js';
import { assertDocumentCan } from './documents.policy.js';

/**
 * The format-neutral document the browser shows as its print view, as the JSON response body.
 * Built and serialised on a worker thread like the exports, so a long strategy never stalls
 * other requests.
 */
export async function getDocument(
  input: {
    strategyId: string;
    kind: DocumentKind;
    locale?: Locale | undefined;
    audience: Audience;
    versionId?: string | undefined;
  },
  actor: CityActor,
  { db, catalog, workers }: { db: Db; catalog: ContentCatalog; workers: DocumentWorkers },
): Promise<string> {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const { sources } = await gatherDocumentSources(
    {
      strategy,
      versionId: input.versionId,
      kind: input.kind,
      locale: input.locale ?? actor.user.locale,
      audience: input.audience,
      now: new Date(),
    },
    db,
    catalog,
  );
  return workers.build({ sources });
}
