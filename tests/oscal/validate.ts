/**
 * Validates documents against the vendored NIST OSCAL 1.1.2 JSON schemas
 * (tests/oscal/1.1.2, see README.md there). Ajv in unicode mode: the schemas'
 * patterns use \p{…} classes. Errors come back as readable lines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type OscalModel = 'catalog' | 'assessment-results' | 'poam';

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
addFormats(ajv);
const validators = new Map<OscalModel, ValidateFunction>();

function validator(model: OscalModel): ValidateFunction {
	let validate = validators.get(model);
	if (!validate) {
		const file = fileURLToPath(new URL(`./1.1.2/oscal_${model}_schema.json`, import.meta.url));
		validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
		validators.set(model, validate);
	}
	return validate;
}

/** [] when the document is valid; otherwise one line per problem. */
export function oscalProblems(model: OscalModel, document: unknown): string[] {
	const validate = validator(model);
	if (validate(document)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
