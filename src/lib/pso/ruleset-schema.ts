// A ruleset is the data of one PSO handbook version (contract §1): weights, counting
// windows, norms, cap and eligibility minimums. Every value carries `confirmed` and the
// source ids (pso-method.md "Sources") it rests on, so unconfirmed values can be shown as
// such (contract §5). Shipped rulesets live in ./rulesets/*.json; users may load their own.
import { z } from 'zod';
import { contractCodes, lineDateFields, positionCodes } from './input-codes';
import { normBands } from './norm-bands';
import {
	addCodedIssue,
	codeField,
	isoDateField,
	literalField,
	numberField,
	textField
} from './schema-fields';

const provenance = {
	/** false when no source confirms the value for this version (pso-method [I]/[NF]). */
	confirmed: z.boolean(),
	/** Source ids such as "S16" (pso-method.md "Sources"); empty when the value is our choice. */
	source: z.array(z.string().regex(/^S\d+$/, 'must be a source id such as "S16"'))
};

function valued<T extends z.ZodType>(value: T) {
	return z.strictObject({ value, ...provenance });
}

const weight = valued(numberField({ min: 0, max: 1 }));
// Upper bounds far beyond any handbook (3 and 5 years, 6 WW months, 2 FTE, 12 months), so
// an uploaded file with absurd values (a window of 1e308 years) is refused at upload
// instead of reaching the date arithmetic and the re-scoring (issue 8).
const MAX_YEARS = 50;
const MAX_MONTHS = 600;
const MAX_MIN_TOTAL_FTE = 1_000_000;
const wholeYears = numberField({ integer: true, min: 1, max: MAX_YEARS });
const dateFieldName = codeField(lineDateFields, 'invalid');

/** Counting windows (contract §4). "N years from D" runs through the day before D + N years. */
const windowSchema = z.discriminatedUnion('kind', [
	/** Counts without time limit. */
	z.strictObject({ kind: z.literal('none'), ...provenance }),
	/** N years from `inflow` (default: the line's start). */
	z.strictObject({ kind: z.literal('years-from-inflow'), years: wholeYears, ...provenance }),
	/** Until the later of the date field and N years from `inflow` (participatiewet-lks). */
	z.strictObject({
		kind: z.literal('years-from-inflow-or-until'),
		years: wholeYears,
		until: dateFieldName,
		...provenance
	}),
	/** Until the date field, inclusive; no end while the date is absent (wsw). */
	z.strictObject({ kind: z.literal('until'), until: dateFieldName, ...provenance }),
	/** N years from the date field; no window while the date is absent (vso-pro). */
	z.strictObject({
		kind: z.literal('years-after'),
		after: dateFieldName,
		years: wholeYears,
		...provenance
	})
]);
export type CountingWindow = z.infer<typeof windowSchema>;

const positionPso30plus = z.strictObject({
	rule: codeField(
		['qualifies', 'needs-further-indication', 'excluded', 'excluded-on-placement'],
		'invalid'
	),
	...provenance
});

const availablePosition = z.strictObject({
	available: z.literal(true),
	weight,
	/** Replaces `weight` on these contracts (vso-pro on a placement before 1.7). */
	weightByContract: z.partialRecord(z.enum(contractCodes), weight).optional(),
	window: windowSchema,
	/** Minimum `wwMonths` before hire for the line to count (ww). */
	minWwMonths: valued(numberField({ min: 0, max: MAX_MONTHS })).optional(),
	pso30plus: positionPso30plus
});
export type PositionRule = z.infer<typeof availablePosition>;

const unavailablePosition = z.strictObject({
	available: z.literal(false),
	note: textField(500),
	...provenance
});

const contractRule = z.strictObject({
	weight,
	/** Placements count at most N years from `start` (contract §4); null = no limit. */
	maxYearsFromStart: valued(wholeYears).nullable(),
	pso30plus: z.strictObject({
		rule: codeField(['qualifies', 'durable-only', 'never'], 'invalid'),
		...provenance
	})
});
export type ContractRule = z.infer<typeof contractRule>;

const pct = numberField({ min: 0, max: 100 });

const normRow = z.strictObject({
	size: numberField({ integer: true, min: 2, max: 105 }),
	basistrede: pct.nullable(),
	trede1: pct,
	trede2: pct,
	trede3: pct,
	...provenance
});
export type NormRow = z.infer<typeof normRow>;

const normColumns = normBands.map((band) => band.key);

