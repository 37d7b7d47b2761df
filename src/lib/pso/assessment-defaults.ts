// Defaults and limits of the assessment file (contract §2), in one place so the schema,
// the engine and the docs agree.

/** Full-time hours per week when the file gives no CAO norm (contract §2, source S16). */
export const DEFAULT_FULLTIME_HOURS = 40;

/** Months with >= 2 FTE assumed when the file does not say (contract §2). */
export const DEFAULT_MONTHS_ACTIVE = 12;

/** The peiljaar is 1..366 days (contract §2). */
export const MAX_PERIOD_DAYS = 366;

/** `hoursPerWeek` must lie in 0..60 (contract §2). */
export const MAX_HOURS_PER_WEEK = 60;

/** A CAO full-time norm above 60 hours is not plausible (same bound as hoursPerWeek). */
export const MAX_FULLTIME_HOURS = 60;

/**
 * Largest amount, FTE, turnover or count accepted (contract §6.4, §6.6 item 9; exactly 1e9
 * is allowed): far above any real organisation, and low enough that no sum or product of
 * inputs can reach Infinity and every count fits SQLite's 64-bit integers.
 */
export const MAX_QUANTITY = 1e9;

/** Longest pseudonymous line id, name and free-text note we accept (the app stores them). */
export const MAX_ID_LENGTH = 64;
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 4000;

/**
 * Most target-group lines one assessment may hold, however they arrive (form, CSV, JSON
 * import): a bound on the work one request can cause, far above any real organisation.
 */
export const MAX_LINES_PER_ASSESSMENT = 50_000;

export interface ReferenceSupplier {
	/** Supplier turnover per supplier FTE, in euros. */
	turnoverPerFte: number;
	/** Supplier's direct social contribution, in percent. */
	directPct: number;
}

/** Used by the next-rung plan when there are no purchases (contract §3.15). */
export const DEFAULT_REFERENCE_SUPPLIER: ReferenceSupplier = {
	turnoverPerFte: 80_000,
	directPct: 30
};
