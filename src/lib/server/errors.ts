/**
 * Unexpected errors: logged once with a short id that the person is shown,
 * so that what they report can be found in the server log.
 */
import { randomBytes } from 'node:crypto';

export function newErrorId(): string {
	return randomBytes(4).toString('hex');
}

/** Logs an unexpected error with a new id ("[error 1a2b3c4d] where: …") and returns the id. */
export function logUnexpected(where: string, error: unknown, id = newErrorId()): string {
	console.error(`[error ${id}] ${where}:`, error);
	return id;
}
