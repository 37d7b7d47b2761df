// The plan van aanpak (issue 13 item 4) as data: what the printable page shows and what
// plan.json exports beside the `sr-tender/1` file and its `sr-result/1`.
import type { PolicyValuation, PsoBasis } from '$lib/server/tender-valuation';
import { tenderFile } from '$lib/server/tender-valuation';
import type { Tender } from '$lib/server/tenders';

export function planOf(
	organisation: { name: string; kvk: string },
	tender: Tender,
	basis: PsoBasis,
	valuation: PolicyValuation,
	preparedOn: string
) {
	const { result } = valuation;
	return {
		tender: tenderFile(tender, basis, tender.policyId),
		result,
		plan: {
			format: 'sr-plan/1' as const,
			preparedOn,
			organisation: { name: organisation.name, kvk: organisation.kvk },
			policy: valuation.policy,
			pso:
				basis.kind === 'none'
					? null
					: { ...basis.certificate, estimate: basis.kind === 'estimate', credit: result.credit },
			buildingBlocks: result.fill.map((entry) => ({
				...entry,
				label: valuation.blocks.find((b) => b.code === entry.block)?.label ?? entry.block,
				sourceId: valuation.blocks.find((b) => b.code === entry.block)?.sourceId ?? null
			})),
			purchases: valuation.purchases,
			timeline: { start: tender.start, end: tender.end, recertifyBy: result.recertifyBy },
			sources: valuation.sources
		}
	};
}

export type PlanDocument = ReturnType<typeof planOf>;
