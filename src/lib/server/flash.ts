import type { Cookies } from '@sveltejs/kit';
import { flashSchema, maxFlashText, type Flash } from '$lib/flash';

// A save's confirmation ("4 regels geïmporteerd") has to survive the redirect that follows every
// successful post (so a reload never repeats it), so it travels in a short-lived cookie that the
// next page load reads once. It holds only text already in the user's language, never data.

const cookieName = 'pso_flash';

/** Leaves a confirmation for the page at `flash.path`; call it just before `redirect(303, …)`. */
export function setFlash(cookies: Cookies, url: URL, flash: Flash): void {
	cookies.set(cookieName, JSON.stringify({ ...flash, text: flash.text.slice(0, maxFlashText) }), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 120
	});
}

/** Reads the pending confirmation, if any, and clears it so it shows once. */
export function takeFlash(cookies: Cookies, url: URL): Flash | null {
	const raw = cookies.get(cookieName);
	if (raw === undefined) return null;
	cookies.delete(cookieName, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
	try {
		const parsed = flashSchema.safeParse(JSON.parse(raw));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
