/**
 * What PocketBase's JSVM constructors accept besides their Go models: plain
 * data, as every migration writes `new Collection({ name, fields: [{ name,
 * type, … }] })` and `new Field({ … })`. The generated types
 * (pocketbase.d.ts) describe only the Go side, where `type` is a method;
 * scripts/pb-types.js widens the two constructors to these shapes.
 */
type MamoriFieldType =
	| 'text'
	| 'number'
	| 'bool'
	| 'email'
	| 'url'
	| 'editor'
	| 'date'
	| 'autodate'
	| 'select'
	| 'file'
	| 'relation'
	| 'json'
	| 'password'
	| 'geoPoint';

interface FieldInit {
	name: string;
	type: MamoriFieldType;
	id?: string;
	system?: boolean;
	hidden?: boolean;
	presentable?: boolean;
	required?: boolean;
	help?: string;
	min?: number | string;
	max?: number | string;
	pattern?: string;
	autogeneratePattern?: string;
	primaryKey?: boolean;
	onlyInt?: boolean;
	values?: string[];
	maxSelect?: number;
	minSelect?: number;
	maxSize?: number;
	mimeTypes?: string[];
	thumbs?: string[];
	protected?: boolean;
	collectionId?: string;
	cascadeDelete?: boolean;
	onCreate?: boolean;
	onUpdate?: boolean;
	onlyDomains?: string[];
	exceptDomains?: string[];
	convertURLs?: boolean;
}

interface CollectionInit {
	type: 'base' | 'auth' | 'view';
	name: string;
	id?: string;
	system?: boolean;
	fields?: (FieldInit | core.Field)[];
	indexes?: string[];
	listRule?: string | null;
	viewRule?: string | null;
	createRule?: string | null;
	updateRule?: string | null;
	deleteRule?: string | null;
	viewQuery?: string;
}
