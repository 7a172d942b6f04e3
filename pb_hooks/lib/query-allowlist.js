/**
 * THE allowlist of client `filter` / `sort` paths that cross relations.
 *
 * Why: PocketBase evaluates the "all" and negated operators (`!=`, `!~`, and
 * `=` / `~` without `?`) on multi-valued relations WITHOUT the related
 * collection's API rules, so a filter such as
 *   users?filter=organisations_via_members.sector != "water"
 * tells a member of organisation A who belongs to organisation B.
 * pb_hooks/queries.pb.js therefore refuses (400) every client filter or sort
 * on the records API and in realtime subscriptions that follows a relation,
 * unless the path is listed here. Superusers are not checked.
 *
 * What needs NO entry (keeps working as it is):
 *   - a collection's own fields: `organisation = {:org}`, `assessment = "…"`,
 *     `status != "draft"`, `created >= "…"`, `members ?= "…"` (a relation
 *     field compared as ids is its own field);
 *   - paths inside a JSON field of the collection: `title.ja ~ "…"`;
 *   - date macros (`@now`, `@todayStart`, …). (PocketBase itself refuses
 *     `@request.*` and `@collection.*` in client filters of list requests.)
 *
 * What needs an entry: any dotted path through a relation
 * (`assessment.status`, `organisation.sector`), any back-relation
 * (`…_via_…`, with or without a dot) — and in realtime subscriptions
 * `@request.auth.<relation>.<field>` and `@collection.*`.
 *
 * How to add one: under the collection the request lists, add the path
 * exactly as written in the filter, without modifiers (`:lower`, `:each`,
 * `:length`) and with no values, e.g.
 *     answers: ['assessment.status'],
 * with a comment saying which server code sends it. Before adding, check that
 * every record reachable along the path belongs to the SAME organisation as
 * the record listed (relations into the organisation's own records are
 * guaranteed by pb_hooks/relations.pb.js); never add a path that passes
 * through `users`, `organisations.<role>` / `members`, or a back-relation
 * from `users` — those reach other organisations. Then add a case to
 * tests/security/filter-leaks.test.ts if the path is new in kind.
 * Prefer a plain filter on the collection's own fields whenever one will do.
 *
 * @type {Record<string, string[]>}
 */
const ALLOWED_PATHS = {};

module.exports = { ALLOWED_PATHS };
