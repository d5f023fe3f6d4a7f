// RDF from other RDF/JS libraries: a quad stream (here n3's StreamParser; any library's Stream<Quad>
// does) validated as it comes, builders given NamedNodes of another DataFactory, and a graph built into
// a DatasetCore that is not an N3.Store.
// Run: node examples/quad-stream.mjs
import { Readable } from 'node:stream';
import { DataFactory, StreamParser } from 'n3';
import { toNTriples, validateStream } from 'profielkit';
import { Contactkanaal, toestemming } from 'profielkit/toestemming';

const export_ = `@prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
<https://example.org/toestemming/1> a t:Toestemming ; t:dataSubject <https://example.org/persoon/1> .
<https://example.org/persoon/1> a <http://purl.org/dc/terms/Agent> .
`;
// a parser of any library, handing over quads: profielkit takes them as they are
const report = await validateStream(() => Readable.from([export_]).pipe(new StreamParser({ format: 'Turtle' })), {
  profile: toestemming,
  lang: 'en',
});
console.log(`quad stream: ${report.totalResults} results, e.g. ${report.results[0]?.message}`);

// a dataset of one's own: anything with add, delete, has, match and size (RDF/JS DatasetCore)
class QuadList {
  quads = [];
  get size() {
    return this.quads.length;
  }
  add(q) {
    if (!this.has(q)) this.quads.push(q);
    return this;
  }
  delete(q) {
    this.quads = this.quads.filter((x) => !x.equals(q));
    return this;
  }
  has(q) {
    return this.quads.some((x) => x.equals(q));
  }
  match(s, p, o, g) {
    const hit = (want, t) => !want || want.equals(t);
    const found = new QuadList();
    for (const q of this.quads)
      if (hit(s, q.subject) && hit(p, q.predicate) && hit(o, q.object) && hit(g, q.graph)) found.add(q);
    return found;
  }
  [Symbol.iterator]() {
    return this.quads[Symbol.iterator]();
  }
}
const g = toestemming.graph(new QuadList());
const org = DataFactory.namedNode('https://data.vlaanderen.be/id/organisatie/OVO000001');
g.PubliekeOrganisatie({ id: org }); // a NamedNode of n3's DataFactory as id
g.ContactvoorkeurDescriptor({
  id: DataFactory.namedNode('https://example.org/descriptor/1'),
  label: 'Nieuwsbrief',
  dataController: org,
  dataProcessor: [org],
  toestemmingsvraag: 'https://example.org/vraag/1',
  contactkanaal: [DataFactory.namedNode(Contactkanaal.Email)], // and as a code-list value
});
console.log(`own dataset: ${g.dataset.size} triples`);
console.log(await toNTriples(g.dataset));
