import {
  AGENCY_LEVEL_NAMES,
  AGENCY_LEVELS,
  INDICATOR_UNIT_NAMES,
  REPORT_STATUS_NAMES,
  romanNumeral,
  type AgencyLevel,
  type IndicatorScalar,
  type PeriodFiguresResponse,
} from '@cchc/domain';
import ExcelJS from 'exceljs';

type Indicator = NonNullable<PeriodFiguresResponse['set']>['indicators'][number];

/** Columns before the indicators on a block's sheet. */
export const AGENCY_COLUMNS = ['Mã', 'Cơ quan, đơn vị', 'Cấp', 'Tình trạng báo cáo', 'Được tổng hợp'] as const;

/** The heading of an indicator's column: its name and unit. */
export const indicatorHeading = (indicator: Indicator): string => `${indicator.name.vi} (${INDICATOR_UNIT_NAMES[indicator.unit].vi})`;

/**
 * A value as a spreadsheet cell: numbers stay numbers (a percentage as its number from 0 to 100,
 * formatted with two decimals), yes/no as "Có"/"Không", nothing as an empty cell.
 */
export function cellValue(value: IndicatorScalar): string | number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return value;
}

const levelTotalName = (level: AgencyLevel): string => `Cộng ${AGENCY_LEVEL_NAMES[level].vi.toLowerCase()}`;
export const PROVINCE_TOTAL_NAME = 'Toàn tỉnh';

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 60;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
}

function formatIndicatorColumn(sheet: ExcelJS.Worksheet, column: number, indicator: Indicator): void {
  const col = sheet.getColumn(column);
  col.width = 16;
  if (indicator.unit === 'percent') col.numFmt = '0.00';
  else if (indicator.unit === 'count') col.numFmt = '#,##0';
  else if (indicator.unit === 'amount') col.numFmt = '#,##0.##';
}

/**
 * The figures of a period as a workbook (docs/domain.md §12): first the appendix ("Phụ lục": one row
 * per indicator with the province's value and its levels), then one sheet per block with a row
 * per agency (its status, whether it is counted, its values) and the subtotals by level and the
 * province's total below. Numbers are numbers; the header row is frozen.
 */
export async function figuresWorkbook(figures: PeriodFiguresResponse, moment: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCHC';
  workbook.created = moment;
  workbook.modified = moment;
  const set = figures.set;
  const levels = AGENCY_LEVELS.filter((level) => figures.rows.some((row) => row.level === level && row.counted));
  const totals = new Map(figures.totals.map((total) => [total.code, total]));

  const appendix = workbook.addWorksheet('Phụ lục');
  appendix.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', PROVINCE_TOTAL_NAME, ...levels.map((level) => AGENCY_LEVEL_NAMES[level].vi), 'Số cơ quan có số liệu']);
  styleHeader(appendix);
  appendix.getColumn(2).width = 60;
  for (const [index, block] of (set?.blocks ?? []).entries()) {
    const blockRow = appendix.addRow([romanNumeral(index + 1), block.name.vi]);
    blockRow.font = { bold: true };
    set?.indicators
      .filter((indicator) => indicator.block === block.key)
      .forEach((indicator, position) => {
        const total = totals.get(indicator.code);
        const row = appendix.addRow([
          position + 1,
          indicator.name.vi,
          INDICATOR_UNIT_NAMES[indicator.unit].vi,
          cellValue(total?.value ?? null),
          ...levels.map((level) => cellValue(total?.byLevel?.[level]?.value ?? null)),
          total?.contributions.length ?? 0,
        ]);
        if (indicator.unit === 'percent') for (let c = 4; c < 4 + 1 + levels.length; c++) row.getCell(c).numFmt = '0.00';
      });
  }

  for (const block of set?.blocks ?? []) {
    const indicators = set?.indicators.filter((indicator) => indicator.block === block.key) ?? [];
    // Sheet names are at most 31 characters and unique: the block's key is both.
    const sheet = workbook.addWorksheet(block.key, { properties: { tabColor: { argb: 'FF1D4ED8' } } });
    sheet.addRow([...AGENCY_COLUMNS, ...indicators.map(indicatorHeading)]);
    styleHeader(sheet);
    sheet.getColumn(2).width = 40;
    indicators.forEach((indicator, i) => formatIndicatorColumn(sheet, AGENCY_COLUMNS.length + 1 + i, indicator));
    for (const row of figures.rows) {
      const values = new Map((row.values ?? []).map((value) => [value.code, value.value]));
      sheet.addRow([
        row.agency.code,
        row.agency.name.vi,
        AGENCY_LEVEL_NAMES[row.level].vi,
        REPORT_STATUS_NAMES[row.status].vi,
        row.counted ? 'Có' : 'Không',
        ...indicators.map((indicator) => cellValue(values.get(indicator.code) ?? null)),
      ]);
    }
    for (const level of levels) {
      const line = sheet.addRow([
        '',
        levelTotalName(level),
        '',
        '',
        '',
        ...indicators.map((indicator) => cellValue(totals.get(indicator.code)?.byLevel?.[level]?.value ?? null)),
      ]);
      line.font = { italic: true };
    }
    const line = sheet.addRow(['', PROVINCE_TOTAL_NAME, '', '', '', ...indicators.map((indicator) => cellValue(totals.get(indicator.code)?.value ?? null))]);
    line.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
