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
}
