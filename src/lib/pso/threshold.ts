// Every comparison with a norm, a 30 % share or the regular fifth of PSO 30+ is
// `value >= threshold` with an absolute tolerance of 1e-9 (contract §3.10, §6.4), so 3.7
// computed as 3.6999999999999997 still reaches a 3.7 norm. Eligibility minimums and
// `wwMonths` compare exactly (§6.4). Numbers are rounded only in text.
export const COMPARISON_TOLERANCE = 1e-9;

export function reaches(value: number, threshold: number): boolean {
	return value >= threshold - COMPARISON_TOLERANCE;
}
