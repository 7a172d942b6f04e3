/**
 * Server-side sessions. The browser's cookie holds only a random secret (32
 * bytes); the signed-in user's PocketBase token stays on the server,
 * encrypted (AES-256-GCM) with a key derived from that secret, under an id
 * that is the secret's hash. So the cookie is not a PocketBase token, the
 * store alone opens no session, and deleting the entry (logout) revokes the
 * cookie for good.
 *
 * Reading a session costs no PocketBase call; the token is refreshed only
 * every few minutes (hooks.server.ts). With MAMORI_SESSION_FILE set (npm
 * start puts it in the data directory) the store is kept in that file (mode
 * 600), so sessions survive a restart of the web server.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { env } from '$env/dynamic/private';

export interface SessionData<U> {
	token: string;
	user: U;
	/** When the token was last refreshed against PocketBase (ms since epoch). */
	refreshed: number;
}

interface StoredEntry {
	iv: string;
	tag: string;
	data: string;
	refreshed: number;
	expires: number;
}

/** Sessions end after 14 days without a refresh (a refresh happens on use every few minutes). */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const MAX_SESSIONS = 20_000;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

const entries = new Map<string, StoredEntry>();
let loaded = false;
let saveTimer: ReturnType<typeof setTimeout> | null = null;

const hash = (label: string, secret: string) => createHash('sha256').update(`mamori-session-${label}|${secret}`).digest();

function file(): string {
	return env.MAMORI_SESSION_FILE ?? '';
}

function load(): void {
	if (loaded) return;
	loaded = true;
	const path = file();
	if (!path) return;
	try {
		const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, StoredEntry>;
		const now = Date.now();
		for (const [id, entry] of Object.entries(stored)) if (entry && entry.expires > now) entries.set(id, entry);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
			console.error(`[session] could not read ${path}; starting with no sessions`, error);
	}
}

/** Writes the store now (atomic rename); called shortly after each change and at shutdown. */
export function flushSessions(): void {
	if (saveTimer) clearTimeout(saveTimer);
	saveTimer = null;
	const path = file();
	if (!path) return;
	try {
		mkdirSync(dirname(path), { recursive: true });
		const temporary = `${path}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(Object.fromEntries(entries)), { mode: 0o600 });
		renameSync(temporary, path);
	} catch (error) {
		console.error(`[session] could not write ${path}`, error);
	}
}

function changed(): void {
	if (!file() || saveTimer) return;
	saveTimer = setTimeout(flushSessions, 100);
	saveTimer.unref?.();
}

function prune(now: number): void {
	for (const [id, entry] of entries) if (entry.expires <= now) entries.delete(id);
	// still too many: drop the least recently refreshed
	if (entries.size >= MAX_SESSIONS) {
		const oldest = [...entries].sort((a, b) => a[1].refreshed - b[1].refreshed).slice(0, entries.size - MAX_SESSIONS + 1);
		for (const [id] of oldest) entries.delete(id);
	}
}

function seal<U>(secret: string, session: SessionData<U>): StoredEntry {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', hash('key', secret), iv);
	const data = Buffer.concat([cipher.update(JSON.stringify({ token: session.token, user: session.user }), 'utf8'), cipher.final()]);
	return {
		iv: iv.toString('base64'),
		tag: cipher.getAuthTag().toString('base64'),
		data: data.toString('base64'),
		refreshed: session.refreshed,
		expires: session.refreshed + SESSION_LIFETIME_MS
	};
}

/** Stores a new session and returns the secret for the cookie. */
export function createSession<U>(token: string, user: U): string {
	load();
	const now = Date.now();
	prune(now);
	const secret = randomBytes(32).toString('base64url');
	entries.set(hash('id', secret).toString('hex'), seal(secret, { token, user, refreshed: now }));
	changed();
	return secret;
}

/** The session of a cookie value, or null when there is none (never created, expired, or logged out). */
export function readSession<U>(secret: string | undefined): SessionData<U> | null {
	if (!secret || !SECRET.test(secret)) return null;
	load();
	const id = hash('id', secret).toString('hex');
	const entry = entries.get(id);
	if (!entry) return null;
	if (entry.expires <= Date.now()) {
		entries.delete(id);
		changed();
		return null;
	}
	try {
		const decipher = createDecipheriv('aes-256-gcm', hash('key', secret), Buffer.from(entry.iv, 'base64'));
		decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
		const plain = Buffer.concat([decipher.update(Buffer.from(entry.data, 'base64')), decipher.final()]).toString('utf8');
		const { token, user } = JSON.parse(plain) as { token: string; user: U };
		return { token, user, refreshed: entry.refreshed };
	} catch {
		entries.delete(id);
		changed();
		return null;
	}
}

/** Replaces the token and user of an existing session (after a refresh or a change of the user's settings). */
export function updateSession<U>(secret: string, session: SessionData<U>): void {
	load();
	const id = hash('id', secret).toString('hex');
	if (!entries.has(id)) return;
	entries.set(id, seal(secret, session));
	changed();
}

/** Ends a session: its cookie never works again. */
export function deleteSession(secret: string | undefined): void {
	if (!secret || !SECRET.test(secret)) return;
	load();
	if (entries.delete(hash('id', secret).toString('hex'))) changed();
}
