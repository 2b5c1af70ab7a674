import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/graph/entity.js';
import { assertReadModel, readModelProblems } from '../../src/read-model/check.js';
import {
  byDateWindow,
  byRoleKind,
  computed,
  connection,
  property,
  specFor,
  type FieldRead,
} from '../../src/read-model/fields.js';
import { readModel, type ReadModel } from '../../src/read-model/read-model.js';
import { into, out } from '../../src/read-model/relation-spec.js';
import { deriveResolvers } from '../../src/resolvers/derived.js';
import { createResolvers, handWrittenResolvers } from '../../src/resolvers/index.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs());
const handWritten = handWrittenResolvers as Record<string, object>;

/** The read model with one type's fields changed. */
function changed(type: keyof typeof readModel, fields: Record<string, FieldRead | undefined>): ReadModel {
  const declared: Record<string, FieldRead> = { ...readModel[type] };
  for (const [field, read] of Object.entries(fields)) {
    if (read) declared[field] = read;
    else delete declared[field];
  }
  return { ...readModel, [type]: declared };
}

describe('the read model, checked against the schema', () => {
  it('agrees with the SDL and the hand-written resolvers', () => {
    expect(readModelProblems(schema, readModel, handWritten)).toEqual([]);
    expect(() => createResolvers(schema)).not.toThrow();
  });

  it('refuses a connection field without a declaration', () => {
    expect(readModelProblems(schema, changed('Opgave', { trekkers: undefined }), handWritten)).toEqual([
      'Opgave.trekkers is a connection in the schema; declare the relations it follows',
    ]);
  });

  it('refuses a declaration for a field the schema does not have', () => {
    const model = changed('Thema', { sponsors: connection(into(['TREKKER_VAN'], ['Actor'])) });
    expect(readModelProblems(schema, model, handWritten)).toEqual([
      'the read model declares Thema.sponsors, which the schema does not have',
    ]);
  });

  it('refuses relations the graph model does not allow at that kind, or that never reach the kinds asked for', () => {
    const model = changed('Thema', { opgaven: connection(out(['TREKKER_VAN'], ['Document'])) });
    expect(readModelProblems(schema, model, handWritten)).toEqual([
      'Thema.opgaven follows TREKKER_VAN, which the graph model does not allow at a Thema',
      'Thema.opgaven asks for Document, which TREKKER_VAN never reaches',
    ]);
  });

  it('refuses a connection that reaches kinds its GraphQL type cannot hold, unless the mismatch is declared', () => {
    const model = changed('Opgave', { regios: connection(out(['SPEELT_IN'])) });
    expect(readModelProblems(schema, model, handWritten)).toEqual([
      'Opgave.regios can reach Provincie, Gemeente, which its connection type cannot hold',
    ]);
  });

  it('refuses a role-kind filter the schema gives no rolSoort: argument for', () => {
    const model = changed('Thema', { opgaven: byRoleKind(out(['THEMA_VAN'], ['Opgave'], 'nummer')) });
    expect(readModelProblems(schema, model, handWritten)).toEqual([
      'Thema.opgaven is declared byRoleKind, but the schema gives it no rolSoort: argument',
    ]);
  });

  it('refuses a date window on a connection to a kind whose edges cannot say which date matched', () => {
    const model = changed('Mijlpaal', { standen: byDateWindow(into(['STAND_VAN'], ['Stand', 'Doel'])) });
    expect(readModelProblems(schema, model, handWritten)).toContain(
      'Mijlpaal.standen takes a date window, but reaches Doel, not in windowedKinds',
    );
  });

  it('refuses a non-scalar field shown as a stored property, and a computed field without a resolver', () => {
    const model = changed('Document', {
      bronnen: property('bronnen'),
      aantalRegels: computed(['bestand']),
      bestand: computed(['bestand']),
    });
    expect(readModelProblems(schema, model, handWritten)).toEqual([
      'Document.bronnen is not a scalar, so it cannot show a stored property; declare it computed',
      'Document.bronnen has a hand-written resolver, but the read model derives it; declare it computed',
      'Document.bestand is declared computed but has no resolver',
    ]);
  });

  it('refuses a hand-written resolver for a field it derives', () => {
    const resolvers = { ...handWritten, Mijlpaal: { ...(handWritten.Mijlpaal as object), datum: () => 'altijd' } };
    expect(readModelProblems(schema, readModel, resolvers)).toEqual([
      'Mijlpaal.datum has a hand-written resolver, but the read model derives it; declare it computed',
    ]);
  });

  it('stops the start with every problem listed', () => {
    const broken = { ...handWritten, Regio: {} };
    expect(() => assertReadModel(schema, readModel, broken)).toThrow(
      /^The read model does not match the schema:\n- Regio.naam is declared computed but has no resolver\n- Regio.soort is declared/,
    );
  });
});

