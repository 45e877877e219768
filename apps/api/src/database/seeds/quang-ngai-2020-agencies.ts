import type { AgencyKind } from '@cchc/domain';

export interface AgencySeed {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
}

/**
 * The province's People's Committee, which issues the province's compiled report (docs/domain.md §12),
 * and the departments, boards and district-level units of Quảng Ngãi province in 2020 (docs/domain.md §8).
 * Only SNV, STP, STTTT and SNgV are attested abbreviations; the other codes follow the usual
 * convention (initials, Đ kept) and are an assumption an administrator can correct. The 173
 * communes are not seeded: no authoritative list ships with the project.
 */
export const QUANG_NGAI_2020_AGENCIES: readonly AgencySeed[] = [
  { code: 'UBND', nameVi: 'Ủy ban nhân dân tỉnh Quảng Ngãi', nameEn: "Quang Ngai Provincial People's Committee", kind: 'province' },
  { code: 'SNV', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', kind: 'department' },
  { code: 'STP', nameVi: 'Sở Tư pháp', nameEn: 'Department of Justice', kind: 'department' },
  { code: 'SKHĐT', nameVi: 'Sở Kế hoạch và Đầu tư', nameEn: 'Department of Planning and Investment', kind: 'department' },
  { code: 'STC', nameVi: 'Sở Tài chính', nameEn: 'Department of Finance', kind: 'department' },
  { code: 'SCT', nameVi: 'Sở Công Thương', nameEn: 'Department of Industry and Trade', kind: 'department' },
  {
    code: 'SNNPTNT',
    nameVi: 'Sở Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Department of Agriculture and Rural Development',
    kind: 'department',
  },
  { code: 'SGTVT', nameVi: 'Sở Giao thông vận tải', nameEn: 'Department of Transport', kind: 'department' },
  { code: 'SXD', nameVi: 'Sở Xây dựng', nameEn: 'Department of Construction', kind: 'department' },
  {
    code: 'STNMT',
    nameVi: 'Sở Tài nguyên và Môi trường',
    nameEn: 'Department of Natural Resources and Environment',
    kind: 'department',
  },
  {
    code: 'STTTT',
    nameVi: 'Sở Thông tin và Truyền thông',
    nameEn: 'Department of Information and Communications',
    kind: 'department',
  },
  {
    code: 'SLĐTBXH',
    nameVi: 'Sở Lao động - Thương binh và Xã hội',
    nameEn: 'Department of Labour, Invalids and Social Affairs',
    kind: 'department',
  },
  {
    code: 'SVHTTDL',
    nameVi: 'Sở Văn hóa, Thể thao và Du lịch',
    nameEn: 'Department of Culture, Sports and Tourism',
    kind: 'department',
  },
  { code: 'SKHCN', nameVi: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology', kind: 'department' },
  { code: 'SGDĐT', nameVi: 'Sở Giáo dục và Đào tạo', nameEn: 'Department of Education and Training', kind: 'department' },
  { code: 'SYT', nameVi: 'Sở Y tế', nameEn: 'Department of Health', kind: 'department' },
  { code: 'TTT', nameVi: 'Thanh tra tỉnh', nameEn: 'Provincial Inspectorate', kind: 'department' },
  {
    code: 'VPUBND',
    nameVi: 'Văn phòng Ủy ban nhân dân tỉnh',
    nameEn: "Office of the Provincial People's Committee",
    kind: 'department',
  },
  { code: 'SNgV', nameVi: 'Sở Ngoại vụ', nameEn: 'Department of Foreign Affairs', kind: 'department' },
  { code: 'BDT', nameVi: 'Ban Dân tộc', nameEn: 'Ethnic Minorities Board', kind: 'board' },
  {
    code: 'BQLKKT',
    nameVi: 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi',
    nameEn: 'Management Board of Dung Quat Economic Zone and Quang Ngai Industrial Parks',
    kind: 'board',
  },
  { code: 'TPQN', nameVi: 'UBND thành phố Quảng Ngãi', nameEn: "Quang Ngai City People's Committee", kind: 'district' },
  { code: 'TXĐP', nameVi: 'UBND thị xã Đức Phổ', nameEn: "Duc Pho Town People's Committee", kind: 'district' },
  { code: 'HBS', nameVi: 'UBND huyện Bình Sơn', nameEn: "Binh Son District People's Committee", kind: 'district' },
  { code: 'HSTI', nameVi: 'UBND huyện Sơn Tịnh', nameEn: "Son Tinh District People's Committee", kind: 'district' },
  { code: 'HTN', nameVi: 'UBND huyện Tư Nghĩa', nameEn: "Tu Nghia District People's Committee", kind: 'district' },
  { code: 'HNH', nameVi: 'UBND huyện Nghĩa Hành', nameEn: "Nghia Hanh District People's Committee", kind: 'district' },
  { code: 'HMĐ', nameVi: 'UBND huyện Mộ Đức', nameEn: "Mo Duc District People's Committee", kind: 'district' },
  { code: 'HBT', nameVi: 'UBND huyện Ba Tơ', nameEn: "Ba To District People's Committee", kind: 'district' },
  { code: 'HML', nameVi: 'UBND huyện Minh Long', nameEn: "Minh Long District People's Committee", kind: 'district' },
  { code: 'HSH', nameVi: 'UBND huyện Sơn Hà', nameEn: "Son Ha District People's Committee", kind: 'district' },
  { code: 'HSTA', nameVi: 'UBND huyện Sơn Tây', nameEn: "Son Tay District People's Committee", kind: 'district' },
  { code: 'HTB', nameVi: 'UBND huyện Trà Bồng', nameEn: "Tra Bong District People's Committee", kind: 'district' },
  { code: 'HLS', nameVi: 'UBND huyện Lý Sơn', nameEn: "Ly Son District People's Committee", kind: 'district' },
];

/** The day from which the seeded structure is known (the 2020 reporting year). */
export const QUANG_NGAI_2020_VALID_FROM = '2020-01-01';
