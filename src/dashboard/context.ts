import { stripInvisible } from '../text/control.ts';
import type { Context } from 'hono';
import type { App } from '../app.ts';
import type { AnalyticsRepo } from '../db/analytics-repo.ts';
import type { AuditRepo } from '../db/audit-repo.ts';
import type { ChatUsersRepo } from '../db/chat-users-repo.ts';
import type { CuratedRepo } from '../db/curated-repo.ts';
import type { HandoffsRepo } from '../db/handoffs-repo.ts';
import type { MentorsRepo } from '../db/mentors-repo.ts';
import type { Session, SessionsRepo } from '../db/sessions-repo.ts';
import type { WorkspaceRepo } from '../db/workspace-repo.ts';
import type { CardsRepo } from '../db/cards-repo.ts';
import type { Logger } from '../logger.ts';

/** Everything a page handler needs, built once per server. */
export interface DashboardDeps {
  app: Pick<App, 'db' | 'config' | 'log' | 'answers' | 'areas'> & { cards?: App['cards'] };
  cards: CardsRepo;
  mentors: MentorsRepo;
  sessions: SessionsRepo;
  audit: AuditRepo;
  workspace: WorkspaceRepo;
  analytics: AnalyticsRepo;
  curated: CuratedRepo;
  handoffs: HandoffsRepo;
  users: ChatUsersRepo;
}

export type Form = Record<string, string | File | (string | File)[]>;

export interface DashboardEnv {
  Variables: {
    session: Session | null;
    log: Logger;
    /** The parsed body of a POST whose CSRF token was checked. */
    form: Form;
  };
}

export type Ctx = Context<DashboardEnv>;

/** Without control characters (PostgreSQL text cannot hold NUL, and none belongs in a form), trimmed, bounded. */
export function clean(text: string, max: number): string {
  return stripInvisible(text).trim().slice(0, max);
}

/** A form field as one trimmed string without control characters (a repeated or file field counts as empty). */
export function field(form: Form, name: string, max = 20_000): string {
  const value = form[name];
  return typeof value === 'string' ? clean(value, max) : '';
}
