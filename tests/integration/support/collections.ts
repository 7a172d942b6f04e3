// How to make a record of each collection for the authorization and audit
// tests: a record in organisation A seeded by the superuser, a body to create
// one through the API, and a body to update one.
import type { World } from './world';

type Body = Record<string, unknown>;

export interface CollectionFixture {
	seed(world: World): Promise<string>;
	createBody(world: World): Body;
	updateBody(world: World): Body;
}

let n = 0;
const unique = () => `${Date.now().toString(36)}-${n++}`;

/** A record of organisation A in an organisation-scoped collection. */
function orgScoped(collection: string, body: (world: World) => Body, update: Body): CollectionFixture {
	return {
		async seed(world) {
			const record = await world.superuser.collection(collection).create({ organisation: world.orgA, ...body(world) });
			return record.id;
		},
		createBody: (world) => ({ organisation: world.orgA, ...body(world) }),
		updateBody: () => update
	};
}

export const FIXTURES: Record<string, CollectionFixture> = {
	users: {
		seed: async (world) => world.users.security.id,
		createBody: () => {
			const email = `new-${unique()}@mamori.test`;
			return { email, password: 'new-user-password-1', passwordConfirm: 'new-user-password-1', name: 'New' };
		},
		updateBody: () => ({ name: `Renamed ${unique()}` })
	},
	organisations: {
		seed: async (world) => world.orgA,
		createBody: () => ({ name: `New org ${unique()}`, sector: 'gas', operator_class: 'other', fy_start_month: 4 }),
		updateBody: () => ({ name: `Renamed org ${unique()}` })
	},
	audit_log: {
		async seed(world) {
			const service = await world
				.client('security')
				.collection('critical_services')
				.create({ organisation: world.orgA, name: `audited ${unique()}` });
			const entry = await world.superuser
				.collection('audit_log')
				.getFirstListItem(world.superuser.filter('record_id = {:id}', { id: service.id }));
			return entry.id;
		},
		createBody: (world) => ({ organisation: world.orgA, collection: 'x', record_id: 'y', action: 'create', changes: {} }),
		updateBody: () => ({ action: 'delete' })
	},
	critical_services: orgScoped('critical_services', () => ({ name: `Service ${unique()}`, service_level: '99.9%' }), {
		service_level: '99.99%'
	}),
	important_systems: orgScoped('important_systems', () => ({ name: `System ${unique()}`, depends_on: ['power'] }), {
		description: 'changed'
	})
};