const normsSchema = z
	.strictObject({
		/** Whether this version has a basistrede at all (from 2.1, source S13). */
		basistrede: z.strictObject({
			exists: z.boolean(),
			/**
			 * Contract §6.2: a size without a basistrede number gets a modelled one
			 * ("probit-log", the default when absent) or stays unknown ("none").
			 */
			model: codeField(['probit-log', 'none'], 'invalid').optional(),
			...provenance
		}),
		/** Rows by ascending size; must include 2 and 105 (the table's ends, contract §3.8). */
		table: z.array(normRow).min(1)
	})
	.superRefine((norms, ctx) => {
		const { table } = norms;
		if (table[0]?.size !== 2 || table[table.length - 1]?.size !== 105) {
			addCodedIssue(ctx, 'invalid', 'must start at size 2 and end at size 105', ['table']);
		}
		table.forEach((row, index) => {
			const previous = index > 0 ? table[index - 1] : undefined;
			if (previous !== undefined && row.size <= previous.size) {
				addCodedIssue(ctx, 'invalid', 'sizes must be unique and ascending', [
					'table',
					index,
					'size'
				]);
			}
			if (!(row.trede1 <= row.trede2 && row.trede2 <= row.trede3)) {
				addCodedIssue(ctx, 'invalid', 'needs trede1 <= trede2 <= trede3', ['table', index]);
			}
			if (row.basistrede !== null && !norms.basistrede.exists) {
				addCodedIssue(ctx, 'invalid', 'this ruleset has no basistrede', [
					'table',
					index,
					'basistrede'
				]);
			}
			if (row.basistrede !== null && row.basistrede > row.trede1) {
				addCodedIssue(ctx, 'invalid', 'must not exceed trede1', ['table', index, 'basistrede']);
			}
			// Norms fall with size (contract §3.9); the fallback and the solver rely on it.
			for (const column of normColumns) {
				const here = row[column];
				const before = previous?.[column];
				if (here !== null && before !== undefined && before !== null && here > before) {
					addCodedIssue(ctx, 'invalid', 'norms must not rise with size', ['table', index, column]);
				}
			}
		});
	});

export const rulesetSchema = z.strictObject({
	format: literalField('pso-ruleset/1', 'unknown-format'),
	/** Handbook version, e.g. "2.1"; stored with every assessment. */
	id: z.string().regex(/^[A-Za-z0-9._-]{1,20}$/, 'must be 1-20 letters, digits, ".", "_" or "-"'),
	label: textField(100),
	/** New handbooks take effect every 1 April (pso-method §10, sources S8, S11, S12). */
	effectiveFrom: isoDateField(),
	sources: provenance.source,
	notes: z.array(textField(500)),
	/** Absent positions are not in this version (warning `position-not-in-ruleset`). */
	positions: z.partialRecord(
		z.enum(positionCodes),
		z.discriminatedUnion('available', [availablePosition, unavailablePosition])
	),
	contracts: z.strictObject({
		regular: contractRule,
		supported: contractRule,
		'secondment-flex': contractRule,
		'zero-hours': contractRule,
		placement: contractRule,
		trial: contractRule
	}),
	norms: normsSchema,
	eligibility: z.strictObject({
		minTotalFte: valued(numberField({ positive: true, max: MAX_MIN_TOTAL_FTE })),
		minMonthsActive: valued(numberField({ min: 0, max: MAX_MONTHS }))
	}),
	indirect: z.strictObject({
		/** Indirect may be at most this share of the total (0.8, contract §3.5). */
		maxShareOfTotal: valued(numberField({ min: 0, max: 0.99 }))
	}),
	pso30plus: z.strictObject({
		minSharePct: valued(pct),
		/**
		 * Contract §6.3, from handbook 1.7: a line needs `minHoursPerWeek`, a flex line
		 * `flexMinMonths` of service on the period end, and qualifying persons on a regular
		 * contract must be at least `regularMinSharePct` of the headcount (a fifth of 30 %).
		 * Absent (1.6 and older user rulesets): none of these apply.
		 */
		conditions: z
			.strictObject({
				minHoursPerWeek: numberField({ min: 0, max: 60 }),
				flexMinMonths: numberField({ integer: true, min: 0, max: MAX_MONTHS }),
				regularMinSharePct: pct,
				...provenance
			})
			.optional()
	}),
	/** Informational: the engine follows contract §3.13 for the route itself. */
	aspirant: z.strictObject({
		validityYears: valued(wholeYears),
		maxExtensions: valued(numberField({ integer: true, min: 0, max: MAX_YEARS }))
	})
});

export type Ruleset = z.infer<typeof rulesetSchema>;
