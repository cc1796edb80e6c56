import type { EntityKind } from '../content/schemas.ts';

/** How each kind is named to readers, singular and plural, in the order the glossary lists them. */
export const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  group: { one: 'Group', many: 'Groups' },
  organization: { one: 'Organization', many: 'Organizations' },
  place: { one: 'Place', many: 'Places' },
  event: { one: 'Event', many: 'Events' },
  agreement: { one: 'Agreement', many: 'Agreements' },
};

export function groupByKind<T extends { data: { kind: EntityKind } }>(entries: readonly T[]): { kind: EntityKind; label: string; entries: T[] }[] {
  return (Object.keys(KIND_LABELS) as EntityKind[])
    .map((kind) => ({ kind, label: KIND_LABELS[kind].many, entries: entries.filter((entry) => entry.data.kind === kind) }))
    .filter((group) => group.entries.length > 0);
}
