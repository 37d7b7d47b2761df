// One layout for every mail: plain text first (what every client shows), and simple HTML with
// the same words. Texts come translated (paraglide with the recipient's locale).

export interface MailContent {
	subject: string;
	greeting?: string;
	paragraphs: string[];
	/** The one thing to do, as a button in HTML and a bare link in text. */
	action?: { label: string; url: string };
	/** Small print under the action: why you got this, how to stop it. */
	footer?: string[];
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

export function composeMail(content: MailContent): { subject: string; text: string; html: string } {
	const blocks = [
		...(content.greeting ? [content.greeting] : []),
		...content.paragraphs,
		...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
		...(content.footer ?? [])
	];
	const p = (t: string) => `<p>${escapeHtml(t).replaceAll('\n', '<br>')}</p>`;
	const html = [
		'<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1f24">',
		...(content.greeting ? [p(content.greeting)] : []),
		...content.paragraphs.map(p),
		...(content.action
			? [
					`<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:0.5em 1em;background:#1d4e89;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`,
					`<p style="font-size:0.9em;color:#57606a">${escapeHtml(content.action.url)}</p>`
				]
			: []),
		...(content.footer ?? []).map(
			(t) => `<p style="font-size:0.9em;color:#57606a">${escapeHtml(t)}</p>`
		),
		'</body></html>'
	].join('\n');
	return { subject: content.subject, text: blocks.join('\n\n') + '\n', html };
}
