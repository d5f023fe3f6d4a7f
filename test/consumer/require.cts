// The CommonJS side of the strict consumer: require() resolution, with the same real types.
import pk = require('profielkit');
import pkNode = require('profielkit/node');

const g = pk.toestemming.graph();
const size: number = g.dataset.size;
// @ts-expect-error a Store is no number: compiles only if g.dataset were `any`
const notANumber: number = g.dataset;
const file: (path: string, options: pk.StreamValidationOptions) => Promise<pk.ValidationReport> = pkNode.validateFile;
void [size, notANumber, file];
