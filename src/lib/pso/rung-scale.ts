// One scale for certificates and estimates, lowest first. Aspirant status sits below the
// basistrede: it is a status for organisations still working towards trede 1 (pso-method §8).
// SQL that compares rungs is generated from these tables (src/lib/server/rung-level-sql.ts),
// so the database and the code cannot order rungs differently.
import type { CertifiedRung } from './certified-rung';
import type { RungCode } from './input-codes';

export const certifiedLevel: Readonly<Record<CertifiedRung, number>> = {
	aspirant: 1,
	basistrede: 2,
	'trede-1': 3,
	'trede-2': 4,
	'trede-3': 5
};

/** An estimate below the basistrede has no level of its own (0). */
export const estimatedLevel: Readonly<Record<RungCode, number>> = {
	'not-eligible': 0,
	none: 0,
	basistrede: certifiedLevel.basistrede,
	'trede-1': certifiedLevel['trede-1'],
	'trede-2': certifiedLevel['trede-2'],
	'trede-3': certifiedLevel['trede-3']
};

/** An estimated rung on the certificate scale, raised to aspirant when that status is met. */
export function estimateLevelOf(rung: RungCode, aspirant: boolean): number {
	return Math.max(estimatedLevel[rung], aspirant ? certifiedLevel.aspirant : 0);
}