describe('a connection filtered by role kind', () => {
  const trekkers = byRoleKind(into(['TREKKER_VAN'], ['Actor']));

  it('follows the relations of the role kinds asked, in the stored lower case', () => {
    expect(specFor(trekkers, { rolSoort: ['TREKKER', 'MEDETREKKER'] })).toMatchObject({
      roleKinds: ['trekker', 'medetrekker'],
    });
  });

  it('follows every relation when no role kind is asked', () => {
    expect(specFor(trekkers, {})).not.toHaveProperty('roleKinds');
    expect(specFor(trekkers, { rolSoort: [] })).not.toHaveProperty('roleKinds');
    expect(specFor(trekkers, { rolSoort: null })).not.toHaveProperty('roleKinds');
  });
});

describe('resolvers derived from the read model', () => {
  const derived = deriveResolvers(schema, readModel);
  const opgave: EntityRecord = {
    id: 'opgave:klimaat',
    label: 'Opgave',
    properties: { id: 'opgave:klimaat', nummer: 2, categorie: 'fysiek', afkorting: 12, beschrijving: null },
  };
  const resolve = (type: string, field: string, parent: unknown) =>
    (derived[type]?.[field] as (parent: unknown, args: object, context: object, info: object) => unknown)(
      parent,
      {},
      {},
      {},
    );

  it('show a stored property as the field type: text, numbers only as numbers, an enum from its lower-case word', () => {
    expect(resolve('Opgave', 'id', opgave)).toBe('opgave:klimaat');
    expect(resolve('Opgave', 'afkorting', opgave)).toBe('12');
    expect(resolve('Opgave', 'beschrijving', opgave)).toBeNull();
    expect(resolve('Opgave', 'nummer', opgave)).toBe(2);
    expect(resolve('Opgave', 'nummer', { ...opgave, properties: { nummer: '2' } })).toBeNull();
    expect(resolve('Opgave', 'categorie', opgave)).toBe('FYSIEK');
    expect(resolve('Opgave', 'categorie', { ...opgave, properties: { categorie: 'onbekend' } })).toBeNull();
  });

  it('show a stored word with hyphens as the enum value with underscores, from a property of another name', () => {
    const knelpunt = {
      id: 'knelpunt:x',
      label: 'Knelpunt',
      properties: { soort: 'wet-en-regelgeving', schaal: 'regionaal' },
    };
    expect(resolve('Knelpunt', 'soortKnelpunt', knelpunt)).toBe('WET_EN_REGELGEVING');
    expect(resolve('Knelpunt', 'schaal', knelpunt)).toBe('REGIONAAL');
    expect(resolve('Knelpunt', 'schaal', { ...knelpunt, properties: {} })).toBeNull();
    expect(handWritten.Knelpunt).not.toHaveProperty('soortKnelpunt');
  });

  it("show a relation's stored rolSoort as the RolSoort value, with no resolver of its own", () => {
    const relation = {
      type: 'BETROKKEN_BIJ',
      properties: { rol: 'bestuurlijk verantwoordelijk', rolSoort: 'bestuurlijk' },
    };
    expect(resolve('Relatie', 'rolSoort', relation)).toBe('BESTUURLIJK');
    expect(resolve('Relatie', 'rolSoort', { ...relation, properties: { rol: 'cc' } })).toBeNull();
    expect(handWritten.Relatie).not.toHaveProperty('rolSoort');
  });

  it('derive every connection and stored property, and leave computed fields to their hand-written resolvers', () => {
    expect(Object.keys(derived.Opgave ?? {}).sort()).toEqual(
      [
        'afkorting',
        'beschrijving',
        'besprokenDoor',
        'betrokkenen',
        'bouwtVoortOp',
        'categorie',
        'crossovers',
        'doelen',
        'genoemdIn',
        'id',
        'instrumenten',
        'knelpunten',
        'mijlpalen',
        'noemt',
        'nummer',
        'regios',
        'regionaleInitiatieven',
        'stuurgroepen',
        'themas',
        'toezeggingen',
        'trekkers',
        'verbanden',
      ].sort(),
    );
    expect(Object.keys(derived.Relatie ?? {}).sort()).toEqual(['lijst', 'onderwerp', 'positie', 'rol', 'rolSoort']);
  });
});
