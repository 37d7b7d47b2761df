import { parsePortfolioQuery } from './portfolio-params';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listPortfolio } from '$lib/server/portfolio';
import { portfolioTenders } from '$lib/server/portfolio-tenders';
import { todayIso } from '$lib/server/today';
import type { Actions, PageServerLoad } from './$types';
import { answerClientInvitation, pendingClientInvitations } from './client-invitations';

// Open to every signed-in user: the list holds only organisations where this user's own
// membership is 'advisor', so someone without such grants simply sees an empty portfolio.
export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const query = parsePortfolioQuery(url.searchParams);
	const db = getDb();
	const today = todayIso();
	const portfolio = listPortfolio(db, user.id, today, query);
	// Only the page's rows (at most 25 clients) are valued, never the whole portfolio.
	const tenders = Object.fromEntries(portfolioTenders(db, portfolio.rows, today));
	return { query, ...portfolio, tenders, invitations: pendingClientInvitations(user) };
};

export const actions = {
	acceptInvitation: (event) => answerClientInvitation(event, 'accept'),
	declineInvitation: (event) => answerClientInvitation(event, 'decline')
} satisfies Actions;
