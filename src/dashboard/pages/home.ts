import { allowed } from '../access.ts';
import type { DashboardDeps } from '../context.ts';
import type { Router } from '../router.ts';

/** The start page sends each role to where its work is. */
export function registerHome(r: Router, _deps: DashboardDeps): void {
  r.get('/', 'home', (c) => {
    const role = c.get('session')!.mentor.role;
    return c.redirect(allowed('handoffs', role) ? '/antrian' : '/analitik', 303);
  });
}
