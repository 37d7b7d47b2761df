// The Doelgroep and Inkoop lists keep their search, filters, page and page size in the URL (a
// GET form and links), so they work without JavaScript and a view can be shared. Unknown or
// outdated values fall back to the defaults instead of failing: an old bookmark still shows a
// page. The same serialisation builds every link back to the list (paging, cancel, redirects).
import { contractCodes, positionCodes } from '$lib/pso/input-codes';
import { z } from 'zod';

export const pageSizes = [25, 50, 100, 200] as const;
export const defaultPageSize = 50;

const common = {
	q: z.string().trim().max(100).catch(''),
	page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
	size: z.coerce
		.number()
		.int()
		.refine((n) => (pageSizes as readonly number[]).includes(n))
		.catch(defaultPageSize)
};

const lineQuerySchema = z.object({
	...common,
	position: z.enum(positionCodes).nullable().catch(null),
	contract: z.enum(contractCodes).nullable().catch(null),
	attention: z
		.literal('1')
		.nullable()
		.catch(null)
		.transform((v) => v === '1')
});

const purchaseQuerySchema = z.object(common);

export type LineQuery = z.infer<typeof lineQuerySchema>;
export type PurchaseQuery = z.infer<typeof purchaseQuerySchema>;

function present(params: URLSearchParams): Record<string, string> {
	return Object.fromEntries([...params].filter(([, v]) => v !== ''));
}

export function parseLineQuery(params: URLSearchParams): LineQuery {
	return lineQuerySchema.parse({
		position: null,
		contract: null,
		attention: null,
		...present(params)
	});
}

export function parsePurchaseQuery(params: URLSearchParams): PurchaseQuery {
	return purchaseQuerySchema.parse(present(params));
}

/**
 * The query string of a list view (`?q=…&page=2`, or '' for the defaults), leaving out what is
 * at its default so links stay short.
 */
export function listSearch(query: LineQuery | PurchaseQuery): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if ('position' in query && query.position) params.set('position', query.position);
	if ('contract' in query && query.contract) params.set('contract', query.contract);
	if ('attention' in query && query.attention) params.set('attention', '1');
	if (query.size !== defaultPageSize) params.set('size', String(query.size));
	if (query.page > 1) params.set('page', String(query.page));
	const text = params.toString();
	return text ? `?${text}` : '';
}
