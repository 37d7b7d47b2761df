// A valid assessment as plain JSON, for tests that break it in ways the types forbid.
import { assessment, line } from './assessment-builder';

export type Json = Record<string, unknown>;

/** A valid file as plain JSON, so tests can break it in ways the types forbid. */
export function validJson(): Json {
	return JSON.parse(
		JSON.stringify(
			assessment({
				ruleset: '2.1',
				organisation: { name: 'Voorbeeld BV', fulltimeHours: 40, monthsActive: 36, headcount: 55 },
				targetGroup: [
					line({ id: 'a', start: '2020-03-01' }),
					line({ id: 'b', position: 'ww', wwMonths: 8, hoursPerWeek: 32 })
				],
				purchases: [
					{
						supplier: 'Groen BV',
						kind: 'pso-certified',
						amount: 50_000,
						supplierTurnover: 2_000_000,
						supplierFte: 40,
						supplierDirectPct: 30
					}
				],
				actionPlan: { adopted: true, smart: true, started: true, targetRung: 'trede-1' }
			})
		)
	) as Json;
}

export function at(json: Json, path: (string | number)[]): Json {
	let value: unknown = json;
	for (const key of path) value = (value as Record<string | number, unknown>)[key];
	return value as Json;
}

export const lineAt = (json: Json, index: number) => at(json, ['targetGroup', index]);
