import type { TargetGroupLine } from '../../pso/assessment-schema';
import type { LocalizedText } from '../localized-text';
import { buildLookup, toLookupKey } from '../lookup-key';

export type TargetGroupField = keyof TargetGroupLine;

export type ColumnKind = 'text' | 'position' | 'contract' | 'decimal' | 'date' | 'boolean';

interface ColumnSpec {
	readonly kind: ColumnKind;
	/** The column must be in the file (its cells may still be empty where the schema allows). */
	readonly required: boolean;
	/** The header a template or export in that language writes. */
	readonly header: LocalizedText;
	/** Further headers accepted on import (case, spaces, punctuation and accents ignored). */
	readonly aliases: readonly string[];
}

/**
 * The columns of the target-group CSV, in template order. The field name itself
 * ("hoursPerWeek") and both template headers are always accepted too.
 *
 * `end` is a required column although an empty cell is fine ("still employed"): a
 * forgotten column must not silently turn everyone into a current employee.
 */
export const targetGroupColumns = {
	id: {
		kind: 'text',
		required: true,
		header: { nl: 'kenmerk', en: 'id' },
		aliases: ['code', 'pseudoniem', 'pseudonym', 'referentie', 'reference']
	},
	position: {
		kind: 'position',
		required: true,
		header: { nl: 'uitgangspositie', en: 'position' },
		aliases: ['positie', 'doelgroep', 'starting position', 'target group']
	},
	contract: {
		kind: 'contract',
		required: true,
		header: { nl: 'contract', en: 'contract' },
		aliases: ['contracttype', 'type contract', 'soort contract', 'contractsoort']
	},
	hoursPerWeek: {
		kind: 'decimal',
		required: true,
		header: { nl: 'uren per week', en: 'hours per week' },
		aliases: ['uren', 'hours', 'uren p/w', 'contracturen', 'contract hours', 'weekly hours']
	},
	start: {
		kind: 'date',
		required: true,
		header: { nl: 'begindatum', en: 'start' },
		aliases: [
			'in dienst',
			'startdatum',
			'begin',
			'datum in dienst',
			'indiensttreding',
			'start date'
		]
	},
	end: {
		kind: 'date',
		required: true,
		header: { nl: 'einddatum', en: 'end' },
		aliases: ['einde', 'eind', 'uit dienst', 'datum uit dienst', 'end date']
	},
	inflow: {
		kind: 'date',
		required: false,
		header: { nl: 'instroom', en: 'inflow' },
		aliases: ['instroomdatum', 'datum instroom', 'inflow date']
	},
	lksUntil: {
		kind: 'date',
		required: false,
		header: { nl: 'lks tot', en: 'lks until' },
		aliases: ['einde lks', 'lks einddatum', 'lks end']
	},
	indicationUntil: {
		kind: 'date',
		required: false,
		header: { nl: 'indicatie tot', en: 'indication until' },
		aliases: ['einde indicatie', 'wsw-indicatie tot', 'indication end']
	},
	schoolLeft: {
		kind: 'date',
		required: false,
		header: { nl: 'school verlaten', en: 'school left' },
		aliases: ['datum school verlaten', 'schoolverlater sinds', 'left school']
	},
	wwMonths: {
		kind: 'decimal',
		required: false,
		header: { nl: 'ww maanden', en: 'ww months' },
		aliases: ['maanden ww', 'months ww', 'months on ww']
	},
	furtherIndication: {
		kind: 'boolean',
		required: false,
		header: { nl: 'nadere indicatie', en: 'further indication' },
		aliases: []
	},
	durable: {
		kind: 'boolean',
		required: false,
		header: { nl: 'duurzaam', en: 'durable' },
		aliases: ['duurzaam contract', 'durable contract']
	}
} as const satisfies Record<TargetGroupField, ColumnSpec>;

export const targetGroupFields = Object.keys(targetGroupColumns) as TargetGroupField[];

const fieldByHeader = buildLookup(
	targetGroupFields.map((field) => {
		const { header, aliases } = targetGroupColumns[field];
		return [field, [field, header.nl, header.en, ...aliases]] as const;
	})
);

/** The field a header names, or `undefined` for an unknown column. */
export function fieldForHeader(header: string): TargetGroupField | undefined {
	return fieldByHeader.get(toLookupKey(header));
}
