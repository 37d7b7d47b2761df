import type { TargetGroupLine } from '../../pso/assessment-schema';
import type { Lang } from '../../pso/lang';
import { lineFields, type LineFieldKind } from '../../pso/line-fields';
import { buildLookup, toLookupKey } from '../lookup-key';

export type TargetGroupField = keyof TargetGroupLine;

/** How a cell is read: the kind of the field in the one field list (pso/line-fields.ts). */
export type ColumnKind = LineFieldKind;

interface ColumnSpec {
	/** The column must be in the file (its cells may still be empty where the schema allows). */
	readonly required: boolean;
	/**
	 * The header a template or export in that language writes. Part of the file format (the
	 * import recognises both), not UI text, so it lives here rather than in the catalogue.
	 */
	readonly header: Readonly<Record<Lang, string>>;
	/** Further headers accepted on import (case, spaces, punctuation and accents ignored). */
	readonly aliases: readonly string[];
}

/**
 * The target-group CSV's columns: whether required, and their headers. The field name itself
 * ("hoursPerWeek") and both template headers are always accepted too.
 *
 * `end` is optional like the other dates: a file without it has no end dates (everyone is
 * still employed), which is what a list of current staff means (issue 11). A misspelt end
 * header is not silent: it is reported as an unknown column.
 */
const columnSpecs = {
	id: {
		required: true,
		header: { nl: 'kenmerk', en: 'id' },
		aliases: ['code', 'pseudoniem', 'pseudonym', 'referentie', 'reference']
	},
	position: {
		required: true,
		header: { nl: 'uitgangspositie', en: 'position' },
		aliases: ['positie', 'doelgroep', 'starting position', 'target group']
	},
	contract: {
		required: true,
		header: { nl: 'contract', en: 'contract' },
		aliases: ['contracttype', 'type contract', 'soort contract', 'contractsoort']
	},
	hoursPerWeek: {
		required: true,
		header: { nl: 'uren per week', en: 'hours per week' },
		aliases: ['uren', 'hours', 'uren p/w', 'contracturen', 'contract hours', 'weekly hours']
	},
	start: {
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
		required: false,
		header: { nl: 'einddatum', en: 'end' },
		aliases: ['einde', 'eind', 'uit dienst', 'datum uit dienst', 'end date']
	},
	inflow: {
		required: false,
		header: { nl: 'instroom', en: 'inflow' },
		aliases: ['instroomdatum', 'datum instroom', 'inflow date']
	},
	lksUntil: {
		required: false,
		header: { nl: 'lks tot', en: 'lks until' },
		aliases: ['einde lks', 'lks einddatum', 'lks end']
	},
	indicationUntil: {
		required: false,
		header: { nl: 'indicatie tot', en: 'indication until' },
		aliases: ['einde indicatie', 'wsw-indicatie tot', 'indication end']
	},
	schoolLeft: {
		required: false,
		header: { nl: 'school verlaten', en: 'school left' },
		aliases: ['datum school verlaten', 'schoolverlater sinds', 'left school']
	},
	wwMonths: {
		required: false,
		header: { nl: 'ww maanden', en: 'ww months' },
		aliases: ['maanden ww', 'months ww', 'months on ww']
	},
	furtherIndication: {
		required: false,
		header: { nl: 'nadere indicatie', en: 'further indication' },
		aliases: []
	},
	durable: {
		required: false,
		header: { nl: 'duurzaam', en: 'durable' },
		aliases: ['duurzaam contract', 'durable contract']
	}
} as const satisfies Record<TargetGroupField, ColumnSpec>;

/** The fields in template order: the order of the field list. */
export const targetGroupFields: readonly TargetGroupField[] = lineFields.map((f) => f.key);

type Column = ColumnSpec & { readonly kind: ColumnKind };

/** Each column with the kind of value its cells hold, from the field list. */
export const targetGroupColumns = Object.fromEntries(
	lineFields.map((f): [TargetGroupField, Column] => [
		f.key,
		{ ...columnSpecs[f.key], kind: f.kind }
	])
) as Record<TargetGroupField, Column>;

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
