// The schema Chrome needs (manifest `storage.managed_schema`) to accept a policy for Unhunch,
// made from the settings table: every row that says `policy: true`, with its bounds. build.mjs
// writes it out as managed_schema.json, so there is no copy to keep in step.
import { policyKeys } from './policy';
import { schema, type FieldSpec } from './schema';

type JsonSchema = Record<string, unknown>;

const range = {
  type: 'object',
  properties: { startMin: { type: 'integer', minimum: 0, maximum: 1440 }, endMin: { type: 'integer', minimum: 0, maximum: 1440 } },
};

function fieldSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'int':
      return { type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'bool':
      return { type: 'boolean' };
    case 'choice':
      return { type: 'string', enum: [...spec.values] };
    case 'ids':
      return { type: 'array', items: { type: 'string' } };
    case 'week':
      return { type: 'array', items: { type: 'array', items: range } };
  }
}

export function managedSchema(): JsonSchema {
  const fields = Object.fromEntries(policyKeys.map((k) => [k, fieldSchema(schema[k])]));
  return {
    type: 'object',
    properties: {
      defaults: { title: 'Defaults', description: 'Settings people start with; they can change them.', type: 'object', properties: fields },
      locked: {
        title: 'Locked settings',
        description: 'Names of settings people cannot change; they take the value in defaults.',
        type: 'array',
        items: { type: 'string', enum: [...policyKeys] },
      },
    },
  };
}
