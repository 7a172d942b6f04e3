// A minimal SMTP server that accepts every message and keeps it, so that
// tests can check what PocketBase mails (no TLS, no authentication).
import { createServer, type Server } from 'node:net';

export interface SmtpSink {
	port: number;
	messages: { from: string; to: string[]; data: string }[];
	close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const messages: SmtpSink['messages'] = [];
	const server: Server = createServer((socket) => {
		let buffer = '';
		let inData = false;
		let current = { from: '', to: [] as string[], data: '' };
		const reply = (line: string) => socket.write(`${line}\r\n`);
		reply('220 sink ESMTP');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end < 0) return;
					current.data = buffer.slice(0, end);
					buffer = buffer.slice(end + 5);
					messages.push(current);
					current = { from: '', to: [], data: '' };
					inData = false;
					reply('250 OK queued');
					continue;
				}
				const eol = buffer.indexOf('\r\n');
				if (eol < 0) return;
				const line = buffer.slice(0, eol);
				buffer = buffer.slice(eol + 2);
				const verb = line.slice(0, 4).toUpperCase();
				if (verb === 'MAIL') current.from = line;
				if (verb === 'RCPT') current.to.push(line);
				if (verb === 'DATA') inData = true;
				const answers: Record<string, string> = { EHLO: '250 sink', HELO: '250 sink', DATA: '354 end with .', QUIT: '221 bye' };
				reply(answers[verb] ?? '250 OK');
				if (verb === 'QUIT') socket.end();
			}
		});
		socket.on('error', () => socket.destroy());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return {
		port: typeof address === 'object' && address ? address.port : 0,
		messages,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
