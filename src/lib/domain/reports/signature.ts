/**
 * The HMAC message of a report registration. Its one definition is
 * pb_hooks/lib/report-signature.json, which PocketBase's hook reads too, so
 * the web server and the database can never disagree on what is signed.
 * Pure: the caller computes the HMAC (server/reports/register.ts).
 */
import spec from '../../../../pb_hooks/lib/report-signature.json';

/** Every field of a `reports` record that the current format signs. */
export interface RegistrationFields {
	report_id: string;
	type: string;
	organisation: string;
	subject_id: string;
	fiscal_year: number;
	language: string;
	status: string;
	snapshot_sha256: string;
	pdf_sha256: string;
}

export const CURRENT_SIGNATURE_VERSION: number = spec.current;

type FormatSpec = { prefix: string; fields: string[] };
const formats: Record<string, FormatSpec> = spec.formats;

/** The signed message for a registration in the given format version (default: current). */
export function signatureMessage(fields: RegistrationFields, version: number = CURRENT_SIGNATURE_VERSION): string {
	const format = formats[String(version)];
	if (!format) throw new Error(`unknown report signature version ${version}`);
	const values = format.fields.map((name) => {
		if (!(name in fields)) throw new Error(`report signature field ${name} is missing`);
		return String(fields[name as keyof RegistrationFields]);
	});
	return (format.prefix ? [format.prefix, ...values] : values).join('|');
}
