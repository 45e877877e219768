/**
 * Agency codes the parser and the citation checks know by default. Only SNV, STP, STTTT and SNgV
 * are attested in Quảng Ngãi documents; the other provincial codes follow the usual convention
 * (assumption, docs/domain.md §8), so every function that uses this list takes another one as a
 * parameter.
 */
export const DEFAULT_AGENCY_CODES: readonly string[] = [
  // Central: government, prime minister, National Assembly, ministries.
  'CP', 'TTg', 'VPCP', 'QH', 'BNV', 'BTP', 'BTC', 'BNG', 'BCA', 'BQP', 'BYT', 'BCT', 'BXD', 'BTTTT',
  'BKHĐT', 'BGDĐT', 'BTNMT', 'BNNPTNT', 'BNNMT', 'BLĐTBXH', 'BVHTTDL', 'BKHCN', 'BGTVT',
  // Party committees.
  'TW', 'TU', 'HU', 'ĐU',
  // Province (the inspectorate is TTT here, not TTr, which is the type tờ trình): People's Council and Committee, departments and boards (2020 structure and 2025 merges).
  'HĐND', 'UBND', 'SNV', 'STP', 'STTTT', 'SNgV', 'SKHĐT', 'STC', 'SCT', 'SNNPTNT', 'SNNMT', 'SGTVT',
  'SXD', 'STNMT', 'SLĐTBXH', 'SVHTTDL', 'SKHCN', 'SGDĐT', 'SYT', 'TTT', 'VPUBND', 'BDT', 'BQLKKT',
  // Boards and councils that issue their own documents (docs/domain.md §14): industrial-zone
  // boards (KCNĐN in Đồng Nai, BQLKCN), the investment-promotion board, the coordinating council
  // for legal education, steering committees. Without them "12/BXTĐT-HCTH" would read as a
  // document of type BXTĐT issued by HCTH.
  'KCNĐN', 'BQLKCN', 'BXTĐT', 'HĐPH', 'BCĐ',
];
