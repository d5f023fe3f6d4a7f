/**
 * The JSON report, in the shape of `profielkit validate --format json`: the library's `jsonReport`,
 * which the command writes too.
 */
export { jsonReport, nothingChecked } from 'profielkit/report';
