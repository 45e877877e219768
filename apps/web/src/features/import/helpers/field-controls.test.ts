import { importExtraction } from '../../../../test/factories/import.factories.js';
import { citationIndexOf, controlCandidates, controlIdForPath, fieldsByControl, findingControlId, normalisePath, weakestConfidence } from './field-controls.js';

describe('the form control of a path', () => {
  it('maps what the extractor reads to the control that shows it', () => {
    expect(controlIdForPath('dossier.resolvedOnTime')).toBe('imp-dossier-resolvedOnTime');
    expect(controlIdForPath('dossier')).toBe('imp-dossier');
    expect(controlIdForPath('dossier.stated')).toBe('imp-dossier');
    expect(controlIdForPath('plans[0]')).toBe('imp-plans-0');
    expect(controlIdForPath('recipients[1]')).toBe('imp-recipients-1');
    expect(controlIdForPath('sections[2]')).toBe('imp-sections-2');
    expect(controlIdForPath('sections[2].narrative')).toBe('imp-sections-2');
    expect(controlIdForPath('signing')).toBe('imp-signing');
    expect(controlIdForPath('period')).toBe('imp-period');
    expect(controlIdForPath('programme')).toBe('imp-period');
    expect(controlIdForPath('agencyCode')).toBe('imp-agency');
    expect(controlIdForPath('symbol')).toBe('imp-symbol');
    expect(controlIdForPath('title')).toBe('imp-title');
  });

  it('reads the paths of the API and of zod as the draft writes them', () => {
    expect(normalisePath('body.content.plans.0.symbol')).toBe('plans[0].symbol');
    expect(normalisePath('content.trainings.12.participants')).toBe('trainings[12].participants');
    expect(controlIdForPath('body.content.signing.name')).toBe('imp-signing-name');
    expect(controlIdForPath('body.content.signing.onBehalfOf')).toBe('imp-signing-onBehalfOf');
    expect(controlIdForPath('body.agencyId')).toBe('imp-agency');
    expect(controlIdForPath('body.periodId')).toBe('imp-period');
    expect(controlIdForPath('body.content.dossier.returned')).toBe('imp-dossier-returned');
  });

  it('has no control for a citation or an unknown part, and falls back to what holds a control', () => {
    expect(controlIdForPath('citations[3]')).toBeNull();
    expect(controlIdForPath('somethingNew')).toBeNull();
    expect(controlIdForPath('')).toBeNull();
    expect(citationIndexOf('citations[3]')).toBe(3);
    expect(citationIndexOf('plans[0]')).toBeNull();
    expect(controlCandidates('imp-dossier-returned')).toEqual(['imp-dossier-returned', 'imp-dossier', 'imp-general']);
    expect(controlCandidates('imp-plans-3')).toEqual(['imp-plans-3', 'imp-plans', 'imp-general']);
    expect(controlCandidates('imp-title')).toEqual(['imp-title', 'imp-general']);
  });

  it('points each finding at its control', () => {
    const findings = importExtraction().findings;
    expect(findings.map(findingControlId)).toEqual(['imp-dossier-receivedInPerson', 'imp-sections-1', 'imp-sections']);
  });
});

describe('the values behind a control', () => {
  const byControl = fieldsByControl(importExtraction().fields);

  it('groups the extracted values by their control', () => {
    expect(byControl.get('imp-period')?.map((f) => f.path)).toEqual(['period', 'programme']);
    expect(byControl.get('imp-dossier-resolvedOnTime')?.[0]?.source.sentence).toContain('giải quyết 12 hồ sơ');
    expect(byControl.get('imp-signing')).toHaveLength(1);
    expect(byControl.has('imp-dossier-returned')).toBe(false);
  });

  it('judges a control by its weakest value', () => {
    expect(weakestConfidence(byControl.get('imp-dossier-receivedInPerson'))).toBe('low');
    expect(weakestConfidence(byControl.get('imp-trainings-0'))).toBe('medium');
    expect(weakestConfidence(byControl.get('imp-title'))).toBe('high');
    expect(weakestConfidence([{ confidence: 'high' }, { confidence: 'low' }, { confidence: 'medium' }])).toBe('low');
    expect(weakestConfidence(undefined)).toBeNull();
    expect(weakestConfidence([])).toBeNull();
  });
});
