/** Reads one entry of a zip archive (an .xlsx is one) as text; for checks of what the writers produce. */
import yauzl from 'yauzl';

export function zipEntryText(zip: Buffer, path: string): Promise<string> {
	return new Promise((resolve, reject) => {
		yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
			if (error) return reject(error);
			archive.on('entry', (entry: yauzl.Entry) => {
				if (entry.fileName !== path) return archive.readEntry();
				archive.openReadStream(entry, (streamError, stream) => {
					if (streamError) return reject(streamError);
					const chunks: Buffer[] = [];
					stream.on('data', (chunk: Buffer) => chunks.push(chunk));
					stream.on('end', () => {
						archive.close();
						resolve(Buffer.concat(chunks).toString('utf8'));
					});
					stream.on('error', reject);
				});
			});
			archive.on('end', () => reject(new Error(`${path} is not in the archive`)));
			archive.on('error', reject);
			archive.readEntry();
		});
	});
}
