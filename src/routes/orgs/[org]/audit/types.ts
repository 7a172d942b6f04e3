/** One row of the audit page: the entry, and what it is about as describe.ts tells it. */
import type { DescribedEntry } from '$lib/domain/audit/describe';
import type { AuditEntryRecord } from '$lib/server/records';

export type AuditRow = Pick<AuditEntryRecord, 'id' | 'created' | 'actor_label' | 'action' | 'record_id'> & DescribedEntry;
