import type { EntityMetadata } from 'typeorm';

/** Values built once per entity and key (alias, statement shape), kept as long as the entity's metadata lives. */
export function metadataMemo<T>(): (metadata: EntityMetadata, key: string, build: () => T) => T {
  const byMetadata = new WeakMap<EntityMetadata, Map<string, T>>();
  return (metadata, key, build) => {
    let byKey = byMetadata.get(metadata);
    if (!byKey) {
      byKey = new Map();
      byMetadata.set(metadata, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = build();
      byKey.set(key, value);
    }
    return value;
  };
}
