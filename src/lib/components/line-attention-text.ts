import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';
import type { LineAttention } from '$lib/pso/line-attention';

/** The one place a line-attention code (line-attention.ts) becomes text. */
export function lineAttentionText(attention: LineAttention, lang: Lang): string {
	const date = formatDate(attention.date, lang);
	switch (attention.code) {
		case 'contract-ended':
			return m.line_attention_contract_ended({ date });
		case 'starts-after-period':
			return m.line_attention_starts_after_period({ date });
		case 'window-ends-next-year':
			return m.line_attention_window_ends({ date });
	}
}
