import { describe, expect, it } from 'vitest';
import { describeAuditEntry, type AuditEntryInput } from './audit-text';

const p2025 = { name: 'Peiljaar 2025', deleted: false };
const entry = (
	e: Partial<AuditEntryInput> & Pick<AuditEntryInput, 'entity' | 'action' | 'changes'>
) => ({ assessment: null, subject: null, ...e }) as AuditEntryInput;

describe('an audit entry as one sentence', () => {
	const cases: [string, AuditEntryInput, 'nl' | 'en', string][] = [
		[
			'a line edit: label, kenmerk, assessment name, old → new',
			entry({
				entity: 'line',
				action: 'update',
				changes: { hours_per_week: [20, 24] },
				assessment: p2025,
				subject: 'mw-12'
			}),
			'nl',
			'Regel mw-12 gewijzigd in Peiljaar 2025: Uren per week 20 → 24'
		],
		[
			'dates as dd-mm-jjjj, numbers in the locale, codes by their labels',
			entry({
				entity: 'line',
				action: 'update',
				changes: {
					start_date: ['2025-01-01', '2025-03-15'],
					end_date: [null, '2025-12-31'],
					ww_months: [6, 7.5],
					position: ['wajong', 'participatiewet-lks'],
					contract: ['regular', 'secondment-flex']
				},
				assessment: p2025,
				subject: 'mw-12'
			}),
			'nl',
			'Regel mw-12 gewijzigd in Peiljaar 2025: Begindatum 01-01-2025 → 15-03-2025; Einddatum leeg → 31-12-2025; Maanden WW vóór indiensttreding 6 → 7,5; Uitgangspositie Wajong → Participatiewet met loonkostensubsidie; Contractvorm Regulier contract → Detachering of flexwerk'
		],
		[
			'the same in English',
			entry({
				entity: 'line',
				action: 'update',
				changes: { hours_per_week: [20, 24.5], contract: ['regular', 'zero-hours'] },
				assessment: p2025,
				subject: 'mw-12'
			}),
			'en',
			'Line mw-12 changed in Peiljaar 2025: Hours per week 20 → 24.5; Contract type Regular contract → Zero-hours contract'
		],
		[
			'a new line lists what it holds, not its empty fields or unticked boxes',
			entry({
				entity: 'line',
				action: 'create',
				changes: {
					line_id: 'mw-7',
					position: 'wajong',
					contract: 'zero-hours',
					hours_per_week: 0,
					start_date: '2024-02-01',
					end_date: null,
					durable: 0,
					further_indication: 1
				},
				assessment: p2025,
				subject: 'mw-7'
			}),
			'nl',
			'Regel mw-7 toegevoegd aan Peiljaar 2025: Kenmerk: mw-7; Uitgangspositie: Wajong; Contractvorm: Nulurencontract; Uren per week: 0; Begindatum: 01-02-2024; Nadere indicatie: ja'
		],
		[
			'finalising stands out and says so',
			entry({
				entity: 'assessment',
				action: 'update',
				changes: { status: ['draft', 'final'] },
				assessment: p2025
			}),
			'nl',
			'Beoordeling Peiljaar 2025 definitief gemaakt'
		],
		[
			'an import names the number of lines before and after',
			entry({
				entity: 'assessment',
				action: 'update',
				changes: { target_group_lines: [3, 1250] },
				assessment: p2025
			}),
			'nl',
			'Doelgroepregels geïmporteerd in Peiljaar 2025: Aantal doelgroepregels 3 → 1.250'
		],
		[
			'organisation figures: fte, yes/no, rung and ruleset by their names',
			entry({
				entity: 'assessment',
				action: 'update',
				changes: {
					total_fte: [12, 12.5],
					plan_adopted: [0, 1],
					plan_target_rung: [null, 'trede-1']
				},
				assessment: p2025
			}),
			'nl',
			'Beoordeling Peiljaar 2025 gewijzigd: Totaal fte in het peiljaar 12,0 → 12,5; Vastgesteld door bestuur of directie nee → ja; Doel van het plan leeg → trede 1'
		],
		[
			'a deleted assessment is still named',
			entry({
				entity: 'purchase',
				action: 'delete',
				changes: { supplier: 'Groenwerk', kind: 'sw-company', amount: 48500 },
				assessment: { name: 'Scenario B', deleted: true },
				subject: 'Groenwerk'
			}),
			'nl',
			'Inkoop bij Groenwerk verwijderd uit Scenario B (verwijderd): Leverancier: Groenwerk; Soort leverancier: SW-bedrijf; Inkoopbedrag (€): 48.500'
		],
		[
			'nothing left to name reads sensibly',
			entry({ entity: 'evidence', action: 'update', changes: { holder: ['HR', 'P&O'] } }),
			'nl',
			'Bewijsstuk (niet meer bekend) gewijzigd in een verwijderde beoordeling: Beheerd door (afdeling of functie) HR → P&O'
		],
		[
			'a criterion by its name, its status in words',
			entry({
				entity: 'criterion',
				action: 'update',
				changes: { status: ['unknown', 'partial'] },
				assessment: p2025,
				subject: 'guidance'
			}),
			'nl',
			'Criterium Begeleiding gewijzigd in Peiljaar 2025: Status onbekend → deels voldaan'
		],
		[
			'evidence names its criterion',
			entry({
				entity: 'evidence',
				action: 'create',
				changes: {
					criterion: 'suitableWork',
					document: 'Functieprofielen',
					holder: null,
					valid_until: '2026-06-30'
				},
				assessment: p2025,
				subject: 'Functieprofielen'
			}),
			'nl',
			'Bewijsstuk Functieprofielen toegevoegd aan Peiljaar 2025: Criterium: Passend werk; Document: Functieprofielen; Geldig tot: 30-06-2026'
		],
		[
			'access by e-mail and role name',
			entry({
				entity: 'access',
				action: 'update',
				changes: { role: ['viewer', 'advisor'] },
				subject: 'bob@example.nl'
			}),
			'nl',
			'Rol van bob@example.nl gewijzigd: Rol Lezer → Adviseur'
		],
		[
			'a certificate by its body, its rung by name',
			entry({
				entity: 'certificate',
				action: 'create',
				changes: {
					rung: 'trede-2',
					pso30plus: 0,
					issued_on: '2024-05-01',
					expires_on: '2026-04-30',
					certifying_body: 'Kiwa',
					certificate_number: null,
					note: null
				},
				subject: 'Kiwa'
			}),
			'nl',
			'Certificaat van Kiwa vastgelegd: Trede op het certificaat: trede 2; Datum van afgifte: 01-05-2024; Geldig tot en met: 30-04-2026; Certificerende instelling: Kiwa'
		],
		[
			'an organisation rename',
			entry({
				entity: 'organisation',
				action: 'update',
				changes: { name: ['Groen BV', 'Blauw BV'] },
				subject: 'Blauw BV'
			}),
			'nl',
			'Organisatiegegevens gewijzigd: Naam organisatie Groen BV → Blauw BV'
		],
		[
			'a field this version does not know is not shown by its column name',
			entry({
				entity: 'line',
				action: 'update',
				changes: { shoe_size: [41, 42] },
				assessment: p2025,
				subject: 'mw-1'
			}),
			'nl',
			'Regel mw-1 gewijzigd in Peiljaar 2025: ander gegeven 41 → 42'
		],
		[
			'a long note is shortened',
			entry({
				entity: 'criterion',
				action: 'update',
				changes: { note: [null, 'x'.repeat(300)] },
				assessment: p2025,
				subject: 'integration'
			}),
			'nl',
			`Criterium Integratie gewijzigd in Peiljaar 2025: Toelichting leeg → ${'x'.repeat(119)}…`
		],
		[
			'a new tender: its name, the buyer policy by title, the scope by its label, dates',
			entry({
				entity: 'tender',
				action: 'create',
				changes: {
					name: 'Onderhoud groen',
					policy_id: 'nl-noordoost-brabant',
					contract_value: 2000000,
					scope: 'services',
					labour_share_pct: null,
					start_on: '2027-01-01',
					end_on: '2028-12-31',
					pct_override: 5,
					notes: null
				},
				subject: 'Onderhoud groen'
			}),
			'nl',
			'Aanbesteding ‘Onderhoud groen’ toegevoegd: Naam van de opdracht: Onderhoud groen; Beleid van de opdrachtgever: Regionaal Social Return-beleid Noordoost-Brabant; Opdrachtwaarde (€, excl. btw): 2.000.000; Soort opdracht: Diensten; Begin opdracht: 01-01-2027; Einde opdracht: 31-12-2028; Social Return-percentage uit de aanbestedingsstukken (%): 5'
		],
		[
			'a tender edit in English; an own policy is named as such, never by its id',
			entry({
				entity: 'tender',
				action: 'update',
				changes: {
					contract_value: [2000000, 2500000],
					scope: ['services', 'works'],
					policy_id: ['nl-twente', 'custom:0b6f9c1e-4d1a-4f7e-9a51-1f0c2a7d3e11']
				},
				subject: 'Onderhoud groen'
			}),
			'en',
			"Tender ‘Onderhoud groen’ changed: Contract value (€, excl. VAT) 2,000,000 → 2,500,000; Type of contract Services → Works; Buyer's policy Twents SROI-beleid 2017 → own policy"
		],
		[
			'an own Social Return policy added',
			entry({
				entity: 'sr-policy',
				action: 'create',
				changes: { title: 'Twente, eigen versie', version: '2025' },
				subject: 'Twente, eigen versie'
			}),
			'nl',
			'Social Return-beleid ‘Twente, eigen versie’ toegevoegd: Naam van het beleid: Twente, eigen versie; Versie: 2025'
		]
	];

	it.each(cases)('%s', (_name, input, lang, expected) => {
		expect(describeAuditEntry(input, lang).sentence).toBe(expected);
	});

	it.each([
		[
			'finalised',
			entry({ entity: 'assessment', action: 'update', changes: { status: ['draft', 'final'] } })
		],
		[
			'import',
			entry({ entity: 'assessment', action: 'update', changes: { target_group_lines: [0, 4] } })
		],
		[null, entry({ entity: 'assessment', action: 'update', changes: { name: ['a', 'b'] } })],
		[null, entry({ entity: 'line', action: 'create', changes: { line_id: 'x' } })]
	])('marks %s', (marker, input) => {
		expect(describeAuditEntry(input, 'nl').marker).toBe(marker);
	});
});
