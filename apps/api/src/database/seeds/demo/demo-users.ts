/**
 * The demo username of an agency: its code in lower case with Đ written d (SNgV -> sngv,
 * SKHĐT -> skhdt); its approver (the agency head) is that name followed by `.ld`.
 */
export function demoUsername(agencyCode: string): string {
  return agencyCode.replace(/[Đđ]/g, 'd').toLowerCase();
}

export const DEMO_PASSWORD = 'demo123';
/** `snv` is Home Affairs' reviewer, so the Sở Nội vụ's own reporter is `snv.cv`. */
export const REVIEWER_USERNAME = 'snv';
export const ADMIN_USERNAME = 'admin';

export function demoReporterUsername(agencyCode: string): string {
  const name = demoUsername(agencyCode);
  return name === REVIEWER_USERNAME ? `${name}.cv` : name;
}

export function demoApproverUsername(agencyCode: string): string {
  return `${demoUsername(agencyCode)}.ld`;
}
