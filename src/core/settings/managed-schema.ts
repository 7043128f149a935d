// The schema Chrome needs (manifest `storage.managed_schema`) to accept a policy for Unhunch,
// made from the settings table: every row that says `policy: true`, with its bounds. build.mjs
// writes it out as managed_schema.json, so there is no copy to keep in step.
import { AREAS, CUSTOM_LIMITS, POSITIONS } from '../stretches/custom';
import { stretches } from '../stretches/library';
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

/**
 * One of the organisation's stretches, as the stretch file has it. Chrome's schema checks the
 * shape; the lengths and the rest are checked by checkCustomStretch, which reports what it drops.
 */
const stretchSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^custom-[a-z0-9]{6,24}$' },
    name: { type: 'string' },
    steps: { type: 'array', items: { type: 'string' } },
    position: { type: 'string', enum: [...POSITIONS] },
    deskFriendly: { type: 'boolean' },
    dose: {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['breaths', 'hold'] },
        count: { type: 'integer', minimum: CUSTOM_LIMITS.BREATHS_MIN, maximum: CUSTOM_LIMITS.BREATHS_MAX },
        seconds: { type: 'integer', minimum: CUSTOM_LIMITS.HOLD_SEC_MIN, maximum: CUSTOM_LIMITS.HOLD_SEC_MAX },
      },
    },
    sides: { type: 'string', enum: ['one', 'both'] },
    sidePlan: {
      type: 'object',
      properties: { first: { type: 'string', enum: ['left', 'right'] }, by: { type: 'string', enum: ['turn', 'arm', 'side'] } },
    },
    areas: { type: 'array', items: { type: 'string', enum: [...AREAS] } },
    caution: { type: 'string' },
    figure: {
      type: 'object',
      properties: { stretchId: { type: 'string', enum: stretches.map((s) => s.id) }, mirrored: { type: 'boolean' } },
    },
    updatedAt: { type: 'integer', minimum: 0 },
  },
};

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
      stretches: {
        title: 'Stretches',
        description: "The organisation's own stretches, in the stretch file's shape; dealt beside the built-ins.",
        type: 'array',
        items: stretchSchema,
      },
    },
  };
}
