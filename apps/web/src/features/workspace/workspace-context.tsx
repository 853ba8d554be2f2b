import type { AnswerValue, CompiledContent, Evaluation } from '@concord/domain/engine';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useParams } from 'react-router';
import type { CityDetail, Locale } from '../../api/types.js';
import { LoadingMessage } from '../../components/loading-message.js';
import { ProblemPage } from '../../components/problem-page.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useCity } from '../cities/cities.queries.js';
import { useMe } from '../session/session.queries.js';
import type { DraftSnapshot, DraftStore } from './draft-store.js';
import { rowFieldOptions, useDraftSnapshot, useDraftStore } from './draft-store-registry.js';
import { computeLiveValues, currentRaw, evaluateLive, localToday } from './live-answers.js';
import type { ParseOptions } from './parse-raw.js';
import type { RawValue } from './raw-values.js';
import { useLeaveGuard } from './use-leave-guard.js';
import type { StrategyRef } from './workspace-api.js';
import {
  answersKey,
  useAnswers,
  useServerEvaluation,
  useStrategy,
  useStrategyContent,
  type LoadedContent,
} from './workspace.queries.js';
import type { AnswersResponse, StrategyDetail } from './workspace.types.js';
import './workspace.css';

/** Everything a workspace page needs, loaded once per page and shared by its parts. */
export interface Workspace {
  ref: StrategyRef;
  city: CityDetail;
  detail: StrategyDetail;
  userId: string;
  locale: Locale;
  loaded: LoadedContent;
  compiled: CompiledContent;
  answers: AnswersResponse;
  store: DraftStore;
  snapshot: DraftSnapshot;
  /** Saved answers with valid unsaved edits on top: what the live findings are computed from. */
  values: Record<string, AnswerValue>;
  /** The engine run in the browser on `values`; null for answers of another content version. */
  evaluation: Evaluation | null;
  applicable: ReadonlySet<string>;
  parseOptions: ParseOptions;
  today: string;
  canEditSection: (sectionId: string) => boolean;
  rawOf: (questionId: string) => RawValue;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside WorkspaceGate');
  return workspace;
}

/** Loads the city, the strategy, its answers and the content, then shows the page. */
export function WorkspaceGate(props: { children: ReactNode }) {
  const { cityId = '', strategyId = '' } = useParams();
  const ref = useMemo(() => ({ cityId, strategyId }), [cityId, strategyId]);
  const { locale } = useLocale();
  const me = useMe();
  const city = useCity(cityId);
  const detail = useStrategy(ref);
  const answers = useAnswers(ref);
  const content = useStrategyContent(locale);
  // Not waited for: it only brings the city's "today" (deadlines) and the accepted risks.
  const server = useServerEvaluation(ref, locale);

  const failed = [city, detail, answers, content, me].find((query) => query.isError);
  if (failed) return <ProblemPage error={failed.error} />;
  if (!me.data || !city.data || !detail.data || !answers.data || !content.data)
    return <LoadingMessage />;
  return (
    <WorkspaceReady
      strategyRef={ref}
      userId={me.data.user.id}
      locale={locale}
      city={city.data}
      detail={detail.data}
      answers={answers.data}
      loaded={content.data}
      today={server.data?.today ?? localToday()}
    >
      {props.children}
    </WorkspaceReady>
  );
}

interface ReadyProps {
  strategyRef: StrategyRef;
  userId: string;
  locale: Locale;
  city: CityDetail;
  detail: StrategyDetail;
  answers: AnswersResponse;
  loaded: LoadedContent;
  today: string;
  children: ReactNode;
}

function WorkspaceReady(props: ReadyProps) {
  const { strategyRef: ref, userId, city, detail, loaded } = props;
  const compiled = loaded.compiled;
  const store = useDraftStore(ref, userId, compiled);
  const snapshot = useDraftSnapshot(store);
  const answers = useCachedAnswers(ref, props.answers);
  useUnsavedChangesWarning(store);
  useLeaveGuard(store, ref);

  const today = props.today;
  const parseOptions = useMemo(
    () => rowFieldOptions(compiled, answers, today),
    [compiled, answers, today],
  );
  const values = useMemo(
    () => computeLiveValues(compiled, answers, snapshot.drafts, parseOptions),
    [compiled, answers, snapshot.drafts, parseOptions],
  );
  const evaluation = useMemo(
    () => evaluateLive(compiled, answers.contentVersion, values, today),
    [compiled, answers.contentVersion, values, today],
  );

  const workspace = useMemo((): Workspace => {
    const editable = new Set(
      detail.sections.filter((section) => section.canEdit).map((section) => section.sectionId),
    );
    return {
      ref,
      city,
      detail,
      userId,
      locale: props.locale,
      loaded,
      compiled,
      answers,
      store,
      snapshot,
      values,
      evaluation,
      applicable: new Set(evaluation?.applicable ?? compiled.questions.keys()),
      parseOptions,
      today,
      // The server decides: contributors edit assigned sections, viewers and archived strategies none.
      canEditSection: (sectionId) => editable.has(sectionId),
      rawOf: (questionId) => currentRaw(compiled, answers, snapshot.drafts, questionId),
    };
  }, [
    ref,
    city,
    detail,
    userId,
    props.locale,
    loaded,
    compiled,
    answers,
    store,
    snapshot,
    values,
    evaluation,
    parseOptions,
    today,
  ]);

  return <WorkspaceContext.Provider value={workspace}>{props.children}</WorkspaceContext.Provider>;
}

/**
 * The saved answers as the query cache holds them right now. When a save is acknowledged the
 * draft store writes the answer to the cache and drops the draft in one go; the query's own
 * result reaches React a tick later, so reading it would draw one frame with the draft gone and
 * the old answer back (a new group row vanished and came back remounted, losing focus).
 */
function useCachedAnswers(ref: StrategyRef, loaded: AnswersResponse): AnswersResponse {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (listener: () => void) => queryClient.getQueryCache().subscribe(listener),
    [queryClient],
  );
  const read = useCallback(
    () => queryClient.getQueryData<AnswersResponse>(answersKey(ref)) ?? loaded,
    [queryClient, ref, loaded],
  );
  return useSyncExternalStore(subscribe, read);
}

/** The browser asks before the tab closes while an edit has not reached the server. */
export function useUnsavedChangesWarning(store: DraftStore): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!store.hasUnsaved()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);
}
