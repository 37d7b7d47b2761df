// Every comparison with a norm or a share is `value >= threshold` with an absolute
// tolerance of 1e-9 (contract §3.10), so 3.7 computed as 3.6999999999999997 still reaches
// a 3.7 norm. Numbers are rounded only in text.
export const COMPARISON_TOLERANCE = 1e-9;

export function reaches(value: number, threshold: number): boolean {
	return value >= threshold - COMPARISON_TOLERANCE;
}
