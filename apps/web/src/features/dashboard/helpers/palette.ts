import type { ReformAreaKey } from '@cchc/domain';

// Colours of the dashboard, chosen to stay apart for the common forms of colour blindness and
// to keep red for what needs attention (missing, the province line).

/** The province's own series and marks. */
export const PROVINCE_COLOUR = '#b91c1c';

/** What is missing or needs attention. */
export const MISSING_COLOUR = '#dc2626';

/** Series of the agencies a reviewer picks, in the order picked. */
export const AGENCY_COLOURS = ['#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777'] as const;

/** The reform areas, and plans or decisions that name none. */
export const AREA_COLOURS: Readonly<Record<ReformAreaKey | 'UNASSIGNED', string>> = {
  INSTITUTIONAL: '#1d4ed8',
  PROCEDURES: '#0f766e',
  APPARATUS: '#7c3aed',
  CIVIL_SERVICE: '#ca8a04',
  PUBLIC_FINANCE: '#0891b2',
  MODERNISATION: '#65a30d',
  UNASSIGNED: '#9ca3af',
};

/** Bars better than or level with the province value, and those below it. */
export const BETTER_COLOUR = '#2563eb';
export const WORSE_COLOUR = '#f59e0b';

/** A colour of the palette for the n-th picked agency (cycling). */
export function agencyColour(index: number): string {
  return AGENCY_COLOURS[index % AGENCY_COLOURS.length] ?? AGENCY_COLOURS[0];
}
