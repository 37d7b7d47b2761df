// Text limits of the app's own forms, in one place so schemas and `maxlength` agree. The
// limits of what an assessment holds (names, notes, the peiljaar's length) are the file
// format's and stay in pso/assessment-defaults.ts.

/** RFC 5321's longest address. */
export const MAX_EMAIL_LENGTH = 254;
export const MIN_PASSWORD_LENGTH = 10;
/** argon2 takes any length; this bounds the work one request can cause. */
export const MAX_PASSWORD_LENGTH = 256;
/** A sector, a certificate number: a few words. */
export const MAX_SHORT_TEXT_LENGTH = 100;
export const MAX_CERTIFICATE_NOTE_LENGTH = 2000;
