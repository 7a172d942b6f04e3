import type { ChildProcess } from 'node:child_process';

export const ROOT: string;
export const MIGRATIONS_DIR: string;
export const HOOKS_DIR: string;

export interface RunningPocketBase {
	url: string;
	process: ChildProcess;
	log(): string;
	stop(): Promise<void>;
}

export function isPortFree(port: number, host?: string): Promise<boolean>;
export function freePort(host?: string): Promise<number>;
export function upsertSuperuser(
	dataDir: string,
	email: string,
	password: string,
	dirs?: { migrationsDir?: string; hooksDir?: string }
): Promise<void>;
/** Always 127.0.0.1: PocketBase is never reachable by users. */
export const POCKETBASE_HOST: string;
export function startPocketBase(options: {
	dataDir: string;
	port: number;
	onOutput?: (text: string) => void;
	timeoutMs?: number;
	env?: Record<string, string>;
	/** Another release's pb_migrations and pb_hooks (default: this checkout's). */
	migrationsDir?: string;
	hooksDir?: string;
}): Promise<RunningPocketBase>;
