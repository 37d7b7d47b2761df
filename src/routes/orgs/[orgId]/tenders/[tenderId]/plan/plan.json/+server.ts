import { getDb } from '$lib/server/db';
import { valueUnder } from '$lib/server/tender-valuation';
import { error, json } from '@sveltejs/kit';
import { loadTender } from '../../tender-view';
import { planOf } from '../plan-data';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	const { organisation, tender, basis, today } = loadTender(locals, params);
	const valuation = valueUnder(getDb(), tender, basis, tender.policyId);
	if (!valuation) error(404, { message: 'Not found' });
	const slug = tender.name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'tender';
	return json(planOf(organisation, tender, basis, valuation, today), {
		headers: {
			'content-disposition': `attachment; filename="plan-van-aanpak-${slug}.json"`,
			'cache-control': 'no-store'
		}
	});
};
