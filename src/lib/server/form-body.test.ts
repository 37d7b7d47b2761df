import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { bodySizeLimitBytes, guardFormBody, submittedForm } from './form-body';
import { securityHeaders } from './security-headers';

function post(body: BodyInit | ReadableStream, contentType: string): Request {
	return new Request('http://localhost/orgs/new', {
		method: 'POST',
		headers: { 'content-type': contentType },
		body,
		duplex: 'half'
	} as RequestInit);
}

async function failure(request: Request): Promise<{ status: number; message: string }> {
	try {
		await request.formData();
	} catch (err) {
		if (isHttpError(err)) return { status: err.status, message: err.body.message };
		throw err;
	}
	throw new Error('expected the body to be refused');
}

describe('BODY_SIZE_LIMIT as adapter-node reads it', () => {
	it.each([
		['512K', 512 * 1024],
		['20M', 20 * 1024 ** 2],
		['1g', 1024 ** 3],
		['1000', 1000]
	])('%s is %i bytes', (value, bytes) => {
		expect(bodySizeLimitBytes(value)).toBe(bytes);
	});
});

describe('form bodies that cannot be read', () => {
	it('answers malformed multipart with 400 and a message', async () => {
		const request = post('--x\r\ngarbage', 'multipart/form-data; boundary=x');
		guardFormBody(request, 1024);
		const { status, message } = await failure(request);
		expect(status).toBe(400);
		expect(message).toMatch(/onleesbaar/);
	});

	it('answers a body over the limit with 413 naming the limit', async () => {
		const tooLarge = new ReadableStream({
			start(controller) {
				// What adapter-node does once BODY_SIZE_LIMIT is passed.
				controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
			}
		});
		const request = post(tooLarge, 'multipart/form-data; boundary=x');
		guardFormBody(request, 20 * 1024 ** 2);
		const { status, message } = await failure(request);
		expect(status).toBe(413);
		expect(message).toMatch(/^Bestand te groot: maximaal 20 MB/);
	});

	it('reads a good form once and keeps it for the "try again" page', async () => {
		const request = post('name=Nieuw+BV', 'application/x-www-form-urlencoded');
		guardFormBody(request, 1024);
		expect((await request.formData()).get('name')).toBe('Nieuw BV');
		expect((await request.formData()).get('name')).toBe('Nieuw BV');
		expect((await submittedForm(request))?.get('name')).toBe('Nieuw BV');
	});
});

describe('security headers', () => {
	it.each([
		[{ signedIn: true, origin: 'https://pso.example.nl' }, 'no-store', 'max-age=31536000'],
		[{ signedIn: true, origin: 'http://localhost:3000' }, 'no-store', undefined],
		[{ signedIn: false, origin: 'https://pso.example.nl' }, undefined, 'max-age=31536000'],
		[{ signedIn: false, origin: undefined }, undefined, undefined]
	])('%o: Cache-Control %s, HSTS %s', (options, cacheControl, hsts) => {
		const headers = securityHeaders(options);
		expect(headers['Cache-Control']).toBe(cacheControl);
		expect(headers['Strict-Transport-Security']).toBe(hsts);
		expect(headers['Permissions-Policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
	});
});
