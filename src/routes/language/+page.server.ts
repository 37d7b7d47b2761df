import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';
import { safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

// A form POST (not client-side setLocale) so switching works without JavaScript too.
export const actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (typeof locale === 'string' && isLocale(locale)) {
			cookies.set(cookieName, locale, {
				path: '/',
				maxAge: cookieMaxAge,
				httpOnly: false,
				sameSite: 'lax'
			});
		}
		redirect(303, safeRedirectTarget(form.get('redirectTo'), '/'));
	}
} satisfies Actions;
