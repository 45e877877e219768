import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CHART_END_COUNT,
  AGENCY_KINDS,
  DASHBOARD_DOSSIER_TOP,
  DASHBOARD_STRUCTURES,
  DashboardAreasQuerySchema,
  DashboardAreasResponseSchema,
  DashboardDossierQuerySchema,
  DashboardDossierResponseSchema,
  DashboardOverviewQuerySchema,
  DashboardOverviewResponseSchema,
  DashboardRankingQuerySchema,
  DashboardRankingResponseSchema,
  DashboardStatusQuerySchema,
  DashboardStatusResponseSchema,
  PERIOD_KINDS,
  RANKING_FIGURES,
  ReformAreaKeySchema,
  STATUS_BOARD_FILTERS,
  STATUS_BOARD_PAGE_SIZE,
  STATUS_BOARD_SORTS,
  type DashboardAreasQuery,
  type DashboardAreasResponse,
  type DashboardDossierQuery,
  type DashboardDossierResponse,
  type DashboardOverviewQuery,
  type DashboardOverviewResponse,
  type DashboardRankingQuery,
  type DashboardRankingResponse,
  type DashboardStatusQuery,
  type DashboardStatusResponse,
} from '@cchc/domain';
import { Roles } from '../../common/auth/auth.decorators.js';
import { DataVersionEtagInterceptor } from '../../common/http/data-version-etag.interceptor.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import {
  DASHBOARD_AREAS_EXAMPLE,
  DASHBOARD_DOSSIER_EXAMPLE,
  DASHBOARD_RANKING_EXAMPLE,
  DASHBOARD_STATUS_EXAMPLE,
} from './dashboard.examples.js';
import { DashboardService } from './dashboard.service.js';

const structureQuery = ApiQuery({
  name: 'structure',
  required: false,
  enum: DASHBOARD_STRUCTURES,
  description: 'reported (the default): each agency as it reported; restated: merged agencies folded into the agency that took them over.',
});
const yearQuery = ApiQuery({ name: 'year', required: true, type: Number, example: 2020 });
const kindQuery = ApiQuery({
  name: 'kind',
  required: false,
  enum: PERIOD_KINDS,
  description: 'One kind of period; all periods of the year when left out (Q1, H1, M9, YEAR: the quarter axis).',
});
const agencyKindQuery = ApiQuery({ name: 'agencyKind', required: false, enum: AGENCY_KINDS, description: 'Only agencies of this kind.' });
const endsQuery = ApiQuery({
  name: 'ends',
  required: false,
  type: Number,
  description: `Only the first and the last \`ends\` agencies of the list (as a chart draws them, e.g. ${CHART_END_COUNT}), each with its \`position\`; all when left out.`,
});
const langQuery = ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'], description: 'The language whose agency names the board sorts by (vi by default).' });

/**
 * The Home Affairs dashboard: comparison across agencies, periods and reform areas, summed by the
 * database from the reports' figures; an unchanged answer is a 304 (DataVersionEtagInterceptor). For reviewers and admins; agency users get 403, since the
 * figures compare every agency and an agency reads only its own reports.
 */
