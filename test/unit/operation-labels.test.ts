import { describe, expect, it } from 'vitest';
import { ownDocuments } from '../../src/http/own-documents.js';
import { OperationLabels, operationNamesIn } from '../../src/http/operation-labels.js';

describe('operation names as metric labels', () => {
  it('keeps the names of the service’s own operations, whatever else callers send', () => {
    const known = operationNamesIn(...ownDocuments);
    expect(known).toEqual(expect.arrayContaining(['VerkennerKandidaten', 'KandidaatCrossoversVoorEenOpgave']));
    const labels = new OperationLabels(known, 0);
    expect(labels.label('VerkennerKandidaten', true)).toBe('VerkennerKandidaten');
    expect(labels.label('MijnEigenQuery', true)).toBe('other');
  });

  it('learns other names up to its budget, then collapses the rest into other', () => {
    const labels = new OperationLabels([], 2);
    expect(labels.label('Een', true)).toBe('Een');
    expect(labels.label('Twee', true)).toBe('Twee');
    expect(labels.label('Drie', true)).toBe('other');
    expect(labels.label('Een', true)).toBe('Een');
  });

  it('names anonymous operations, and requests without a resolved operation, by what they are', () => {
    const labels = new OperationLabels([], 10);
    expect(labels.label(null, true)).toBe('anonymous');
    expect(labels.label('Gelezen', false)).toBe('invalid');
    expect(labels.label(undefined, false)).toBe('invalid');
  });
});
