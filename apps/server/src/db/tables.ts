/**
 * Row types as stored, identical on SQLite and PostgreSQL: text ids (random UUIDs), text ISO-8601
 * UTC timestamps (they sort as text), booleans as integers 0/1, lists as JSON text.
 * Domain code never sees these types: repositories map rows to plain domain objects.
 */

export interface CityRow {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** JSON array of BCP 47 tags, first one is the city's main language. */
  languages: string;
  /** IANA time zone. */
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface UserRow {
  id: string;
  /** Stored lower-cased and trimmed; unique. */
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  is_network_admin: number;
  created_at: string;
  updated_at: string;
}

export interface MembershipRow {
  city_id: string;
  user_id: string;
  role: string;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id: string;
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface InvitationRow {
  id: string;
  city_id: string;
  email: string;
  role: string;
  /** SHA-256 (hex) of the link token; the link is shown once and never stored. */
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface SignInThrottleRow {
  /** SHA-256 of the throttled subject (email and address), so no address is kept in clear. */
  key: string;
  failures: number;
  window_started_at: string;
}

export interface StrategyRow {
  id: string;
  city_id: string;
  title: string;
  start_year: number;
  end_year: number;
  /** The content library version the strategy was started under; its answers follow it. */
  content_version: number;
  status: string;
  /** Counts changes to the strategy's own fields (title, years, status). */
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnswerRow {
  city_id: string;
  strategy_id: string;
  question_id: string;
  /** JSON text of the value; null once cleared (the row keeps its revision count). */
  value: string | null;
  /** 1 on the first save, +1 on every change; saves must name the revision they started from. */
  revision: number;
  updated_by: string | null;
  updated_at: string;
}

export interface SectionAssignmentRow {
  city_id: string;
  strategy_id: string;
  section_id: string;
  user_id: string;
  assigned_by: string | null;
  assigned_at: string;
}

export interface AcceptedRiskRow {
  city_id: string;
  strategy_id: string;
  rule_id: string;
  justification: string;
  accepted_by: string | null;
  accepted_at: string;
}

/** One change, written in the same transaction as the change itself. Never updated. */
export interface AuditRow {
  id: string;
  city_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  strategy_id: string | null;
  /** JSON text of the state before / after the change; null when there was none. */
  before: string | null;
  after: string | null;
}

/** A public consultation on a strategy draft; lists and texts are JSON text. */
export interface ConsultationRow {
  id: string;
  city_id: string;
  strategy_id: string;
  /** Random, unguessable part of the public address; null until first published. */
  slug: string | null;
  status: string;
  languages: string;
  texts: string;
  question_ids: string;
  definition_row_ids: string;
  /** YYYY-MM-DD, in the city's time zone. */
  opens_on: string;
  closes_on: string;
  /** JSON of what is shown, copied at publication; sensitive items are never in it. */
  snapshot: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  closed_at: string | null;
  summarized_at: string | null;
}

/** A resident's comment; nothing of it is public until `status` is approved. */
export interface ConsultationCommentRow {
  id: string;
  city_id: string;
  consultation_id: string;
  /** "framing", "definitions" or a content section id. */
  part: string;
  author_name: string | null;
  body: string;
  language: string;
  status: string;
  topic: string | null;
  rejection_reason: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  linked_question_id: string | null;
  link_note: string | null;
  linked_by: string | null;
  linked_at: string | null;
  created_at: string;
}

/** An answer (row_id '') or one group row a coordinator keeps off every public page. */
export interface SensitiveAnswerRow {
  city_id: string;
  strategy_id: string;
  question_id: string;
  row_id: string;
  marked_by: string | null;
  marked_at: string;
}

export interface PublicCommentThrottleRow {
  /** HMAC of the subject (address, consultation), so no address is kept. */
  key: string;
  hits: number;
  window_started_at: string;
}

/** The city's own text for one chapter of the strategy document (Markdown subset). */
export interface NarrativeChapterRow {
  city_id: string;
  strategy_id: string;
  /** A chapter key of the document model (context, framework, ...). */
  chapter_key: string;
  text: string;
  /** 1 on the first save, +1 on every change; saves name the revision they started from. */
  revision: number;
  updated_by: string | null;
  updated_at: string;
}

/** A snapshot of a strategy with its place in the approval workflow. Snapshots never change. */
export interface StrategyVersionRow {
  id: string;
  city_id: string;
  strategy_id: string;
  number: number;
  label: string;
  status: string;
  content_version: number;
  /** JSON text of the snapshot (answers, narrative, accepted risks, findings). */
  snapshot: string;
  /** JSON text of the council's decision; null until recorded. */
  decision: string | null;
  created_by: string | null;
  created_at: string;
  status_changed_by: string | null;
  status_changed_at: string;
  status_note: string | null;
}

/** A reviewer's comment on one section of a version under review. */
export interface VersionCommentRow {
  id: string;
  city_id: string;
  version_id: string;
  section_id: string;
  text: string;
  author_id: string | null;
  author_name: string;
  created_at: string;
}

/** An export job and, once done, its file. */
export interface ExportRow {
  id: string;
  city_id: string;
  strategy_id: string;
  version_id: string | null;
  format: string;
  locale: string;
  audience: string;
  status: string;
  /** Whole percent, 0..100. */
  progress: number;
  error_code: string | null;
  error_message: string | null;
  file_name: string | null;
  mime_type: string | null;
  file: Buffer | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  cities: CityRow;
  users: UserRow;
  memberships: MembershipRow;
  sessions: SessionRow;
  invitations: InvitationRow;
  sign_in_throttles: SignInThrottleRow;
  strategies: StrategyRow;
  answers: AnswerRow;
  section_assignments: SectionAssignmentRow;
  accepted_risks: AcceptedRiskRow;
  audit_log: AuditRow;
  consultations: ConsultationRow;
  consultation_comments: ConsultationCommentRow;
  sensitive_answers: SensitiveAnswerRow;
  public_comment_throttles: PublicCommentThrottleRow;
  narrative_chapters: NarrativeChapterRow;
  strategy_versions: StrategyVersionRow;
  version_comments: VersionCommentRow;
  exports: ExportRow;
}
