import fc from 'fast-check';
import type { DossierFigures } from '../../src/dossier/dossier-figures.js';

const part = fc.integer({ min: 0, max: 500 });

/** Dossier figures that satisfy the identity to handle = resolved + in progress + returned. */
export const balancedDossierFigures: fc.Arbitrary<DossierFigures> = fc
  .record({
    resolvedEarly: part,
    resolvedOnTime: part,
    resolvedLate: part,
    pendingWithinTime: part,
    pendingOverdue: part,
    returned: part,
    carriedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    onlineShare: fc.double({ min: 0, max: 1, noNaN: true }),
    postalShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ carriedShare, onlineShare, postalShare, ...out }) => {
    const toHandle = Object.values(out).reduce((a, b) => a + b, 0);
    const carriedOver = Math.floor(toHandle * carriedShare);
    const received = toHandle - carriedOver;
    const receivedOnline = Math.floor(received * onlineShare);
    const receivedPostal = Math.floor((received - receivedOnline) * postalShare);
    return { ...out, carriedOver, receivedOnline, receivedPostal, receivedInPerson: received - receivedOnline - receivedPostal };
  });