@ApiTags('dashboard')
@ApiBearerAuth()
@Roles('reviewer', 'admin')
@UseInterceptors(DataVersionEtagInterceptor)
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('overview')
  @ApiOperation({
    summary: "The dashboard's first view in one answer: years with data, the year to show and its four answers (reviewers and admins)",
    description:
      'Years are every year with a period, newest first, with the number of reports of its periods. Without `year`, the ' +
      'year shown is the latest up to the current one that has a report (else the latest up to the current one). ' +
      `\`status\` is one page (${STATUS_BOARD_PAGE_SIZE} rows) of the board of the periods of \`kind\` (all of the year without one) with the board's view; ` +
      `\`dossier\` covers the whole year, with the series of \`agencyIds\` or else of the ${DASHBOARD_DOSSIER_TOP} busiest agencies (\`top\`); ` +
      `\`areas\` covers the whole year, with the coverage of the compared period only (its ${CHART_END_COUNT} first and last agencies: \`ends\`); ` +
      '`ranking` compares `periodId`, else the latest period of the year (of `kind`) whose deadline has passed, else its first, by `figure` (onTimeRate by default), ' +
      `its ${CHART_END_COUNT} best and worst agencies (\`ends\`).`,
  })
  @ApiQuery({ name: 'year', required: false, type: Number, example: 2020 })
  @kindQuery
  @agencyKindQuery
  @structureQuery
  @ApiQuery({ name: 'figure', required: false, enum: RANKING_FIGURES })
  @ApiQuery({ name: 'periodId', required: false, type: String })
  @ApiQuery({ name: 'agencyIds', required: false, type: String, description: 'Agencies whose dossier series to return (comma-separated).' })
  @ApiQuery({ name: 'board', required: false, enum: STATUS_BOARD_FILTERS, description: "The status board's filter (as `filter` of /status)." })
  @ApiQuery({ name: 'boardSort', required: false, enum: STATUS_BOARD_SORTS })
  @ApiQuery({ name: 'boardQ', required: false, type: String, description: 'Search of the status board (as `q` of /status).' })
  @ApiQuery({ name: 'boardPage', required: false, type: Number, description: `Page of the status board, ${STATUS_BOARD_PAGE_SIZE} rows a page.` })
  @langQuery
  @ApiOkResponse({ schema: jsonSchemaOf(DashboardOverviewResponseSchema) })
  @apiErrorResponses(400, 401, 403)
  overview(@Query(new ZodValidationPipe(DashboardOverviewQuerySchema)) query: DashboardOverviewQuery): Promise<DashboardOverviewResponse> {
    return this.dashboard.overview(query);
  }

  @Get('status')
  @ApiOperation({
    summary: 'Reporting status board: agencies x periods, with the reporting rate (reviewers and admins)',
    description:
      'Columns are the periods of the year in the order their windows close; rows the agencies valid at some time in ' +
      'the year, expected in some period (in existence on its data cut-off) or that reported in one, with their ' +
      'predecessors and successors. After a merger the agency valid at the end of a window reports for all of it: its ' +
      'cell lists the predecessors it covers (`covers`), and a predecessor\'s cell the agencies that took it over ' +
      "(`succeededBy`). A cell is the report's status, MISSING " +
      '(expected, no report) or NOT_EXPECTED; a draft stays DRAFT and `overdue` marks it once the deadline passed. ' +
      'Reported means submitted, returned or accepted; the reporting rate counts expected agencies only, so it never exceeds 1. ' +
      'The rows are those of `filter` (late: submitted after the deadline in a period shown; missing: overdue; returned; ' +
      'awaiting: submitted, awaiting review) whose code or name contains `q` (accents and case ignored), grouped by kind ' +
      'of agency and sorted by name or most urgent first; `pageSize` of them from `page` when given, all otherwise. The ' +
      'column summaries and `filterCounts` are of the whole board.',
  })
  @yearQuery
  @kindQuery
  @agencyKindQuery
  @ApiQuery({ name: 'filter', required: false, enum: STATUS_BOARD_FILTERS })
  @ApiQuery({ name: 'sort', required: false, enum: STATUS_BOARD_SORTS, description: 'name (the default) or status: the most urgent first.' })
  @ApiQuery({ name: 'q', required: false, type: String, description: 'Text searched in agency codes and names.' })
  @langQuery
  @ApiQuery({ name: 'page', required: false, type: Number, description: 'From 1; past the last page, the last.' })
  @ApiQuery({ name: 'pageSize', required: false, type: Number, description: `Rows a page, 1 to 500 (the dashboard asks for ${STATUS_BOARD_PAGE_SIZE}); every row when left out.` })
  @ApiOkResponse({ schema: jsonSchemaOf(DashboardStatusResponseSchema), example: DASHBOARD_STATUS_EXAMPLE })
  @apiErrorResponses(400, 401, 403)
  status(@Query(new ZodValidationPipe(DashboardStatusQuerySchema)) query: DashboardStatusQuery): Promise<DashboardStatusResponse> {
    return this.dashboard.status(query);
  }

  @Get('dossier')
  @ApiOperation({
    summary: 'Dossier figures and rates across periods, for the province and chosen agencies (reviewers and admins)',
    description:
      'Per period, the province figures pooled over the reported reports (submitted, returned or accepted; drafts are ' +
      "not data yet) and their on-time, late and online rates, and each agency's own. Rates are of the pooled figures.",
  })
  @yearQuery
  @kindQuery
  @agencyKindQuery
  @ApiQuery({
    name: 'agencyIds',
    required: false,
    type: String,
    description: "Agencies whose own series to return, comma-separated or repeated; every agency with figures when left out. The province stays the whole province (of `agencyKind`).",
  })
  @ApiQuery({
    name: 'top',
    required: false,
    type: Number,
    description: 'Without agencyIds: only the series of this many agencies, those that received the most dossiers over the periods (1 to 50).',
  })
  @structureQuery
  @ApiOkResponse({ schema: jsonSchemaOf(DashboardDossierResponseSchema), example: DASHBOARD_DOSSIER_EXAMPLE })
  @apiErrorResponses(400, 401, 403)
  dossier(@Query(new ZodValidationPipe(DashboardDossierQuerySchema)) query: DashboardDossierQuery): Promise<DashboardDossierResponse> {
    return this.dashboard.dossier(query);
  }

  @Get('areas')
  @ApiOperation({
    summary: 'Plans and decisions per reform area, inspections and trainings per period; areas each report covers (reviewers and admins)',
    description:
      'Counts what the reported reports list. Plans count under their area, or UNASSIGNED; decisions carry no area in ' +
      "the domain model, so they count under UNASSIGNED. Coverage follows the programme of the period's year.",
  })
  @yearQuery
  @kindQuery
  @agencyKindQuery
  @ApiQuery({ name: 'areaKey', required: false, enum: ReformAreaKeySchema.options, description: 'Only this reform area.' })
  @ApiQuery({ name: 'coveragePeriodId', required: false, type: String, description: "Only this period's coverage (a period of the year; 400 otherwise)." })
  @endsQuery
  @ApiQuery({ name: 'q', required: false, type: String, description: 'With `ends`: agencies whose coverage to send between the ends (code or name, accents and case ignored).' })
  @ApiOkResponse({ schema: jsonSchemaOf(DashboardAreasResponseSchema), example: DASHBOARD_AREAS_EXAMPLE })
  @apiErrorResponses(400, 401, 403)
  areas(@Query(new ZodValidationPipe(DashboardAreasQuerySchema)) query: DashboardAreasQuery): Promise<DashboardAreasResponse> {
    return this.dashboard.areas(query);
  }

  @Get('ranking')
  @ApiOperation({
    summary: 'Agencies of a period ranked by a figure, with the province value and the change since the previous period (reviewers and admins)',
    description:
      'Best first by default (a late rate and dossiers in progress lowest first). Agencies without a value come last, ' +
      'unranked. The change is against the previous period of the same kind (last year for a standard kind). ' +
      'Each row names its `position` in the whole ranking; with `ends`, only the chart\'s bars are sent and `shown` says what is left out.',
  })
  @ApiQuery({ name: 'periodId', required: true, type: String, example: DASHBOARD_RANKING_EXAMPLE.period.id })
  @ApiQuery({ name: 'figure', required: true, enum: RANKING_FIGURES })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  @agencyKindQuery
  @structureQuery
  @endsQuery
  @ApiQuery({ name: 'q', required: false, type: String, description: 'With `ends`: agencies to send between the ends (code or name, accents and case ignored); `shown.found` counts them.' })
  @ApiOkResponse({ schema: jsonSchemaOf(DashboardRankingResponseSchema), example: DASHBOARD_RANKING_EXAMPLE })
  @apiErrorResponses(400, 401, 403, 404)
  ranking(@Query(new ZodValidationPipe(DashboardRankingQuerySchema)) query: DashboardRankingQuery): Promise<DashboardRankingResponse> {
    return this.dashboard.ranking(query);
  }
}
