import type { Role } from '../db/mentors-repo.ts';

/**
 * Who may use which part of the workspace. Mentors read personal conversations; officials see only
 * aggregates and the directory; admins manage people and can do what mentors do.
 */
export const ACCESS = {
  home: ['admin', 'mentor', 'official'],
  conversations: ['admin', 'mentor'],
  handoffs: ['admin', 'mentor'],
  teach: ['admin', 'mentor'],
  knowledge: ['admin', 'mentor'],
  export: ['admin', 'mentor'],
  analytics: ['admin', 'mentor', 'official'],
  gaps: ['admin', 'mentor'],
  directory: ['admin', 'mentor', 'official'],
  people: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof ACCESS;

export function allowed(area: Area, role: Role | undefined): boolean {
  return role !== undefined && (ACCESS[area] as readonly Role[]).includes(role);
}

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Admin',
  mentor: 'Mentor',
  official: 'Pejabat',
};
