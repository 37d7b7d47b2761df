import type { ContractCode, PositionCode, Purchase } from '../src/lib/pso/assessment-schema';
import { dayNumber, isoFromDayNumber } from '../src/lib/pso/iso-date';
import { addCertificate } from '../src/lib/server/certificates';
import type { Db } from '../src/lib/server/db';
import { todayIso } from '../src/lib/server/today';

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
function isoDaysFrom(today: Date, days: number): string {
	return isoFromDayNumber(dayNumber(todayIso(today)) + days);
}

/** A certificate issued long enough ago that it expires `daysLeft` days after `today`. */
function certificate(
	rung: 'trede-1' | 'trede-2' | 'trede-3',
	today: Date,
	daysLeft: number,
	body: string
) {
	const expiresOn = isoDaysFrom(today, daysLeft);
	const issuedOn = `${Number(expiresOn.slice(0, 4)) - 2}${expiresOn.slice(4)}`;
	return (db: Db, organisationId: string, ownerId: string) => {
		addCertificate(
			db,
			organisationId,
			ownerId,
			{
				rung,
				pso30plus: false,
				issuedOn,
				expiresOn,
				certifyingBody: body,
				certificateNumber: null,
				note: null
			},
			Math.floor(today.getTime() / 1000)
		);
	};
}

export function demoClients(today: Date): DemoClient[] {
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
			},
			afterSeed: certificate('trede-1', today, 430, 'Kiwa')
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
			],
			// Its certificate expires within 3 months: the portfolio flags it for renewal.
			afterSeed: certificate('trede-2', today, 70, 'Normec')
		}
	];
}
