// The CommonJS side of the strict consumer: require() resolution, with the same real types.
import pk = require('profielkit');
import pkNode = require('profielkit/node');
import pkToestemming = require('profielkit/toestemming');
import pkVoorzieninggebruik = require('profielkit/voorzieninggebruik');
import pkVerwerkingenlogging = require('profielkit/verwerkingenlogging');
import pkSoftwarecatalogus = require('profielkit/softwarecatalogus');
import pkReport = require('profielkit/report');
import type * as pkTypes from 'profielkit/types';

const g = pkToestemming.toestemming.graph();
const size: number = g.dataset.size;
// @ts-expect-error a Store is no number: compiles only if g.dataset were `any`
const notANumber: number = g.dataset;
const file: (path: string, options: pk.StreamValidationOptions) => Promise<pk.ValidationReport> = pkNode.validateFile;
// every profile's subpath gives a real profile that the main entry's functions take
const each: readonly pk.AnyProfile[] = [
  pkVoorzieninggebruik.voorzieninggebruik,
  pkVerwerkingenlogging.verwerkingenlogging,
  pkSoftwarecatalogus.softwarecatalogus,
];
// @ts-expect-error a report is no number: compiles only if stewardReport's result were `any`
const words: number = pkReport.stewardReport({
  file: 'x',
  syntax: 'turtle',
  outcomes: [],
  lang: 'en',
  version: '0',
  declarations: [],
});
const declaration: pkTypes.ProfileDeclaration = pkToestemming.toestemming.declaration;
void [size, notANumber, file, each, words, declaration];
