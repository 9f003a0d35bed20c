import { ApiError } from '../../api/api-error';
import type { CallContext } from '../../api/context';
import type { FillingQuery, FillingReport } from '../../api/contract/control-filling';
import { fillingControl } from './report';

/** `control.filling`: the report for the caller's range; a range outside every school year is refused. */
export function fillingReport(ctx: CallContext, query: FillingQuery): FillingReport {
  const report = fillingControl(ctx.app.db, query, ctx.now);
  if (!report) throw new ApiError('NOT_FOUND', undefined, [{ path: 'from', message: 'validation.control.noYear' }]);
  return report;
}
