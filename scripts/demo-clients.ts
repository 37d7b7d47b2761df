import type { ContractCode, PositionCode, Purchase } from '../src/lib/pso/assessment-schema';
import type { Db } from '../src/lib/server/db';

export interface DemoClient {
	name: string;
	kvk: string;
	sector: string;
	prefix: string;
	ownerEmail: string;
	/** Per reference year 2022–2025. */
	fte: number[];
	headcount: number[];
	lines: number[];
	lineKinds: { position: PositionCode; contract: ContractCode; hours: number; further?: boolean }[];
	purchases?: Purchase;
	/** Extra records after the assessments (certificates), given the seeding day. */
	afterSeed?: (db: Db, organisationId: string, ownerId: string) => void;
}

/** Three clients of different size: one buys socially, one is near PSO 30+, one must renew soon. */
export function demoClients(_today: Date): DemoClient[] {
	return [
		{
			name: 'Groenvoorziening De Linde BV',
			kvk: '51234567',
			sector: 'Groenvoorziening',
			prefix: 'linde',
			ownerEmail: 'eigenaar@linde.demo.pso-readiness.nl',
			fte: [42, 44, 46, 48],
			headcount: [50, 52, 55, 57],
			lines: [1, 2, 2, 3],
			lineKinds: [
				{ position: 'wajong', contract: 'regular', hours: 32 },
				{ position: 'participatiewet', contract: 'regular', hours: 24 },
				{ position: 'ww', contract: 'secondment-flex', hours: 38 }
			],
			purchases: {
				supplier: 'Sociaal Werkbedrijf Maas',
				kind: 'sw-company',
				amount: 40000,
				supplierTurnover: 3000000,
				supplierFte: 120,
				supplierDirectPct: 45
			}
		},
		{
			name: 'Schoonmaak Samen BV',
			kvk: '62345678',
			sector: 'Schoonmaak',
			prefix: 'samen',
			ownerEmail: 'eigenaar@samen.demo.pso-readiness.nl',
			fte: [10, 11, 12, 12],
			headcount: [13, 14, 15, 15],
			lines: [2, 3, 4, 4],
			lineKinds: [
				{ position: 'doelgroepregister', contract: 'regular', hours: 30 },
				{ position: 'wia-wao', contract: 'regular', hours: 28 },
				{ position: 'participatiewet-lks', contract: 'regular', hours: 32, further: true },
				{ position: 'wajong', contract: 'supported', hours: 24 }
			]
		},
		{
			name: 'Bouwbedrijf Van Dijk',
			kvk: '73456789',
			sector: 'Bouw',
			prefix: 'dijk',
			ownerEmail: 'eigenaar@vandijk.demo.pso-readiness.nl',
			fte: [90, 95, 98, 100],
			headcount: [96, 101, 104, 106],
			lines: [2, 3, 3, 2],
			lineKinds: [
				{ position: 'wia-wao', contract: 'regular', hours: 40 },
				{ position: 'bbl-bol-2', contract: 'placement', hours: 32 },
				{ position: 'participatiewet', contract: 'regular', hours: 40 }
			]
		}
	];
}
