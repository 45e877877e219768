import type { DossierField } from '@cchc/domain';

/** A group of dossier figures as forms show them; its title is `dossierForm.<key>`. */
export interface DossierFieldGroup {
  key: 'received' | 'resolved' | 'inProgress' | 'other';
  fields: readonly DossierField[];
}

/**
 * The dossier figures in the order of their identity (docs/domain.md §6): received (with what was
 * carried over), resolved, in progress, other. The editor and the import's draft lay them out so;
 * each field's label is `dossierForm.fields.<field>`.
 */
export const DOSSIER_FIELD_GROUPS: readonly DossierFieldGroup[] = [
  { key: 'received', fields: ['carriedOver', 'receivedOnline', 'receivedInPerson', 'receivedPostal'] },
  { key: 'resolved', fields: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'] },
  { key: 'inProgress', fields: ['pendingWithinTime', 'pendingOverdue'] },
  { key: 'other', fields: ['returned'] },
];
