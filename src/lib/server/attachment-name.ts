/** "Groen BV", period 2025 → "groen-bv-2025-<id>.json": safe in a header and on any disk. */
export function attachmentName(
	organisationName: string,
	assessment: { id: string; periodEnd: string },
	extension: string
): string {
	const slug =
		organisationName
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'organisatie';
	return `${slug}-${assessment.periodEnd.slice(0, 4)}-${assessment.id.slice(0, 8)}.${extension}`;
}
