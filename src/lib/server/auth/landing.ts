// Where a signed-in user starts when no page was asked for: an advisor's daily work is the
// portfolio of clients, everyone else's is their organisations.
import type { Db } from '../db';
import { holdsAdvisorGrant } from '../portfolio';

export function homePageFor(db: Db, userId: string): '/advisor' | '/orgs' {
	return holdsAdvisorGrant(db, userId) ? '/advisor' : '/orgs';
}
