import { getDb } from '$lib/server/db';
import { valueUnder } from '$lib/server/tender-valuation';
import { error } from '@sveltejs/kit';
import { loadTender } from '../tender-view';
import { planOf } from './plan-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { organisation, tender, basis, today } = loadTender(locals, params);
	const valuation = valueUnder(getDb(), tender, basis, tender.policyId);
	if (!valuation) error(404, { message: 'Not found' });
	return {
		tender,
		basis,
		valuation,
		document: planOf(organisation, tender, basis, valuation, today)
	};
};
